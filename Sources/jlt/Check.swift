import ArgumentParser
import Foundation
import JLTBatch
import JLTCore

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "检查证据清单（输入根目录、县文件夹、教联体文件夹或一份清单文件），不写出任何文件。",
    discussion: """
      退出码：0 没有错误（可有警告）；1 有错误；2 用法错误。
      示例：
        jlt check input/曾都区/zd-01/2024.toml
        jlt check input --year 2024
      """)

  @Argument(help: "要检查的文件夹或清单文件（如 input、input/曾都区、input/曾都区/zd-01/2024.toml）")
  var path: String

  @Option(name: .long, help: "只检查这一学年的证据清单和评分细则")
  var year: Int?

  @Option(name: .long, help: "同时处理的教联体数（默认：CPU 核数）")
  var jobs: Int?

  func validate() throws {
    guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs 应为正整数") }
  }

  func run() throws {
    let result: CheckRun
    do {
      result = try CheckCommand.run(path: path, year: year, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    } catch let e as UsageError {
      fail(e.message)
    }
    report(result.problems)
    print(result.summary)
    throw ExitCode(result.exitStatus)
  }
}
