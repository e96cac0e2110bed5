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
  public var times = RunTimes()

  /// SPEC §7: 0 all scored; 1 an alliance not scored or a county's output not written;
  /// 2 nothing could be written.
  public var exitStatus: Int32 {
    if written.isEmpty { return 2 }
    let unscored = reports.contains { $0.problems.contains { $0.severity == .error } }
    return unscored || !failures.isEmpty ? 1 : 0
  }
}

/// `jlt score`: scan, choose counties and year, run the batch, write every county's outputs.
public enum ScoreCommand {
  public static func run(
    input: String, output: String, year: Int?, counties names: [String], jobs: Int, progress: ProgressReport? = nil
  )
    throws -> ScoreRun
  {
    let started = DispatchTime.now().uptimeNanoseconds
    func since(_ t: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9 }
    let tree: InputTree
    do {
      tree = try InputTree.scan(root: input)
    } catch let e as InputError {
      throw UsageError(e.chinese)
    }
    var counties = tree.counties
    if !names.isEmpty {
      let unknown = names.filter { n in !tree.counties.contains { $0.name == n } }
      if !unknown.isEmpty {
        let known = tree.counties.map(\.name).joined(separator: "、")
        throw UsageError("未知的县（市、区）：\(unknown.joined(separator: "、"))（输入中有：\(known)）")
      }
      counties = tree.counties.filter { names.contains($0.name) }
    }
    guard let y = year ?? tree.years.last else {
      throw UsageError("输入文件夹 \(input) 中没有任何证据清单（YYYY.toml）")
    }
    guard counties.contains(where: { $0.alliances.contains { $0.years.contains(y) } }) else {
      throw UsageError("没有 \(y) 年的证据清单")
    }
    var batch = Batch(tree: tree, year: y, counties: counties, jobs: jobs)
    batch.progress = progress
    let scanned = since(started)
    let (reports, times) = batch.runTimed()
    let writingStarted = DispatchTime.now().uptimeNanoseconds
    var run = ScoreRun(year: y, reports: reports, written: [], failures: [])
    run.times = times
    run.times.scan = scanned
    let folder = output + "/\(y)"
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      run.failures.append(OutputError.cannotCreateFolder(folder, errno).chinese)
      return run
    }
    let lock = RunLock.take(output)  // SPEC §7: one run at a time on this output folder
    defer { lock?.release() }
    AtomicFile.removeStaleTemporaries(in: folder)  // left by a run that was killed
    // Counties are written concurrently (`jobs` at a time), 全市汇总 first as the largest;
    // what was written and what failed is listed in the fixed order, counties then 全市汇总.
    let city = reports.count
    let tasks = (reports.count > 1 ? [city] : []) + Array(reports.indices)
    let outcomes = ConcurrentMap.map(tasks, jobs: jobs) { task -> (written: [String], failures: [String]) in
      var out = (written: [String](), failures: [String]())
      /// Writes `file` (a name under the year's folder), recording it as written or failed.
      func attempt(_ file: String, _ write: (String) throws -> Void) {
        let path = "\(folder)/\(file)"
        do {
          try write(path)
          out.written.append("\(y)/\(file)")
        } catch let e as OutputError {
          out.failures.append(e.chinese)
        } catch {
          out.failures.append("无法写入 \(path)：\(error)")
        }
      }
      if task == city {
        attempt("全市汇总.xlsx") { path in
          try OutputFiles.writeCitySummary(CitySummary(reports, year: y), to: path)
        }
        return out
      }
      let report = reports[task]
      for name in OutputFiles.extensions {
        attempt("\(report.county).\(name)") { path in try OutputFiles.write(report, as: name, to: path) }
      }
      return out
    }
    for (_, outcome) in zip(tasks, outcomes).sorted(by: { $0.0 < $1.0 }) {
      run.written += outcome.written
      run.failures += outcome.failures
    }
    run.times.writing = since(writingStarted)
    return run
  }
}
