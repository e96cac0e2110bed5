import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// `jlt publish` (SPEC §9) on a copy of Tests/Fixtures/mini: the record written beside each
/// county's alliance folders, a county with an unscored alliance refused while the others are
/// published, a second publication refused without `--revise`, and revisions keeping every
/// earlier version.
@Suite("jlt publish 定稿", .timeLimit(.minutes(2)))
struct PublishCommandTests {
  @Test func writesTheRecordOfEachCounty() throws {
    let t = try PublishedTree()
    let run = try t.publish()
    #expect(run.published == ["县A/定稿-2024.json", "县B/定稿-2024.json"])
    #expect(run.refused == [])
    #expect(run.exitStatus == 0)  // warnings only
    let text = try t.recordText("县A")
    #expect(RecordText.isIntact(text))
    let record = try t.record("县A")
    #expect(record["county"] as? String == "县A")
    #expect(record["year"] as? Int == 2024)
    let published = try #require(record["published"] as? [String: Any])
    #expect(published["version"] as? Int == 1)
    #expect(published["date"] as? String == "2025-09-15")
    #expect(published["by"] as? String == "甲县教育局")
    #expect(published["reason"] is NSNull)
    #expect((record["history"] as? [Any])?.isEmpty == true)
    // mini/README.txt: a-01 73.5 (合格) 1st, a-03 2 (不合格) 2nd.
    let a01 = try PublishedTree.alliance(record, "a-01")
    #expect(a01["total"] as? Double == 73.5)
    #expect(a01["rank"] as? Int == 1)
    #expect(a01["grade"] as? String == "合格")
    #expect((try PublishedTree.alliance(record, "a-03"))["total"] as? Int == 2)
    // Fingerprints: the manifest and baseline as they are, the present file with its size and
    // digest; the empty file (absent) and paper records with neither.
    let manifest = try #require(a01["manifest"] as? [String: String])
    #expect(manifest == ["file": "县A/a-01/2024.toml", "sha256": try t.sha256("县A/a-01/2024.toml")])
    let baseline = try #require(a01["baseline"] as? [String: String])
    #expect(baseline == ["file": "县A/a-01/baseline.toml", "sha256": try t.sha256("县A/a-01/baseline.toml")])
    #expect((try PublishedTree.alliance(record, "a-03"))["baseline"] is NSNull)
    let evidence = try #require(a01["evidence"] as? [[String: Any]])
    let chapter = try #require(evidence.first { $0["ref"] as? String == "evidence/章程.pdf" })
    #expect(chapter["keys"] as? [String] == ["C1.charter"])
    #expect(chapter["status"] as? String == "present")
    #expect(chapter["bytes"] as? Int == 31)
    #expect(chapter["sha256"] as? String == (try t.sha256("县A/a-01/evidence/章程.pdf")))
    let empty = try #require(evidence.first { $0["ref"] as? String == "evidence/空.pdf" })
    #expect(empty["status"] as? String == "absent")
    #expect(empty["bytes"] is NSNull)
    #expect(empty["sha256"] == nil)
    #expect(evidence.filter { $0["sha256"] != nil }.count == 1)
    // The record is read back as the batch reads it.
    let read = RecordReader.read(Data(text.utf8), file: "县A/定稿-2024.json", county: "县A", year: 2024)
    #expect(read.value?.alliances.map(\.id) == ["a-01", "a-03"])
    // The outputs are written as `score` writes them after publication.
    #expect(run.score.written.contains("2024/县A.json"))
    #expect(run.score.reports.first?.publication?.label == "已定稿（第1版，2025-09-15，甲县教育局）")
  }

  @Test func sameInputAndDateGiveTheSameRecord() throws {
    let a = try PublishedTree()
    let b = try PublishedTree()
    _ = try a.publish()
    _ = try b.publish(counties: ["县A"])
    #expect(try a.recordText("县A") == b.recordText("县A"))
  }

