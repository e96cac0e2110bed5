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
      // A folder whose manifests are all for later years did not exist yet (SPEC §1).
      for a in county.alliances where a.existed(in: year) {
        let resolved = a.path == tree.root + "/" + a.county + "/" + a.id ? root : nil
        work.append(AllianceJob(folder: a, year: year, rubric: current, limits: limits, resolvedRoot: resolved))
        if a.years.contains(year - 1) {
          work.append(AllianceJob(folder: a, year: year - 1, rubric: previous, limits: limits, resolvedRoot: resolved))
        }
      }
    }
    let results = ConcurrentMap.map(work, jobs: jobs, progress: progress) { $0.run() }
    var times = RunTimes()
    times.manifests = results.count
    times.phases = results.reduce(PhaseTimes()) { $0 + $1.times }
    var byCounty: [String: [AllianceOutcome]] = [:]
    for r in results { byCounty[r.outcome.county, default: []].append(r.outcome) }
    let reports = counties.map { county in
      let outcomes = byCounty[county.name] ?? []
      return CountyAssembly.assemble(
        county: county.name, year: year, rubric: effective[county.name]?.value ?? rubrics.base,
        rubricProblems: effective[county.name]?.problems ?? [], current: outcomes.filter { $0.year == year },
        previous: outcomes.filter { $0.year == year - 1 },
        found: county.alliances.filter { $0.existed(in: year) }.count)
    }
    times.scoring = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (reports, times)
  }
}
