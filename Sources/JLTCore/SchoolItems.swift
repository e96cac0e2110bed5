import Foundation

/// A school's items (SPEC §11): the core school's evaluation of each member school and the
/// facts of the manifest about one school, with the items it misses. They change no score.
public struct SchoolItems: Sendable, Equatable {
  /// `[[school]]` keys of the school items (after those the indicators read).
  enum Keys {
    static let grades = ["优秀", "良好", "合格", "不合格"]
    static let evaluation = Field.choice("evaluation", grades, "核心校对本成员校的评价：优秀 良好 合格 不合格")
    static let evaluationEvidence = Field.evidence("evaluation_evidence", "核心校评价的记录", for: .memberSchools)
    static let exchangeIn = Field.count("exchange_in", "本学年接收的交流教师人数")

    /// `evaluation` counts only for member schools, like the other member-only keys.
    static var specs: [FieldSpec] {
      var evaluation = Self.evaluation.spec
      evaluation.audience = .memberSchools
      return [evaluation, evaluationEvidence.spec, exchangeIn.spec]
    }
  }

  /// The items in the table's order; the first seven are what 缺项 looks at.
  public static let names = ["年度计划", "年度总结", "校长参会", "校本培训覆盖", "参与共同课题", "一校一特色", "满意度", "特色创建", "接收交流教师", "核心校评价"]

  public var name: String
  public var role: SchoolRole
  public var tags: [String]
  public var teachers: Int
  /// As written (for the JSON), counted or not.
  public var evaluation: String?
  public var exchangeIn: Int?
  /// 年度计划, 年度总结, 校长参会, 校本培训覆盖: member schools only (nil for the core school).
  public var annualPlan: Bool?
  public var annualSummary: Bool?
  public var principalMeetings: Bool?
  public var trainingCovered: Bool?
  public var inJointProject: Bool
  public var cultureFeature: Bool
  /// The survey result when its evidence is present.
  public var satisfaction: Decimal?
  /// Present C15 honors of the school, by level.
  public var honors: (provincial: Int, municipal: Int)
  /// The evaluation with a present record (member schools only).
  public var countedEvaluation: String?

  public static func == (a: SchoolItems, b: SchoolItems) -> Bool {
    a.name == b.name && a.role == b.role && a.tags == b.tags && a.teachers == b.teachers && a.evaluation == b.evaluation
      && a.exchangeIn == b.exchangeIn && a.annualPlan == b.annualPlan && a.annualSummary == b.annualSummary
      && a.principalMeetings == b.principalMeetings && a.trainingCovered == b.trainingCovered
      && a.inJointProject == b.inJointProject && a.cultureFeature == b.cultureFeature
      && a.satisfaction == b.satisfaction && a.honors == b.honors && a.countedEvaluation == b.countedEvaluation
  }

  public var isMember: Bool { role == .member }

  /// 缺项: the first seven items that apply and are not met (满意度 none is not met), in order.
  public var missing: [String] {
    let met: [Bool?] = [
      annualPlan, annualSummary, principalMeetings, trainingCovered, inJointProject, cultureFeature,
      satisfaction != nil,
    ]
    return zip(Self.names, met).compactMap { name, ok in ok == false ? name : nil }
  }

  /// A member school whose counted evaluation is 不合格 (通报).
  public var isFailing: Bool { countedEvaluation == "不合格" }

  /// One school's items from the manifest and what was found on disk.
  static func of(_ school: School, in manifest: Manifest, present: (EvidenceRef?) -> Bool) -> SchoolItems {
    let f = school.fields
    let member = school.role == .member
    let c8 = manifest.root[table: A2Teachers.C8.table]
    let c11 = manifest.root[table: A3Resources.C11.table]
    let c15 = manifest.root[table: A3Resources.C15.table]
    var provincial = 0
    var municipal = 0
    for honor in c15[list: A3Resources.C15.honor]
    where honor[A3Resources.C15.school] == school.name && present(honor[A3Resources.C15.evidence]) {
      if honor[A3Resources.C15.level] == "省级" { provincial += 1 } else { municipal += 1 }
    }
    let evaluation = f[Keys.evaluation]
    return SchoolItems(
      name: school.name, role: school.role, tags: school.tags, teachers: school.teachers,
      evaluation: member ? evaluation : nil, exchangeIn: f[Keys.exchangeIn],
      annualPlan: member ? present(f[A1Management.C2.memberPlan]) : nil,
      annualSummary: member ? present(f[A1Management.C2.memberSummary]) : nil,
      principalMeetings: member ? present(f[A1Management.C3.principalMeetings]) : nil,
      trainingCovered: member ? c8[list: A2Teachers.C8.covered].contains(school.name) : nil,
      inJointProject: c11[list: A3Resources.C11.projectSchools].contains(school.name),
      cultureFeature: present(f[A3Resources.C14.cultureFeature]),
      satisfaction: present(f[A5SocialEvaluation.C20.surveyEvidence])
        ? f[A5SocialEvaluation.C20.surveySatisfaction] : nil,
      honors: (provincial, municipal),
      countedEvaluation: member && present(f[Keys.evaluationEvidence]) ? evaluation : nil)
  }

  /// A warning for each member school whose evaluation has no record at all.
  static func warnings(_ manifest: Manifest, file: String, id: String) -> [Problem] {
    manifest.memberSchools.compactMap { school in
      guard school.fields[Keys.evaluation] != nil, school.fields[Keys.evaluationEvidence] == nil else { return nil }
      let line = school.fields.line(of: Keys.evaluation)
      return .warning(
        "证据缺失：school“\(school.name)”.evaluation_evidence 未填写，核心校评价“\(school.fields[Keys.evaluation] ?? "")”不计",
        file: file, line: line, alliance: id)
    }
  }
}