  /// mini as it is: 县A's a-02 has an error, so 县A is not published; 县B is (exit 1).
  @Test func countyWithAnUnscoredAllianceIsRefusedOthersArePublished() throws {
    let t = try PublishedTree(keepingErrors: true)
    let run = try t.publish()
    #expect(run.published == ["县B/定稿-2024.json"])
    #expect(run.refused == ["县A 定稿前须改正：a-02（C5.exchanged 应为不小于0的整数，实际为 -3）"])
    #expect(run.exitStatus == 1)
    #expect(!FileManager.default.fileExists(atPath: t.recordPath("县A")))
    #expect(RecordText.isIntact(try t.recordText("县B")))
    // Through the binary: the reason on stderr, exit 1.
    let u = try PublishedTree(keepingErrors: true)
    let r = try Self.binary(u, ["--by", "甲县教育局", "--date", "2025-09-15"])
    #expect(r.status == 1)
    #expect(r.stderrLines.contains("jlt: 县A 定稿前须改正：a-02（C5.exchanged 应为不小于0的整数，实际为 -3）"))
    #expect(r.stdout.contains("已定稿：县B/定稿-2024.json"))
  }

  /// 2023 in mini: 县A has a-01 and a-03 (a-02 was founded in 2024); 县B's only alliance was
  /// founded in 2024, so 县B has nothing to publish: no empty record is written for it.
  @Test func countyWithoutAnyAllianceInTheYearIsNotPublished() throws {
    let t = try PublishedTree(keepingErrors: true)
    let run = try t.publish(year: 2023)
    #expect(run.published == ["县A/定稿-2023.json"])
    #expect(run.refused == ["县B 没有 2023 学年的证据清单，不定稿"])
    #expect(run.exitStatus == 1)
    #expect(!FileManager.default.fileExists(atPath: t.recordPath("县B", year: 2023)))
  }

  @Test func publishingAgainWithoutReviseIsRefused() throws {
    let t = try PublishedTree()
    _ = try t.publish()
    let before = try t.recordText("县A")
    let again = try t.publish(counties: ["县A"], date: "2025-09-16")
    #expect(again.needsRevise)
    #expect(again.exitStatus == 2)
    #expect(again.published == [])
    #expect(again.refused == ["县A 2024学年已定稿（已定稿（第1版，2025-09-15，甲县教育局））；复核更正后重新定稿请用 --revise 说明原因"])
    #expect(try t.recordText("县A") == before)
    let r = try Self.binary(t, ["--by", "甲县教育局", "--county", "县A"])
    #expect(r.status == 2)
    #expect(r.stderrLines.contains { $0.contains("县A 2024学年已定稿") && $0.contains("--revise") })
    #expect(try t.recordText("县A") == before)
  }

  /// Version 1 on 2025-09-15; C16.provincial 2 → 3 (Δ over the baseline 1 → 2: C16 1.5 → 2.5,
  /// a-01 73.5 → 74.5) and version 2; then a-03 gets C7.title_rule on paper (C7 0 → 5, a-03
  /// 2 → 7, still 不合格) and version 3. History: version 2, then version 1, each with its
  /// figures.
  @Test func revisingTwiceKeepsBothEarlierVersionsAndTheirReasons() throws {
    let t = try PublishedTree()
    _ = try t.publish(counties: ["县A"])
    try t.replace("县A/a-01/2024.toml", "provincial = 2", "provincial = 3")
    let second = try t.publish(counties: ["县A"], revise: "复核：补交省级荣誉", date: "2025-09-20")
    #expect(second.published == ["县A/定稿-2024.json"])
    #expect(second.changes == ["县A a-01 73.5 → 74.5（C16 +1）"])
    try t.append("县A/a-03/2024.toml", "\n[C7]\ntitle_rule = \"paper:职称文件\"\n")
    let third = try t.publish(counties: ["县A"], revise: "复核：补交职称文件", date: "2025-10-01", by: "曾都区教育局复核组")
    #expect(third.changes == ["县A a-03 2 → 7（C7 +5）"])
    #expect(third.exitStatus == 0)
    let text = try t.recordText("县A")
    #expect(RecordText.isIntact(text))
    let record = try t.record("县A")
    let published = try #require(record["published"] as? [String: Any])
    #expect(published["version"] as? Int == 3)
    #expect(published["reason"] as? String == "复核：补交职称文件")
    #expect(published["by"] as? String == "曾都区教育局复核组")
    #expect((try PublishedTree.alliance(record, "a-03"))["total"] as? Int == 7)
    let history = try #require(record["history"] as? [[String: Any]])
    #expect(history.count == 2)
    let blocks = history.compactMap { $0["published"] as? [String: Any] }
    #expect(blocks.map { $0["version"] as? Int } == [2, 1])
    #expect(blocks.map { $0["date"] as? String } == ["2025-09-20", "2025-09-15"])
    #expect(blocks[0]["reason"] as? String == "复核：补交省级荣誉")
    #expect(blocks[1]["reason"] is NSNull)
    // What changed between the versions is in their figures.
    func figures(_ version: Int, _ id: String) throws -> [String: Any] {
      let alliances = try #require(history[2 - version]["alliances"] as? [[String: Any]])
      let a = try #require(alliances.first { $0["id"] as? String == id })
      #expect(Set(a.keys) == ["id", "total", "grade", "rank", "indicators"])
      return a
    }
    #expect(try figures(1, "a-01")["total"] as? Double == 73.5)
    #expect((try figures(1, "a-01")["indicators"] as? [String: Any])?["C16"] as? Double == 1.5)
    #expect(try figures(2, "a-01")["total"] as? Double == 74.5)
    #expect((try figures(2, "a-01")["indicators"] as? [String: Any])?["C16"] as? Double == 2.5)
    #expect(try figures(2, "a-03")["total"] as? Int == 2)
    #expect((try figures(2, "a-03")["indicators"] as? [String: Any])?["C7"] as? Int == 0)
    #expect(try figures(1, "a-03")["grade"] as? String == "不合格")
    #expect(try figures(1, "a-03")["rank"] as? Int == 2)
    // Only the county named was published.
    #expect(!FileManager.default.fileExists(atPath: t.recordPath("县B")))
  }

