import Foundation

/// A validated manifest value.
public enum FieldValue: Sendable, Equatable {
  case evidence(EvidenceRef)
  case evidenceList([EvidenceRef])
  case integer(Int)
  case number(Decimal)
  case text(String)
  case texts([String])
  case table(FieldTable)
  case tables([FieldTable])
}

/// A validated table of a manifest: key → value, plus where its keys were written.
public struct FieldTable: Sendable, Equatable {
  public var values: [String: FieldValue] = [:]
  /// Line of each key (or of the table header) where it could be found.
  public var lines: [String: Int] = [:]

  public init() {}

  public subscript(key: String) -> FieldValue? { values[key] }

  public func table(_ key: String) -> FieldTable? {
    if case .table(let t)? = values[key] { return t }
    return nil
  }

  public func tables(_ key: String) -> [FieldTable] {
    if case .tables(let t)? = values[key] { return t }
    return []
  }

  public func evidence(_ key: String) -> EvidenceRef? {
    if case .evidence(let r)? = values[key] { return r }
    return nil
  }

  public func evidenceList(_ key: String) -> [EvidenceRef] {
    if case .evidenceList(let r)? = values[key] { return r }
    return []
  }

  public func integer(_ key: String) -> Int? {
    if case .integer(let n)? = values[key] { return n }
    return nil
  }

  /// A number written as integer or float.
  public func number(_ key: String) -> Decimal? {
    switch values[key] {
    case .number(let n)?: return n
    case .integer(let n)?: return Decimal(n)
    default: return nil
    }
  }

  public func text(_ key: String) -> String? {
    if case .text(let s)? = values[key] { return s }
    return nil
  }

  public func texts(_ key: String) -> [String] {
    if case .texts(let s)? = values[key] { return s }
    return []
  }

  /// The same table with every evidence reference's key passed through `rename`.
  func relabeled(_ rename: (String) -> String) -> FieldTable {
    var t = self
    for (key, value) in values {
      switch value {
      case .evidence(var r):
        r.key = rename(r.key)
        t.values[key] = .evidence(r)
      case .evidenceList(let rs):
        t.values[key] = .evidenceList(
          rs.map { r in
            var r = r
            r.key = rename(r.key)
            return r
          })
      default: break
      }
    }
    return t
  }

  /// Every evidence reference in this table and below it.
  public var allEvidence: [EvidenceRef] {
    var refs: [EvidenceRef] = []
    appendEvidence(to: &refs)
    return refs
  }

  /// Appends every evidence reference in this table and below it, keys in sorted order.
  func appendEvidence(to refs: inout [EvidenceRef]) {
    for key in values.keys.sorted() {
      switch values[key] {
      case .evidence(let r)?: refs.append(r)
      case .evidenceList(let rs)?: refs.append(contentsOf: rs)
      case .table(let t)?: t.appendEvidence(to: &refs)
      case .tables(let ts)?: for t in ts { t.appendEvidence(to: &refs) }
      default: break
      }
    }
  }
}

/// Role of a school in its alliance.
public enum SchoolRole: String, Sendable, Equatable {
  case core = "核心校"
  case lead = "牵头校"
  case member = "成员校"

  public var isCore: Bool { self != .member }
}

public struct School: Sendable, Equatable {
  public var name: String
  public var role: SchoolRole
  public var tags: [String]
  public var teachers: Int
  /// All the school's keys, including the ones above.
  public var fields: FieldTable
}

/// A decoded, validated `YYYY.toml`.
public struct Manifest: Sendable, Equatable {
  public var alliance: String
  public var type: AllianceType
  public var year: Int
  public var schools: [School]
  /// The whole document; indicator tables are `root.table("C1")` etc.
  public var root: FieldTable
  /// `[self_assessment]`: indicator code → score, and the line of each.
  public var selfAssessment: [String: Decimal]

  public var coreSchool: School? { schools.first { $0.role.isCore } }
  public var memberSchools: [School] { schools.filter { $0.role == .member } }
  public var totalTeachers: Int { schools.reduce(0) { $0 + $1.teachers } }

  /// Every evidence reference that counts, schools included. Keys that are accepted and
  /// ignored (member-only keys of the core school, the other type's C5 key) are left out.
  public var allEvidence: [EvidenceRef] {
    var ignored: Set<String> = [type == .fused ? "C5.forms" : "C5.unified_deployment"]
    for school in schools where school.role.isCore {
      let prefix = "school“\(school.name)”."
      for key in ["annual_plan", "annual_summary", "principal_meeting_records"] { ignored.insert(prefix + key) }
    }
    var refs = root.allEvidence
    refs.removeAll { ignored.contains($0.key) }
    return refs
  }
}

/// Counts by level for C16–C19.
public struct LevelCounts: Sendable, Equatable {
  public var national: Int
  public var provincial: Int
  public var municipal: Int

  public init(national: Int, provincial: Int, municipal: Int) {
    self.national = national
    self.provincial = provincial
    self.municipal = municipal
  }

  init(_ table: FieldTable) {
    self.init(
      national: table.integer("national") ?? 0, provincial: table.integer("provincial") ?? 0,
      municipal: table.integer("municipal") ?? 0)
  }
}

/// A decoded `baseline.toml`: the baseline year's counts per incremental indicator.
public struct Baseline: Sendable, Equatable {
  public var counts: [String: LevelCounts]
  public var evidence: [EvidenceRef]
}
