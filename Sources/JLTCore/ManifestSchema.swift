/// The keys a manifest may hold (SPEC §2), with their types. Decoding, "did you mean" hints
/// and the `init` template all read this one description.
public enum FieldKind: Sendable, Equatable {
  /// An evidence reference: `paper:…` or a path inside the alliance folder.
  case evidence
  /// A list of evidence references.
  case evidenceList
  /// An integer ≥ `minimum`.
  case count(minimum: Int)
  /// A percent, integer or float, 0–100.
  case percent
  /// Money in yuan, integer or float, ≥ 0.
  case money
  /// Free text.
  case text
  /// One of the listed words.
  case choice([String])
  /// A list of the listed words.
  case choices([String])
  /// A declared school name.
  case schoolName
  /// A list of declared school names.
  case schoolNames
  /// A table with its own keys.
  case table([FieldSpec])
  /// An array of tables `[[…]]`, each with these keys.
  case tables([FieldSpec])
  /// `[self_assessment]`: C1…C23 to a number.
  case selfAssessment
  /// A finite decimal number ≥ 0, written as integer or float (rubric files).
  case decimal
}

public struct FieldSpec: Sendable, Equatable {
  public var key: String
  public var kind: FieldKind
  public var required: Bool
  /// What the key means, in Chinese (for templates and messages).
  public var meaning: String

  init(_ key: String, _ kind: FieldKind, _ meaning: String, required: Bool = false) {
    self.key = key
    self.kind = kind
    self.required = required
    self.meaning = meaning
  }
}

public enum ManifestSchema {
  public static let roles = ["核心校", "牵头校", "成员校"]
  public static let tags = ["城区", "农村", "薄弱", "新建"]
  public static let exchangeForms = ["教师交流", "跨校兼课", "师徒结对", "一对一帮扶"]
  public static let subjects = ["体育", "音乐", "美术", "信息技术", "心理健康", "生命安全"]

  static let levels = [
    "national": "国家级", "provincial": "省级", "municipal": "市级",
  ]

  public static let school: [FieldSpec] = [
    FieldSpec("name", .text, "学校名称", required: true),
    FieldSpec("role", .choice(roles), "核心校、牵头校或成员校", required: true),
    FieldSpec("tags", .choices(tags), "学校类别：城区、农村、薄弱、新建"),
    FieldSpec("teachers", .count(minimum: 1), "在编在岗教师人数", required: true),
    FieldSpec("annual_plan", .evidence, "成员校年度工作计划（C2）"),
    FieldSpec("annual_summary", .evidence, "成员校年度工作总结（C2）"),
    FieldSpec("principal_meeting_records", .evidence, "成员校校长参加核心校办公会的记录（C3）"),
    FieldSpec("culture_feature", .evidence, "一校一特色（C14）"),
    FieldSpec("survey_satisfaction", .percent, "第三方满意度调查结果，百分比（C20）"),
    FieldSpec("survey_evidence", .evidence, "第三方满意度调查报告（C20）"),
  ]

  static let termActivities: [FieldSpec] = [
    FieldSpec("lesson_talk", .evidence, "说课比赛"),
    FieldSpec("quality_lesson", .evidence, "优质课竞赛"),
    FieldSpec("basic_skills", .evidence, "教学基本功展示"),
    FieldSpec("homework_design", .evidence, "作业设计大赛"),
  ]

  static func levelCounts(_ what: String) -> [FieldSpec] {
    [
      FieldSpec("national", .count(minimum: 0), "\(what)国家级项数"),
      FieldSpec("provincial", .count(minimum: 0), "\(what)省级项数"),
      FieldSpec("municipal", .count(minimum: 0), "\(what)市级项数"),
      FieldSpec("evidence", .evidence, "\(what)清单及证书"),
    ]
  }

