import Foundation

/// A6 加分项: C21–C23 (their sum is capped by the rubric's bonus cap).
enum A6Bonus {
  static let rules: [String: Rule] = ["C21": c21, "C22": c22, "C23": c23]

  static let levelKeys = ["国家级": "national", "省级": "provincial", "市级": "municipal"]

  /// The highest points among entries with present evidence.
  static func highest(_ entries: [FieldTable], _ spec: IndicatorSpec, _ ctx: ScoringContext) -> (Decimal, String?) {
    var best: (Decimal, String?) = (0, nil)
    for e in entries where ctx.present(e.evidence("evidence")) {
      guard let level = e.text("level"), let key = levelKeys[level] else { continue }
      let v = spec.value(key)
      if v > best.0 { best = (v, level) }
    }
    return best
  }

  /// C21 教联体典型经验或创新做法被市级及以上媒体宣传（3分）。
  /// 评分标准：国家级得3分，省级得2分，市级得1分。（同类取最高分）
  static func c21(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    highestLevel(spec, ctx, entries: "report", what: "媒体宣传", none: "市级及以上媒体宣传")
  }

  /// C22 教联体被评为省级、市级示范教联体，获省级、市级示范推广（3分）。评分标准：省级得3分，市级得1分。
  static func c22(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    var tally = Tally("C22")
    let t = ctx.table("C22")
    var value: Decimal = 0
    var why = "C22.level 未被评为示范教联体"
    if let level = t.text("level"), let key = levelKeys[level] {
      if ctx.present(t.evidence("evidence")) {
        value = spec.value(key)
        why = "C22.level \(level)示范教联体"
      } else {
        why = "C22.evidence \(level)示范教联体命名文件缺失"
      }
    }
    let score = value.clamped(to: spec.points)
    tally.lose(spec.points - score, why)
    return RuleOutcome(score: score, reasons: tally.reasons)
  }

  /// C23 教联体内学校基础教育教学成果获得国家级、省级优秀教学基础教育成果奖（4分）。
  /// 评分标准：获得国家级得4分，省级得3分。
  static func c23(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    highestLevel(spec, ctx, entries: "award", what: "教学成果奖", none: "省级及以上教学成果奖")
  }

  /// C21 and C23: the points of the highest level among the entries `[[Cxx.entries]]` with
  /// present evidence; the reason names the level reached or says none was.
  static func highestLevel(
    _ spec: IndicatorSpec, _ ctx: ScoringContext, entries: String, what: String, none: String
  ) -> RuleOutcome {
    var tally = Tally(spec.code)
    let (value, level) = highest(ctx.table(spec.code).tables(entries), spec, ctx)
    let score = value.clamped(to: spec.points)
    let key = "\(spec.code).\(entries)"
    tally.lose(spec.points - score, level.map { "\(key) 最高为\($0)\(what)" } ?? "\(key) 无有佐证的\(none)")
    return RuleOutcome(score: score, reasons: tally.reasons)
  }
}
