import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// `jlt score` 2024 when 2023's record does not cover everything (SPEC §9), on mini without
/// a-02 with 县A's 2023 published (a-01 7 1st, a-03 2 2nd, both 不合格): an alliance the record
/// does not hold is re-scored with a warning; a record edited by hand is an error naming it, and
/// 2023 then counts as unavailable (no 调整 follows from it).
@Suite("定稿缺失或不可用时的上年结果", .timeLimit(.minutes(1)))
struct RecordFallbackTests {
  static func published2023() throws -> PublishedTree {
    let t = try PublishedTree()
    #expect(try t.publish(year: 2023, counties: ["县A"]).published == ["县A/定稿-2023.json"])
    return t
  }

  /// a-04, a copy of a-03 made after publication (2023: 2, 2024: 2): re-scored among 2023's
  /// folders it ties with a-03 for 2nd (a-01 7 is 1st), 不合格 → 调整 as re-scored.
  @Test func allianceMissingFromTheRecordIsRescoredWithAWarning() throws {
    let t = try Self.published2023()
    try FileManager.default.copyItem(atPath: t.path("县A/a-03"), toPath: t.path("县A/a-04"))
    let run = try t.score(counties: ["县A"])
    let a04 = try PublishedScoreTests.alliance(run, "县A", "a-04")
    #expect(a04.previous == .scored(PreviousResult(year: 2023, total: 2, rank: 2, grade: "不合格", source: .rescored)))
    #expect(a04.consequence == "通报；调整核心校/牵头校校长")
    #expect(a04.warnings.contains(.warning("2023学年定稿中没有本教联体，上年结果按重算", file: "县A/定稿-2023.json", alliance: "a-04")))
    let previous = (try PublishedTree.alliance(t.json("县A"), "a-04"))["previous"] as? [String: Any]
    #expect(previous?["status"] as? String == "重算")
    // The others still from the record.
    let a03 = try PublishedScoreTests.alliance(run, "县A", "a-03")
    #expect(a03.previous == .scored(PreviousResult(year: 2023, total: 2, rank: 2, grade: "不合格", source: .published)))
  }

  @Test func recordEditedByHandMakesTheYearUnavailable() throws {
    let t = try Self.published2023()
    try t.replace("县A/定稿-2023.json", "\"total\": 2,", "\"total\": 62,")
    let run = try t.score(counties: ["县A"])
    let file = "县A/定稿-2023.json"
    let errors = run.reports[0].problems.filter { $0.severity == .error }
    #expect(errors == [.error("定稿文件 \(file) 不可用：定稿文件被改动（摘要与内容不符）", file: file)])
    #expect(run.exitStatus == 1)
    for id in ["a-01", "a-03"] {
      let a = try PublishedScoreTests.alliance(run, "县A", id)
      #expect(a.previous == .unscorable, "\(id)")
      #expect(a.warnings.contains(.warning("2023学年定稿不可用，上年结果按“无法评分”处理", file: file, alliance: id)))
    }
    // a-03 is 不合格 again, but after an unavailable year: 亮黄牌, not 调整.
    #expect(try PublishedScoreTests.alliance(run, "县A", "a-03").consequence == "通报；亮黄牌")
    let previous = (try PublishedTree.alliance(t.json("县A"), "a-03"))["previous"] as? [String: Any]
    #expect(previous?["status"] as? String == "无法评分")
    #expect(previous?["total"] is NSNull)
  }
}
