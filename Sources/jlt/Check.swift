import ArgumentParser
import Foundation
import JLTBatch
import JLTCore

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "检查证据清单（输入根目录、县文件夹或教联体文件夹），不写出任何文件。")

  @Argument(help: "要检查的文件夹")
  var path: String

  @Option(name: .long, help: "同时处理的教联体数（默认：CPU 核数）")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func run() throws {
    let result: CheckRun
    do {
      result = try CheckCommand.run(path: path, jobs: jobs)
    } catch let e as UsageError {
      fail(e.message)
    }
    report(result.problems)
    print(result.summary)
    throw ExitCode(result.exitStatus)
  }
}
