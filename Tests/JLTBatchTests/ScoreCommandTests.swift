import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// `jlt score` end to end on a copy of Tests/Fixtures/mini (see its README.txt for the expected
/// scores). The .xlsx is not looked at here: only the JSON outputs and the run's result.
@Suite("jlt score 端到端", .timeLimit(.minutes(1)))
struct ScoreCommandTests {
  /// A temporary copy of the mini tree, with an output folder beside it.
  final class Run {
    let scratch: Scratch
    let input: String
    let output: String

    init() throws {
      scratch = try Scratch()
      input = try scratch.copyFixture("mini")
      output = scratch.url("out")
    }

    deinit { scratch.remove() }

    func score(year: Int? = nil, counties: [String] = [], jobs: Int = 2) throws -> ScoreRun {
      try ScoreCommand.run(input: input, output: output, year: year, counties: counties, jobs: jobs)
    }

    func json(_ county: String, year: Int = 2024) throws -> [String: Any] {
      let data = try Data(contentsOf: URL(fileURLWithPath: "\(output)/\(year)/\(county).json"))
      return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
  }

  /// Failures other than the workbook (which another part of the program writes) are real.
  static func expectOnlyWorkbookFailures(_ run: ScoreRun, sourceLocation: SourceLocation = #_sourceLocation) {
    for f in run.failures {
      #expect(f.contains(".xlsx"), "unexpected output failure: \(f)", sourceLocation: sourceLocation)
    }
    #expect(run.written.contains { $0.hasSuffix(".json") }, sourceLocation: sourceLocation)
  }

  /// An alliance of a report, with its warnings, and its previous year without the groups.
  @dynamicMemberLookup
  struct Found {
    let ranked: RankedAlliance
    let warnings: [Problem]

    subscript<T>(dynamicMember key: KeyPath<AllianceScore, T>) -> T { ranked.score[keyPath: key] }
    var rank: Int { ranked.rank }
    func indicator(_ code: String) -> IndicatorScore? { ranked.score.indicator(code) }
    var consequence: String? { ranked.consequence?.label }
    var previous: PreviousYear {
      guard case .scored(var before) = ranked.previous else { return ranked.previous }
      before.groups = []
      return .scored(before)
    }
  }

  static func alliance(_ report: CountyReport, _ id: String) -> Found? {
    report.alliances.first { $0.id == id }.map { Found(ranked: $0, warnings: report.warnings(of: id)) }
  }

  @Test func scoresTheMiniTree() throws {
    let run = try Run()
    let result = try run.score()
    #expect(result.year == 2024)  // the largest year with a manifest
    #expect(result.reports.map(\.county) == ["县A", "县B"])
    Self.expectOnlyWorkbookFailures(result)
    #expect(result.written.contains("2024/县A.json"))
    #expect(result.written.contains("2024/县B.json"))
    // a-02 has an error: not scored → exit status 1
    #expect(result.exitStatus == 1)

    let a = result.reports[0]
    #expect(a.alliances.map(\.id) == ["a-01", "a-03"])  // a-02 not ranked; .hidden ignored
    #expect(a.alliances.map(\.rank) == [1, 2])
    #expect(a.alliances.map(\.total) == [dec("73.5"), 2])
    #expect(a.found == 3)
    #expect(a.scored == 2)
    #expect(a.withErrors == 1)
  }

  @Test func hundredthsOfTheFullFixture() throws {
    let run = try Run()
    let a01 = try #require(Self.alliance(try run.score().reports[0], "a-01"))
    // see the comment at the top of 县A/a-01/2024.toml
    #expect(a01.groups.map(\.score) == [dec("9.5"), 24, 27, dec("3.5"), dec("8.5"), 1])
    #expect(a01.indicator("C1")?.score == 5)  // evidence/章程.pdf is present
    #expect(a01.indicator("C3")?.score == dec("2.5"))
    #expect(a01.indicator("C5")?.score == 9)
    #expect(a01.indicator("C7")?.score == 0)  // evidence/空.pdf is empty
    #expect(a01.indicator("C16")?.score == dec("1.5"))
    #expect(a01.indicator("C19")?.score == 0)
    #expect(a01.indicator("C20")?.score == dec("8.5"))
    #expect(a01.grade == "合格")
    #expect(a01.warnings.contains { $0.message.contains("证据缺失") && $0.message.contains("C7.title_rule") })
  }