  /// a-03's folder is deleted after version 1: version 2 no longer holds it (version 1 in
  /// history still does), and the list of changes says so.
  @Test func reviseNamesAnAllianceNoLongerInTheRecord() throws {
    let t = try PublishedTree()
    _ = try t.publish(counties: ["县A"])
    try FileManager.default.removeItem(atPath: t.path("县A/a-03"))
    let run = try t.publish(counties: ["县A"], revise: "复核：甲县第三教联体撤并", date: "2025-09-20")
    #expect(run.published == ["县A/定稿-2024.json"])
    #expect(run.changes == ["县A a-03 不在本版定稿中（上一版 2 分）"])
    let record = try t.record("县A")
    #expect((record["alliances"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["a-01"])
    let history = try #require(record["history"] as? [[String: Any]])
    #expect((history.first?["alliances"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["a-01", "a-03"])
  }

  @Test func reviseListsTheChangesOnStdout() throws {
    let t = try PublishedTree()
    _ = try t.publish(counties: ["县A"])
    try t.replace("县A/a-01/2024.toml", "provincial = 2", "provincial = 3")
    let r = try Self.binary(t, ["--by", "甲县教育局", "--county", "县A", "--revise", "复核：补交省级荣誉"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("已定稿：县A/定稿-2024.json"))
    #expect(r.stdout.contains("县A a-01 73.5 → 74.5（C16 +1）"))
  }

  @Test(arguments: [
    (["--by", " "], "--by 应写明定稿的单位或人"),
    (["--by", "局", "--date", "2025-02-30"], "--date 应为 YYYY-MM-DD 格式的日期，实际为 2025-02-30"),
    (["--by", "局", "--date", "2025-9-15"], "--date 应为 YYYY-MM-DD 格式的日期，实际为 2025-9-15"),
    (["--by", "局", "--revise", ""], "--revise 应写明复核更正的原因"),
    (["--by", "局", "--county", "县X"], "未知的县（市、区）：县X（输入中有：县A、县B）"),
  ])
  func usageErrorsExitTwoAndWriteNothing(arguments: [String], message: String) throws {
    let t = try PublishedTree()
    let r = try Self.binary(t, arguments)
    #expect(r.status == 2)
    #expect(r.stderr.contains(message), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: t.recordPath("县A")))
    #expect(!FileManager.default.fileExists(atPath: t.output))
  }

  @Test func byIsRequired() throws {
    let t = try PublishedTree()
    let r = try Self.binary(t, [])
    #expect(r.status == 2)
    #expect(!FileManager.default.fileExists(atPath: t.recordPath("县A")))
  }

  /// `jlt publish INPUT --year 2024 --out OUT` with `arguments`.
  static func binary(_ t: PublishedTree, _ arguments: [String]) throws -> RunResult {
    let jlt = try JLTBinary.require()
    return try Subprocess.bash(
      #"exec "$0" publish "$@""#, [jlt, t.input, "--year", "2024", "--out", t.output] + arguments, in: t.scratch.path)
  }
}
