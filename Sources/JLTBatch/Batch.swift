import Foundation
import JLTCore

/// The nightly batch: every alliance of the chosen counties scored for year Y and Y − 1
/// concurrently, then assembled county by county in a fixed order.
public struct Batch: Sendable {
  public var tree: InputTree
  public var year: Int
  public var counties: [CountyFolder]
  public var jobs: Int
  public var limits = ManifestLimits()
  public var rubrics: RubricSource
  /// Told how many manifests are done, as the batch goes on (the CLI's progress line).
  public var progress: ProgressReport?

  public init(tree: InputTree, year: Int, counties: [CountyFolder], jobs: Int) {
    self.tree = tree
    self.year = year
    self.counties = counties
    self.jobs = jobs
    self.rubrics = RubricSource(root: tree.root)
  }

  public func run() -> [CountyReport] { runTimed().0 }

  /// The reports, and the time spent scoring (wall) with the per-phase sums.
  public func runTimed() -> ([CountyReport], RunTimes) {
    let start = DispatchTime.now().uptimeNanoseconds
    var work: [AllianceJob] = []
    var effective: [String: Decoded<Rubric>] = [:]
    // Resolved once here instead of once per alliance folder (see `EvidenceProbe`).
    let root = try? FileProbe.realPath(tree.root).get()
    for county in counties {
      let current = rubrics.rubric(county: county.name, year: year)
      let previous = rubrics.rubric(county: county.name, year: year - 1)
      effective[county.name] = current
      for a in county.alliances {
        let resolved = a.path == tree.root + "/" + a.county + "/" + a.id ? root : nil
        work.append(AllianceJob(folder: a, year: year, rubric: current, limits: limits, resolvedRoot: resolved))
        if a.years.contains(year - 1) {
          work.append(AllianceJob(folder: a, year: year - 1, rubric: previous, limits: limits, resolvedRoot: resolved))
        }
      }
    }
    let outcomes = ConcurrentMap.map(work, jobs: jobs, progress: progress) { $0.run() }
    var times = RunTimes()
    times.manifests = outcomes.count
    times.phases = outcomes.reduce(PhaseTimes()) { $0 + $1.times }
    var byCounty: [String: [AllianceOutcome]] = [:]
    for o in outcomes { byCounty[o.county, default: []].append(o) }
    let reports = counties.map { county in
      let rubric = effective[county.name]?.value ?? rubrics.base
      var report = assemble(county, byCounty[county.name] ?? [], rubric: rubric)
      report.problems = (effective[county.name]?.problems ?? []) + report.problems
      return report
    }
    times.scoring = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (reports, times)
  }

  func assemble(_ county: CountyFolder, _ outcomes: [AllianceOutcome], rubric: Rubric) -> CountyReport {
    let last = outcomes.filter { $0.year == year - 1 }
    let lastRanked = Ranking.ranked(last.compactMap(\.score))
    var previous: [String: PreviousYear] = [:]
    for o in last { previous[o.id] = .unavailable }
    for s in lastRanked {
      previous[s.id] = .scored(year: year - 1, total: s.total, rank: s.rank, grade: s.grade)
    }
    var problems: [Problem] = []
    var scores: [AllianceScore] = []
    for o in outcomes where o.year == year {
      var outcome = o
      if var s = o.score {
        if previous[o.id] == .unavailable {
          let w = Problem.warning(
            "\(year - 1) 年证据清单有错误，无法评分，上年结果按“无法评分”处理",
            file: "\(county.name)/\(o.id)/\(year - 1).toml", alliance: o.id)
          outcome.problems.append(w)
          s.warnings.append(w)
          s.warnings.sort(by: Problem.reportOrder)
        }
        scores.append(s)
      }
      problems += outcome.problems
    }
    problems.sort(by: Problem.reportOrder)
    let ranked = ResultsUse.apply(Ranking.ranked(scores), previous: previous, rubric: rubric)
    var report = CountyReport(
      county: county.name, year: year, rubric: rubric, rubricDigest: rubric.digest, alliances: ranked,
      problems: problems, found: county.alliances.count)
    report.previousYear = lastRanked
    return report
  }
}
