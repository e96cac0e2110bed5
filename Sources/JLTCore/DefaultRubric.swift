import Foundation

/// The built-in rubric: the Suizhou trial standard (SPEC §3). Texts come from the official
/// table; every number a rule uses is listed here, once, so that rubric files can replace it.
extension Rubric {
  public static let suizhouTrial: Rubric = {
    let rows = StandardTable.rows
    var groups: [GroupSpec] = []
    var indicators: [IndicatorSpec] = []
    for row in rows {
      if !groups.contains(where: { $0.code == row.aCode }) {
        groups.append(GroupSpec(code: row.aCode, name: row.aName, points: row.aPoints))
      }
      let rule = DefaultRules.table[row.cCode] ?? DefaultRules.Entry(parameters: [], words: "")
      indicators.append(
        IndicatorSpec(
          code: row.cCode, group: row.aCode, secondCode: row.bCode, secondName: row.bName,
          text: row.cText, ruleText: row.ruleText, target: row.target, method: row.method,
          points: row.cPoints,
          parameters: rule.parameters.map { RuleParameter(key: $0.0, value: $0.1, meaning: $0.2) },
          ruleInWords: rule.words))
    }
    return Rubric(
      name: "随州市教联体建设考核评价办法（试行）",
      baselineYear: 2021,
      groups: groups,
      indicators: indicators,
      grades: [
        GradeBand(name: "优秀", minimum: 85),
        GradeBand(name: "良好", minimum: 75),
        GradeBand(name: "合格", minimum: 60),
        GradeBand(name: "不合格", minimum: 0),
      ],
      applicable: [:])
  }()
}

/// The numbers and wording of each default rule (SPEC §3 table).
enum DefaultRules {
  struct Entry {
    var parameters: [(String, Decimal, String)]
    var words: String
  }

  private static func d(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0
  }

