import Foundation

/// A5 社会评价: C20.
enum A5SocialEvaluation {
  static let indicators = [C20.indicator]

  /// C20 建立教联体建设第三方评价制度…对教联体建设情况进行评价。（10分）。
  /// 评分标准：各校得分的平均分即为教联体最终得分。
  enum C20 {
    /// In every school's `[[school]]`.
    static let surveySatisfaction = Field.percent("survey_satisfaction", "第三方满意度调查结果，百分比（C20）")
    static let surveyEvidence = Field.evidence("survey_evidence", "第三方满意度调查报告（C20）")

    static let indicator = Indicator(
      code: "C20", schoolFields: [surveySatisfaction.spec, surveyEvidence.spec],
      words: "各校 {points} × survey_satisfaction ÷ 100 的平均分；无 survey_evidence 的学校按0分计入平均。", rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      var tally = Tally(spec.code)
      var warnings: [RuleWarning] = []
      let schools = ctx.manifest.schools
      guard !schools.isEmpty else { return RuleOutcome(score: 0, reasons: ["C20 无学校 −\(spec.points.scoreText)"]) }
      // Σ points × rate, divided by 100 once at the end (the same exact value as summing each
      // school's points × rate ÷ 100; Decimal division is the costly step).
      var sum: Decimal = 0
      for school in schools {
        let rate = school.fields[surveySatisfaction]
        if rate == nil {
          warnings.append(
            RuleWarning(
              "学校“\(school.name)”没有满意度调查（survey_satisfaction），C20 按0分计入平均", about: surveySatisfaction))
          tally.note("C20 学校“\(school.name)”未填 survey_satisfaction，按0分计")
        } else if !ctx.present(school.fields[surveyEvidence]) {
          if school.fields[surveyEvidence] == nil {
            warnings.append(
              RuleWarning(
                "学校“\(school.name)”没有满意度调查报告（survey_evidence），C20 按0分计入平均", about: surveyEvidence))
          }
          tally.note("C20 学校“\(school.name)”survey_evidence 调查报告缺失，按0分计")
        } else if let rate {
          sum += spec.points * rate
        }
      }
      let mean = sum / Decimal(100 * schools.count)
      let score = mean.clamped(to: spec.points)
      if score < spec.points {
        tally.lose(spec.points - score.roundedToHundredths(), "C20 各校 survey_satisfaction 满意度得分平均\(score.scoreText)分")
      }
      return RuleOutcome(score: score, reasons: tally.reasons, warnings: warnings)
    }
  }
}
