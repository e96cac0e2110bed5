import Foundation

/// A2 师资共育: C4–C9.
enum A2Teachers {
  static let indicators = [C4.indicator, C5.indicator, C6.indicator, C7.indicator, C8.indicator, C9.indicator]

  /// C4 制定教联体教师管理办法（1分），建立教联体学校教师交流和考核激励等两项制度（3分）。
  /// 评分标准：未建立管理办法和有关制度此项不得分。
  enum C4 {
    static let teacherManagement = Field.evidence("teacher_management", "教联体教师管理办法")
    static let exchangeSystem = Field.evidence("exchange_system", "教师交流制度")
    static let incentiveSystem = Field.evidence("incentive_system", "考核激励制度")

    static let managementPoints = Parameter("management_points", "1", "教师管理办法分值")
    static let systemsPoints = Parameter("systems_points", "3", "教师交流制度和考核激励制度（两项齐全）分值")

    static let indicator = Indicator(
      code: "C4",
      table: .table("C4", [teacherManagement.spec, exchangeSystem.spec, incentiveSystem.spec], "教师管理制度"),
      parameters: [managementPoints, systemsPoints], parts: [managementPoints, systemsPoints],
      words: "teacher_management 有得{management_points}分；exchange_system 与 incentive_system 都有得{systems_points}分。",
      rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      let t = ctx.table(spec)
      var tally = Tally(spec.code)
      let part1 = tally.whole(
        spec[managementPoints], if: ctx.present(t[teacherManagement]), "\(spec.label(teacherManagement))缺失")
      let absent = [exchangeSystem, incentiveSystem].filter { !ctx.present(t[$0]) }
      let part2 = tally.whole(
        spec[systemsPoints], if: absent.isEmpty,
        absent.map { "\(spec.label($0))缺失" }.joined(separator: "，") + "，两项制度不全")
      return RuleOutcome(score: part1 + part2, reasons: tally.reasons)
    }
  }

  /// C5 融合型…统一调配…共建型通过教师交流、跨校兼课、师徒结对、一对一帮扶等形式…交流教师比例每学年
  /// 不得低于20%。（8分）。教师交流周期至少为1年（2分）。评分标准：按完成比例计分。
  enum C5 {
    static let exchangeForms = ["教师交流", "跨校兼课", "师徒结对", "一对一帮扶"]

    static let exchanged = Field.count("exchanged", "本学年交流教师人数")
    static let exchangedOneYear = Field.count("exchanged_one_year", "其中交流周期不少于1年的人数")
    static let roster = Field.evidence("roster", "交流教师花名册")
    static let unifiedDeployment = Field.evidence(
      "unified_deployment", "融合型：干部教师统一调配文件", for: .allianceType(.fused))
    static let forms = Field.choices("forms", exchangeForms, "共建型：交流形式", for: .allianceType(.cooperative))

    static let ratioPoints = Parameter("ratio_points", "8", "交流比例部分分值")
    static let cyclePoints = Parameter("cycle_points", "2", "交流周期至少1年部分分值")
    static let ratioTarget = Parameter("ratio_target", "0.20", "交流教师比例目标（占教联体教师总数）", bound: .fraction)

    static let indicator = Indicator(
      code: "C5",
      table: .table(
        "C5", [exchanged.spec, exchangedOneYear.spec, roster.spec, unifiedDeployment.spec, forms.spec], "教师交流"),
      parameters: [ratioPoints, cyclePoints, ratioTarget], parts: [ratioPoints, cyclePoints],
      words:
        "门槛：融合型须有 unified_deployment，共建型须至少有一种有效交流形式（forms），且须有 roster，否则0分。比例 = exchanged ÷ 各校 teachers 之和；第一部分 = {ratio_points} × min(1, 比例 ÷ {ratio_target%})；第二部分 = {cycle_points} × exchanged_one_year ÷ exchanged（exchanged 为0时0分）。",
      check: check, rule: rule)

