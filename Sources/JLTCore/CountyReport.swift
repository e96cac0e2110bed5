/// Everything written for one county and year: the ranked alliances and every problem.
/// The workbook and the JSON are two renderings of this value.
public struct CountyReport: Sendable, Equatable {
  public var county: String
  public var year: Int
  public var rubric: Rubric
  public var rubricDigest: String
  /// In rank order.
  public var alliances: [RankedAlliance]
  /// The alliances not scored, by id, each with its first error.
  public var unscored: [UnscoredAlliance] = []
  /// Y's published record, when there is one that can be trusted (named in 排名's title).
  public var publication: PublishedRecord.Publication?
  /// Every error and warning, in report order; the one place warnings are kept.
  public var problems: [Problem]
  /// Alliance folders found (with or without a manifest for the year).
  public var found: Int

  public init(
    county: String, year: Int, rubric: Rubric, rubricDigest: String, alliances: [RankedAlliance],
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

  /// The display name of an alliance, when known (for 问题 beside the id).
  public func name(of id: String) -> String? {
    alliances.first { $0.id == id }?.name ?? unscored.first { $0.id == id }?.name
  }
  /// Alliances with at least one error (not ranked).
  public var withErrors: Int {
    Set(problems.filter { $0.severity == .error }.compactMap(\.alliance)).count
  }
  public var warningCount: Int { problems.filter { $0.severity == .warning }.count }

  /// The warnings of one alliance, in report order.
  public func warnings(of id: String) -> [Problem] {
    problems.filter { $0.alliance == id && $0.severity == .warning }
  }
}

extension CountyReport {
  /// The report without its alliances' evidence registers (`RankedAlliance.withoutRegister`):
  /// kept by `score` for 全市汇总 and stdout once the county's own files are written.
  public func withoutRegisters() -> CountyReport {
    var slim = self
    slim.alliances = alliances.map { $0.withoutRegister() }
    return slim
  }
}
