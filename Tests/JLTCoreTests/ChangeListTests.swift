import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// What changed since the last run (SPEC §10), against a county JSON prepared by hand
/// (Tests/Fixtures/published/earlier-测试县-2024.json, described in its README.txt).
@Suite("与上次运行相比的变动")
struct ChangeListTests {
  typealias F = RecordFixture

  /// Now: a 82.5 (the full alliance's indicators, C10 4) 1st, b 70 2nd, c 65 3rd.
  static func now() throws -> CountyReport {
    F.report(2024, [try F.outcome("a", "82.5"), try F.outcome("b", "70"), try F.outcome("c", "65")])
  }

  static func earlier() throws -> [PublishedRecord.Figures] {
    let data = Data(try Fixtures.text("published/earlier-测试县-2024.json").utf8)
    return try #require(ChangeList.figures(ofEarlierJSON: data))
  }

  @Test func earlierJSONIsRead() throws {
    let e = try Self.earlier()
    #expect(e.map(\.id) == ["b", "a", "d"])
    #expect(e.map(\.rank) == [1, 2, 3])
    #expect(e.map(\.total) == [85, 80, 61])
    #expect(e[1].indicator("C10") == dec("1.5"))
    #expect(e[1].indicators.map(\.code) == (1...23).map { "C\($0)" })
  }

  /// a: 80 → 82.5 with C10 1.5 → 4 (+2.5), 2nd → 1st; b: 85 → 70, 优秀 → 合格, no indicator
  /// moved (the figures of b's earlier file are the full alliance's, like now), 1st → 2nd;
  /// c is not in the earlier file; d is not scored now.
  @Test func listsEveryAllianceWhoseTotalGradeOrRankChanged() throws {
    #expect(
      ChangeList.text(earlier: try Self.earlier(), now: try Self.now())
        == "变动：a 80 → 82.5（C10 +2.5），第2名 → 第1名；b 85 → 70，优秀 → 合格，第1名 → 第2名；c 首次评分；d 本次未评分")
  }

  @Test func nothingWhenNothingChanged() throws {
    let now = try Self.now()
    #expect(ChangeList.text(earlier: now.alliances.map(RecordDifferences.figures), now: now) == nil)
  }

  /// Only the rank moved: c 65 is 3rd now and was 2nd; a lower indicator but the same total is
  /// still a change (C1 −1 and C2 +1 between a's files).
  @Test func rankAloneAndIndicatorsAloneAreChanges() throws {
    let now = try Self.now()
    var figures = now.alliances.map(RecordDifferences.figures)
    figures[2].rank = 2
    #expect(ChangeList.text(earlier: figures, now: now) == "变动：c 第2名 → 第3名")
    figures = now.alliances.map(RecordDifferences.figures)
    figures[0].indicators[0].score = 6  // C1 was 6, now 5
    figures[0].indicators[1].score = 1  // C2 was 1, now 2
    #expect(ChangeList.text(earlier: figures, now: now) == "变动：a 82.5 → 82.5（C1 −1、C2 +1）")
  }

  @Test(arguments: ["", "{}", "[1, 2]", #"{"alliances": [{"id": "a"}]}"#, "{\"alliances\": ["])
  func unreadableEarlierFileGivesNoList(text: String) {
    #expect(ChangeList.figures(ofEarlierJSON: Data(text.utf8)) == nil)
  }
}
