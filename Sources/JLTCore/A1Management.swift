import Foundation

/// A1 管理共进: C1–C3.
enum A1Management {
  static let indicators = [C1.indicator, C2.indicator, C3.indicator]

  /// C1 依法制定教联体章程…机构设置健全、相关人员安排到位（1分）；班子成员团结（1分）；教师精神状态良好
  /// （1分）；家长满意度高（1分）；…党建工作的领导和指导（1分）。
  /// 评分标准：教联体各项制度缺一项扣0.5分。家长满意度低于60%扣1分。
  enum C1 {
    static let charter = Field.evidence("charter", "教联体章程（职责、权利和义务）")
    static let organization = Field.evidence("organization", "机构设置")
    static let staffing = Field.evidence("staffing", "人员安排")
    static let partyBuilding = Field.evidence("party_building", "党组织对成员校党建工作的领导和指导")
    static let leadershipUnity = Field.evidence("leadership_unity", "县级评审：班子成员团结（访谈记录）")
    static let teacherMorale = Field.evidence("teacher_morale", "县级评审：教师精神状态良好")
    static let parentSatisfaction = Field.percent("parent_satisfaction", "家长满意度，百分比")
    static let parentSurvey = Field.evidence("parent_survey", "家长满意度问卷")

    static let systemDeduction = Parameter("system_deduction", "0.5", "章程、机构设置、人员安排、党建指导缺一项扣分")
    static let unityDeduction = Parameter("unity_deduction", "1", "无班子成员团结的评审记录扣分")
    static let moraleDeduction = Parameter("morale_deduction", "1", "无教师精神状态良好的评审记录扣分")
    static let satisfactionThreshold = Parameter(
      "satisfaction_threshold", "60", "家长满意度最低百分比", bound: .percent)
    static let satisfactionDeduction = Parameter("satisfaction_deduction", "1", "家长满意度低于最低值、未填或无问卷佐证扣分")

    static let indicator = Indicator(
      code: "C1",
      table: .table(
        "C1",
        [
          charter.spec, organization.spec, staffing.spec, partyBuilding.spec, leadershipUnity.spec,
          teacherMorale.spec, parentSatisfaction.spec, parentSurvey.spec,
        ], "管理制度与满意度"),
      parameters: [systemDeduction, unityDeduction, moraleDeduction, satisfactionThreshold, satisfactionDeduction],
      words:
        "满分{points}分起扣：charter、organization、staffing、party_building 每缺一项扣{system_deduction}分；leadership_unity 缺扣{unity_deduction}分；teacher_morale 缺扣{morale_deduction}分；parent_satisfaction 低于{satisfaction_threshold}%、未填或 parent_survey 缺扣{satisfaction_deduction}分。",
      rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      let t = ctx.table(spec)
      var tally = Tally(spec.code)
      var deductions: [(Decimal, String)] = []
      for field in [charter, organization, staffing, partyBuilding] where !ctx.present(t[field]) {
        deductions.append((spec[systemDeduction], "\(spec.label(field))缺失"))
      }
      if !ctx.present(t[leadershipUnity]) {
        deductions.append((spec[unityDeduction], "\(spec.label(leadershipUnity))缺失"))
      }
      if !ctx.present(t[teacherMorale]) {
        deductions.append((spec[moraleDeduction], "\(spec.label(teacherMorale))缺失"))
      }
      let threshold = spec[satisfactionThreshold]
      let cut = spec[satisfactionDeduction]
      if let rate = t[parentSatisfaction] {
        if rate < threshold {
          deductions.append((cut, "C1.parent_satisfaction 家长满意度 \(rate.scoreText)% 低于 \(threshold.scoreText)%"))
        } else if !ctx.present(t[parentSurvey]) {
          deductions.append((cut, "\(spec.label(parentSurvey))缺失，满意度无佐证"))
        }
      } else {
        deductions.append((cut, "C1.parent_satisfaction 家长满意度未填写"))
      }
      let score = tally.part(spec.points, deductions)
      return RuleOutcome(score: score, reasons: tally.reasons)
    }
  }

  /// C2 制定教联体建设三年发展规划和年度工作计划，各成员校有年度工作计划和总结…
  /// 评分标准：教联体发展规划、年度工作计划、总结缺一项扣0.5分；各成员校年度工作计划、总结缺一项扣0.5分。
  enum C2 {
    static let developmentPlan = Field.evidence("development_plan", "教联体建设三年发展规划")
    static let annualPlan = Field.evidence("annual_plan", "教联体年度工作计划")
    static let annualSummary = Field.evidence("annual_summary", "教联体年度工作总结")
    /// In each member school's `[[school]]`.
    static let memberPlan = Field.evidence("annual_plan", "成员校年度工作计划（C2）", for: .memberSchools)
    static let memberSummary = Field.evidence("annual_summary", "成员校年度工作总结（C2）", for: .memberSchools)

