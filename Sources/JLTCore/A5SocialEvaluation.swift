import Foundation

/// A5 社会评价: C20.
enum A5SocialEvaluation {
  static let rules: [String: Rule] = ["C20": c20]

  /// C20 建立教联体建设第三方评价制度…对教联体建设情况进行评价。（10分）。
  /// 评分标准：各校得分的平均分即为教联体最终得分。
  static func c20(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    var tally = Tally("C20")
    var warnings: [String] = []
    let schools = ctx.manifest.schools
    guard !schools.isEmpty else { return RuleOutcome(score: 0, reasons: ["C20 无学校 −\(spec.points.scoreText)"]) }
    var sum: Decimal = 0
    for school in schools {
      let rate = school.fields.number("survey_satisfaction")
      if rate == nil {
        warnings.append("学校“\(school.name)”没有满意度调查（survey_satisfaction），C20 按0分计入平均")
        tally.note("C20 学校“\(school.name)”未填 survey_satisfaction，按0分计")
      } else if !ctx.present(school.fields.evidence("survey_evidence")) {
        if school.fields.evidence("survey_evidence") == nil {
          warnings.append("学校“\(school.name)”没有满意度调查报告（survey_evidence），C20 按0分计入平均")
        }
        tally.note("C20 学校“\(school.name)”survey_evidence 调查报告缺失，按0分计")
      } else if let rate {
        sum += spec.points * rate / 100
      }
    }
    let mean = sum / Decimal(schools.count)
    let score = mean.clamped(to: spec.points)
    if score < spec.points {
      tally.lose(spec.points - score.roundedToHundredths(), "C20 各校 survey_satisfaction 满意度得分平均\(score.scoreText)分")
    }
    return RuleOutcome(score: score, reasons: tally.reasons, warnings: warnings)
  }
}
