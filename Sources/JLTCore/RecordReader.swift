import Foundation

/// Reads a published record (SPEC §9) and checks that it can be trusted: complete JSON of the
/// expected county and year, its digest matching its text. Any other case is an error naming
/// the file.
public enum RecordReader {
  /// - Parameter file: the record's path relative to the input root, for problems.
  /// - Parameter checkingDigest: false to read a record whose digest does not match (`verify`
  ///   reports that, and still compares the files the record names).
  public static func read(_ data: Data, file: String, county: String, year: Int, checkingDigest: Bool = true)
    -> Decoded<PublishedRecord>
  {
    func failed(_ why: String) -> Decoded<PublishedRecord> {
      Decoded(value: nil, problems: [.error("定稿文件 \(file) 不可用：\(why)", file: file)])
    }
    guard let text = String(data: data, encoding: .utf8) else { return failed("不是 UTF-8 文本") }
    let stored: Stored
    do {
      stored = try JSONDecoder().decode(Stored.self, from: data)
    } catch {
      return failed("不是完整的定稿 JSON（可能被截断或改动过）")
    }
    guard stored.county == county else { return failed("其中的县（市、区）为“\(stored.county)”，与所在文件夹“\(county)”不符") }
    guard stored.year == year else { return failed("其中的学年为 \(stored.year)，与文件名的 \(year) 不符") }
    guard !checkingDigest || RecordText.isIntact(text) else { return failed("定稿文件被改动（摘要与内容不符）") }
    return Decoded(value: stored.record, problems: [])
  }

  /// The record as stored; only what jlt reads back.
  struct Stored: Decodable {
    var county: String
    var year: Int
    var published: Publication
    var rubric: Rubric
    var alliances: [Alliance]
    var history: [Version]

    struct Publication: Decodable {
      var version: Int
      var date: String
      var by: String
      var reason: String?
      var value: PublishedRecord.Publication { .init(version: version, date: date, by: by, reason: reason) }
    }
    struct Rubric: Decodable {
      var name: String
      var digest: String
    }
    struct Evidence: Decodable {
      var ref: String
      var keys: [String]
      var status: String
      var bytes: Int?
      var sha256: String?
    }
    struct File: Decodable {
      var file: String
      var sha256: String
      var value: PublishedRecord.FileHash { .init(file: file, sha256: sha256) }
    }
    struct Alliance: Decodable {
      var id: String
      var name: String
      var rank: Int
      var total: Decimal
      var grade: String
      var groups: [String: Decimal]
      var indicators: [String: Decimal]
      var evidence: [Evidence]
      var manifest: File
      var baseline: File?
    }
    struct Figures: Decodable {
      var id: String
      var total: Decimal
      var grade: String
      var rank: Int
      var indicators: [String: Decimal]
      var value: PublishedRecord.Figures {
        .init(id: id, total: total, grade: grade, rank: rank, indicators: ordered(indicators))
      }
    }
    struct Version: Decodable {
      var published: Publication
      var alliances: [Figures]
    }

    var record: PublishedRecord {
      PublishedRecord(
        county: county, year: year, published: published.value, rubric: (rubric.name, rubric.digest),
        alliances: alliances.map { a in
          PublishedRecord.Alliance(
            figures: .init(id: a.id, total: a.total, grade: a.grade, rank: a.rank, indicators: ordered(a.indicators)),
            name: a.name,
            groups: ordered(a.groups).map { GroupScore(code: $0.code, score: $0.score) },
            evidence: a.evidence.map {
              .init(
                ref: $0.ref, keys: $0.keys, status: EvidenceEntry.Kind(rawValue: $0.status) ?? .absent, bytes: $0.bytes,
                sha256: $0.sha256)
            },
            manifest: a.manifest.value, baseline: a.baseline?.value)
        },
        history: history.map {
          PublishedRecord.Version(published: $0.published.value, alliances: $0.alliances.map(\.value))
        })
    }
  }

  /// `C1`…`C23` (or `A1`…`A6`) in numeric order.
  static func ordered(_ values: [String: Decimal]) -> [(code: String, score: Points)] {
    values.sorted { (Int($0.key.dropFirst()) ?? 0, $0.key) < (Int($1.key.dropFirst()) ?? 0, $1.key) }
      .map { (code: $0.key, score: $0.value) }
  }
}