  @Test func brokenAllianceIsReportedWithFileAndLine() throws {
    let run = try Run()
    let result = try run.score()
    let line = try #require(lineNumber(of: "exchanged = -3", in: try Fixtures.text("mini/县A/a-02/2024.toml")))
    let errors = result.reports[0].problems.filter { $0.alliance == "a-02" && $0.severity == .error }
    #expect(
      errors.contains {
        $0.file == "县A/a-02/2024.toml" && $0.line == line
          && $0.message == "C5.exchanged 应为不小于0的整数，实际为 -3"
      })
    #expect(errors.first?.rendered.hasPrefix("县A/a-02/2024.toml:\(line): ") == true)

    // the same problem in the JSON, and a-02 not among the alliances
    let json = try run.json("县A")
    let alliances = try #require(json["alliances"] as? [[String: Any]])
    #expect(alliances.map { $0["id"] as? String } == ["a-01", "a-03"])
    let problems = try #require(json["problems"] as? [[String: Any]])
    #expect(
      problems.contains {
        $0["alliance"] as? String == "a-02" && $0["file"] as? String == "县A/a-02/2024.toml"
          && $0["line"] as? Int == line && $0["severity"] as? String == "error"
      })
    // problems ordered by alliance id
    let ids = problems.compactMap { $0["alliance"] as? String }
    #expect(ids == ids.sorted { $0.codePointLess(than: $1) })
  }

  @Test func resultsUseAcrossYears() throws {
    let run = try Run()
    let result = try run.score()
    let a = result.reports[0]
    let a01 = try #require(Self.alliance(a, "a-01"))
    // 2023: a-01 7 (rank 1), a-03 2 (rank 2)
    #expect(a01.previous == .scored(PreviousResult(year: 2023, total: 7, rank: 1, grade: "不合格")))
    #expect(a01.consequence == nil)  // 合格
    let a03 = try #require(Self.alliance(a, "a-03"))
    #expect(a03.previous == .scored(PreviousResult(year: 2023, total: 2, rank: 2, grade: "不合格")))
    #expect(a03.consequence == "通报；调整核心校/牵头校校长")  // 不合格 twice
    let b01 = try #require(Self.alliance(result.reports[1], "b-01"))
    #expect(b01.previous == PreviousYear.new)
    #expect(b01.consequence == "通报；亮黄牌")  // 不合格, no Y − 1

    let json = try run.json("县A")
    let alliances = try #require(json["alliances"] as? [[String: Any]])
    let previous = try #require(alliances[0]["previous"] as? [String: Any])
    #expect(previous["year"] as? Int == 2023)
    #expect(previous["total"] as? Int == 7)
    #expect(alliances[0]["consequence"] is NSNull)
    let jb = try run.json("县B")
    #expect((jb["alliances"] as? [[String: Any]])?.first?["previous"] is NSNull)
  }

  @Test func previousYearWithErrorsIsUnavailable() throws {
    let run = try Run()
    // break a-03's 2023 manifest: a-03 drops out of 2023's ranking, a-01 keeps rank 1
    try run.scratch.write(
      "mini/县A/a-03/2023.toml", try Fixtures.text("mini/县A/a-03/2023.toml") + "\n[C5]\nexchanged = 13\n")
    let a = try run.score().reports[0]
    let a03 = try #require(Self.alliance(a, "a-03"))
    #expect(a03.previous == .unscorable)
    #expect(a03.consequence == "通报；亮黄牌")  // Y − 1 not available → yellow card, not replacement
    #expect(a03.warnings.contains { $0.file == "县A/a-03/2023.toml" })
    #expect(a.problems.contains { $0.alliance == "a-03" && $0.severity == .warning && $0.file == "县A/a-03/2023.toml" })
    #expect(!a.problems.contains { $0.severity == .error && $0.alliance == "a-03" })
    let a01 = try #require(Self.alliance(a, "a-01"))
    #expect(a01.previous == .scored(PreviousResult(year: 2023, total: 7, rank: 1, grade: "不合格")))
    let json = try run.json("县A")
    let alliances = try #require(json["alliances"] as? [[String: Any]])
    // Defect 10: 无法评分 is told apart from 新增 (null) in the JSON.
    let previous = try #require(alliances.first { $0["id"] as? String == "a-03" }?["previous"] as? [String: Any])
    #expect(previous["year"] as? Int == 2023)
    #expect(previous["status"] as? String == "无法评分")
    #expect(previous["total"] is NSNull && previous["rank"] is NSNull && previous["grade"] is NSNull)
    let a01Previous = try #require(alliances.first { $0["id"] as? String == "a-01" }?["previous"] as? [String: Any])
    #expect(a01Previous["status"] as? String == "重算")
  }

  @Test func missingBaselineWarns() throws {
    let run = try Run()
    let a03 = try #require(Self.alliance(try run.score().reports[0], "a-03"))
    #expect(a03.warnings.filter { $0.message.contains("缺少2021年基线") }.count == 3)
    #expect(a03.warnings.contains { $0.message.contains("证据缺失") && $0.message.contains("evidence/监测.pdf") })
  }

  @Test func cleanCountyExitsZeroUnlessAnOutputFailed() throws {
    let run = try Run()
    let result = try run.score(counties: ["县B"])
    #expect(result.reports.map(\.county) == ["县B"])
    #expect(result.reports[0].problems.allSatisfy { $0.severity == .warning })
    Self.expectOnlyWorkbookFailures(result)
    #expect(result.exitStatus == (result.failures.isEmpty ? 0 : 1))
    #expect(!FileManager.default.fileExists(atPath: "\(run.output)/2024/县A.json"))
  }

  @Test func outsideSymlinkKeepsOnlyThatAllianceOut() throws {
    let run = try Run()
    try run.scratch.write("secret.pdf", "not the alliance's")
    try run.scratch.symlink("mini/县A/a-03/evidence/监测.pdf", to: run.scratch.url("secret.pdf"))
    let result = try run.score()
    let a = result.reports[0]
    #expect(a.alliances.map(\.id) == ["a-01"])  // a-03 is now in error too
    let line = lineNumber(of: "monitoring = ", in: try Fixtures.text("mini/县A/a-03/2024.toml"))
    #expect(
      a.problems.contains {
        $0.alliance == "a-03" && $0.severity == .error && $0.file == "县A/a-03/2024.toml" && $0.line == line
          && $0.message.contains("C12.monitoring")
      })
    #expect(result.reports[1].alliances.map(\.id) == ["b-01"])
    #expect(result.exitStatus == 1)
  }

  @Test func fifoEvidenceIsAbsentAndNeverOpened() throws {
    let run = try Run()
    try run.scratch.mkdir("mini/县A/a-03/evidence")
    try run.scratch.fifo("mini/县A/a-03/evidence/监测.pdf")
    let a = try run.score().reports[0]
    let a03 = try #require(Self.alliance(a, "a-03"))
    #expect(a03.total == 2)
    #expect(a03.warnings.contains { $0.message.contains("证据缺失") && $0.message.contains("C12.monitoring") })
  }

  @Test func symlinkInsideCountsAsPresent() throws {
    let run = try Run()
    try run.scratch.write("mini/县A/a-03/evidence/真实监测.pdf", "监测报告")
    try run.scratch.symlink("mini/县A/a-03/evidence/监测.pdf", to: "真实监测.pdf")
    let a03 = try #require(Self.alliance(try run.score().reports[0], "a-03"))
    #expect(!a03.warnings.contains { $0.message.contains("证据缺失") })
    #expect(a03.indicator("C12")?.score == 0)  // monitoring alone is not enough: analysis absent
  }

  @Test func manifestThatIsAFifoIsNotRead() throws {
    let run = try Run()
    try FileManager.default.removeItem(atPath: run.scratch.url("mini/县B/b-01/2024.toml"))
    try run.scratch.fifo("mini/县B/b-01/2024.toml")
    let result = try run.score()
    let b = result.reports[1]
    #expect(b.alliances.isEmpty)
    #expect(b.problems.contains { $0.alliance == "b-01" && $0.severity == .error })
  }

  @Test func baselineThatIsAFifoIsNotRead() throws {
    let run = try Run()
    try FileManager.default.removeItem(atPath: run.scratch.url("mini/县A/a-01/baseline.toml"))
    try run.scratch.fifo("mini/县A/a-01/baseline.toml")
    let a = try run.score().reports[0]
    #expect(
      a.problems.contains { $0.alliance == "a-01" && $0.file == "县A/a-01/baseline.toml" && $0.severity == .error })
  }

  @Test func manifestOverOneMebibyte() throws {
    let run = try Run()
    var text = try Fixtures.text("mini/县B/b-01/2024.toml")
    text += String(repeating: "# " + String(repeating: "x", count: 1021) + "\n", count: 1025)  // 1024 × 1025 bytes
    try run.scratch.write("mini/县B/b-01/2024.toml", text)
    let b = try run.score().reports[1]
    #expect(b.alliances.isEmpty)
    #expect(b.problems.contains { $0.alliance == "b-01" && $0.severity == .error && $0.message.contains("1 MiB") })
  }

  /// SPEC §1: a folder without a manifest for the year is 未提交, unless all its manifests are for
  /// later years (the alliance did not exist yet): a-02 and b-01 have only 2024.
  @Test func allianceWithoutManifestForTheYear() throws {
    let run = try Run()
    try run.scratch.write("mini/县A/a-04/2022.toml", "# 只有 2022 学年")
    try run.scratch.write("mini/县A/a-05/2023.toml.txt", "# 扩展名多了 .txt")
    let result = try run.score(year: 2023)
    #expect(result.year == 2023)
    let a = result.reports[0]
    #expect(a.alliances.map(\.id) == ["a-01", "a-03"])
    #expect(!a.problems.contains { $0.alliance == "a-02" })
    #expect(!result.reports[1].problems.contains { $0.alliance == "b-01" })
    #expect(a.found == 4)  // a-01, a-03, a-04, a-05; not a-02
    #expect(a.problems.contains { $0.alliance == "a-04" && $0.severity == .error && $0.message == "未提交 2023 年证据清单" })
    #expect(
      a.problems.contains {
        $0.alliance == "a-05" && $0.message == "未提交 2023 年证据清单；发现 2023.toml.txt，是否应改名为 2023.toml？"
      })
    #expect(result.exitStatus == 1)
    #expect(a.unscored.map(\.id) == ["a-04", "a-05"])
  }

  @Test func usageErrors() throws {
    let run = try Run()
    #expect(throws: UsageError.self) { try run.score(counties: ["县C"]) }
    #expect(throws: UsageError.self) { try run.score(year: 2019) }
    #expect(throws: UsageError.self) {
      try ScoreCommand.run(input: run.scratch.url("nothing-here"), output: run.output, year: nil, counties: [], jobs: 1)
    }
  }

  @Test func noTemporaryFilesAreLeft() throws {
    let run = try Run()
    _ = try run.score()
    let names = try FileManager.default.contentsOfDirectory(atPath: run.output + "/2024")
    #expect(!names.contains { $0.hasPrefix(".") || $0.hasSuffix(".tmp") })
    #expect(names.contains("县A.json"))
  }
}
