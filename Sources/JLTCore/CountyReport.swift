/// Everything written for one county and year: the ranked alliances and every problem.
public struct CountyReport: Sendable, Equatable {
  public var county: String
  public var year: Int
  public var rubric: Rubric
  public var rubricDigest: String
  /// Ranked, in rank order.
  public var alliances: [AllianceScore]
  /// Every error and warning, in report order.
  public var problems: [Problem]
  /// Alliance folders found (with or without a manifest for the year).
  public var found: Int
  /// The county's scored alliances of year Y − 1, ranked (for the year-over-year sheet).
  public var previousYear: [AllianceScore] = []

  public init(
    county: String, year: Int, rubric: Rubric, rubricDigest: String, alliances: [AllianceScore],
    problems: [Problem], found: Int
  ) {
    self.county = county
    self.year = year
    self.rubric = rubric
    self.rubricDigest = rubricDigest
    self.alliances = alliances
    self.problems = problems
    self.found = found
  }

  public var scored: Int { alliances.count }
  /// Alliances with at least one error (not ranked).
  public var withErrors: Int {
    Set(problems.filter { $0.severity == .error }.compactMap(\.alliance)).count
  }
  public var warningCount: Int { problems.filter { $0.severity == .warning }.count }
}
