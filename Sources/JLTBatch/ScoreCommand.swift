import Foundation
import JLTCore

/// What `jlt score` did, for the CLI to report and turn into an exit status.
public struct ScoreRun: Sendable {
  public var year: Int
  public var reports: [CountyReport]
  /// Files written, relative to the output folder.
  public var written: [String]
  /// Outputs that could not be written, with the reason.
  public var failures: [String]
  /// Notes for stdout: a later year not chosen, an empty folder, a city summary not updated.
  public var notes: [String] = []
  /// Per county, what changed since the JSON this run replaced (SPEC §10).
  public var changes: [String: String] = [:]
  public var times = RunTimes()

  /// SPEC §7: 0 all scored; 1 an alliance not scored or a county's output not written;
  /// 2 nothing could be written.
  public var exitStatus: Int32 {
    if written.isEmpty { return 2 }
    let unscored = reports.contains { $0.problems.contains { $0.severity == .error } }
    return unscored || !failures.isEmpty ? 1 : 0
  }

  /// The counties whose workbook or JSON was written (their ranking is printed).
  public func wasWritten(_ county: String) -> Bool {
    written.contains("\(year)/\(county).xlsx") || written.contains("\(year)/\(county).json")
  }
}

/// `jlt score`: scan, choose counties and year, run the batch, write every county's outputs.
public enum ScoreCommand {
  public static let citySummary = "全市汇总.xlsx"

  public static func run(
    input: String, output: String, year: Int?, counties names: [String], jobs: Int, progress: ProgressReport? = nil
  )
    throws -> ScoreRun
  {
    let started = DispatchTime.now().uptimeNanoseconds
    let plan = try Plan(input: input, output: output, year: year, counties: names)
    var batch = Batch(tree: plan.tree, year: plan.year, counties: plan.counties, jobs: jobs)
    batch.progress = progress
    let scanned = since(started)
    var run = ScoreRun(year: plan.year, reports: [], written: [], failures: [], notes: plan.notes)
    let y = plan.year
    let folder = output + "/\(y)"
    if let failure = prepare(folder) {
      // Nothing can be written; the alliances are still scored, for stdout and the exit status.
      (run.reports, run.times) = batch.runTimed()
      run.failures.append(failure)
    } else {
      let lock = RunLock.take(output)  // SPEC §7: one run at a time on this output folder
      defer { lock?.release() }
      AtomicFile.removeStaleTemporaries(in: folder)  // left by a run that was killed
      // Each county written as soon as it is scored (see `CountyPipeline`).
      let done = CountyPipeline(batch).run(
        city: plan.city, writeCounty: { writeCounty($0, year: y, in: folder) },
        writeCity: { writeCity($0, year: y, in: folder) })
      run.reports = done.reports
      run.times = done.times
      collect(done.written, counties: done.reports.map(\.county), into: &run)
    }
    run.times.scan = scanned
    return run
  }

  static func since(_ t: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9 }

  /// What a run covers: the input tree, the counties, the year, and the notes for stdout.
  struct Plan {
    var tree: InputTree
    var counties: [CountyFolder]
    var year: Int
    var notes: [String] = []
    /// Whether 全市汇总 is written: only by a run over every county (SPEC §5).
    var city: Bool

    /// - Parameter requiringManifests: false for `verify`, where a county whose manifests of Y
    ///   were all deleted after publication is a difference to report, not a usage error.
    init(input: String, output: String, year: Int?, counties names: [String], requiringManifests: Bool = true) throws {
      do {
        tree = try InputTree.scan(root: input, excluding: output)
      } catch let e as InputError {
        throw UsageError(e.chinese)
      }
      counties = try ScoreCommand.chosen(names, in: tree)
      if let year {
        self.year = year
      } else {
        guard let choice = YearChoice(folders: counties.flatMap(\.alliances).map(\.years)) else {
          throw UsageError("输入文件夹 \(input) 中没有任何证据清单（YYYY.toml）")
        }
        self.year = choice.year
        notes += choice.notes
      }
      let y = self.year
      guard !requiringManifests || counties.contains(where: { $0.alliances.contains { $0.years.contains(y) } }) else {
        throw UsageError("没有 \(y) 年的证据清单")
      }
      for county in counties {
        for folder in county.emptyFolders { notes.append("\(folder) 是空文件夹，不作为教联体处理") }
      }
      city = counties.count > 1 && counties.count == tree.counties.count
      if !city, tree.counties.count > 1 {
        notes.append("\(ScoreCommand.citySummary) 未更新：本次只评分了 \(counties.count) 个县；不带 --county 运行可更新")
      }
    }
  }

