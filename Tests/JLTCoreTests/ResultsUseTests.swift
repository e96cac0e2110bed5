import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// 结果运用 (SPEC §4): the consequence of a grade given the previous year.
@Suite("结果运用")
struct ResultsUseTests {
  static func consequence(_ total: String, previous: PreviousYear) -> Consequence? {
    let rubric = Rubric.suizhouTrial
    return Consequence.of(grade: rubric.grade(for: dec(total)), previous: previous, rubric: rubric)
  }

  static func scored(_ total: Decimal, grade: String) -> PreviousYear {
    .scored(PreviousResult(year: 2023, total: total, rank: 4, grade: grade))
  }

  @Test func excellentIsRewardCandidate() {
    #expect(Self.consequence("85", previous: .new) == .reward)
    #expect(Consequence.reward.label == "奖补候选（5万元；核心校/牵头校校长2000元）")
  }

  @Test func excellentAfterFailingIsStillReward() {
    #expect(Self.consequence("90", previous: Self.scored(50, grade: "不合格")) == .reward)
  }

  @Test(arguments: ["84.99", "75", "74.99", "60"])
  func goodAndPassHaveNoConsequence(total: String) {
    #expect(Self.consequence(total, previous: Self.scored(50, grade: "不合格")) == nil)
  }

  @Test func failingAfterPassIsYellowCard() {
    #expect(Self.consequence("59.99", previous: Self.scored(dec("61.37"), grade: "合格")) == .yellowCard)
    #expect(Consequence.yellowCard.label == "通报；亮黄牌")
  }

  @Test(arguments: ["优秀", "良好"])
  func failingAfterBetterIsYellowCard(grade: String) {
    #expect(Self.consequence("40", previous: Self.scored(80, grade: grade)) == .yellowCard)
  }

  @Test func failingTwiceIsReplacement() {
    #expect(Self.consequence("57.76", previous: Self.scored(dec("56.51"), grade: "不合格")) == .replacement)
    #expect(Consequence.replacement.label == "通报；调整核心校/牵头校校长")
  }

  @Test func failingAfterMissingYearIsYellowCard() {
    #expect(Self.consequence("30", previous: .new) == .yellowCard)
  }

  @Test func failingAfterUnscorableYearIsYellowCard() {
    #expect(Self.consequence("30", previous: .unscorable) == .yellowCard)
  }

  @Test func gradeFromARealScore() throws {
    // The full alliance (110) without its bonus (10), C5 (10), C6 (5), C7 (5), with every survey
    // at 0% (C20 0) and no drop-in lessons (C10 4 − 2 = 2).
    let b = ManifestBuilder.full.removingTable("C21.report").removingTable("C22").removingTable("C23.award")
      .removingTable("C5").removingTable("C6").removingTable("C7")
      .settingSchool(0, "survey_satisfaction", "0").settingSchool(1, "survey_satisfaction", "0")
      .settingSchool(2, "survey_satisfaction", "0")
      .removingTable("C10")  // drop_in absent: −2
    let s = try Fixture.score(b)
    // 110 − 10 − 10 − 5 − 5 − 10 − 2 = 68
    #expect(s.total == 68)
    #expect(s.grade == "合格")
    #expect(Consequence.of(grade: s.grade, previous: Self.scored(50, grade: "不合格"), rubric: .suizhouTrial) == nil)
  }
}
