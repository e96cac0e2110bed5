import Foundation

/// A6 加分项: C21–C23 (their sum is capped by the rubric's bonus cap).
enum A6Bonus {
  static let indicators = [C21.indicator, C22.indicator, C23.indicator]

  /// C21 教联体典型经验或创新做法被市级及以上媒体宣传（3分）。
  /// 评分标准：国家级得3分，省级得2分，市级得1分。（同类取最高分）
  enum C21 {
    static let level = Field.choice("level", ["国家级", "省级", "市级"], "媒体级别")
    static let evidence = Field.evidence("evidence", "报道截图或链接存档")
    static let report = Field.tables("report", [level.spec, evidence.spec], "典型经验被媒体宣传，每篇一个 [[C21.report]]")

    static let national = Parameter("national", "3", "国家级媒体宣传得分")
    static let provincial = Parameter("provincial", "2", "省级媒体宣传得分")
    static let municipal = Parameter("municipal", "1", "市级媒体宣传得分")

    static let indicator = Indicator(
      code: "C21", table: .table("C21", [report.spec], "媒体宣传"), parameters: [national, provincial, municipal],
      words: "有佐证的最高级别媒体宣传：国家级{national}分，省级{provincial}分，市级{municipal}分。",
      rule: { spec, ctx in
        highestLevel(
          spec, ctx, entries: report, level: level, evidence: evidence,
          points: ["国家级": national, "省级": provincial, "市级": municipal], what: "媒体宣传", none: "市级及以上媒体宣传")
      })
  }

  /// C22 教联体被评为省级、市级示范教联体，获省级、市级示范推广（3分）。评分标准：省级得3分，市级得1分。
  enum C22 {
    static let level = Field.choice("level", ["省级", "市级"], "示范教联体级别")
    static let evidence = Field.evidence("evidence", "命名文件")

    static let provincial = Parameter("provincial", "3", "省级示范教联体得分")
    static let municipal = Parameter("municipal", "1", "市级示范教联体得分")

    static let indicator = Indicator(
      code: "C22", table: .table("C22", [level.spec, evidence.spec], "示范教联体"), parameters: [provincial, municipal],
      words: "有佐证时：省级示范{provincial}分，市级示范{municipal}分。", rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      var tally = Tally(spec.code)
      let t = ctx.table(spec)
      var value: Decimal = 0
      var why = "C22.level 未被评为示范教联体"
      if let level = t[level], let parameter = ["省级": provincial, "市级": municipal][level] {
        if ctx.present(t[evidence]) {
          value = spec[parameter]
          why = "C22.level \(level)示范教联体"
        } else {
          why = "C22.evidence \(level)示范教联体命名文件缺失"
        }
      }
      let score = value.clamped(to: spec.points)
      tally.lose(spec.points - score, why)
      return RuleOutcome(score: score, reasons: tally.reasons)
    }
  }

  /// C23 教联体内学校基础教育教学成果获得国家级、省级优秀教学基础教育成果奖（4分）。
  /// 评分标准：获得国家级得4分，省级得3分。
  enum C23 {
    static let level = Field.choice("level", ["国家级", "省级"], "成果奖级别")
    static let evidence = Field.evidence("evidence", "获奖证书")
    static let award = Field.tables("award", [level.spec, evidence.spec], "基础教育教学成果奖，每项一个 [[C23.award]]")

    static let national = Parameter("national", "4", "国家级教学成果奖得分")
    static let provincial = Parameter("provincial", "3", "省级教学成果奖得分")

    static let indicator = Indicator(
      code: "C23", table: .table("C23", [award.spec], "教学成果奖"), parameters: [national, provincial],
      words: "有佐证的最高级别教学成果奖：国家级{national}分，省级{provincial}分。",
      rule: { spec, ctx in
        highestLevel(
          spec, ctx, entries: award, level: level, evidence: evidence,
          points: ["国家级": national, "省级": provincial], what: "教学成果奖", none: "省级及以上教学成果奖")
      })
  }

  /// C21 and C23: the points of the highest level among the entries `[[Cxx.entries]]` with
  /// present evidence; the reason names the level reached or says none was.
  static func highestLevel(
    _ spec: IndicatorSpec, _ ctx: ScoringContext, entries: Field<[FieldTable]>, level: Field<String>,
    evidence: Field<EvidenceRef>, points: [String: Parameter], what: String, none: String
  ) -> RuleOutcome {
    var tally = Tally(spec.code)
    var best: (value: Decimal, level: String?) = (0, nil)
    for e in ctx.table(spec)[list: entries] where ctx.present(e[evidence]) {
      guard let name = e[level], let parameter = points[name] else { continue }
      let v = spec[parameter]
      if v > best.value { best = (v, name) }
    }
    let score = best.value.clamped(to: spec.points)
    let key = "\(spec.code).\(entries.key)"
    tally.lose(spec.points - score, best.level.map { "\(key) 最高为\($0)\(what)" } ?? "\(key) 无有佐证的\(none)")
    return RuleOutcome(score: score, reasons: tally.reasons)
  }
}
