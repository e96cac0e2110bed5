/// One alliance of a county's ranking for year Y: its score, its rank, where it stood in
/// Y − 1 and what follows from it. Made once, by `CountyAssembly`.
public struct RankedAlliance: Sendable, Equatable {
  public let score: AllianceScore
  public let rank: Int
  public let previous: PreviousYear
  public let consequence: Consequence?
  /// The years of the cycle up to Y (SPEC §10).
  public let cycle: Cycle

  public init(
    score: AllianceScore, rank: Int, previous: PreviousYear, consequence: Consequence?, cycle: Cycle? = nil
  ) {
    self.score = score
    self.rank = rank
    self.previous = previous
    self.consequence = consequence
    self.cycle =
      cycle
      ?? Cycle(
        firstYear: score.year,
        years: [Cycle.Year(year: score.year, status: .rescored, total: score.total, grade: score.grade)], bands: [])
  }

  public var county: String { score.county }
  public var id: String { score.id }
  public var name: String { score.name }
  public var type: AllianceType { score.type }
  public var coreSchool: String { score.coreSchool }
  public var total: Points { score.total }
  public var grade: String { score.grade }
  public func group(_ code: String) -> Points { score.group(code) }

  /// 结果运用 as shown on 排名: the consequence, then the member schools 通报'd for a 不合格
  /// evaluation (`成员校通报：北郊两水小学`, SPEC §11); nil when there is neither.
  public var resultsUse: String? {
    let names = score.failingMembers.map(\.name)
    let parts = [consequence?.label, names.isEmpty ? nil : "成员校通报：" + names.joined(separator: "、")].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: "；")
  }

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
  /// The alliance's display name when the manifest gave one, even if it was not scored.
  public var name: String?

  public init(
    county: String, id: String, year: Int, score: AllianceScore?, problems: [Problem], name: String? = nil
  ) {
    self.county = county
    self.id = id
    self.year = year
    self.score = score
    self.problems = problems
    self.name = name ?? score?.name
  }
}

/// An alliance that could not be scored in year Y: listed after the ranking with its first
/// error (SPEC §5), never hidden.
public struct UnscoredAlliance: Sendable, Equatable {
  public var id: String
  public var name: String?
  public var file: String
  public var line: Int?
  public var message: String
}

extension RankedAlliance {
  /// The same alliance without its evidence register and 未引用 list (SPEC §11): what 全市汇总 and
  /// stdout need once the county's workbook and JSON, the only places they are shown, are written.
  public func withoutRegister() -> RankedAlliance {
    var slim = score
    slim.evidence = []
    slim.uncited = []
    return RankedAlliance(score: slim, rank: rank, previous: previous, consequence: consequence, cycle: cycle)
  }
}
