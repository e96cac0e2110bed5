import JLTCore

extension Batch {
  /// The Y − 1 scores of every chosen county's alliances, by county then alliance id, for the
  /// 同比 sheet's groups. `CountyReport` carries only Y − 1's total, rank and grade, so the
  /// Y − 1 manifests are scored again here (the same pure scoring, same rubric and limits).
  public func previousYearScores() -> [String: [String: AllianceScore]] {
    var work: [AllianceJob] = []
    for county in counties {
      let rubric = rubrics.rubric(county: county.name, year: year - 1)
      for a in county.alliances where a.years.contains(year - 1) {
        work.append(AllianceJob(folder: a, year: year - 1, rubric: rubric, limits: limits))
      }
    }
    let outcomes = ConcurrentMap.map(work, jobs: jobs) { $0.run() }
    var result: [String: [String: AllianceScore]] = [:]
    for o in outcomes {
      if let s = o.score { result[o.county, default: [:]][o.id] = s }
    }
    return result
  }
}
