import Foundation

/// Role of a school in its alliance.
public enum SchoolRole: String, Sendable, Equatable, CaseIterable {
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
  /// The whole document; an indicator's table is `root[table: indicator.table]`.
  public var root: FieldTable
  /// `[self_assessment]`: indicator code → score.
  public var selfAssessment: [String: Decimal]

  public var coreSchool: School? { schools.first { $0.role.isCore } }
  public var memberSchools: [School] { schools.filter { $0.role == .member } }
  public var totalTeachers: Int { schools.reduce(0) { $0 + $1.teachers } }

  /// Every evidence reference that counts, schools included, in the order written. Keys that are accepted and
  /// ignored (keys for member schools given for the core school, keys for the other type of
  /// alliance) are left out, as their declarations say (`FieldAudience`).
  public var allEvidence: [EvidenceRef] {
    var ignored = ManifestSchema.keysIgnored(for: type)
    for school in schools where school.role.isCore {
      for key in ManifestSchema.memberOnlySchoolKeys { ignored.insert("school“\(school.name)”.\(key)") }
    }
    var refs = root.allEvidence
    refs.removeAll { ignored.contains($0.key) }
    // In the order they are written (the tables' keys are kept unordered).
    return refs.enumerated().sorted { a, b in
      let la = a.element.line ?? Int.max
      let lb = b.element.line ?? Int.max
      return la != lb ? la < lb : a.offset < b.offset
    }.map(\.element)
  }
}

/// A decoded `baseline.toml`: the baseline year's counts per incremental indicator.
public struct Baseline: Sendable, Equatable {
  public var counts: [String: LevelCounts]
  public var evidence: [EvidenceRef]
}
