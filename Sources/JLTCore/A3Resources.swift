import Foundation

/// A3 资源共享: C10–C15.
enum A3Resources {
  static let indicators = [
    C10.indicator, C11.indicator, C12.indicator, C13.indicator, C14.indicator, C15.indicator,
  ]

  /// C10 …每学期联合开展1次说课比赛、优质课竞赛、教学基本功展示和作业设计大赛等活动，经常性开展“推门”
  /// 听课评课。（4分）。评分标准：未开展一项活动扣0.5分，未“推门”听课评课扣2分。
  enum C10 {
    static let activities: [Field<EvidenceRef>] = [
      .evidence("lesson_talk", "说课比赛"), .evidence("quality_lesson", "优质课竞赛"),
      .evidence("basic_skills", "教学基本功展示"), .evidence("homework_design", "作业设计大赛"),
    ]
    static let dropIn = Field.evidence("drop_in", "经常性开展“推门”听课评课")
    static let term1 = Field.table("term1", activities.map(\.spec), "第一学期联合教研活动")
    static let term2 = Field.table("term2", activities.map(\.spec), "第二学期联合教研活动")

    static let activityDeduction = Parameter("activity_deduction", "0.5", "两学期8项活动每缺一项扣分")
    static let dropInDeduction = Parameter("drop_in_deduction", "2", "未经常性开展“推门”听课评课扣分")

    static let indicator = Indicator(
      code: "C10", table: .table("C10", [dropIn.spec, term1.spec, term2.spec], "教研活动"),
      parameters: [activityDeduction, dropInDeduction],
      words:
        "满分{points}分起扣：term1、term2 的 lesson_talk、quality_lesson、basic_skills、homework_design 每缺一项扣{activity_deduction}分；drop_in 缺扣{drop_in_deduction}分。",
      rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      let t = ctx.table(spec)
      var tally = Tally(spec.code)
      var deductions: [(Decimal, String)] = []
      for (termField, termName) in [(term1, "第一学期"), (term2, "第二学期")] {
        let term = t[table: termField]
        for field in activities where !ctx.present(term[field]) {
          deductions.append(
            (spec[activityDeduction], "C10.\(termField.key).\(field.key) \(termName)\(field.meaning)缺失"))
        }
      }
      if !ctx.present(t[dropIn]) {
        deductions.append((spec[dropInDeduction], "\(spec.label(dropIn))缺失"))
      }
      let score = tally.part(spec.points, deductions)
      return RuleOutcome(score: score, reasons: tally.reasons)
    }
  }

  /// C11 …共同开发教学设计、精品课、微课、教学案例等优质教学资源（4分）。每学年至少有一项各成员学校共同
  /// 参与的教研课题（2分）。评分标准：未实现教学共研，推进无成果、无佐证资料各项不得分。
  enum C11 {
    static let results = Field.evidenceList("results", "共同开发的教学设计、精品课、微课、教学案例、课题成果")
    static let project = Field.evidence("project", "本学年各校共同参与的教研课题")
    static let projectSchools = Field.schoolNames("project_schools", "参与课题的学校")

    static let resultsPoints = Parameter("results_points", "4", "共同开发的优质教学资源分值")
    static let projectPoints = Parameter("project_points", "2", "各校共同参与的教研课题分值")

    static let table = Field.table("C11", [results.spec, project.spec, projectSchools.spec], "教学共研")

    static let indicator = Indicator(
      code: "C11", table: table,
      parameters: [resultsPoints, projectPoints], parts: [resultsPoints, projectPoints],
      words: "results 至少一项有得{results_points}分；project 有且 project_schools 包含每所学校得{project_points}分。",
      rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      let t = ctx.table(spec)
      var tally = Tally(spec.code)
      let part1 = tally.whole(
        spec[resultsPoints], if: ctx.presentCount(t[list: results]) > 0, "C11.results 无有佐证的共同开发教学资源成果")
      var why: [String] = []
      if !ctx.present(t[project]) { why.append("\(spec.label(project))缺失") }
      let taking = Set(t[list: projectSchools])
      let absent = ctx.manifest.schools.filter { !taking.contains($0.name) }.map { "“\($0.name)”" }
      if !absent.isEmpty { why.append("C11.project_schools 课题未包含\(absent.joined(separator: "、"))") }
      let part2 = tally.whole(spec[projectPoints], if: why.isEmpty, why.joined(separator: "，"))
      return RuleOutcome(score: part1 + part2, reasons: tally.reasons)
    }
  }

  /// C12 教联体内统一开展学生学业水平监测，统一质量分析（3分）。评分标准：未开展该项不得分。
  enum C12 {
    static let monitoring = Field.evidence("monitoring", "统一学业水平监测")
    static let analysis = Field.evidence("analysis", "统一质量分析")

    static let indicator = Indicator(
      code: "C12", table: .table("C12", [monitoring.spec, analysis.spec], "质量监测"),
      words: "monitoring 与 analysis 都有得{points}分，否则0分。", rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      let t = ctx.table(spec)
      var tally = Tally(spec.code)
      let absent = [monitoring, analysis].filter { !ctx.present(t[$0]) }
      let score = tally.whole(
        spec.points, if: absent.isEmpty, absent.map { "\(spec.label($0))缺失" }.joined(separator: "，"))
      return RuleOutcome(score: score, reasons: tally.reasons)
    }
  }

