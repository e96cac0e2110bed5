/// Assembles a county's year from the outcomes of its alliances (SPEC §3, §4): the ranking of
/// Y, the previous year of each alliance from the ranking of Y − 1, the consequences, and the
/// problems in report order. A pure function of values.
public enum CountyAssembly {
  /// - Parameters:
  ///   - current: the outcomes of year Y, one per alliance folder.
  ///   - previous: the outcomes of Y − 1, for the alliances that have a Y − 1 manifest.
  ///   - rubricProblems: the problems of the rubric files that govern Y (listed first).
  public static func assemble(
    county: String, year: Int, rubric: Rubric, rubricProblems: [Problem] = [], current: [AllianceOutcome],
    previous: [AllianceOutcome], found: Int
  ) -> CountyReport {
    let standings = previousStandings(previous, year: year - 1)
    var problems: [Problem] = []
    var scores: [AllianceScore] = []
    for outcome in current {
      problems += outcome.problems
      guard let score = outcome.score else { continue }
      if standings[outcome.id] == .unscorable {
        problems.append(
          .warning(
            "\(year - 1) 年证据清单有错误，无法评分，上年结果按“无法评分”处理",
            file: "\(county)/\(outcome.id)/\(year - 1).toml", alliance: outcome.id))
      }
      scores.append(score)
    }
    problems.sort(by: Problem.reportOrder)
    let unscored = current.filter { $0.score == nil }.sorted { $0.id.codePointLess(than: $1.id) }.compactMap {
      outcome -> UnscoredAlliance? in
      guard let first = outcome.problems.sorted(by: Problem.reportOrder).first(where: { $0.severity == .error })
      else { return nil }
      return UnscoredAlliance(
        id: outcome.id, name: outcome.name, file: first.file, line: first.line, message: first.message)
    }
    let ranked = Ranking.ranked(scores).map { rank, score in
      let before = standings[score.id] ?? .new
      return RankedAlliance(
        score: score, rank: rank, previous: before,
        consequence: Consequence.of(grade: score.grade, previous: before, rubric: rubric))
    }
    var report = CountyReport(
      county: county, year: year, rubric: rubric, rubricDigest: rubric.digest, alliances: ranked,
      problems: rubricProblems + problems, found: found)
    report.unscored = unscored
    return report
  }

  /// Each alliance's standing in `year`: ranked among the county's alliances scored that year,
  /// 无法评分 when its manifest had errors.
  static func previousStandings(_ outcomes: [AllianceOutcome], year: Int) -> [String: PreviousYear] {
    var out: [String: PreviousYear] = [:]
    for o in outcomes { out[o.id] = .unscorable }
    for (rank, s) in Ranking.ranked(outcomes.compactMap(\.score)) {
      out[s.id] = .scored(PreviousResult(year: year, total: s.total, rank: rank, grade: s.grade, groups: s.groups))
    }
    return out
  }
}
