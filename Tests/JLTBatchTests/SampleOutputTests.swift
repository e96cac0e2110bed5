import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// The sample input written through `ScoreCommand`, read back from the files.
@Suite("示例输入的输出")
struct SampleOutputTests {
  /// The sample input: every county workbook and the city summary are written, and 同比
  /// shows the previous year's groups.
  @Test func scoreCommandWritesTheCitySummary() throws {
    let root = Fixtures.repository + "/input"
    let directory = try Scratch()
    defer { directory.remove() }
    let run = try ScoreCommand.run(input: root, output: directory.path, year: 2024, counties: [], jobs: 2)
    #expect(run.written.contains("2024/全市汇总.xlsx"))
    #expect(run.written.contains("2024/曾都区.xlsx"))
    #expect(run.failures.isEmpty)
    let city = try XLSXArchive(path: directory.path("2024/全市汇总.xlsx"))
    #expect(city.sheetNames == ["全市排名", "奖补候选", "亮黄牌及调整", "成员校通报", "重点关注"])
    let county = try XLSXArchive(path: directory.path("2024/曾都区.xlsx"))
    #expect(county.sheetNames.prefix(2) == ["排名", "同比"])
    #expect(county.sheetNames.suffix(2) == ["问题", "说明"])
    // zd-01 is first and had a scored 2023: its 2023 管理共进 is a number.
    #expect(county.cellValue(sheet: "同比", reference: "B5") == "曾都区实验小学教联体")
    #expect(Double(county.cellValue(sheet: "同比", reference: "C5") ?? "") != nil)
    #expect(!FileManager.default.fileExists(atPath: directory.path("2024/.全市汇总.xlsx.\(getpid()).tmp")))
  }
}
