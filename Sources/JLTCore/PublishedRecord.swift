import Foundation

/// A county's published result of a year, `定稿-Y.json` (SPEC §9): what was announced, the
/// fingerprints of the files it rested on, and every earlier version.
public struct PublishedRecord: Sendable, Equatable {
  /// The `published` block: which version, when and by whom, and why (a revision's reason).
  public struct Publication: Sendable, Equatable {
    public var version: Int
    /// `YYYY-MM-DD`.
    public var date: String
    public var by: String
    public var reason: String?

    public init(version: Int, date: String, by: String, reason: String?) {
      self.version = version
      self.date = date
      self.by = by
      self.reason = reason
    }

    /// `已定稿（第1版，2025-09-15，曾都区教育局）`.
    public var label: String { "已定稿（第\(version)版，\(date)，\(by)）" }
  }

  /// The figures of one alliance as published.
  public struct Figures: Sendable, Equatable {
    public var id: String
    public var total: Points
    public var grade: String
    public var rank: Int
    /// Indicator code → score, in order C1…C23.
    public var indicators: [(code: String, score: Points)]

    public init(id: String, total: Points, grade: String, rank: Int, indicators: [(code: String, score: Points)]) {
      self.id = id
      self.total = total
      self.grade = grade
      self.rank = rank
      self.indicators = indicators
    }

    public static func == (a: Figures, b: Figures) -> Bool {
      a.id == b.id && a.total == b.total && a.grade == b.grade && a.rank == b.rank
        && a.indicators.map(\.code) == b.indicators.map(\.code)
        && a.indicators.map(\.score) == b.indicators.map(\.score)
    }

    public func indicator(_ code: String) -> Points? { indicators.first { $0.code == code }?.score }
  }

  /// A file the record rests on, with its SHA-256 (lowercase hex).
  public struct FileHash: Sendable, Equatable {
    public var file: String
    public var sha256: String

    public init(file: String, sha256: String) {
      self.file = file
      self.sha256 = sha256
    }
  }

  /// One evidence reference as recorded.
  public struct Evidence: Sendable, Equatable {
    public var ref: String
    public var keys: [String]
    public var status: EvidenceEntry.Kind
    public var bytes: Int?
    public var sha256: String?
  }

  /// One alliance of the record.
  public struct Alliance: Sendable, Equatable {
    public var figures: Figures
    public var name: String
    public var groups: [GroupScore]
    public var evidence: [Evidence]
    public var manifest: FileHash
    public var baseline: FileHash?

    public var id: String { figures.id }
  }

  /// An earlier version: its `published` block and every alliance's figures.
  public struct Version: Sendable, Equatable {
    public var published: Publication
    public var alliances: [Figures]

    public init(published: Publication, alliances: [Figures]) {
      self.published = published
      self.alliances = alliances
    }
  }

  public var county: String
  public var year: Int
  public var published: Publication
  public var rubric: (name: String, digest: String)
  public var alliances: [Alliance]
  /// Earlier versions, the latest first.
  public var history: [Version]

  public static func == (a: PublishedRecord, b: PublishedRecord) -> Bool {
    a.county == b.county && a.year == b.year && a.published == b.published && a.rubric.name == b.rubric.name
      && a.rubric.digest == b.rubric.digest && a.alliances == b.alliances && a.history == b.history
  }

  public func alliance(_ id: String) -> Alliance? { alliances.first { $0.id == id } }

  /// `定稿-2024.json`.
  public static func fileName(year: Int) -> String { "定稿-\(year).json" }

  /// Whether a file name is a record's: `定稿-YYYY.json`.
  public static func year(ofFileName name: String) -> Int? {
    guard name.hasPrefix("定稿-"), name.hasSuffix(".json") else { return nil }
    let digits = name.dropFirst("定稿-".count).dropLast(".json".count)
    guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(digits)
  }
}
