import Foundation

/// The sum of one group (一级指标).
public struct GroupScore: Sendable, Equatable {
  public var code: String
  public var score: Points
}

/// Where an alliance stood in the previous year (SPEC §4).
public enum PreviousYear: Sendable, Equatable {
  /// No Y − 1 manifest: a new alliance (新增).
  case none
  /// A Y − 1 manifest with errors (无法评分).
  case unavailable
  case scored(year: Int, total: Points, rank: Int, grade: String)
}

/// One alliance's verified result for a year.
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
  /// Warnings of this alliance (the same values as in the problem list).
  public var warnings: [Problem]
  /// Set by ranking.
  public var rank: Int = 0
  /// Set when results use is computed.
  public var previous: PreviousYear = .none
  public var consequence: String?

  public init(
    county: String, id: String, name: String, type: AllianceType, coreSchool: String, year: Int,
    indicators: [IndicatorScore], groups: [GroupScore], total: Points, grade: String,
    selfAssessment: [String: Points], warnings: [Problem]
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
    self.warnings = warnings
  }

  public func group(_ code: String) -> Points { groups.first { $0.code == code }?.score ?? 0 }
  public func indicator(_ code: String) -> IndicatorScore? { indicators.first { $0.code == code } }

  /// 自评总分: the sum of the given values, or nil when none were given.
  public var selfTotal: Points? {
    selfAssessment.isEmpty ? nil : selfAssessment.values.reduce(0, +)
  }
}
