import Foundation

/// A4 整体提升: C16–C19.
enum A4Improvement {
  static let indicators = [
    increase("C16", "教师论文、教学获奖及评优评先", "教师获奖", baseline: "基线年教师获奖"),
    C17.indicator,
    increase("C18", "学校综合和单项荣誉", "学校荣誉", baseline: "基线年学校荣誉"),
    increase("C19", "学生活动获奖", "学生获奖", baseline: "基线年学生获奖"),
  ]

  static let national = Parameter("national", "2", "国家级每增加1项得分")
  static let provincial = Parameter("provincial", "1", "省级每增加1项得分")
  static let municipal = Parameter("municipal", "0.5", "市级每增加1项得分")
  static let levelParameters = [national, provincial, municipal]

  /// This year's counts of `fields` in the indicator's table; without evidence all three count as 0.
  static func counts(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> (LevelCounts, evidenced: Bool) {
    let t = ctx.table(spec)
    let evidenced = ctx.present(t[LevelCounts.evidence])
    return (evidenced ? LevelCounts(t) : LevelCounts(national: 0, provincial: 0, municipal: 0), evidenced)
  }

  static func weighted(_ c: LevelCounts, _ spec: IndicatorSpec) -> Decimal {
    spec[national] * Decimal(c.national) + spec[provincial] * Decimal(c.provincial)
      + spec[municipal] * Decimal(c.municipal)
  }

  static func describe(_ c: LevelCounts) -> String {
    "国家级\(c.national)项、省级\(c.provincial)项、市级\(c.municipal)项"
  }

  /// C16 …论文、教学获奖及各种评优评先总数在2021年基础上有所增加 (5分)；C18 …各校取得各级各类综合和
  /// 单项荣誉有所增加 (5分)；C19 …学生在各级各类活动中获奖在2021年基础上有所增加 (5分)。
  /// 评分标准：增加国家级得2分，省级得1分，市级得0.5分。
  static func increase(_ code: String, _ what: String, _ meaning: String, baseline: String) -> Indicator {
    let baselineTable = Field.table(code, LevelCounts.fields(baseline), "基线年 \(code)", file: .baseline)
    return Indicator(
      code: code, table: .table(code, LevelCounts.fields(what), meaning), baselineTable: baselineTable,
      parameters: levelParameters,
      words:
        "与基线年相比的增加数（每级 max(0, 本年 − 基线)）：{national} × 国家级 + {provincial} × 省级 + {municipal} × 市级，最多{points}分；缺基线时0分并警告。",
      rule: { spec, ctx in increaseRule(spec, ctx, baselineTable: baselineTable) })
  }

  static func increaseRule(_ spec: IndicatorSpec, _ ctx: ScoringContext, baselineTable: Field<FieldTable>)
    -> RuleOutcome
  {
    let code = spec.code
    var tally = Tally(code)
    let year = ctx.rubric.baselineYear
    guard let base = ctx.baseline?.counts[code] else {
      tally.lose(spec.points, "\(code) 缺少\(year)年基线（baseline.toml 中的 [\(code)]），无法计算增量")
      return RuleOutcome(
        score: 0, reasons: tally.reasons,
        warnings: [RuleWarning("缺少\(year)年基线：\(code) 按0分计", about: baselineTable)])
    }
    let (now, evidenced) = counts(spec, ctx)
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
  enum C17 {
    static let indicator = Indicator(
      code: "C17", table: .table("C17", LevelCounts.fields("交流干部受表彰"), "交流干部表彰"),
      parameters: levelParameters,
      words:
        "本学年交流干部受表彰：{national} × national + {provincial} × provincial + {municipal} × municipal，最多{points}分（无 evidence 时均按0计）。",
      rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      var tally = Tally(spec.code)
      let (now, evidenced) = counts(spec, ctx)
      let raw = weighted(now, spec)
      let score = raw.clamped(to: spec.points)
      if score < spec.points {
        let source = evidenced ? "" : "（C17.evidence 缺失，项数按0计）"
        tally.lose(
          spec.points - score,
          "C17.national/provincial/municipal 交流干部受表彰\(describe(now))\(source)，计\(raw.scoreText)分")
      }
      return RuleOutcome(score: score, reasons: tally.reasons)
    }
  }
}

/// Counts by level for C16–C19, in a manifest or baseline table of these keys.
public struct LevelCounts: Sendable, Equatable {
  public var national: Int
  public var provincial: Int
  public var municipal: Int

  public init(national: Int, provincial: Int, municipal: Int) {
    self.national = national
    self.provincial = provincial
    self.municipal = municipal
  }

  init(_ table: FieldTable) {
    self.init(
      national: table[Self.national] ?? 0, provincial: table[Self.provincial] ?? 0,
      municipal: table[Self.municipal] ?? 0)
  }

  static let national = Field.count("national", "国家级项数")
  static let provincial = Field.count("provincial", "省级项数")
  static let municipal = Field.count("municipal", "市级项数")
  static let evidence = Field.evidence("evidence", "清单及证书")

  /// The keys of a counts table, their meanings naming what is counted.
  static func fields(_ what: String) -> [FieldSpec] {
    [national.spec, provincial.spec, municipal.spec, evidence.spec].map { spec in
      var spec = spec
      spec.meaning = what + spec.meaning
      return spec
    }
  }
}
