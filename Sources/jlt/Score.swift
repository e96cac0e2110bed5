import ArgumentParser
import Foundation
import JLTBatch
import JLTCore

struct Score: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "为输入文件夹中的教联体计分，写出各县（市、区）的工作簿和 JSON。",
    discussion: """
      默认评分的学年：至少半数教联体已提交证据清单的最近学年。退出码：0 全部评分；1 有教联体未评分或某县
      输出未能写出；2 用法错误或什么都没能写出。
      示例：
        jlt score input --out output --year 2024 --county 曾都区
      """)

  @Argument(help: "输入文件夹")
  var input = "input"

  @Option(name: .long, help: "输出文件夹")
  var out = "output"

  @Option(name: .long, help: "评价学年（默认：至少半数教联体有证据清单的最近学年）")
  var year: Int?

  @Option(name: .long, help: "只评价这个县（市、区），可重复")
  var county: [String] = []

  @Option(name: .long, help: "同时处理的教联体数（默认：CPU 核数）")
  var jobs: Int?

  @Flag(name: .long, help: ArgumentHelp("在标准错误上打印各阶段耗时（供 make bench 使用）", visibility: .hidden))
  var timings = false

  func validate() throws {
    guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs 应为正整数") }
  }

  func run() throws {
    let result: ScoreRun
    do {
      let line = ProgressLine.make()
      defer { line?.finish() }
      var progress: ProgressReport?
      if let line {
        progress = { done, total in line.report(done: done, total: total) }
      }
      result = try ScoreCommand.run(
        input: input, output: out, year: year, counties: county,
        jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, progress: progress)
    } catch let e as UsageError {
      fail(e.message)
    }
    for r in result.reports { report(r.problems) }
    for f in result.failures { note(f) }
    print(Summary.text(result))
    if timings { FileHandle.standardError.write(Data((result.times.line + "\n").utf8)) }
    throw ExitCode(result.exitStatus)
  }
}
