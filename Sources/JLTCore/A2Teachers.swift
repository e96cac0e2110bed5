import Foundation

/// A2 师资共育: C4–C9.
enum A2Teachers {
  static let rules: [String: Rule] = ["C4": c4, "C5": c5, "C6": c6, "C7": c7, "C8": c8, "C9": c9]

  /// C4 制定教联体教师管理办法（1分），建立教联体学校教师交流和考核激励等两项制度（3分）。
  /// 评分标准：未建立管理办法和有关制度此项不得分。
  static func c4(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let t = ctx.table("C4")
    var tally = Tally("C4")
    let part1 = tally.whole(
      spec.value("management_points"), if: ctx.present(t.evidence("teacher_management")),
      "\(ctx.label("C4", "teacher_management"))缺失")
    let absent = ["exchange_system", "incentive_system"].filter { !ctx.present(t.evidence($0)) }
    let part2 = tally.whole(
      spec.value("systems_points"), if: absent.isEmpty,
      absent.map { "\(ctx.label("C4", $0))缺失" }.joined(separator: "，") + "，两项制度不全")
    return RuleOutcome(score: part1 + part2, reasons: tally.reasons)
  }

  /// C5 融合型…统一调配…共建型通过教师交流、跨校兼课、师徒结对、一对一帮扶等形式…交流教师比例每学年
  /// 不得低于20%。（8分）。教师交流周期至少为1年（2分）。评分标准：按完成比例计分。
  static func c5(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let t = ctx.table("C5")
    var tally = Tally("C5")
    let ratioPoints = spec.value("ratio_points")
    let cyclePoints = spec.value("cycle_points")
    let target = spec.value("ratio_target")
    switch ctx.manifest.type {
    case .fused where !ctx.present(t.evidence("unified_deployment")):
      tally.lose(spec.points, "\(ctx.label("C5", "unified_deployment"))缺失，融合型未实行统一调配，本项不得分")
      return RuleOutcome(score: 0, reasons: tally.reasons)
    case .cooperative where t.texts("forms").isEmpty:
      tally.lose(spec.points, "C5.forms 共建型未填写交流形式，本项不得分")
      return RuleOutcome(score: 0, reasons: tally.reasons)
    default: break
    }
    guard ctx.present(t.evidence("roster")) else {
      tally.lose(spec.points, "\(ctx.label("C5", "roster"))缺失，交流人数按0计")
      return RuleOutcome(score: 0, reasons: tally.reasons)
    }
    let exchanged = Decimal(t.integer("exchanged") ?? 0)
    let oneYear = Decimal(t.integer("exchanged_one_year") ?? 0)
    let teachers = Decimal(ctx.manifest.totalTeachers)
    // part 1 = 8 × min(1, ratio / 0.20), with ratio = exchanged / Σ teachers
    var part1 = ratioPoints
    if teachers > 0, target > 0 {
      part1 = min(ratioPoints, ratioPoints * exchanged / (teachers * target))
    }
    if part1 < ratioPoints {
      let percent = teachers > 0 ? (exchanged * 100 / teachers).roundedToHundredths() : 0
      tally.lose(
        ratioPoints - part1,
        "C5.exchanged 交流教师\(exchanged.scoreText)人，占教师总数\(teachers.scoreText)人的\(percent.scoreText)%，低于\((target * 100).scoreText)%"
      )
    }
    // part 2 = 2 × exchanged_one_year / exchanged (0 if exchanged = 0)
    let part2 = exchanged > 0 ? cyclePoints * oneYear / exchanged : 0
    if part2 < cyclePoints {
      tally.lose(
        cyclePoints - part2,
        exchanged > 0
          ? "C5.exchanged_one_year 交流周期满1年的\(oneYear.scoreText)人，占交流教师\(exchanged.scoreText)人的\((oneYear * 100 / exchanged).roundedToHundredths().scoreText)%"
          : "C5.exchanged 本学年无交流教师，交流周期部分不得分")
    }
    return RuleOutcome(score: part1.clamped(to: ratioPoints) + part2.clamped(to: cyclePoints), reasons: tally.reasons)
  }

  /// C6 体育、音乐、美术、信息技术、心理健康、生命安全等紧缺学科教师，实行统一管理、打通使用…（5分）。
  /// 评分标准：未建立紧缺学科师资共享，此项不得分。
  static func c6(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let t = ctx.table("C6")
    var tally = Tally("C6")
    var why: [String] = []
    if !ctx.present(t.evidence("sharing_scheme")) { why.append("\(ctx.label("C6", "sharing_scheme"))缺失") }
    if t.texts("subjects").isEmpty { why.append("C6.subjects 未填写共享的紧缺学科") }
    let score = tally.whole(spec.points, if: why.isEmpty, why.joined(separator: "，") + "，此项不得分")
    return RuleOutcome(score: score, reasons: tally.reasons)
  }

  /// C7 将教联体内教职工到农村学校、薄弱学校任职任教的经历和表现作为申报中高级教师职称…的必要条件（5分）。
  /// 评分标准：未执行不得分。
  static func c7(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    var tally = Tally("C7")
    let score = tally.whole(
      spec.points, if: ctx.present(ctx.table("C7").evidence("title_rule")),
      "\(ctx.label("C7", "title_rule"))缺失，视为未执行")
    return RuleOutcome(score: score, reasons: tally.reasons)
  }

  /// C8 校本培训成员学校全覆盖，通过线上线下相结合的方式，构建成员校教师培训一体化体系（2分）。
  /// 评分标准：未建立一体化培训体系，此项不得分。
  static func c8(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let t = ctx.table("C8")
    var tally = Tally("C8")
    var why: [String] = []
    if !ctx.present(t.evidence("training_system")) { why.append("\(ctx.label("C8", "training_system"))缺失") }
    let covered = Set(t.texts("covered"))
    let uncovered = ctx.manifest.memberSchools.filter { !covered.contains($0.name) }.map { "“\($0.name)”" }
    if !uncovered.isEmpty { why.append("C8.covered 校本培训未覆盖成员校\(uncovered.joined(separator: "、"))") }
    let score = tally.whole(spec.points, if: why.isEmpty, why.joined(separator: "，"))
    return RuleOutcome(score: score, reasons: tally.reasons)
  }

  /// C9 交流到教联体内农村学校的教师…其他专项补贴参照上级相关文件精神执行（4分）。
  /// 评分标准：未足额落实补贴，此项不得分。
  static func c9(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let t = ctx.table("C9")
    var tally = Tally("C9")
    let due = t.number("subsidy_due") ?? 0
    let paid = t.number("subsidy_paid") ?? 0
    var why: [String] = []
    if !ctx.present(t.evidence("ledger")) { why.append("\(ctx.label("C9", "ledger"))缺失") }
    if paid < due {
      why.append("C9.subsidy_paid 实发补贴\(paid.scoreText)元，少于应发\(due.scoreText)元，未足额落实")
    }
    let score = tally.whole(spec.points, if: why.isEmpty, why.joined(separator: "，"))
    return RuleOutcome(score: score, reasons: tally.reasons)
  }
}
