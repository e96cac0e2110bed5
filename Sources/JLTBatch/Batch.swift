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

  /// The most a published record may be (it lists every evidence file of a county).
  public static let maximumRecordBytes = 64 << 20

  /// The reports, and the time spent scoring (wall) with the per-phase sums.
  public func runTimed() -> ([CountyReport], RunTimes) {
    let (inputs, times) = score()
    return (inputs.map(CountyAssembly.assemble), times)
  }

  /// Every alliance of the chosen counties read, decoded, probed and scored, and each county's
  /// records read: what each county's year is assembled from, and where the time went.
  public func score() -> ([CountyAssembly.Input], RunTimes) {
    let start = DispatchTime.now().uptimeNanoseconds
    let plan = self.plan()
    let results = ConcurrentMap.map(plan.flatMap(\.jobs), jobs: jobs, progress: progress) { $0.run() }
    var times = RunTimes()
    times.manifests = results.count
    times.phases = results.reduce(PhaseTimes()) { $0 + $1.times }
    var rest = results[...]
    let inputs = plan.map { county in
      let outcomes = rest.prefix(county.jobs.count).map(\.outcome)
      rest = rest.dropFirst(county.jobs.count)
      return county.input(outcomes, year: year, base: rubrics.base)
    }
    times.scoring = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (inputs, times)
  }

  /// One county's share of the batch: its alliance jobs (Y and the earlier years it needs), and
  /// what its year is assembled from besides their outcomes.
  struct CountyWork: Sendable {
    var county: CountyFolder
    var jobs: [AllianceJob]
    /// The rubric that governs Y, as read.
    var rubric: Decoded<Rubric>
    var records: [Int: Decoded<PublishedRecord>]

    /// What the county's year is assembled from, given the outcomes of `jobs` in their order.
    func input(_ outcomes: [AllianceOutcome], year: Int, base: Rubric) -> CountyAssembly.Input {
      CountyAssembly.Input(
        county: county.name, year: year, rubric: rubric.value ?? base, rubricProblems: rubric.problems,
        current: outcomes.filter { $0.year == year },
        earlier: Dictionary(grouping: outcomes.filter { $0.year != year }, by: \.year),
        records: records, found: county.alliances.filter { $0.existed(in: year) }.count)
    }
  }

  /// The chosen counties' work, in order: rubrics and published records read, alliance jobs made.
  func plan() -> [CountyWork] {
    // Resolved once here instead of once per alliance folder (see `EvidenceProbe`).
    let root = try? FileProbe.realPath(tree.root).get()
    return counties.map { county in
      let current = rubrics.rubric(county: county.name, year: year)
      // Y − 1 for the previous year; the cycle's earlier years for the 周期 sheet (SPEC §10).
      let cycle = (current.value ?? rubrics.base).cycleYears(upTo: year)
      let earlier = Set(cycle.filter { $0 < year }).union([year - 1]).sorted()
      let earlierRubrics = Dictionary(
        uniqueKeysWithValues: earlier.map { ($0, rubrics.rubric(county: county.name, year: $0)) })
      var work: [AllianceJob] = []
      // A folder whose manifests are all for later years did not exist yet (SPEC §1).
      for a in county.alliances where a.existed(in: year) {
        let resolved = a.path == tree.root + "/" + a.county + "/" + a.id ? root : nil
        work.append(
          AllianceJob(
            folder: a, year: year, rubric: current, limits: limits, resolvedRoot: resolved, listsFiles: true))
        for y in earlier where a.years.contains(y) {
          work.append(
            AllianceJob(
              folder: a, year: y, rubric: earlierRubrics[y] ?? current, limits: limits, resolvedRoot: resolved))
        }
      }
      return CountyWork(
        county: county, jobs: work, rubric: current, records: readRecords(county, years: Set(earlier).union([year])))
    }
  }

  /// The county's published records of these years that exist, as read (SPEC §9).
  func readRecords(_ county: CountyFolder, years: Set<Int>) -> [Int: Decoded<PublishedRecord>] {
    var out: [Int: Decoded<PublishedRecord>] = [:]
    for y in years {
      let name = PublishedRecord.fileName(year: y)
      let file = "\(county.name)/\(name)"
      switch FileProbe.read(county.path + "/" + name, limit: Self.maximumRecordBytes) {
      case .success(let data): out[y] = RecordReader.read(data, file: file, county: county.name, year: y)
      case .failure(.missing): continue
      case .failure(let why):
        out[y] = Decoded(value: nil, problems: [.error("定稿文件 \(file) 不可用：\(why.chinese)", file: file)])
      }
    }
    return out
  }
}