  /// The top-level keys of `YYYY.toml`.
  public static let manifest: [FieldSpec] = [
    FieldSpec("alliance", .text, "教联体名称", required: true),
    FieldSpec("type", .choice(AllianceType.allCases.map(\.rawValue)), "融合型或共建型", required: true),
    FieldSpec("year", .count(minimum: 1), "学年（与文件名相同）", required: true),
    FieldSpec("school", .tables(school), "教联体内每一所学校（含核心校）", required: true),
    FieldSpec(
      "C1",
      .table([
        FieldSpec("charter", .evidence, "教联体章程（职责、权利和义务）"),
        FieldSpec("organization", .evidence, "机构设置"),
        FieldSpec("staffing", .evidence, "人员安排"),
        FieldSpec("party_building", .evidence, "党组织对成员校党建工作的领导和指导"),
        FieldSpec("leadership_unity", .evidence, "县级评审：班子成员团结（访谈记录）"),
        FieldSpec("teacher_morale", .evidence, "县级评审：教师精神状态良好"),
        FieldSpec("parent_satisfaction", .percent, "家长满意度，百分比"),
        FieldSpec("parent_survey", .evidence, "家长满意度问卷"),
      ]), "管理制度与满意度"),
    FieldSpec(
      "C2",
      .table([
        FieldSpec("development_plan", .evidence, "教联体建设三年发展规划"),
        FieldSpec("annual_plan", .evidence, "教联体年度工作计划"),
        FieldSpec("annual_summary", .evidence, "教联体年度工作总结"),
      ]), "规划、计划与总结"),
    FieldSpec(
      "C3",
      .table([
        FieldSpec("meetings_term1", .evidenceList, "第一学期教联体例会记录，每次一份"),
        FieldSpec("meetings_term2", .evidenceList, "第二学期教联体例会记录，每次一份"),
      ]), "教联体例会"),
    FieldSpec(
      "C4",
      .table([
        FieldSpec("teacher_management", .evidence, "教联体教师管理办法"),
        FieldSpec("exchange_system", .evidence, "教师交流制度"),
        FieldSpec("incentive_system", .evidence, "考核激励制度"),
      ]), "教师管理制度"),
    FieldSpec(
      "C5",
      .table([
        FieldSpec("exchanged", .count(minimum: 0), "本学年交流教师人数"),
        FieldSpec("exchanged_one_year", .count(minimum: 0), "其中交流周期不少于1年的人数"),
        FieldSpec("roster", .evidence, "交流教师花名册"),
        FieldSpec("unified_deployment", .evidence, "融合型：干部教师统一调配文件"),
        FieldSpec("forms", .choices(exchangeForms), "共建型：交流形式"),
      ]), "教师交流"),
    FieldSpec(
      "C6",
      .table([
        FieldSpec("sharing_scheme", .evidence, "紧缺学科教师统一管理、打通使用方案"),
        FieldSpec("subjects", .choices(subjects), "共享的紧缺学科"),
      ]), "紧缺学科师资共享"),
    FieldSpec(
      "C7",
      .table([FieldSpec("title_rule", .evidence, "农村/薄弱学校任教经历作为职称评审必要条件的执行文件")]),
      "职称评审条件"),
    FieldSpec(
      "C8",
      .table([
        FieldSpec("training_system", .evidence, "一体化培训体系"),
        FieldSpec("covered", .schoolNames, "校本培训覆盖的成员校"),
      ]), "校本培训"),
    FieldSpec(
      "C9",
      .table([
        FieldSpec("subsidy_due", .money, "交流到农村学校教师应发补贴（元）"),
        FieldSpec("subsidy_paid", .money, "实发补贴（元）"),
        FieldSpec("ledger", .evidence, "补贴发放台账"),
      ]), "交流教师补贴"),
    FieldSpec(
      "C10",
      .table([
        FieldSpec("drop_in", .evidence, "经常性开展“推门”听课评课"),
        FieldSpec("term1", .table(termActivities), "第一学期联合教研活动"),
        FieldSpec("term2", .table(termActivities), "第二学期联合教研活动"),
      ]), "教研活动"),
    FieldSpec(
      "C11",
      .table([
        FieldSpec("results", .evidenceList, "共同开发的教学设计、精品课、微课、教学案例、课题成果"),
        FieldSpec("project", .evidence, "本学年各校共同参与的教研课题"),
        FieldSpec("project_schools", .schoolNames, "参与课题的学校"),
      ]), "教学共研"),
    FieldSpec(
      "C12",
      .table([
        FieldSpec("monitoring", .evidence, "统一学业水平监测"),
        FieldSpec("analysis", .evidence, "统一质量分析"),
      ]), "质量监测"),
    FieldSpec(
      "C13", .table([FieldSpec("courses", .evidenceList, "教联体共享的特色课程")]), "特色课程"),
    FieldSpec(
      "C14",
      .table([
        FieldSpec("brand", .evidence, "统一的教联体文化品牌"),
        FieldSpec("activities_term1", .evidenceList, "第一学期师生共同参与的文化或社会实践活动"),
        FieldSpec("activities_term2", .evidenceList, "第二学期师生共同参与的文化或社会实践活动"),
      ]), "文化共生"),
    FieldSpec(
      "C15",
      .table([
        FieldSpec(
          "honor",
          .tables([
            FieldSpec("school", .schoolName, "获评学校"),
            FieldSpec("category", .text, "特色项目类别（同类不累计）"),
            FieldSpec("level", .choice(["省级", "市级"]), "省级或市级"),
            FieldSpec("evidence", .evidence, "命名文件或证书"),
          ]), "省、市级特色学校（特色项目），每项一个 [[C15.honor]]")
      ]), "特色学校"),
    FieldSpec("C16", .table(levelCounts("教师论文、教学获奖及评优评先")), "教师获奖"),
    FieldSpec("C17", .table(levelCounts("交流干部受表彰")), "交流干部表彰"),
    FieldSpec("C18", .table(levelCounts("学校综合和单项荣誉")), "学校荣誉"),
    FieldSpec("C19", .table(levelCounts("学生活动获奖")), "学生获奖"),
    FieldSpec(
      "C21",
      .table([
        FieldSpec(
          "report",
          .tables([
            FieldSpec("level", .choice(["国家级", "省级", "市级"]), "媒体级别"),
            FieldSpec("evidence", .evidence, "报道截图或链接存档"),
          ]), "典型经验被媒体宣传，每篇一个 [[C21.report]]")
      ]), "媒体宣传"),
    FieldSpec(
      "C22",
      .table([
        FieldSpec("level", .choice(["省级", "市级"]), "示范教联体级别"),
        FieldSpec("evidence", .evidence, "命名文件"),
      ]), "示范教联体"),
    FieldSpec(
      "C23",
      .table([
        FieldSpec(
          "award",
          .tables([
            FieldSpec("level", .choice(["国家级", "省级"]), "成果奖级别"),
            FieldSpec("evidence", .evidence, "获奖证书"),
          ]), "基础教育教学成果奖，每项一个 [[C23.award]]")
      ]), "教学成果奖"),
    FieldSpec("self_assessment", .selfAssessment, "自评分，如 C1 = 5"),
  ]

  /// `baseline.toml`.
  public static let baseline: [FieldSpec] = [
    FieldSpec("year", .count(minimum: 1), "基线年"),
    FieldSpec("C16", .table(levelCounts("基线年教师获奖")), "基线年 C16"),
    FieldSpec("C18", .table(levelCounts("基线年学校荣誉")), "基线年 C18"),
    FieldSpec("C19", .table(levelCounts("基线年学生获奖")), "基线年 C19"),
  ]
}
