import ArgumentParser
import Foundation
import JLTBatch

struct RubricTable: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rubric",
    abstract: "写出某学年（某县）适用的空白评价标准表（自评表）；--out 以 .toml 结尾时写出评分细则文本。",
    discussion: """
      评分细则文本列出可在 rubric-YYYY.toml 中调整的全部键名和当前取值。已有的文件不覆盖，除非加 --force。
      示例：
        jlt rubric --year 2025 --county 曾都区 --out 曾都区2025自评表.xlsx
        jlt rubric --year 2025 --out 细则2025.toml
      """)

  @Option(name: .long, help: "学年（默认：输入中最大的学年）")
  var year: Int?

  @Option(name: .long, help: "县（市、区），使用该县的实施细则")
  var county: String?

  @Option(name: .long, help: "读取评分细则的输入文件夹（默认 input）")
  var input: String?

  @Option(name: .long, help: "输出文件：.xlsx 写空白评价标准表，.toml 写评分细则文本（含全部键名）")
  var out: String

  @Flag(name: .long, help: "覆盖已有的输出文件")
  var force = false

  func run() throws {
    do {
      let rubrics = try RubricInput(given: input)
      if let message = rubrics.note { note(message) }
      try RubricCommand.run(input: rubrics, year: year, county: county, out: out, force: force)
      print("已写出 \(out)")
    } catch let e as UsageError {
      fail(e.message)
    }
  }
}
