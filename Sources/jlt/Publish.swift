import ArgumentParser
import Foundation
import JLTBatch
import JLTCore

struct Publish: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "定稿：为某学年计分并写出各县的定稿文件（输入文件夹/县/定稿-学年.json），此后上年结果以定稿为准。",
    discussion: """
      某县有未评分的教联体时该县不定稿（退出码 1）；已定稿的学年要复核更正时用 --revise 说明原因（否则退出码 2），
      原来的版本保留在定稿文件的 history 中。同样的输入和 --date 写出的定稿文件逐字节相同。
      示例：
        jlt publish input --year 2024 --by 曾都区教育局 --date 2025-09-15 --county 曾都区
        jlt publish input --year 2024 --by 曾都区教育局 --county 曾都区 --revise "复核：zd-03 补交推门听课记录"
      """)

  @Argument(help: "输入文件夹")
  var input = "input"

  @Option(name: .long, help: "定稿的学年")
  var year: Int

  @Option(name: .long, help: "定稿单位或人，如 曾都区教育局")
  var by: String

  @Option(name: .long, help: "定稿日期 YYYY-MM-DD（默认今天）")
  var date: String?

  @Option(name: .long, help: "输出文件夹（同时写出与 score 相同的工作簿和 JSON）")
  var out = "output"

  @Option(name: .long, help: "只定稿这个县（市、区），可重复")
  var county: [String] = []

  @Option(name: .long, help: "复核更正的原因（重新定稿已定稿的学年时必填）")
  var revise: String?

  @Option(name: .long, help: "同时处理的教联体数（默认：CPU 核数）")
  var jobs: Int?

  func validate() throws {
    guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs 应为正整数") }
  }

  func run() throws {
    let result: PublishRun
    do {
      result = try PublishCommand.run(
        PublishCommand.Options(
          input: input, output: out, year: year, by: by, date: date ?? PublishCommand.today(), counties: county,
          revise: revise, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount))
    } catch let e as UsageError {
      fail(e.message)
    }
    for r in result.score.reports { report(r.problems) }
    for f in result.score.failures { note(f) }
    for r in result.refused { note(r) }
    print(Summary.text(result.score))
    for file in result.published { print("已定稿：\(file)") }
    if !result.changes.isEmpty { print("与上一版相比：\n  " + result.changes.joined(separator: "\n  ")) }
    throw ExitCode(result.exitStatus)
  }
}

struct Verify: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "核对定稿：重新计算定稿所依据的清单、基线和证据文件的指纹并重新计分，列出与定稿不一致之处；不写任何文件。",
    discussion: """
      退出码：0 全部一致；1 有不一致；2 用法错误或该学年没有定稿。
      示例：
        jlt verify input --year 2023 --county 曾都区
      """)

  @Argument(help: "输入文件夹")
  var input = "input"

  @Option(name: .long, help: "核对的学年")
  var year: Int

  @Option(name: .long, help: "只核对这个县（市、区），可重复")
  var county: [String] = []

  @Option(name: .long, help: "同时处理的教联体数（默认：CPU 核数）")
  var jobs: Int?

  func validate() throws {
    guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs 应为正整数") }
  }

  func run() throws {
    let result: VerifyRun
    do {
      result = try VerifyCommand.run(
        input: input, year: year, counties: county, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    } catch let e as UsageError {
      fail(e.message)
    }
    print(result.lines.joined(separator: "\n"))
    throw ExitCode(result.exitStatus)
  }
}