    /// exchanged ≤ Σ teachers; exchanged_one_year ≤ exchanged (SPEC §6).
    static func check(_ t: FieldTable, _ schools: [School]) -> [ManifestProblem] {
      var out: [ManifestProblem] = []
      let total = schools.reduce(0) { $0 + $1.teachers }
      if let n = t[exchanged], !schools.isEmpty, n > total {
        out.append(ManifestProblem("C5.exchanged = \(n) 超过了各校教师总数 \(total)", at: exchanged))
      }
      // A rejected `exchanged` already has its error; do not compare against it as 0.
      let exchangedRejected = t.line(of: exchanged) != nil && t[exchanged] == nil
      if let oneYear = t[exchangedOneYear], !exchangedRejected {
        let n = t[exchanged] ?? 0
        if oneYear > n {
          out.append(
            ManifestProblem(
              "C5.exchanged_one_year = \(oneYear) 超过了交流教师人数 C5.exchanged = \(n)", at: exchangedOneYear))
        }
      }
      return out
    }

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      let t = ctx.table(spec)
      var tally = Tally(spec.code)
      let ratioPoints = spec[ratioPoints]
      let cyclePoints = spec[cyclePoints]
      let target = spec[ratioTarget]
      switch ctx.manifest.type {
      case .fused where !ctx.present(t[unifiedDeployment]):
        tally.lose(spec.points, "\(spec.label(unifiedDeployment))缺失，融合型未实行统一调配，本项不得分")
        return RuleOutcome(score: 0, reasons: tally.reasons)
      case .cooperative where t[list: forms].isEmpty:
        tally.lose(spec.points, "C5.forms 共建型未填写交流形式，本项不得分")
        return RuleOutcome(score: 0, reasons: tally.reasons)
      default: break
      }
      guard ctx.present(t[roster]) else {
        tally.lose(spec.points, "\(spec.label(roster))缺失，交流人数按0计")
        return RuleOutcome(score: 0, reasons: tally.reasons)
      }
      let exchanged = Decimal(t[exchanged] ?? 0)
      let oneYear = Decimal(t[exchangedOneYear] ?? 0)
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
      return RuleOutcome(
        score: part1.clamped(to: ratioPoints) + part2.clamped(to: cyclePoints), reasons: tally.reasons)
    }
  }

  /// C6 体育、音乐、美术、信息技术、心理健康、生命安全等紧缺学科教师，实行统一管理、打通使用…（5分）。
  /// 评分标准：未建立紧缺学科师资共享，此项不得分。
  enum C6 {
    static let subjectNames = ["体育", "音乐", "美术", "信息技术", "心理健康", "生命安全"]

    static let sharingScheme = Field.evidence("sharing_scheme", "紧缺学科教师统一管理、打通使用方案")
    static let subjects = Field.choices("subjects", subjectNames, "共享的紧缺学科")

    static let indicator = Indicator(
      code: "C6", table: .table("C6", [sharingScheme.spec, subjects.spec], "紧缺学科师资共享"),
      words: "sharing_scheme 有且 subjects 非空得{points}分，否则0分。", rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      let t = ctx.table(spec)
      var tally = Tally(spec.code)
      var why: [String] = []
      if !ctx.present(t[sharingScheme]) { why.append("\(spec.label(sharingScheme))缺失") }
      if t[list: subjects].isEmpty { why.append("C6.subjects 未填写共享的紧缺学科") }
      let score = tally.whole(spec.points, if: why.isEmpty, why.joined(separator: "，") + "，此项不得分")
      return RuleOutcome(score: score, reasons: tally.reasons)
    }
  }

  /// C7 将教联体内教职工到农村学校、薄弱学校任职任教的经历和表现作为申报中高级教师职称…的必要条件（5分）。
  /// 评分标准：未执行不得分。
  enum C7 {
    static let titleRule = Field.evidence("title_rule", "农村/薄弱学校任教经历作为职称评审必要条件的执行文件")

    static let indicator = Indicator(
      code: "C7", table: .table("C7", [titleRule.spec], "职称评审条件"),
      words: "title_rule 有得{points}分，否则0分。", rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      var tally = Tally(spec.code)
      let score = tally.whole(
        spec.points, if: ctx.present(ctx.table(spec)[titleRule]), "\(spec.label(titleRule))缺失，视为未执行")
      return RuleOutcome(score: score, reasons: tally.reasons)
    }
  }

  /// C8 校本培训成员学校全覆盖，通过线上线下相结合的方式，构建成员校教师培训一体化体系（2分）。
  /// 评分标准：未建立一体化培训体系，此项不得分。
  enum C8 {
    static let trainingSystem = Field.evidence("training_system", "一体化培训体系")
    static let covered = Field.schoolNames("covered", "校本培训覆盖的成员校")

    static let table = Field.table("C8", [trainingSystem.spec, covered.spec], "校本培训")

    static let indicator = Indicator(
      code: "C8", table: table,
      words: "training_system 有且 covered 包含每所成员校得{points}分，否则0分（无成员校时覆盖视为达到）。", rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      let t = ctx.table(spec)
      var tally = Tally(spec.code)
      var why: [String] = []
      if !ctx.present(t[trainingSystem]) { why.append("\(spec.label(trainingSystem))缺失") }
      let names = Set(t[list: covered])
      let uncovered = ctx.manifest.memberSchools.filter { !names.contains($0.name) }.map { "“\($0.name)”" }
      if !uncovered.isEmpty { why.append("C8.covered 校本培训未覆盖成员校\(uncovered.joined(separator: "、"))") }
      let score = tally.whole(spec.points, if: why.isEmpty, why.joined(separator: "，"))
      return RuleOutcome(score: score, reasons: tally.reasons)
    }
  }

  /// C9 交流到教联体内农村学校的教师…其他专项补贴参照上级相关文件精神执行（4分）。
  /// 评分标准：未足额落实补贴，此项不得分。
  enum C9 {
    static let subsidyDue = Field.money("subsidy_due", "交流到农村学校教师应发补贴（元）")
    static let subsidyPaid = Field.money("subsidy_paid", "实发补贴（元）")
    static let ledger = Field.evidence("ledger", "补贴发放台账")

    static let indicator = Indicator(
      code: "C9", table: .table("C9", [subsidyDue.spec, subsidyPaid.spec, ledger.spec], "交流教师补贴"),
      words: "ledger 有且 subsidy_paid ≥ subsidy_due 得{points}分，否则0分。", rule: rule)

    static func rule(_ spec: IndicatorSpec, _ ctx: ScoringContext) -> RuleOutcome {
      let t = ctx.table(spec)
      var tally = Tally(spec.code)
      let due = t[subsidyDue] ?? 0
      let paid = t[subsidyPaid] ?? 0
      var why: [String] = []
      if !ctx.present(t[ledger]) { why.append("\(spec.label(ledger))缺失") }
      if paid < due {
        why.append("C9.subsidy_paid 实发补贴\(paid.scoreText)元，少于应发\(due.scoreText)元，未足额落实")
      }
      let score = tally.whole(spec.points, if: why.isEmpty, why.joined(separator: "，"))
      return RuleOutcome(score: score, reasons: tally.reasons)
    }
  }
}