  static let table: [String: Entry] = [
    "C1": Entry(
      parameters: [
        ("system_deduction", d("0.5"), "章程、机构设置、人员安排、党建指导缺一项扣分"),
        ("unity_deduction", 1, "无班子成员团结的评审记录扣分"),
        ("morale_deduction", 1, "无教师精神状态良好的评审记录扣分"),
        ("satisfaction_threshold", 60, "家长满意度最低百分比"),
        ("satisfaction_deduction", 1, "家长满意度低于最低值、未填或无问卷佐证扣分"),
      ],
      words:
        "满分{points}分起扣：charter、organization、staffing、party_building 每缺一项扣{system_deduction}分；leadership_unity 缺扣{unity_deduction}分；teacher_morale 缺扣{morale_deduction}分；parent_satisfaction 低于{satisfaction_threshold}%、未填或 parent_survey 缺扣{satisfaction_deduction}分。"
    ),
    "C2": Entry(
      parameters: [
        ("plan_deduction", d("0.5"), "教联体发展规划、年度计划、总结缺一项扣分"),
        ("member_deduction", d("0.5"), "每所成员校年度计划、总结缺一项扣分"),
      ],
      words:
        "满分{points}分起扣：development_plan、annual_plan、annual_summary 每缺一项扣{plan_deduction}分；每所成员校的 annual_plan、annual_summary 每缺一项扣{member_deduction}分。"
    ),
    "C3": Entry(
      parameters: [
        ("meetings_points", d("1.5"), "第一部分（例会）分值"),
        ("principals_points", d("1.5"), "第二部分（成员校校长参加办公会）分值"),
        ("meetings_per_term", 3, "每学期应召开例会次数"),
        ("meeting_deduction", d("0.5"), "每少一次例会扣分"),
      ],
      words:
        "第一部分{meetings_points}分：两学期有记录的例会都为0次得0分，否则每学期少于{meetings_per_term}次的，每少一次扣{meeting_deduction}分；第二部分{principals_points}分：每所成员校都有 principal_meeting_records 得满分，否则0分。"
    ),
    "C4": Entry(
      parameters: [
        ("management_points", 1, "教师管理办法分值"),
        ("systems_points", 3, "教师交流制度和考核激励制度（两项齐全）分值"),
      ],
      words: "teacher_management 有得{management_points}分；exchange_system 与 incentive_system 都有得{systems_points}分。"
    ),
    "C5": Entry(
      parameters: [
        ("ratio_points", 8, "交流比例部分分值"),
        ("cycle_points", 2, "交流周期至少1年部分分值"),
        ("ratio_target", d("0.20"), "交流教师比例目标（占教联体教师总数）"),
      ],
      words:
        "门槛：融合型须有 unified_deployment，共建型须至少有一种有效交流形式（forms），且须有 roster，否则0分。比例 = exchanged ÷ 各校 teachers 之和；第一部分 = {ratio_points} × min(1, 比例 ÷ {ratio_target%})；第二部分 = {cycle_points} × exchanged_one_year ÷ exchanged（exchanged 为0时0分）。"
    ),
    "C6": Entry(
      parameters: [], words: "sharing_scheme 有且 subjects 非空得{points}分，否则0分。"),
    "C7": Entry(parameters: [], words: "title_rule 有得{points}分，否则0分。"),
    "C8": Entry(
      parameters: [],
      words: "training_system 有且 covered 包含每所成员校得{points}分，否则0分（无成员校时覆盖视为达到）。"),
    "C9": Entry(
      parameters: [], words: "ledger 有且 subsidy_paid ≥ subsidy_due 得{points}分，否则0分。"),
    "C10": Entry(
      parameters: [
        ("activity_deduction", d("0.5"), "两学期8项活动每缺一项扣分"),
        ("drop_in_deduction", 2, "未经常性开展“推门”听课评课扣分"),
      ],
      words:
        "满分{points}分起扣：term1、term2 的 lesson_talk、quality_lesson、basic_skills、homework_design 每缺一项扣{activity_deduction}分；drop_in 缺扣{drop_in_deduction}分。"
    ),
    "C11": Entry(
      parameters: [
        ("results_points", 4, "共同开发的优质教学资源分值"),
        ("project_points", 2, "各校共同参与的教研课题分值"),
      ],
      words: "results 至少一项有得{results_points}分；project 有且 project_schools 包含每所学校得{project_points}分。"
    ),
    "C12": Entry(
      parameters: [], words: "monitoring 与 analysis 都有得{points}分，否则0分。"),
    "C13": Entry(parameters: [], words: "courses 至少一项有得{points}分，否则0分。"),
    "C14": Entry(
      parameters: [
        ("brand_points", 5, "文化品牌与一校一特色分值"),
        ("activities_points", 3, "两学期师生共同参与活动分值"),
      ],
      words:
        "brand 有且每所学校都有 culture_feature 得{brand_points}分；activities_term1 与 activities_term2 各至少一项有得{activities_points}分。"
    ),
    "C15": Entry(
      parameters: [
        ("provincial", 2, "省级特色学校（项目）每类得分"),
        ("municipal", 1, "市级特色学校（项目）每类得分"),
      ],
      words: "按 category 分类，每类取有佐证的最高级别（省级{provincial}分，市级{municipal}分），各类相加，最多{points}分；同类不累计。"
    ),
    "C16": levelIncrease("C16"),
    "C17": Entry(
      parameters: levelParameters,
      words:
        "本学年交流干部受表彰：{national} × national + {provincial} × provincial + {municipal} × municipal，最多{points}分（无 evidence 时均按0计）。"
    ),
    "C18": levelIncrease("C18"),
    "C19": levelIncrease("C19"),
    "C20": Entry(
      parameters: [],
      words: "各校 {points} × survey_satisfaction ÷ 100 的平均分；无 survey_evidence 的学校按0分计入平均。"),
    "C21": Entry(
      parameters: [
        ("national", 3, "国家级媒体宣传得分"),
        ("provincial", 2, "省级媒体宣传得分"),
        ("municipal", 1, "市级媒体宣传得分"),
      ],
      words: "有佐证的最高级别媒体宣传：国家级{national}分，省级{provincial}分，市级{municipal}分。"
    ),
    "C22": Entry(
      parameters: [
        ("provincial", 3, "省级示范教联体得分"),
        ("municipal", 1, "市级示范教联体得分"),
      ],
      words: "有佐证时：省级示范{provincial}分，市级示范{municipal}分。"
    ),
    "C23": Entry(
      parameters: [
        ("national", 4, "国家级教学成果奖得分"),
        ("provincial", 3, "省级教学成果奖得分"),
      ],
      words: "有佐证的最高级别教学成果奖：国家级{national}分，省级{provincial}分。"
    ),
  ]

  static let levelParameters: [(String, Decimal, String)] = [
    ("national", 2, "国家级每增加1项得分"),
    ("provincial", 1, "省级每增加1项得分"),
    ("municipal", d("0.5"), "市级每增加1项得分"),
  ]

  static func levelIncrease(_ code: String) -> Entry {
    Entry(
      parameters: levelParameters,
      words:
        "与基线年相比的增加数（每级 max(0, 本年 − 基线)）：{national} × 国家级 + {provincial} × 省级 + {municipal} × 市级，最多{points}分；缺基线时0分并警告。"
    )
  }
}