    static let planDeduction = Parameter("plan_deduction", "0.5", "教联体发展规划、年度计划、总结缺一项扣分")
    static let memberDeduction = Parameter("member_deduction", "0.5", "每所成员校年度计划、总结缺一项扣分")

    static let indicator = Indicator(
      code: "C2",
      table: .table("C2", [developmentPlan.spec, annualPlan.spec, annualSummary.spec], "规划、计划与总结"),
      schoolFields: [memberPlan.spec, memberSummary.spec],
      parameters: [planDeduction, memberDeduction],
      words:
        "满分{points}分起扣：development_plan、annual_plan、annual_summary 每缺一项扣{plan_deduction}分；每所成员校的 annual_plan、annual_summary 每缺一项扣{member_deduction}分。",
      rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      let t = ctx.table(spec)
      var tally = Tally(spec.code)
      var deductions: [(Decimal, String)] = []
      for field in [developmentPlan, annualPlan, annualSummary] where !ctx.present(t[field]) {
        deductions.append((spec[planDeduction], "\(spec.label(field))缺失"))
      }
      for school in ctx.manifest.memberSchools {
        for (field, meaning) in [(memberPlan, "年度工作计划"), (memberSummary, "年度工作总结")]
        where !ctx.present(school.fields[field]) {
          deductions.append((spec[memberDeduction], "C2 成员校“\(school.name)”\(field.key) \(meaning)缺失"))
        }
      }
      let score = tally.part(spec.points, deductions)
      return RuleOutcome(score: score, reasons: tally.reasons)
    }
  }

  /// C3 …每学期至少召开3次教联体例会，有会议记录（1.5分）；成员校校长定期参加核心校办公会，有会议记录（1.5分）。
  /// 评分标准：1. 未召开会议或无记录均不得分，会议少一次扣0.5分；2. 成员校校长未参加会议或无记录均不得分。
  enum C3 {
    static let meetingsTerm1 = Field.evidenceList("meetings_term1", "第一学期教联体例会记录，每次一份")
    static let meetingsTerm2 = Field.evidenceList("meetings_term2", "第二学期教联体例会记录，每次一份")
    /// In each member school's `[[school]]`.
    static let principalMeetings = Field.evidence(
      "principal_meeting_records", "成员校校长参加核心校办公会的记录（C3）", for: .memberSchools)

    static let meetingsPoints = Parameter("meetings_points", "1.5", "第一部分（例会）分值")
    static let principalsPoints = Parameter("principals_points", "1.5", "第二部分（成员校校长参加办公会）分值")
    static let meetingsPerTerm = Parameter("meetings_per_term", "3", "每学期应召开例会次数")
    static let meetingDeduction = Parameter("meeting_deduction", "0.5", "每少一次例会扣分")

    static let indicator = Indicator(
      code: "C3",
      table: .table("C3", [meetingsTerm1.spec, meetingsTerm2.spec], "教联体例会"),
      schoolFields: [principalMeetings.spec],
      parameters: [meetingsPoints, principalsPoints, meetingsPerTerm, meetingDeduction],
      parts: [meetingsPoints, principalsPoints],
      words:
        "第一部分{meetings_points}分：两学期有记录的例会都为0次得0分，否则每学期少于{meetings_per_term}次的，每少一次扣{meeting_deduction}分；第二部分{principals_points}分：每所成员校都有 principal_meeting_records 得满分，否则0分。",
      check: { t, _ in ManifestProblem.sameRecordInBothTerms(t, meetingsTerm1, meetingsTerm2) }, rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      let t = ctx.table(spec)
      var tally = Tally(spec.code)
      let required = spec[meetingsPerTerm]
      let perMeeting = spec[meetingDeduction]
      let n1 = Decimal(ctx.presentCount(t[list: meetingsTerm1]))
      let n2 = Decimal(ctx.presentCount(t[list: meetingsTerm2]))
      let part1: Decimal
      if n1 + n2 == 0 {
        tally.lose(spec[meetingsPoints], "C3.meetings_term1/meetings_term2 两学期均无有记录的教联体例会")
        part1 = 0
      } else {
        var deductions: [(Decimal, String)] = []
        for (n, field, term) in [(n1, meetingsTerm1, "第一学期"), (n2, meetingsTerm2, "第二学期")] where n < required {
          let short = required - n
          deductions.append((perMeeting * short, "C3.\(field.key) \(term)例会\(n.scoreText)次，少\(short.scoreText)次"))
        }
        part1 = tally.part(spec[meetingsPoints], deductions)
      }
      let missing = ctx.manifest.memberSchools.filter { !ctx.present($0.fields[principalMeetings]) }
      let names = missing.map { "“\($0.name)”" }.joined(separator: "、")
      let part2 = tally.whole(
        spec[principalsPoints], if: missing.isEmpty,
        "C3 成员校\(names) principal_meeting_records 校长参加核心校办公会记录缺失")
      return RuleOutcome(score: part1 + part2, reasons: tally.reasons)
    }
  }
}
