import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// 重点关注 (SPEC §11) of a prepared county, the schools of Tests/Fixtures/schools/测试县, every
/// figure computed by hand below.
@Suite("重点关注")
struct FocusGroupsTests {
  static func school(
    _ name: String, member: Bool = true, tags: [String], teachers: Int, covered: Bool? = true, project: Bool = true,
    culture: Bool = true, satisfaction: Decimal? = nil, honors: (Int, Int) = (0, 0), exchange: Int? = nil,
    evaluation: String? = nil, summary: Bool = true, meetings: Bool = true
  ) -> SchoolItems {
    SchoolItems(
      name: name, role: member ? .member : .core, tags: tags, teachers: teachers, evaluation: evaluation,
      exchangeIn: exchange, annualPlan: member ? true : nil, annualSummary: member ? summary : nil,
      principalMeetings: member ? meetings : nil, trainingCovered: member ? covered : nil, inJointProject: project,
      cultureFeature: culture, satisfaction: satisfaction, honors: (honors.0, honors.1),
      countedEvaluation: member ? evaluation : nil)
  }

  /// 测试县二教联体 (ranked first) and 测试县一教联体.
  static var county: [(county: String, alliance: String, school: SchoolItems)] {
    [
      ("测试县", "二", school("第二中学", member: false, tags: ["城区"], teachers: 40, satisfaction: 95, honors: (1, 0))),
      ("测试县", "二", school("北郊小学", tags: ["农村"], teachers: 30, satisfaction: 85, exchange: 6, evaluation: "合格")),
      (
        "测试县", "二",
        school(
          "南湖小学", tags: ["城区"], teachers: 20, covered: false, culture: false, satisfaction: 75, exchange: 1,
          evaluation: "不合格")
      ),
      ("测试县", "一", school("实验小学", member: false, tags: ["城区"], teachers: 50, satisfaction: 90, exchange: 2)),
      (
        "测试县", "一",
        school(
          "河口小学", tags: ["农村", "薄弱"], teachers: 20, satisfaction: 80, honors: (1, 0), exchange: 3,
          evaluation: "不合格")
      ),
      (
        "测试县", "一",
        school(
          "山前小学", tags: ["新建"], teachers: 10, covered: false, project: false, culture: false, honors: (0, 1),
          exchange: 0, summary: false, meetings: false)
      ),
    ]
  }

  @Test func groupsOfThePreparedCounty() throws {
    let focus = FocusGroups(Self.county)
    #expect(focus.rows.map(\.group) == ["农村", "薄弱", "新建", "其他"])
    let (rural, weak, new, other) = (focus.rows[0], focus.rows[1], focus.rows[2], focus.rows[3])
    // 农村: 北郊 (30) and 河口 (20), which counts in 薄弱 too.
    #expect(rural.schools == 2 && rural.teachers == 50)
    #expect(rural.meanSatisfaction == dec("82.5"))  // (85 + 80) / 2
    #expect(rural.trainingCoverage == 100 && rural.jointProjectShare == 100 && rural.cultureFeatureShare == 100)
    #expect(rural.exchangeIn == 9)  // 6 + 3
    #expect(rural.exchangeInPerHundredTeachers == 18)  // 9 × 100 / 50
    #expect(rural.provincialHonors == 1 && rural.municipalHonors == 0 && rural.failingEvaluations == 1)
    // 薄弱: 河口 alone.
    #expect(weak.schools == 1 && weak.teachers == 20 && weak.meanSatisfaction == 80)
    #expect(weak.exchangeIn == 3 && weak.exchangeInPerHundredTeachers == 15 && weak.failingEvaluations == 1)
    // 新建: 山前, whose survey has no report: no mean; nothing met; 0 exchanged per 100.
    #expect(new.schools == 1 && new.teachers == 10 && new.meanSatisfaction == nil)
    #expect(new.trainingCoverage == 0 && new.jointProjectShare == 0 && new.cultureFeatureShare == 0)
    #expect(new.exchangeIn == 0 && new.exchangeInPerHundredTeachers == 0)
    #expect(new.provincialHonors == 0 && new.municipalHonors == 1 && new.failingEvaluations == 0)
    // 其他: 第二中学, 南湖, 实验小学 — 110 teachers; one member school (南湖, not covered).
    #expect(other.schools == 3 && other.teachers == 110)
    #expect(other.meanSatisfaction == dec("86.67"))  // (95 + 75 + 90) / 3 = 86.666…
    #expect(other.members == 1 && other.trainingCoverage == 0)
    #expect(other.jointProjectShare == 100)
    #expect(other.cultureFeatureShare == dec("66.67"))  // 2 of 3
    #expect(other.exchangeIn == 3)  // 1 + 2 (第二中学 wrote none)
    #expect(other.exchangeInPerHundredTeachers == dec("2.73"))  // 300 / 110 = 2.727…
    #expect(other.provincialHonors == 1 && other.failingEvaluations == 1)
    // The tagged schools with 缺项: 山前 only (河口 and 北郊 miss nothing; 南湖 is not tagged).
    #expect(focus.flagged.map(\.school.name) == ["山前小学"])
    #expect(focus.flagged[0].alliance == "一" && focus.flagged[0].county == "测试县")
    #expect(focus.flagged[0].school.missing == ["年度总结", "校长参会", "校本培训覆盖", "参与共同课题", "一校一特色", "满意度"])
  }

  /// Empty groups have no ratios (—), not 0 %.
  @Test func anEmptyGroupHasNoRatios() {
    let focus = FocusGroups([("乙县", "中心", Self.school("中心小学", member: false, tags: ["城区"], teachers: 30))])
    let weak = focus.rows[1]
    #expect(weak.schools == 0 && weak.meanSatisfaction == nil && weak.trainingCoverage == nil)
    #expect(weak.jointProjectShare == nil && weak.exchangeInPerHundredTeachers == nil)
    // 其他 has a core school only: no member schools, so no coverage either.
    #expect(focus.rows[3].schools == 1 && focus.rows[3].trainingCoverage == nil)
    #expect(focus.flagged.isEmpty)
  }

  /// The city totals add up every county's schools, not the counties' ratios.
  @Test func cityTotalsAreOverSchools() {
    let xiling = Self.school("西岭小学", tags: ["农村"], teachers: 10, satisfaction: 60, exchange: 4, evaluation: "不合格")
    let city = FocusGroups(Self.county + [("乙县", "中心", xiling)])
    let rural = city.rows[0]
    #expect(rural.schools == 3 && rural.teachers == 60)
    #expect(rural.meanSatisfaction == 75)  // (85 + 80 + 60) / 3
    #expect(rural.exchangeIn == 13 && rural.exchangeInPerHundredTeachers == dec("21.67"))  // 1300 / 60
    #expect(rural.failingEvaluations == 2)
  }
}