  /// C13 教联体内学生都有机会共享特色课程 (4分)。评分标准：未开发特色课程，此项不得分。
  enum C13 {
    static let courses = Field.evidenceList("courses", "教联体共享的特色课程")

    static let indicator = Indicator(
      code: "C13", table: .table("C13", [courses.spec], "特色课程"),
      words: "courses 至少一项有得{points}分，否则0分。", rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      var tally = Tally(spec.code)
      let score = tally.whole(
        spec.points, if: ctx.presentCount(ctx.table(spec)[list: courses]) > 0, "C13.courses 无有佐证的共享特色课程")
      return RuleOutcome(score: score, reasons: tally.reasons)
    }
  }

  /// C14 …统一的教联体文化品牌，又能形成“一校一特色”(5分)。…每学期至少组织1次教联体内师生共同参与的
  /// 文化活动或社会实践活动 (3分)。评分标准：学校无特色文化品牌，此项不得分；未组织开展活动不得分。
  enum C14 {
    static let brand = Field.evidence("brand", "统一的教联体文化品牌")
    static let activitiesTerm1 = Field.evidenceList("activities_term1", "第一学期师生共同参与的文化或社会实践活动")
    static let activitiesTerm2 = Field.evidenceList("activities_term2", "第二学期师生共同参与的文化或社会实践活动")
    /// In every school's `[[school]]`.
    static let cultureFeature = Field.evidence("culture_feature", "一校一特色（C14）")

    static let brandPoints = Parameter("brand_points", "5", "文化品牌与一校一特色分值")
    static let activitiesPoints = Parameter("activities_points", "3", "两学期师生共同参与活动分值")

    static let indicator = Indicator(
      code: "C14", table: .table("C14", [brand.spec, activitiesTerm1.spec, activitiesTerm2.spec], "文化共生"),
      schoolFields: [cultureFeature.spec],
      parameters: [brandPoints, activitiesPoints], parts: [brandPoints, activitiesPoints],
      words:
        "brand 有且每所学校都有 culture_feature 得{brand_points}分；activities_term1 与 activities_term2 各至少一项有得{activities_points}分。",
      check: { t, _ in ManifestProblem.sameRecordInBothTerms(t, activitiesTerm1, activitiesTerm2) }, rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      let t = ctx.table(spec)
      var tally = Tally(spec.code)
      var why: [String] = []
      if !ctx.present(t[brand]) { why.append("\(spec.label(brand))缺失") }
      let plain = ctx.manifest.schools.filter { !ctx.present($0.fields[cultureFeature]) }
      if !plain.isEmpty {
        why.append("学校\(plain.map { "“\($0.name)”" }.joined(separator: "、")) culture_feature 一校一特色缺失")
      }
      let part1 = tally.whole(spec[brandPoints], if: why.isEmpty, "C14 " + why.joined(separator: "，"))
      var terms: [String] = []
      for (field, name) in [(activitiesTerm1, "第一学期"), (activitiesTerm2, "第二学期")]
      where ctx.presentCount(t[list: field]) == 0 {
        terms.append("C14.\(field.key) \(name)无有佐证的师生共同参与活动")
      }
      let part2 = tally.whole(spec[activitiesPoints], if: terms.isEmpty, terms.joined(separator: "，"))
      return RuleOutcome(score: part1 + part2, reasons: tally.reasons)
    }
  }

  /// C15 各教联体学校创建成省、市级特色学校（或特色项目）(5分)。
  /// 评分标准：每创建成1项市级1分，省级2分，同类项目不累计得分。
  enum C15 {
    static let school = Field.schoolName("school", "获评学校")
    static let category = Field.text("category", "特色项目类别（同类不累计）")
    static let level = Field.choice("level", ["省级", "市级"], "省级或市级")
    static let evidence = Field.evidence("evidence", "命名文件或证书")
    static let honor = Field.tables(
      "honor", [school.spec, category.spec, level.spec, evidence.spec], "省、市级特色学校（特色项目），每项一个 [[C15.honor]]")

    static let provincial = Parameter("provincial", "2", "省级特色学校（项目）每类得分")
    static let municipal = Parameter("municipal", "1", "市级特色学校（项目）每类得分")

    static let table = Field.table("C15", [honor.spec], "特色学校")

    static let indicator = Indicator(
      code: "C15", table: table, parameters: [provincial, municipal],
      words: "按 category 分类，每类取有佐证的最高级别（省级{provincial}分，市级{municipal}分），各类相加，最多{points}分；同类不累计。",
      rule: rule)

    /// The honors with present evidence.
    static func presentHonors(_ ctx: ScoringContext, _ spec: IndicatorSpec) -> [FieldTable] {
      ctx.table(spec)[list: honor].filter { ctx.present($0[evidence]) }
    }

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      var tally = Tally(spec.code)
      var best: [String: Decimal] = [:]
      for h in presentHonors(ctx, spec) {
        guard let category = h[category], let level = h[level] else { continue }
        let value = level == "省级" ? spec[provincial] : spec[municipal]
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
}
