import Foundation

/// The sum of one group (一级指标).
public struct GroupScore: Sendable, Equatable {
  public var code: String
  public var score: Points
}

/// One alliance's verified result for a year (its warnings are among its county's problems).
public struct AllianceScore: Sendable, Equatable {
  public var county: String
  public var id: String
  public var name: String
  public var type: AllianceType
  public var coreSchool: String
  public var year: Int
  public var indicators: [IndicatorScore]
  /// A1…A6, A6 capped.
  public var groups: [GroupScore]
  public var total: Points
  public var grade: String
  /// `[self_assessment]` as given, by code.
  public var selfAssessment: [String: Points]
  /// Every distinct evidence reference and what was found (SPEC §9, §11).
  public var evidence: [EvidenceEntry]
  /// Each school's items (SPEC §11), in manifest order.
  public var schools: [SchoolItems] = []
  /// Regular files of the alliance folder that no reference cites (未引用, SPEC §11), with sizes.
  public var uncited: [(path: String, bytes: Int)] = []

  public static func == (a: AllianceScore, b: AllianceScore) -> Bool {
    a.county == b.county && a.id == b.id && a.name == b.name && a.type == b.type && a.coreSchool == b.coreSchool
      && a.year == b.year && a.indicators == b.indicators && a.groups == b.groups && a.total == b.total
      && a.grade == b.grade && a.selfAssessment == b.selfAssessment && a.evidence == b.evidence
      && a.schools == b.schools && a.uncited.map(\.path) == b.uncited.map(\.path)
      && a.uncited.map(\.bytes) == b.uncited.map(\.bytes)
  }

  /// The member schools whose counted evaluation is 不合格 (通报 with the alliance, SPEC §11).
  public var failingMembers: [SchoolItems] { schools.filter(\.isFailing) }

  public init(
    county: String, id: String, name: String, type: AllianceType, coreSchool: String, year: Int,
    indicators: [IndicatorScore], groups: [GroupScore], total: Points, grade: String,
    selfAssessment: [String: Points], evidence: [EvidenceEntry] = []
  ) {
    self.county = county
    self.id = id
    self.name = name
    self.type = type
    self.coreSchool = coreSchool
    self.year = year
    self.indicators = indicators
    self.groups = groups
    self.total = total
    self.grade = grade
    self.selfAssessment = selfAssessment
    self.evidence = evidence
  }

  public func group(_ code: String) -> Points { groups.first { $0.code == code }?.score ?? 0 }
  public func indicator(_ code: String) -> IndicatorScore? { indicators.first { $0.code == code } }

  /// 自评总分: the sum of the given values, or nil when none were given.
  public var selfTotal: Points? {
    selfAssessment.isEmpty ? nil : selfAssessment.values.reduce(0, +)
  }

  /// 自评总分 as shown (SPEC §4): the sum, followed by the count when fewer than all applicable
  /// indicators were self-scored (`20.82（6项）`), so that it never looks like a low total.
  public var selfTotalText: String? {
    guard let total = selfTotal else { return nil }
    let given = indicators.filter { $0.selfScore != nil }.count
    return given < indicators.count ? "\(total.scoreText)（\(given)项）" : total.scoreText
  }
}
