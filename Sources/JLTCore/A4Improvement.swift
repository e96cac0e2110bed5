import Foundation

/// A4 整体提升: C16–C19.
enum A4Improvement {
  static let rules: [String: Rule] = ["C16": increase, "C17": c17, "C18": increase, "C19": increase]

  /// This year's counts; without evidence all three count as 0.
  static func counts(_ code: String, _ ctx: ScoringContext) -> (LevelCounts, evidenced: Bool) {
    let t = ctx.table(code)
    let evidenced = ctx.present(t.evidence("evidence"))
    return (evidenced ? LevelCounts(t) : LevelCounts(national: 0, provincial: 0, municipal: 0), evidenced)
  }

  static func weighted(_ c: LevelCounts, _ spec: IndicatorSpec) -> Decimal {
    spec.value("national") * Decimal(c.national) + spec.value("provincial") * Decimal(c.provincial)
      + spec.value("municipal") * Decimal(c.municipal)
  }

  static func describe(_ c: LevelCounts) -> String {
    "国家级\(c.national)项、省级\(c.provincial)项、市级\(c.municipal)项"
  }

  /// C16 …论文、教学获奖及各种评优评先总数在2021年基础上有所增加 (5分)；C18 …各校取得各级各类综合和
  /// 单项荣誉有所增加 (5分)；C19 …学生在各级各类活动中获奖在2021年基础上有所增加 (5分)。
  /// 评分标准：增加国家级得2分，省级得1分，市级得0.5分。
  static func increase(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let code = spec.code
    var tally = Tally(code)
    let year = ctx.rubric.baselineYear
    guard let base = ctx.baseline?.counts[code] else {
      tally.lose(spec.points, "\(code) 缺少\(year)年基线（baseline.toml 中的 [\(code)]），无法计算增量")
      return RuleOutcome(score: 0, reasons: tally.reasons, warnings: ["缺少\(year)年基线：\(code) 按0分计"])
    }
    let (now, evidenced) = counts(code, ctx)
    let delta = LevelCounts(
      national: max(0, now.national - base.national), provincial: max(0, now.provincial - base.provincial),
      municipal: max(0, now.municipal - base.municipal))
    let raw = weighted(delta, spec)
    let score = raw.clamped(to: spec.points)
    if score < spec.points {
      let source = evidenced ? "" : "（\(code).evidence 缺失，本年项数按0计）"
      tally.lose(
        spec.points - score,
        "\(code).national/provincial/municipal 较\(year)年增加\(describe(delta))\(source)，计\(raw.scoreText)分")
    }
    return RuleOutcome(score: score, reasons: tally.reasons)
  }

  /// C17 成员校交流干部快速成长…本学年度交流干部本人受到市级以上表彰 (5分)。
  /// 评分标准：增加国家级得2分，省级得1分，市级得0.5分。
  static func c17(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    var tally = Tally("C17")
    let (now, evidenced) = counts("C17", ctx)
    let raw = weighted(now, spec)
    let score = raw.clamped(to: spec.points)
    if score < spec.points {
      let source = evidenced ? "" : "（C17.evidence 缺失，项数按0计）"
      tally.lose(
        spec.points - score, "C17.national/provincial/municipal 交流干部受表彰\(describe(now))\(source)，计\(raw.scoreText)分")
    }
    return RuleOutcome(score: score, reasons: tally.reasons)
  }
}
