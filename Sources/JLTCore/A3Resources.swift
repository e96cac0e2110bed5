import Foundation

/// A3 资源共享: C10–C15.
enum A3Resources {
  static let rules: [String: Rule] = [
    "C10": c10, "C11": c11, "C12": c12, "C13": c13, "C14": c14, "C15": c15,
  ]

  /// C10 …每学期联合开展1次说课比赛、优质课竞赛、教学基本功展示和作业设计大赛等活动，经常性开展“推门”
  /// 听课评课。（4分）。评分标准：未开展一项活动扣0.5分，未“推门”听课评课扣2分。
  static func c10(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let t = ctx.table("C10")
    var tally = Tally("C10")
    var deductions: [(Decimal, String)] = []
    let activities = [
      ("lesson_talk", "说课比赛"), ("quality_lesson", "优质课竞赛"), ("basic_skills", "教学基本功展示"),
      ("homework_design", "作业设计大赛"),
    ]
    for (termKey, termName) in [("term1", "第一学期"), ("term2", "第二学期")] {
      let term = t.table(termKey) ?? FieldTable()
      for (key, name) in activities where !ctx.present(term.evidence(key)) {
        deductions.append((spec.value("activity_deduction"), "C10.\(termKey).\(key) \(termName)\(name)缺失"))
      }
    }
    if !ctx.present(t.evidence("drop_in")) {
      deductions.append((spec.value("drop_in_deduction"), "\(ctx.label("C10", "drop_in"))缺失"))
    }
    let score = tally.part(spec.points, deductions)
    return RuleOutcome(score: score, reasons: tally.reasons)
  }

  /// C11 …共同开发教学设计、精品课、微课、教学案例等优质教学资源（4分）。每学年至少有一项各成员学校共同
  /// 参与的教研课题（2分）。评分标准：未实现教学共研，推进无成果、无佐证资料各项不得分。
  static func c11(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let t = ctx.table("C11")
    var tally = Tally("C11")
    let part1 = tally.whole(
      spec.value("results_points"), if: ctx.presentCount(t.evidenceList("results")) > 0,
      "C11.results 无有佐证的共同开发教学资源成果")
    var why: [String] = []
    if !ctx.present(t.evidence("project")) { why.append("\(ctx.label("C11", "project"))缺失") }
    let taking = Set(t.texts("project_schools"))
    let absent = ctx.manifest.schools.filter { !taking.contains($0.name) }.map { "“\($0.name)”" }
    if !absent.isEmpty { why.append("C11.project_schools 课题未包含\(absent.joined(separator: "、"))") }
    let part2 = tally.whole(spec.value("project_points"), if: why.isEmpty, why.joined(separator: "，"))
    return RuleOutcome(score: part1 + part2, reasons: tally.reasons)
  }

  /// C12 教联体内统一开展学生学业水平监测，统一质量分析（3分）。评分标准：未开展该项不得分。
  static func c12(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let t = ctx.table("C12")
    var tally = Tally("C12")
    let absent = ["monitoring", "analysis"].filter { !ctx.present(t.evidence($0)) }
    let score = tally.whole(
      spec.points, if: absent.isEmpty, absent.map { "\(ctx.label("C12", $0))缺失" }.joined(separator: "，"))
    return RuleOutcome(score: score, reasons: tally.reasons)
  }

  /// C13 教联体内学生都有机会共享特色课程 (4分)。评分标准：未开发特色课程，此项不得分。
  static func c13(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    var tally = Tally("C13")
    let score = tally.whole(
      spec.points, if: ctx.presentCount(ctx.table("C13").evidenceList("courses")) > 0,
      "C13.courses 无有佐证的共享特色课程")
    return RuleOutcome(score: score, reasons: tally.reasons)
  }

  /// C14 …统一的教联体文化品牌，又能形成“一校一特色”(5分)。…每学期至少组织1次教联体内师生共同参与的
  /// 文化活动或社会实践活动 (3分)。评分标准：学校无特色文化品牌，此项不得分；未组织开展活动不得分。
  static func c14(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    let t = ctx.table("C14")
    var tally = Tally("C14")
    var why: [String] = []
    if !ctx.present(t.evidence("brand")) { why.append("\(ctx.label("C14", "brand"))缺失") }
    let plain = ctx.manifest.schools.filter { !ctx.present($0.fields.evidence("culture_feature")) }
    if !plain.isEmpty {
      why.append("学校\(plain.map { "“\($0.name)”" }.joined(separator: "、")) culture_feature 一校一特色缺失")
    }
    let part1 = tally.whole(spec.value("brand_points"), if: why.isEmpty, "C14 " + why.joined(separator: "，"))
    var terms: [String] = []
    for (key, name) in [("activities_term1", "第一学期"), ("activities_term2", "第二学期")]
    where ctx.presentCount(t.evidenceList(key)) == 0 {
      terms.append("C14.\(key) \(name)无有佐证的师生共同参与活动")
    }
    let part2 = tally.whole(spec.value("activities_points"), if: terms.isEmpty, terms.joined(separator: "，"))
    return RuleOutcome(score: part1 + part2, reasons: tally.reasons)
  }

  /// C15 各教联体学校创建成省、市级特色学校（或特色项目）(5分)。
  /// 评分标准：每创建成1项市级1分，省级2分，同类项目不累计得分。
  static func c15(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
    var tally = Tally("C15")
    var best: [String: Decimal] = [:]
    for honor in ctx.table("C15").tables("honor") where ctx.present(honor.evidence("evidence")) {
      guard let category = honor.text("category"), let level = honor.text("level") else { continue }
      let value = level == "省级" ? spec.value("provincial") : spec.value("municipal")
      best[category] = max(best[category] ?? 0, value)
    }
    let sum = best.values.reduce(0, +)
    let score = sum.clamped(to: spec.points)
    if score < spec.points {
      let list = best.keys.sorted { $0.codePointLess(than: $1) }.map { "\($0)\(best[$0]?.scoreText ?? "0")分" }
      let detail = list.isEmpty ? "无有佐证的省、市级特色学校（项目）" : "特色项目按类别计：" + list.joined(separator: "、")
      tally.lose(spec.points - score, "C15.honor \(detail)")
    }
    return RuleOutcome(score: score, reasons: tally.reasons)
  }
}
