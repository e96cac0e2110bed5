/// Assembles a county's year from the outcomes of its alliances (SPEC §3, §4, §9, §10): the
/// ranking of Y, each alliance's previous year (from Y − 1's published record, else from
/// re-scoring), the consequences, the years of the cycle, the differences from Y's own record,
/// and the problems in report order. A pure function of values.
public enum CountyAssembly {
  /// Everything a county's year is assembled from.
  public struct Input: Sendable {
    public var county: String
    public var year: Int
    public var rubric: Rubric
    /// The problems of the rubric files that govern Y (listed first).
    public var rubricProblems: [Problem] = []
    /// The outcomes of Y, one per alliance folder that existed in Y.
    public var current: [AllianceOutcome]
    /// The outcomes of earlier years (Y − 1 and the cycle's years before it), by year, for the
    /// alliances with a manifest of that year.
    public var earlier: [Int: [AllianceOutcome]] = [:]
    /// The published records found, by year, as read (a record that cannot be trusted carries
    /// its problems and no value).
    public var records: [Int: Decoded<PublishedRecord>] = [:]
    /// Alliance folders found that existed in Y.
    public var found: Int

    public init(
      county: String, year: Int, rubric: Rubric, rubricProblems: [Problem] = [], current: [AllianceOutcome],
      earlier: [Int: [AllianceOutcome]] = [:], records: [Int: Decoded<PublishedRecord>] = [:], found: Int
    ) {
      self.county = county
      self.year = year
      self.rubric = rubric
      self.rubricProblems = rubricProblems
      self.current = current
      self.earlier = earlier
      self.records = records
      self.found = found
    }
  }

  public static func assemble(
    county: String, year: Int, rubric: Rubric, rubricProblems: [Problem] = [], current: [AllianceOutcome],
    previous: [AllianceOutcome], found: Int
  ) -> CountyReport {
    assemble(
      Input(
        county: county, year: year, rubric: rubric, rubricProblems: rubricProblems, current: current,
        earlier: [year - 1: previous], found: found))
  }

  public static func assemble(_ input: Input) -> CountyReport {
    let year = input.year
    var problems: [Problem] = []
    for (_, record) in input.records.sorted(by: { $0.key < $1.key }) { problems += record.problems }
    let standings = Standings(input)
    var scores: [AllianceScore] = []
    for outcome in input.current {
      problems += outcome.problems
      guard let score = outcome.score else { continue }
      problems += standings.warnings(for: outcome.id)
      scores.append(score)
    }
    let ranked = Ranking.ranked(scores).map { rank, score in
      let before = standings.previous(score.id)
      return RankedAlliance(
        score: score, rank: rank, previous: before,
        consequence: Consequence.of(grade: score.grade, previous: before, rubric: input.rubric),
        cycle: standings.cycle(score, year: year))
    }
    if let record = input.records[year]?.value {
      problems += RecordDifferences.warnings(ranked, record: record, file: recordFile(input.county, year))
    }
    // Earlier years' folders edited after their publication (for the alliances scored in Y).
    let scoredIds = Set(scores.map(\.id))
    for (y, record) in input.records where y < year {
      guard let record = record.value else { continue }
      let earlier = (input.earlier[y] ?? []).compactMap(\.score).filter { scoredIds.contains($0.id) }
      problems += RecordDifferences.warnings(
        earlier, record: record, file: recordFile(input.county, y), notInRecord: false)
    }
    problems.sort(by: Problem.reportOrder)
    var report = CountyReport(
      county: input.county, year: year, rubric: input.rubric, rubricDigest: input.rubric.digest, alliances: ranked,
      problems: input.rubricProblems + problems, found: input.found)
    report.unscored = unscored(input.current)
    report.publication = input.records[year]?.value?.published
    return report
  }

  /// `曾都区/定稿-2024.json`.
  public static func recordFile(_ county: String, _ year: Int) -> String {
    "\(county)/\(PublishedRecord.fileName(year: year))"
  }

  /// The alliances not scored, by id, each with its first error.
  static func unscored(_ current: [AllianceOutcome]) -> [UnscoredAlliance] {
    current.filter { $0.score == nil }.sorted { $0.id.codePointLess(than: $1.id) }.compactMap { outcome in
      guard let first = outcome.problems.sorted(by: Problem.reportOrder).first(where: { $0.severity == .error })
      else { return nil }
      return UnscoredAlliance(
        id: outcome.id, name: outcome.name, file: first.file, line: first.line, message: first.message)
    }
  }
}
