import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// The defects a clerk hit (issue: tried as a new user would), each on the input that showed it,
/// through `ScoreCommand` and `CheckCommand` on a copy of Tests/Fixtures/mini.
@Suite("文员遇到的问题", .timeLimit(.minutes(1)))
struct ClerkDefectsTests {
  typealias Run = ScoreCommandTests.Run

  /// Defect 1: one alliance starting next year's manifest early turned the run to that year.
  @Test func oneEarlyManifestDoesNotTurnTheNightlyYear() throws {
    let run = try Run()
    let early = try Fixtures.text("mini/县A/a-01/2024.toml").replacingOccurrences(of: "year = 2024", with: "year = 2025")
    try run.scratch.write("mini/县A/a-01/2025.toml", early)
    let result = try run.score()
    #expect(result.year == 2024)
    #expect(result.notes.contains("2025 学年已有 1 份证据清单（未过半数），本次评分 2024 学年；可用 --year 2025 评分"))
    #expect(!result.reports[0].problems.contains { $0.message.hasPrefix("未提交") })
    // Asked for, 2025 is scored.
    #expect(try run.score(year: 2025).year == 2025)
  }

  /// Defect 7: an output folder inside the input root was read back as a county.
  @Test func anOutputFolderInsideTheInputIsNotACounty() throws {
    let run = try Run()
    let inside = run.input + "/结果"
    _ = try ScoreCommand.run(input: run.input, output: inside, year: 2024, counties: [], jobs: 2)
    let again = try ScoreCommand.run(input: run.input, output: inside, year: 2024, counties: [], jobs: 2)
    #expect(again.reports.map(\.county) == ["县A", "县B"])
  }

  /// Defect 12: `--county` runs left an old 全市汇总 and wrote a "全市" summary of two counties.
  @Test func aRunRestrictedByCountyWritesNoCitySummary() throws {
    let run = try Run()
    let all = try run.score()
    #expect(all.written.contains("2024/全市汇总.xlsx"))
    #expect(!all.notes.contains { $0.contains("全市汇总") })
    let one = try run.score(counties: ["县A"])
    #expect(!one.written.contains("2024/全市汇总.xlsx"))
    #expect(one.notes.contains("全市汇总.xlsx 未更新：本次只评分了 1 个县；不带 --county 运行可更新"))
    let two = try run.score(counties: ["县A", "县B"])  // every county named: a full run
    #expect(two.written.contains("2024/全市汇总.xlsx"))
  }

  /// An empty folder under a county is not an alliance; the clerk is told.
  @Test func anEmptyFolderIsNotAnAlliance() throws {
    let run = try Run()
    try run.scratch.mkdir("mini/县A/a-09")
    let result = try run.score()
    #expect(result.reports[0].found == 3)
    #expect(!result.reports[0].problems.contains { $0.alliance == "a-09" })
    #expect(result.notes.contains("县A/a-09 是空文件夹，不作为教联体处理"))
  }

  /// `check` takes one manifest file, and `--year`: old years' errors no longer count.
  @Test func checkTakesOneFileOrOneYear() throws {
    let run = try Run()
    let file = try CheckCommand.run(path: run.input + "/县A/a-01/2024.toml", jobs: 1)
    #expect(file.checked == 1)
    #expect(file.exitStatus == 0)
    try run.scratch.write("mini/县A/a-01/2023.toml", "year = [")  // broken, but not asked for
    #expect(
      try CheckCommand.run(path: run.input, year: 2024, jobs: 1).problems.allSatisfy { !$0.file.hasSuffix("2023.toml") }
    )
    #expect(try CheckCommand.run(path: run.input + "/县A/a-01", year: 2024, jobs: 1).exitStatus == 0)
    #expect(try CheckCommand.run(path: run.input + "/县A/a-01", jobs: 1).exitStatus == 1)
    #expect(throws: UsageError.self) {
      try CheckCommand.run(path: run.input + "/县A/a-01/2024.toml", year: 2023, jobs: 1)
    }
  }

  /// Defect 11: semantic rubric errors had no line. Now each names the line of its key; a
  /// number changed under an unchanged official text is a warning.
  @Test func rubricProblemsNameTheirLines() throws {
    let run = try Run()
    let text = "name = \"县A细则\"\n\n[C5]\nratio_target = 25\n"
    try run.scratch.write("mini/县A/rubric-2024.toml", text)
    let r = RubricSource(root: run.input).rubric(county: "县A", year: 2024)
    #expect(r.value == nil)
    let e = try #require(r.problems.first { $0.severity == .error })
    #expect(e.message.contains("C5.ratio_target 应大于0且不大于1"))
    #expect(e.file == "县A/rubric-2024.toml")
    #expect(e.line == 4)
    try run.scratch.write("mini/县A/rubric-2024.toml", "[C5]\nratio_target = 0.25\n\n[A1]\npoints = 12\n")
    let sums = RubricSource(root: run.input).rubric(county: "县A", year: 2024)
    #expect(sums.problems.filter { $0.severity == .error }.allSatisfy { $0.line == 5 })
    let stale = try #require(sums.problems.first { $0.severity == .warning })
    #expect(stale.message.contains("C5.ratio_target 由 0.2 改为 0.25，但考核要点（text）仍写着“20%”"))
    #expect(stale.line == 2)
  }
}
