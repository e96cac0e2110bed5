import ArgumentParser
import Foundation
import JLTBatch

struct RubricTable: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rubric",
    abstract: "写出某学年（某县）适用的空白评价标准表（自评表）；--out 以 .toml 结尾时写出评分细则文本。")

  @Option(name: .long, help: "学年（默认：输入中最大的学年）")
  var year: Int?

  @Option(name: .long, help: "县（市、区），使用该县的实施细则")
  var county: String?

  @Option(name: .long, help: "读取评分细则的输入文件夹")
  var input = "input"

  @Option(name: .long, help: "输出文件（.xlsx 或 .toml）")
  var out: String

  func run() throws {
    do {
      try RubricCommand.run(input: input, year: year, county: county, out: out)
      print("已写出 \(out)")
    } catch let e as UsageError {
      fail(e.message)
    }
  }
}
