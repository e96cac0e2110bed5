import ArgumentParser
import Foundation
import JLTBatch
import JLTCore

extension AllianceType: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument) }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "在教联体文件夹中写出带注释的证据清单模板（YYYY.toml，没有基线时另写 baseline.toml），不会覆盖已有文件。",
    discussion: """
      模板中每个“（请填写…）”都须改成实际内容，否则 jlt check 报错。
      示例：
        jlt init input/曾都区/zd-06 --year 2025 --type 融合型 --schools 4
      """)

  @Argument(help: "教联体文件夹，如 input/曾都区/zd-06")
  var folder: String

  @Option(name: .long, help: "学年（四位数，如 2025）")
  var year: Int

  @Option(name: .long, help: "融合型 或 共建型")
  var type: AllianceType

  @Option(name: .long, help: "学校数（含核心校或牵头校）")
  var schools = 3

  @Option(name: .long, help: "读取评分细则的输入文件夹（默认 input）")
  var input: String?

  func run() throws {
    do {
      let rubrics = try RubricInput(given: input)
      if let message = rubrics.note { note(message) }
      let paths = try InitCommand.run(folder: folder, year: year, type: type, schools: schools, input: rubrics)
      print("已写出 \(paths.joined(separator: "，"))；请把其中的“（请填写…）”改成实际内容，再用 jlt check 检查")
    } catch let e as UsageError {
      fail(e.message)
    }
  }
}
