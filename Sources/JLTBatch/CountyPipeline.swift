import Foundation
import JLTCore

/// `score`'s batch, written as it goes: each county's workbook and JSON are written as soon as
/// its alliances are scored, while the next county is being scored, and then only its report
/// without the evidence registers (which only those files show) is kept, for 全市汇总 and
/// stdout. A province's full reports are never all in memory at once (100×30: 82 MB at peak
/// instead of 185 MB), and both cores stay busy to the end instead of meeting at the border
/// between a scoring phase and a writing phase.
///
/// `jobs` workers take the tasks in a fixed order: county 0's alliances, county 1's alliances,
/// county 0's files, county 2's alliances, county 1's files, …, 全市汇总, the last county's
/// files. A county's files come after the next county's alliances, so its own are done by then
/// or nearly (the task waits for them); a task waits only for tasks taken before it, which are
/// running or done, so nothing waits forever. What was written is listed in the fixed order.
final class CountyPipeline: @unchecked Sendable {
  enum Task: Equatable {
    case alliance(county: Int, job: Int)
    case files(county: Int)
    case city
  }

  struct Result {
    /// In county order, without evidence registers (see `CountyReport.withoutRegisters`).
    var reports: [CountyReport]
    /// What writing did: each county's files in county order, then 全市汇总's when written.
    var written: [ScoreCommand.Written]
    var times: RunTimes
  }

  /// The order tasks are taken in, for counties with these numbers of alliance jobs.
  static func order(jobCounts: [Int], city: Bool) -> [Task] {
    var tasks: [Task] = []
    for (c, count) in jobCounts.enumerated() {
      tasks += (0..<count).map { Task.alliance(county: c, job: $0) }
      if c > 0 { tasks.append(.files(county: c - 1)) }
    }
    if city { tasks.append(.city) }
    if !jobCounts.isEmpty { tasks.append(.files(county: jobCounts.count - 1)) }
    return tasks
  }

  private let batch: Batch
  private let work: [Batch.CountyWork]
  private let condition = NSCondition()
  // Guarded by `condition`:
  private var outcomes: [[AllianceOutcome?]]
  private var remaining: [Int]
  private var reports: [CountyReport?]
  private var written: [ScoreCommand.Written?]
  private var cityWritten: ScoreCommand.Written?
  private var phases = PhaseTimes()
  private var scoringSeconds = 0.0
  /// Reading the rubrics and records, before any worker starts.
  private let planSeconds: Double
  private var writingSeconds = 0.0
  private var manifestsDone = 0

  init(_ batch: Batch) {
    let started = DispatchTime.now().uptimeNanoseconds
    self.batch = batch
    work = batch.plan()
    outcomes = work.map { Array(repeating: nil, count: $0.jobs.count) }
    remaining = work.map(\.jobs.count)
    reports = Array(repeating: nil, count: work.count)
    written = Array(repeating: nil, count: work.count)
    planSeconds = Self.since(started)
    for (c, county) in work.enumerated() where county.jobs.isEmpty { assemble(c, []) }
  }

  /// Runs every task; `writeCounty` and `writeCity` write the files (and say what they did).
  func run(
    city: Bool, writeCounty: @Sendable (CountyReport) -> ScoreCommand.Written,
    writeCity: @Sendable ([CountyReport]) -> ScoreCommand.Written
  ) -> Result {
    let tasks = Self.order(jobCounts: work.map(\.jobs.count), city: city)
    let next = NextItem(count: tasks.count)
    let total = work.reduce(0) { $0 + $1.jobs.count }
    let workers = max(1, min(batch.jobs, tasks.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let i = next.take() {
        switch tasks[i] {
        case .alliance(let c, let j): score(c, j, total: total)
        case .files(let c): files(c, writeCounty)
        case .city: self.city(writeCity)
        }
      }
    }
    condition.lock()
    defer { condition.unlock() }
    var times = RunTimes()
    times.manifests = total
    times.phases = phases
    // Summed over the workers; divided by their number, the wall time each phase would take alone.
    times.scoring = planSeconds + scoringSeconds / Double(workers)
    times.writing = writingSeconds / Double(workers)
    return Result(
      reports: reports.compactMap { $0 }, written: written.compactMap { $0 } + (cityWritten.map { [$0] } ?? []),
      times: times)
  }

  private func score(_ c: Int, _ j: Int, total: Int) {
    let started = DispatchTime.now().uptimeNanoseconds
    let (outcome, times) = work[c].jobs[j].run()
    condition.lock()
    outcomes[c][j] = outcome
    remaining[c] -= 1
    phases = phases + times
    manifestsDone += 1
    let done = manifestsDone
    let complete = remaining[c] == 0 ? outcomes[c].compactMap { $0 } : nil
    if complete != nil { outcomes[c] = [] }
    condition.unlock()
    batch.progress?(done, total)
    if let complete { assemble(c, complete) }
    spent(scoring: Self.since(started))
  }

  /// The county's report from its outcomes; wakes the tasks waiting for it.
  private func assemble(_ c: Int, _ outcomes: [AllianceOutcome]) {
    let report = CountyAssembly.assemble(work[c].input(outcomes, year: batch.year, base: batch.rubrics.base))
    condition.lock()
    reports[c] = report
    condition.broadcast()
    condition.unlock()
  }

  private func files(_ c: Int, _ write: (CountyReport) -> ScoreCommand.Written) {
    condition.lock()
    while reports[c] == nil { condition.wait() }
    let report = reports[c]
    condition.unlock()
    guard let report else { return }
    let started = DispatchTime.now().uptimeNanoseconds
    let outcome = write(report)
    let slim = report.withoutRegisters()
    condition.lock()
    written[c] = outcome
    reports[c] = slim
    condition.unlock()
    spent(writing: Self.since(started))
  }

  private func city(_ write: ([CountyReport]) -> ScoreCommand.Written) {
    condition.lock()
    while reports.contains(where: { $0 == nil }) { condition.wait() }
    let all = reports.compactMap { $0 }
    condition.unlock()
    let started = DispatchTime.now().uptimeNanoseconds
    let outcome = write(all)
    condition.lock()
    cityWritten = outcome
    condition.unlock()
    spent(writing: Self.since(started))
  }

  private func spent(scoring: Double = 0, writing: Double = 0) {
    condition.lock()
    scoringSeconds += scoring
    writingSeconds += writing
    condition.unlock()
  }

  private static func since(_ t: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9 }
}