  /// The counties named by `--county` (all when none is named).
  static func chosen(_ names: [String], in tree: InputTree) throws -> [CountyFolder] {
    guard !names.isEmpty else { return tree.counties }
    let unknown = names.filter { n in !tree.counties.contains { $0.name == n } }
    if !unknown.isEmpty {
      let known = tree.counties.map(\.name).joined(separator: "、")
      throw UsageError("未知的县（市、区）：\(unknown.joined(separator: "、"))（输入中有：\(known)）")
    }
    return tree.counties.filter { names.contains($0.name) }
  }

  /// Writes every county's workbook and JSON, and the city summary when `city` (`publish`, whose
  /// reports are all made before anything is written; `score` writes as it goes, `run`).
  static func write(
    _ reports: [CountyReport], year y: Int, city: Bool, to output: String, jobs: Int, into run: inout ScoreRun
  ) {
    let folder = output + "/\(y)"
    if let failure = prepare(folder) {
      run.failures.append(failure)
      return
    }
    let lock = RunLock.take(output)  // SPEC §7: one run at a time on this output folder
    defer { lock?.release() }
    AtomicFile.removeStaleTemporaries(in: folder)  // left by a run that was killed
    // Counties are written concurrently (`jobs` at a time), 全市汇总 first as the largest;
    // what was written and what failed is listed in the fixed order, counties then 全市汇总.
    let cityTask = reports.count
    let tasks = (city ? [cityTask] : []) + Array(reports.indices)
    let outcomes = ConcurrentMap.map(tasks, jobs: jobs) { task in
      task == cityTask
        ? writeCity(reports, year: y, in: folder) : writeCounty(reports[task], year: y, in: folder)
    }
    let sorted = zip(tasks, outcomes).sorted { $0.0 < $1.0 }.map(\.1)
    collect(sorted, counties: reports.map(\.county), into: &run)
  }

  /// Creates the year's output folder; the failure to report when it cannot be.
  static func prepare(_ folder: String) -> String? {
    do {
      try OutputFolder.create(folder)
      return nil
    } catch let e as OutputError {
      return e.chinese
    } catch {
      return OutputError.cannotCreateFolder(folder, EIO).chinese
    }
  }

  /// What writing one county's files (or 全市汇总) did.
  struct Written: Sendable {
    /// Files written, relative to the output folder.
    var files: [String] = []
    var failures: [String] = []
    /// What changed since the county's JSON this run replaced (stdout only).
    var change: String?
  }

  /// Adds what was written to the run, in the order given (counties, then 全市汇总).
  static func collect(_ outcomes: [Written], counties: [String], into run: inout ScoreRun) {
    for (i, outcome) in outcomes.enumerated() {
      run.written += outcome.files
      run.failures += outcome.failures
      if let change = outcome.change, i < counties.count { run.changes[counties[i]] = change }
    }
  }

  /// Writes `file` (a name under the year's folder), recording it as written or failed.
  static func attempt(
    _ file: String, year y: Int, in folder: String, _ out: inout Written, _ write: (String) throws -> Void
  ) {
    let path = "\(folder)/\(file)"
    do {
      try write(path)
      out.files.append("\(y)/\(file)")
    } catch let e as OutputError {
      out.failures.append(e.chinese)
    } catch {
      out.failures.append(OutputError.cannotWrite(path, EIO).chinese)
    }
  }

  /// One county's workbook and JSON, with what changed since the JSON it replaces.
  static func writeCounty(_ report: CountyReport, year y: Int, in folder: String) -> Written {
    var out = Written()
    if case .success(let data) = FileProbe.read("\(folder)/\(report.county).json", limit: Batch.maximumRecordBytes),
      let earlier = ChangeList.figures(ofEarlierJSON: data)
    {
      out.change = ChangeList.text(earlier: earlier, now: report)
    }
    for name in OutputFiles.extensions {
      attempt("\(report.county).\(name)", year: y, in: folder, &out) { path in
        try OutputFiles.write(report, as: name, to: path)
      }
    }
    return out
  }

  /// 全市汇总.xlsx from every county's report.
  static func writeCity(_ reports: [CountyReport], year y: Int, in folder: String) -> Written {
    var out = Written()
    attempt(citySummary, year: y, in: folder, &out) { path in
      try OutputFiles.writeCitySummary(CitySummary(reports, year: y), to: path)
    }
    return out
  }
}
