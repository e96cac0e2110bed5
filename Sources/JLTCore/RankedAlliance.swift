/// One alliance of a county's ranking for year Y: its score, its rank, where it stood in
/// Y − 1 and what follows from it. Made once, by `CountyAssembly`.
public struct RankedAlliance: Sendable, Equatable {
  public let score: AllianceScore
  public let rank: Int
  public let previous: PreviousYear
  public let consequence: Consequence?

  public init(score: AllianceScore, rank: Int, previous: PreviousYear, consequence: Consequence?) {
    self.score = score
    self.rank = rank
    self.previous = previous
    self.consequence = consequence
  }

  public var county: String { score.county }
  public var id: String { score.id }
  public var name: String { score.name }
  public var type: AllianceType { score.type }
  public var coreSchool: String { score.coreSchool }
  public var total: Points { score.total }
  public var grade: String { score.grade }
  public func group(_ code: String) -> Points { score.group(code) }

  /// The change of the total since Y − 1, when Y − 1 was scored.
  public var change: Points? {
    if case .scored(let before) = previous { return total - before.total }
    return nil
  }
}

/// The result of one alliance for one year: its score, or the problems that prevented it.
public struct AllianceOutcome: Sendable, Equatable {
  public var county: String
  public var id: String
  public var year: Int
  public var score: AllianceScore?
  public var problems: [Problem]

  public init(county: String, id: String, year: Int, score: AllianceScore?, problems: [Problem]) {
    self.county = county
    self.id = id
    self.year = year
    self.score = score
    self.problems = problems
  }
}
