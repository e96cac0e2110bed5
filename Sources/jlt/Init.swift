import ArgumentParser
import Foundation
import JLTBatch
import JLTCore

extension AllianceType: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument) }
}

struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "在教联体文件夹中写出带注释的证据清单模板（YYYY.toml），不会覆盖已有文件。")

  @Argument(help: "教联体文件夹，如 input/曾都区/zd-06")
  var folder: String

  @Option(name: .long, help: "学年")
  var year: Int

  @Option(name: .long, help: "融合型 或 共建型")
  var type: AllianceType

  @Option(name: .long, help: "学校数（含核心校或牵头校）")
  var schools = 3

  @Option(name: .long, help: "读取评分细则的输入文件夹")
  var input = "input"

  func run() throws {
    do {
      let path = try InitCommand.run(folder: folder, year: year, type: type, schools: schools, input: input)
      print("已写出 \(path)")
    } catch let e as UsageError {
      fail(e.message)
    }
  }
}
