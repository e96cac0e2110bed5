/// The keys a manifest and a baseline file may hold (SPEC §2): the alliance's own keys, each
/// school's keys, and the tables its indicators declare (`Indicators.all`), in that order.
public enum ManifestSchema {
  public static let tags = ["城区", "农村", "薄弱", "新建"]

  static let alliance = Field.text("alliance", "教联体名称", required: true)
  static let type = Field.choice("type", AllianceType.allCases.map(\.rawValue), "融合型或共建型", required: true)
  static let year = Field.count("year", minimum: 1, "学年（与文件名相同）", required: true)

  /// A school's own keys, before those its indicators read.
  enum SchoolKeys {
    static let name = Field.text("name", "学校名称", required: true)
    static let role = Field.choice("role", SchoolRole.allCases.map(\.rawValue), "核心校、牵头校或成员校", required: true)
    static let tags = Field.choices("tags", ManifestSchema.tags, "学校类别：城区、农村、薄弱、新建")
    static let teachers = Field.count("teachers", minimum: 1, "在编在岗教师人数", required: true)
  }

  /// A school's own keys.
  static let schoolOwn = [SchoolKeys.name.spec, SchoolKeys.role.spec, SchoolKeys.tags.spec, SchoolKeys.teachers.spec]

  /// The keys of each `[[school]]`: its own, those its indicators read, then the school items'
  /// (SPEC §11).
  public static let school: [FieldSpec] = schoolOwn + Indicators.all.flatMap(\.schoolFields) + SchoolItems.Keys.specs

  static let schools = Field.tables("school", school, "教联体内每一所学校（含核心校）")
  static let selfAssessment = Field<FieldTable>(FieldSpec("self_assessment", .selfAssessment, "自评分，如 C1 = 5"))

  /// The top-level keys of `YYYY.toml`.
  public static let manifest: [FieldSpec] =
    [alliance.spec, type.spec, year.spec, required(schools.spec)] + Indicators.all.compactMap(\.table?.spec)
    + [selfAssessment.spec]

  static let baselineYear = Field.count("year", minimum: 1, "基线年")

  /// `baseline.toml`.
  public static let baseline: [FieldSpec] = [baselineYear.spec] + Indicators.all.compactMap(\.baselineTable?.spec)

  static func required(_ spec: FieldSpec) -> FieldSpec {
    var spec = spec
    spec.required = true
    return spec
  }

  /// School keys that count only for member schools (accepted and ignored on the core school).
  static let memberOnlySchoolKeys = school.filter { $0.audience == .memberSchools }.map(\.key)

  /// `Cn.key` of every indicator key that counts only for the other type of alliance.
  static func keysIgnored(for type: AllianceType) -> Set<String> {
    var out: Set<String> = []
    for indicator in Indicators.all {
      guard let table = indicator.table, case .table(let fields) = table.spec.kind else { continue }
      for f in fields {
        if case .allianceType(let only) = f.audience, only != type { out.insert("\(table.key).\(f.key)") }
      }
    }
    return out
  }
}
