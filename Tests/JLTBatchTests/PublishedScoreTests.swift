import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

#if canImport(Glibc)
  import Glibc
#endif

/// `jlt score` after publication (SPEC §9, §10) on a copy of Tests/Fixtures/mini (expected scores
/// in its README.txt): the warning for a folder edited since, 排名's title naming the record,
/// the next year's previous figures from the record, the 周期 sheet read back, the change list
/// on stdout, and evidence content never read by `score`.
@Suite("定稿后的 jlt score", .timeLimit(.minutes(2)))
struct PublishedScoreTests {
  static func alliance(_ run: ScoreRun, _ county: String, _ id: String) throws -> ScoreCommandTests.Found {
    let report = try #require(run.reports.first { $0.county == county })
    return try #require(ScoreCommandTests.alliance(report, id))
  }

  /// Published 2024, then C16.provincial 2 → 3 in a-01 (C16 1.5 → 2.5, 73.5 → 74.5).
  @Test func folderEditedAfterPublicationWarnsWithTheFigures() throws {
    let t = try PublishedTree()
    _ = try t.publish()
    try t.replace("县A/a-01/2024.toml", "provincial = 2", "provincial = 3")
    let run = try t.score()
    let a01 = try Self.alliance(run, "县A", "a-01")
    #expect(a01.total == dec("74.5"))  // the ranking is today's re-scoring
    let warning = "与2024学年定稿不一致：定稿 73.5，重算 74.5（C16 +1）；复核更正请用 jlt publish --revise"
    #expect(a01.warnings.contains(.warning(warning, file: "县A/定稿-2024.json", alliance: "a-01")))
    #expect(try Self.alliance(run, "县A", "a-03").warnings.allSatisfy { !$0.message.hasPrefix("与2024学年定稿不一致") })
    #expect(((try PublishedTree.alliance(t.json("县A"), "a-01"))["warnings"] as? [String])?.contains(warning) == true)
    // 排名's title names the record, in every county that has one.
    for county in ["县A", "县B"] {
      let x = try XLSXArchive(path: "\(t.output)/2024/\(county).xlsx")
      #expect(
        x.cellValue(sheet: "排名", reference: "A1") == "\(county) 2024学年 教联体建设考核评价排名　已定稿（第1版，2025-09-15，甲县教育局）")
    }
  }

  @Test func titleWithoutARecordNamesNone() throws {
    let t = try PublishedTree()
    _ = try t.score()
    let x = try XLSXArchive(path: "\(t.output)/2024/县A.xlsx")
    #expect(x.cellValue(sheet: "排名", reference: "A1") == "县A 2024学年 教联体建设考核评价排名")
  }

  /// 县A's 2023 published (a-01 7 不合格 1st, a-03 2 不合格 2nd; a-02 did not exist yet), then
  /// a-01's 2023 folder gains C2.development_plan (C2 0.5 → 1, re-scored 7.5).
  static func published2023(_ t: PublishedTree) throws {
    let run = try t.publish(year: 2023, counties: ["县A"])
    #expect(run.published == ["县A/定稿-2023.json"])
    try t.append("县A/a-01/2023.toml", "\n[C2]\ndevelopment_plan = \"paper:C2/规划\"\n")
  }

  @Test func nextYearTakesItsPreviousFiguresFromTheRecord() throws {
    let t = try PublishedTree(keepingErrors: true)
    try Self.published2023(t)
    let run = try t.score(counties: ["县A"])
    let a01 = try Self.alliance(run, "县A", "a-01")
    #expect(a01.previous == .scored(PreviousResult(year: 2023, total: 7, rank: 1, grade: "不合格", source: .published)))
    #expect(
      a01.warnings.contains(
        .warning(
          "与2023学年定稿不一致：定稿 7，重算 7.5（C2 +0.5）；复核更正请用 jlt publish --revise", file: "县A/定稿-2023.json", alliance: "a-01")))
    let a03 = try Self.alliance(run, "县A", "a-03")
    #expect(a03.previous == .scored(PreviousResult(year: 2023, total: 2, rank: 2, grade: "不合格", source: .published)))
    #expect(a03.consequence == "通报；调整核心校/牵头校校长")
    let previous = try #require((try PublishedTree.alliance(t.json("县A"), "a-01"))["previous"] as? [String: Any])
    #expect(previous["status"] as? String == "已定稿")
    #expect(previous["total"] as? Int == 7)
  }

  /// The cycle 2022–2024 of 县A: a-01/2022.toml is its 2023 manifest (7, 不合格) and a-03's
  /// 2022 manifest says `year = 2023` (an error: 无法评分). 2023 is published (a-01 7 although
  /// its folder now gives 7.5), 2024 re-scored (a-01 73.5, a-03 2).
  @Test func cycleSheetReadBack() throws {
    let t = try PublishedTree(keepingErrors: true)
    try FileManager.default.copyItem(atPath: t.path("县A/a-01/2023.toml"), toPath: t.path("县A/a-01/2022.toml"))
    try t.replace("县A/a-01/2022.toml", "year = 2023", "year = 2022")
    try FileManager.default.copyItem(atPath: t.path("县A/a-03/2023.toml"), toPath: t.path("县A/a-03/2022.toml"))
    try Self.published2023(t)
    let run = try t.score(counties: ["县A"])
    #expect(run.failures.isEmpty)
    let x = try XLSXArchive(path: "\(t.output)/2024/县A.xlsx")
    #expect(Array(x.sheetNames.prefix(3)) == ["排名", "同比", "周期"])
    let sheet = "周期"
    #expect(x.cellValue(sheet: sheet, reference: "A1") == "县A 教联体建设考核评价周期（2022–2024学年）")
    let columns = workbookColumnLetters(14)
    #expect(
      x.rowValues(sheet: sheet, row: 3, columns: columns) == [
        "排名", "教联体", "2022学年", nil, nil, "2023学年", nil, nil, "2024学年", nil, nil, "较首年", "最好等次", "最差等次",
      ])
    #expect(Array(x.rowValues(sheet: sheet, row: 4, columns: columns)[2...4]) == ["总分", "等次", "来源"])
    // a-01: change 73.5 − 7 = 66.5; best 合格, worst 不合格.
    #expect(
      x.rowValues(sheet: sheet, row: 5, columns: columns) == [
        "1", "甲县第一教联体", "7", "不合格", "重算", "7", "不合格", "已定稿", "73.5", "合格", "重算", "66.5", "合格", "不合格",
      ])
    // a-03: 2022 无法评分; change from 2023, its first total: 2 − 2 = 0.
    #expect(
      x.rowValues(sheet: sheet, row: 6, columns: columns) == [
        "2", "甲县第三教联体", "无法评分", "—", "—", "2", "不合格", "已定稿", "2", "不合格", "重算", "0", "不合格", "不合格",
      ])
    // The chart's data under the table (a gap where a year has no total), and a line chart.
    #expect(x.rowValues(sheet: sheet, row: 9, columns: ["B", "C", "D", "E"]) == ["教联体", "2022学年", "2023学年", "2024学年"])
    #expect(x.rowValues(sheet: sheet, row: 10, columns: ["B", "C", "D", "E"]) == ["甲县第一教联体", "7", "7", "73.5"])
    #expect(x.rowValues(sheet: sheet, row: 11, columns: ["B", "C", "D", "E"]) == ["甲县第三教联体", nil, "2", "2"])
    let charts = x.parts.filter { $0.key.hasPrefix("xl/charts/") && $0.value.contains("<c:lineChart>") }
    #expect(charts.count == 1)
    #expect(charts.first?.value.contains("<c:f>'周期'!$C$10:$E$10</c:f>") == true)
    // The 2022 manifest with an error adds only the warning.
    let a03 = try Self.alliance(run, "县A", "a-03")
    #expect(a03.warnings.contains(.warning("2022 学年无法评分", file: "县A/a-03/2022.toml", alliance: "a-03")))
    #expect(!run.reports[0].problems.contains { $0.file == "县A/a-03/2022.toml" && $0.severity == .error })
  }

  /// Tests/Fixtures/published/earlier-县A-2024.json (its README.txt) as the JSON of the run
  /// before: the list on stdout after 县A's ranking, and the files written the same as without it.
  @Test func changeListOnStdoutAgainstThePreparedEarlierJSON() throws {
    let t = try PublishedTree(keepingErrors: true)
    let jlt = try JLTBinary.require()
    try t.scratch.mkdir("out/2024")
    try FileManager.default.copyItem(
      atPath: Fixtures.path("published/earlier-县A-2024.json"), toPath: t.scratch.url("out/2024/县A.json"))
    let r = try Subprocess.score(jlt, input: t.input, out: t.output, extra: ["--year", "2024"], in: t.scratch.path)
    #expect(r.status == 1)  // a-02 is not scored
    let lines = r.stdout.split(separator: "\n").map(String.init)
    let change = "  变动：a-01 71 → 73.5（C10 +2.5），第2名 → 第1名；a-03 首次评分；a-09 本次未评分"
    let at = try #require(lines.firstIndex(of: change), "\(r.stdout)")
    #expect(lines[at - 1] == "  2. 甲县第三教联体（a-03）2 分 不合格")
    #expect(lines.filter { $0.contains("变动：") }.count == 1)  // 县B had no earlier file
    // The outputs are a function of the input alone.
    let fresh = t.scratch.url("fresh")
    #expect(
      try Subprocess.score(jlt, input: t.input, out: fresh, extra: ["--year", "2024"], in: t.scratch.path).status == 1)
    for file in ["县A.json", "县A.xlsx", "县B.json"] {
      #expect(
        FileManager.default.contents(atPath: "\(t.output)/2024/\(file)")
          == FileManager.default.contents(atPath: "\(fresh)/2024/\(file)"), "\(file)")
    }
    // Run again: nothing changed, nothing printed.
    let again = try Subprocess.score(jlt, input: t.input, out: t.output, extra: ["--year", "2024"], in: t.scratch.path)
    #expect(!again.stdout.contains("变动："))
  }

  /// `score` looks at evidence files (kind and size) but never opens them: a FIFO in place of
  /// 章程.pdf does not block it, and no entry of its JSON has a digest.
  @Test func scoreNeverReadsEvidenceContent() throws {
    let t = try PublishedTree()
    try FileManager.default.removeItem(atPath: t.path("县A/a-01/evidence/章程.pdf"))
    try t.scratch.fifo("mini/县A/a-01/evidence/章程.pdf")
    let jlt = try JLTBinary.require()
    let run = try BackgroundProcess(jlt, ["score", t.input, "--out", t.output, "--year", "2024"])
    let ended = BackgroundProcess.until(seconds: 60) { !run.isRunning }
    if !ended { run.signal(SIGKILL) }
    let r = run.wait()
    #expect(ended, "score must not open a FIFO")
    #expect(r.status == 0, "\(r.stderr)")
    let evidence = try #require((try PublishedTree.alliance(t.json("县A"), "a-01"))["evidence"] as? [[String: Any]])
    let chapter = evidence.first { $0["ref"] as? String == "evidence/章程.pdf" }
    #expect(chapter?["status"] as? String == "absent")
    #expect(evidence.allSatisfy { $0["sha256"] == nil })
  }

  /// A file no one may read (chmod 000) still counts as present with its size: `score` never
  /// opens it. (As root every file can be read, so this shows nothing there.)
  @Test(.enabled(if: !runningAsRoot, "root reads a chmod 000 file: the test could not tell reading from not"))
  func unreadableEvidenceStillCountsAsPresentForScore() throws {
    let t = try PublishedTree()
    let chapter = t.path("县A/a-01/evidence/章程.pdf")
    #expect(chmod(chapter, 0) == 0)
    defer { chmod(chapter, 0o644) }
    let run = try t.score(counties: ["县A"])
    let a01 = try Self.alliance(run, "县A", "a-01")
    #expect(a01.total == dec("73.5"))
    // The register is in the written JSON (score keeps reports without it once written).
    let evidence = try #require((try PublishedTree.alliance(t.json("县A"), "a-01"))["evidence"] as? [[String: Any]])
    let entry = evidence.first { $0["ref"] as? String == "evidence/章程.pdf" }
    #expect(entry?["status"] as? String == "present")
    #expect(entry?["bytes"] as? Int == 31)
    // publish must read it, and says why it cannot.
    let published = try t.publish(counties: ["县A"])
    #expect(published.published.isEmpty)
    #expect(published.refused.first?.contains("县A/a-01/evidence/章程.pdf（无法读取（") == true, "\(published.refused)")
  }
}
