import Foundation

/// A1 管理共进: C1–C3.
enum A1Management {
  static let rules: [String: Rule] = ["C1": c1, "C2": c2, "C3": c3]

  /// C1 依法制定教联体章程…机构设置健全、相关人员安排到位（1分）；班子成员团结（1分）；教师精神状态良好
  /// （1分）；家长满意度高（1分）；…党建工作的领导和指导（1分）。
  /// 评分标准：教联体各项制度缺一项扣0.5分。家长满意度低于60%扣1分。
  static func c1(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let t = ctx.table("C1")
    var tally = Tally("C1")
    var deductions: [(Decimal, String)] = []
    for key in ["charter", "organization", "staffing", "party_building"] where !ctx.present(t.evidence(key)) {
      deductions.append((spec.value("system_deduction"), "\(ctx.label("C1", key))缺失"))
    }
    if !ctx.present(t.evidence("leadership_unity")) {
      deductions.append((spec.value("unity_deduction"), "\(ctx.label("C1", "leadership_unity"))缺失"))
    }
    if !ctx.present(t.evidence("teacher_morale")) {
      deductions.append((spec.value("morale_deduction"), "\(ctx.label("C1", "teacher_morale"))缺失"))
    }
    let threshold = spec.value("satisfaction_threshold")
    let cut = spec.value("satisfaction_deduction")
    if let rate = t.number("parent_satisfaction") {
      if rate < threshold {
        deductions.append((cut, "C1.parent_satisfaction 家长满意度 \(rate.scoreText)% 低于 \(threshold.scoreText)%"))
      } else if !ctx.present(t.evidence("parent_survey")) {
        deductions.append((cut, "\(ctx.label("C1", "parent_survey"))缺失，满意度无佐证"))
      }
    } else {
      deductions.append((cut, "C1.parent_satisfaction 家长满意度未填写"))
    }
    let score = tally.part(spec.points, deductions)
    return RuleOutcome(score: score, reasons: tally.reasons)
  }

  /// C2 制定教联体建设三年发展规划和年度工作计划，各成员校有年度工作计划和总结…
  /// 评分标准：教联体发展规划、年度工作计划、总结缺一项扣0.5分；各成员校年度工作计划、总结缺一项扣0.5分。
  static func c2(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let t = ctx.table("C2")
    var tally = Tally("C2")
    var deductions: [(Decimal, String)] = []
    for key in ["development_plan", "annual_plan", "annual_summary"] where !ctx.present(t.evidence(key)) {
      deductions.append((spec.value("plan_deduction"), "\(ctx.label("C2", key))缺失"))
    }
    for school in ctx.manifest.memberSchools {
      for (key, meaning) in [("annual_plan", "年度工作计划"), ("annual_summary", "年度工作总结")]
      where !ctx.present(school.fields.evidence(key)) {
        deductions.append((spec.value("member_deduction"), "C2 成员校“\(school.name)”\(key) \(meaning)缺失"))
      }
    }
    let score = tally.part(spec.points, deductions)
    return RuleOutcome(score: score, reasons: tally.reasons)
  }

  /// C3 …每学期至少召开3次教联体例会，有会议记录（1.5分）；成员校校长定期参加核心校办公会，有会议记录（1.5分）。
  /// 评分标准：1. 未召开会议或无记录均不得分，会议少一次扣0.5分；2. 成员校校长未参加会议或无记录均不得分。
  static func c3(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let t = ctx.table("C3")
    var tally = Tally("C3")
    let required = spec.value("meetings_per_term")
    let perMeeting = spec.value("meeting_deduction")
    let meetingsPoints = spec.value("meetings_points")
    let n1 = Decimal(ctx.presentCount(t.evidenceList("meetings_term1")))
    let n2 = Decimal(ctx.presentCount(t.evidenceList("meetings_term2")))
    let part1: Decimal
    if n1 + n2 == 0 {
      tally.lose(meetingsPoints, "C3.meetings_term1/meetings_term2 两学期均无有记录的教联体例会")
      part1 = 0
    } else {
      var deductions: [(Decimal, String)] = []
      for (n, key, term) in [(n1, "meetings_term1", "第一学期"), (n2, "meetings_term2", "第二学期")] where n < required {
        let short = required - n
        deductions.append((perMeeting * short, "C3.\(key) \(term)例会\(n.scoreText)次，少\(short.scoreText)次"))
      }
      part1 = tally.part(meetingsPoints, deductions)
    }
    let missing = ctx.manifest.memberSchools.filter { !ctx.present($0.fields.evidence("principal_meeting_records")) }
    let names = missing.map { "“\($0.name)”" }.joined(separator: "、")
    let part2 = tally.whole(
      spec.value("principals_points"), if: missing.isEmpty,
      "C3 成员校\(names) principal_meeting_records 校长参加核心校办公会记录缺失")
    return RuleOutcome(score: part1 + part2, reasons: tally.reasons)
  }
}
