import Foundation
import Testing

@testable import JLTCore

/// How a revision (SPEC §9) and the overnight change list (SPEC §10) describe what moved.
@Suite struct RecordDifferencesTests {
  static func figures(_ total: Points, rank: Int, c10: Points, grade: String = "合格") -> PublishedRecord.Figures {
    PublishedRecord.Figures(id: "zd-03", total: total, grade: grade, rank: rank, indicators: [("C10", c10)])
  }

  @Test func figuresAndRankTogether() {
    let before = Self.figures(Points(6635) / 100, rank: 4, c10: 1)
    let after = Self.figures(Points(6885) / 100, rank: 3, c10: Points(35) / 10)
    #expect(RecordDifferences.changeWithRank(from: before, to: after) == "66.35 → 68.85（C10 +2.5），第4名 → 第3名")
    #expect(RecordDifferences.change(from: before, to: after) == "66.35 → 68.85（C10 +2.5）")
  }

  /// Another alliance's revision can move this one's rank alone: a revision lists it too.
  @Test func rankAlone() {
    let before = Self.figures(70, rank: 2, c10: 4)
    let after = Self.figures(70, rank: 3, c10: 4)
    #expect(RecordDifferences.changeWithRank(from: before, to: after) == "第2名 → 第3名")
    #expect(RecordDifferences.change(from: before, to: after) == nil)  // the §9 warning ignores rank
  }

  @Test func nothingMoved() {
    let same = Self.figures(70, rank: 2, c10: 4)
    #expect(RecordDifferences.changeWithRank(from: same, to: same) == nil)
  }
}
