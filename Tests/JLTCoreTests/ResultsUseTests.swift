import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// 结果运用 (SPEC §4).
@Suite("结果运用")
struct ResultsUseTests {
  static func alliance(_ id: String, _ total: String) throws -> AllianceScore {
    try RankingTests.alliance(id, total)
  }

  static func apply(_ s: AllianceScore, previous: PreviousYear?) -> AllianceScore {
    let map = previous.map { [s.id: $0] } ?? [:]
    return ResultsUse.apply([s], previous: map, rubric: .suizhouTrial)[0]
  }

  @Test func excellentIsRewardCandidate() throws {
    let s = Self.apply(try Self.alliance("a", "85"), previous: nil)
    #expect(s.grade == "优秀")
    #expect(s.consequence == "奖补候选（5万元；核心校/牵头校校长2000元）")
    #expect(s.previous == PreviousYear.none)
  }

  @Test func excellentAfterFailingIsStillReward() throws {
    let s = Self.apply(
      try Self.alliance("a", "90"), previous: .scored(year: 2023, total: 50, rank: 4, grade: "不合格"))
    #expect(s.consequence == ResultsUse.reward)
  }

  @Test(arguments: ["84.99", "75", "74.99", "60"])
  func goodAndPassHaveNoConsequence(total: String) throws {
    let s = Self.apply(
      try Self.alliance("a", total), previous: .scored(year: 2023, total: 50, rank: 4, grade: "不合格"))
    #expect(s.consequence == nil)
  }

  @Test func failingAfterPassIsYellowCard() throws {
    let prev = PreviousYear.scored(year: 2023, total: dec("61.37"), rank: 4, grade: "合格")
    let s = Self.apply(try Self.alliance("a", "59.99"), previous: prev)
    #expect(s.grade == "不合格")
    #expect(s.consequence == "通报；亮黄牌")
    #expect(s.previous == prev)
  }

  @Test(arguments: ["优秀", "良好"])
  func failingAfterBetterIsYellowCard(grade: String) throws {
    let s = Self.apply(
      try Self.alliance("a", "40"), previous: .scored(year: 2023, total: 80, rank: 1, grade: grade))
    #expect(s.consequence == ResultsUse.yellowCard)
  }

  @Test func failingTwiceIsReplacement() throws {
    let s = Self.apply(
      try Self.alliance("a", "57.76"), previous: .scored(year: 2023, total: dec("56.51"), rank: 4, grade: "不合格"))
    #expect(s.consequence == "通报；调整核心校/牵头校校长")
  }

  @Test func failingAfterMissingYearIsYellowCard() throws {
    let s = Self.apply(try Self.alliance("a", "30"), previous: nil)
    #expect(s.previous == PreviousYear.none)
    #expect(s.consequence == ResultsUse.yellowCard)
  }

  @Test func failingAfterUnscorableYearIsYellowCard() throws {
    let s = Self.apply(try Self.alliance("a", "30"), previous: .unavailable)
    #expect(s.previous == .unavailable)
    #expect(s.consequence == ResultsUse.yellowCard)
  }

  @Test func previousIsMatchedById() throws {
    let a = try Self.alliance("a", "30")
    let b = try Self.alliance("b", "30")
    let out = ResultsUse.apply(
      [a, b], previous: ["b": .scored(year: 2023, total: 20, rank: 2, grade: "不合格")], rubric: .suizhouTrial)
    #expect(out.map(\.consequence) == [ResultsUse.yellowCard, ResultsUse.replacement])
    #expect(out[0].previous == PreviousYear.none)
  }

  @Test func gradeFromARealScore() throws {
    // The full alliance (110) without its bonus (10), C5 (10), C6 (5), C7 (5), with every survey
    // at 0% (C20 0) and no drop-in lessons (C10 4 − 2 = 2).
    let b = ManifestBuilder.full.removingTable("C21.report").removingTable("C22").removingTable("C23.award")
      .removingTable("C5").removingTable("C6").removingTable("C7")
      .settingSchool(0, "survey_satisfaction", "0").settingSchool(1, "survey_satisfaction", "0")
      .settingSchool(2, "survey_satisfaction", "0")
      .removingTable("C10")  // drop_in absent: −2
    var s = try Fixture.score(b)
    // 110 − 10 − 10 − 5 − 5 − 10 − 2 = 68
    #expect(s.total == 68)
    #expect(s.grade == "合格")
    s = Self.apply(s, previous: .scored(year: 2023, total: 50, rank: 1, grade: "不合格"))
    #expect(s.consequence == nil)
  }
}
