import Foundation
import JLTCore

/// What `jlt publish` did.
public struct PublishRun: Sendable {
  public var score: ScoreRun
  /// Records written, relative to the input root.
  public var published: [String] = []
  /// Why a county was not published, one message each.
  public var refused: [String] = []
  /// Per county revised: the alliances whose figures changed (`zd-03 66.35 → 68.85（C10 +2.5）`).
  public var changes: [String] = []
  /// A county refused because its year already has a record and no `--revise` was given.
  public var needsRevise = false

  /// SPEC §9: 0 all published; 1 a county not published (an unscored alliance, a file that
  /// changed), everything else done; 2 a year published already without `--revise`.
  public var exitStatus: Int32 {
    if needsRevise { return 2 }
    return refused.isEmpty && score.exitStatus == 0 ? 0 : max(1, score.exitStatus)
  }
}

/// `jlt publish` (SPEC §9): scores Y as `score` does, writes `INPUT/<county>/定稿-Y.json` for each
/// county in which every alliance was scored, with the fingerprints of the files the result
/// rests on, and writes the outputs as `score` would after publication.
public enum PublishCommand {
  public struct Options: Sendable {
    public var input: String
    public var output: String
    public var year: Int
    public var by: String
    /// `YYYY-MM-DD`.
    public var date: String
    public var counties: [String]
    public var revise: String?
    public var jobs: Int

    public init(
      input: String, output: String, year: Int, by: String, date: String, counties: [String], revise: String?, jobs: Int
    ) {
      self.input = input
      self.output = output
      self.year = year
      self.by = by
      self.date = date
      self.counties = counties
      self.revise = revise
      self.jobs = jobs
    }
  }

  public static func run(_ o: Options, progress: ProgressReport? = nil) throws -> PublishRun {
    guard !o.by.trimmingSpaces.isEmpty else { throw UsageError("--by 应写明定稿的单位或人") }
    guard Self.isDate(o.date) else { throw UsageError("--date 应为 YYYY-MM-DD 格式的日期，实际为 \(o.date)") }
    if let reason = o.revise, reason.trimmingSpaces.isEmpty {
      throw UsageError("--revise 应写明复核更正的原因")
    }
    let plan = try ScoreCommand.Plan(input: o.input, output: o.output, year: o.year, counties: o.counties)
    // Two publish runs on one input never interleave: the second waits (SPEC §9).
    let lock = RunLock.take(plan.tree.root)
    defer { lock?.release() }
    var batch = Batch(tree: plan.tree, year: o.year, counties: plan.counties, jobs: o.jobs)
    batch.progress = progress
    var (inputs, times) = batch.score()
    var run = PublishRun(score: ScoreRun(year: o.year, reports: [], written: [], failures: [], notes: plan.notes))
    run.score.times = times
    var candidates: [(index: Int, report: CountyReport, old: PublishedRecord?)] = []
    for (i, input) in inputs.enumerated() {
      // Judged on the folders alone: the record of Y is what this run decides.
      var fresh = input
      fresh.records[o.year] = nil
      let report = CountyAssembly.assemble(fresh)
      let existing = input.records[o.year]
      if let existing, o.revise == nil {
        let what = existing.value.map { "（\($0.published.label)）" } ?? ""
        run.refused.append("\(input.county) \(o.year)学年已定稿\(what)；复核更正后重新定稿请用 --revise 说明原因")
        run.needsRevise = true
        continue
      }
      if let existing, existing.value == nil {
        run.refused.append(
          "\(input.county) 的定稿文件不可用，不能修订：" + existing.problems.map(\.message).joined(separator: "；"))
        run.needsRevise = true
        continue
      }
      if !report.unscored.isEmpty {
        let list = report.unscored.map { "\($0.id)（\($0.message)）" }.joined(separator: "；")
        run.refused.append("\(input.county) 定稿前须改正：\(list)")
        continue
      }
      if report.alliances.isEmpty {  // nothing to announce: no empty official record
        run.refused.append("\(input.county) 没有 \(o.year) 学年的证据清单，不定稿")
        continue
      }
      candidates.append((i, report, existing?.value))
    }
    let hashes = RecordHashing.hash(candidates.map(\.report), tree: plan.tree, jobs: o.jobs)
    for (i, report, old) in candidates {
      let fingerprints: [String: RecordText.Hashes]
      switch hashes[report.county] {
      case .success(let h)?: fingerprints = h
      case .failure(let changed)?:
        run.refused.append(
          "\(report.county) 未定稿：计分后这些文件已改变，请重新运行 jlt publish：" + changed.messages.joined(separator: "；"))
        continue
      case nil: continue
      }
      let publication = PublishedRecord.Publication(
        version: (old?.published.version ?? 0) + 1, date: o.date, by: o.by, reason: o.revise)
      let history =
        old.map {
          [PublishedRecord.Version(published: $0.published, alliances: $0.alliances.map(\.figures))] + $0.history
        } ?? []
      let text = RecordText.render(report, publication: publication, hashes: fingerprints, history: history)
      let file = CountyAssembly.recordFile(report.county, o.year)
      do {
        try AtomicFile.write(Data(text.utf8), to: plan.tree.root + "/" + file)
      } catch let e as OutputError {
        run.refused.append("\(report.county) 未定稿：\(e.chinese)")
        continue
      }
      run.published.append(file)
      inputs[i].records[o.year] = RecordReader.read(Data(text.utf8), file: file, county: report.county, year: o.year)
      if let old { run.changes += changes(from: old, to: report) }
    }
    let reports = inputs.map(CountyAssembly.assemble)
    run.score.reports = reports
    ScoreCommand.write(reports, year: o.year, city: plan.city, to: o.output, jobs: o.jobs, into: &run.score)
    return run
  }

  /// The alliances whose figures differ from the previous version: `zd-03 66.35 → 68.85（C10 +2.5）`,
  /// new ones, and those the new version no longer holds.
  static func changes(from old: PublishedRecord, to report: CountyReport) -> [String] {
    var out: [String] = []
    for a in report.alliances {
      guard let before = old.alliance(a.id) else {
        out.append("\(report.county) \(a.id) 新列入定稿")
        continue
      }
      if let change = RecordDifferences.changeWithRank(from: before.figures, to: RecordDifferences.figures(a)) {
        out.append("\(report.county) \(a.id) \(change)")
      }
    }
    for a in old.alliances where !report.alliances.contains(where: { $0.id == a.id }) {
      out.append("\(report.county) \(a.id) 不在本版定稿中（上一版 \(a.figures.total.scoreText) 分）")
    }
    return out
  }

  /// Whether `text` is a real date written `YYYY-MM-DD`.
  public static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1
    else { return false }
    let days = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= days[m - 1]
  }

  /// Today's date in local time, `YYYY-MM-DD` (the default of `--date`).
  public static func today() -> String {
    let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
    return String(format: "%04d-%02d-%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1)
  }
}
