import JLTCore

/// One synthetic alliance folder: its manifests, baseline and evidence files (see `TreeGenerator`),
/// written through JLTCore's `TOMLWriter`.
struct AllianceGenerator {
  var rng: SplitMix64
  /// Draws the school items (SPEC §11) on a stream of their own, so that adding them left every
  /// other line of the synthetic input as it was.
  var items: SplitMix64
  let county: String
  let id: String
  let year: Int

  struct File {
    var path: String
    var empty: Bool
  }

  struct ManifestInfo {
    var year: Int
    var paths: Int
    var erroneous: Bool
  }

  struct Output {
    /// File name → text, in writing order.
    var texts: [(String, String)] = []
    var files: [File] = []
    var manifests: [ManifestInfo] = []
  }

  /// Whether each evidence path exists on disk (decided at its first reference, so both
  /// years agree), in first-reference order.
  private var state: [String: FileState] = [:]
  private var order: [String] = []
  /// Distinct paths referenced by the manifest being written.
  private var referenced: Set<String> = []
  /// How often a new evidence path is missing on disk: 2 % for a diligent alliance, up to
  /// 27 % for a careless one, so that the totals spread over every grade.
  private var missingRate = 0.02

  enum FileState { case present, empty, missing }

  init(rng: SplitMix64, items: SplitMix64, county: String, id: String, year: Int) {
    self.rng = rng
    self.items = items
    self.county = county
    self.id = id
    self.year = year
  }

  struct School {
    var name: String
    var role: String
    var tags: [String]
    var teachers: Int
  }

  mutating func generate() -> Output {
    let fused = rng.chance(0.5)
    let carelessness = rng.unit()
    missingRate = 0.02 + 0.25 * carelessness * carelessness * carelessness
    let places = rng.sample(SyntheticNames.places, rng.int(4...8))
    var schools: [School] = []
    for (i, place) in places.enumerated() {
      let kind = i == 0 ? rng.pick(["中心学校", "实验小学", "中学"]) : rng.pick(SyntheticNames.kinds)
      let role = i == 0 ? (fused ? "核心校" : rng.pick(["核心校", "牵头校"])) : "成员校"
      let tags = i == 0 ? ["城区"] : rng.sample(SyntheticNames.tags, rng.int(0...2))
      let teachers = i == 0 ? rng.int(60...180) : rng.int(12...70)
      schools.append(School(name: place + kind, role: role, tags: tags, teachers: teachers))
    }
    let name = "\(county)\(schools[0].name)教联体"
    var out = Output()
    let hasPrevious = !rng.chance(0.05)
    let hasBaseline = !rng.chance(0.05)
    for y in hasPrevious ? [year - 1, year] : [year] {
      referenced = []
      let erroneous = rng.chance(0.01)
      let text = manifest(name: name, fused: fused, schools: schools, year: y, erroneous: erroneous)
      out.texts.append(("\(y).toml", text))
      out.manifests.append(ManifestInfo(year: y, paths: referenced.count, erroneous: erroneous))
    }
    if hasBaseline { out.texts.append(("baseline.toml", baseline(name: name))) }
    for path in order {
      switch state[path] {
      case .present?: out.files.append(File(path: path, empty: false))
      case .empty?: out.files.append(File(path: path, empty: true))
      default: break
      }
    }
    return out
  }

  /// An evidence reference: a paper record with probability `paper`, else the path (which
  /// exists on disk unless it was chosen to be missing or empty on first use).
  mutating func ref(_ path: String, paper: Double = 0.1, archive: String? = nil) -> TOMLWriter.Value {
    if rng.chance(paper) {
      return .string("paper:" + (archive ?? "档案盒\(rng.int(1...60))-\(rng.int(1...20))"))
    }
    if state[path] == nil {
      let r = rng.unit()
      state[path] = r < missingRate ? .missing : r < missingRate + 0.01 ? .empty : .present
      order.append(path)
    }
    referenced.insert(path)
    return .string(path)
  }

  /// A list of references.
  private func list(_ refs: [TOMLWriter.Value]) -> TOMLWriter.Value {
    .raw("[" + refs.map(\.text).joined(separator: ", ") + "]")
  }

  private mutating func manifest(name: String, fused: Bool, schools: [School], year y: Int, erroneous: Bool)
    -> String
  {
    // Which number is out of range, when this manifest is one of the deliberate errors.
    let fault = erroneous ? rng.int(0...3) : -1
    let e = "evidence/\(y)"
    var t = TOMLWriter()
    t.comment("\(name) \(y)学年 证据清单")
    t.comment("证据材料扫描件已上传 evidence 文件夹，原件存教联体办公室（jlt-bench 合成数据）")
    t.blank()
    t.set("alliance", .string(name))
    t.set("type", .string(fused ? "融合型" : "共建型"))
    t.set("year", .integer(y))
    let faultySchool = fault == 3 ? rng.int(0...(schools.count - 1)) : -1
    for (i, s) in schools.enumerated() {
      t.arrayOfTables("school", comment: i == 0 ? s.role : nil)
      t.set("name", .string(s.name))
      t.set("role", .string(s.role))
      if !s.tags.isEmpty { t.set("tags", .strings(s.tags)) }
      t.set("teachers", .integer(s.teachers))
      if items.chance(0.7) { t.set("exchange_in", .integer(items.int(0...6))) }
      if s.role == "成员校", items.chance(0.8) {
        let grade = items.unit()
        t.set("evaluation", .string(grade < 0.2 ? "优秀" : grade < 0.6 ? "良好" : grade < 0.95 ? "合格" : "不合格"))
        if items.chance(0.9) { t.set("evaluation_evidence", .string("paper:成员校评价/\(y)-\(s.name)")) }
      }
      if s.role == "成员校" {
        t.set("annual_plan", ref("\(e)/成员校/\(s.name)年度计划.docx", paper: 0.5, archive: "成员校档案/\(s.name)/\(y)-计划"))
        t.set(
          "annual_summary", ref("\(e)/成员校/\(s.name)年度总结.docx", paper: 0.5, archive: "成员校档案/\(s.name)/\(y)-总结"))
        t.set("principal_meeting_records", ref("\(e)/核心校办公会签到表.pdf"))
      }
      t.set("culture_feature", ref("evidence/一校一特色/\(s.name).jpg", paper: 0.05))
      t.set("survey_satisfaction", .raw(i == faultySchool ? "120.5" : rng.tenths(72, 99)))
      t.set("survey_evidence", ref("\(e)/第三方满意度测评报告.pdf", paper: 0.02))
    }
    let members = schools.filter { $0.role == "成员校" }.map(\.name)
    t.table("C1", comment: "章程、机构、班子、家长满意度")
    t.set("charter", ref("evidence/教联体章程.pdf", paper: 0.05))
    t.set("organization", ref("\(e)/机构设置与人员安排.docx"))
    t.set("staffing", ref("\(e)/机构设置与人员安排.docx"))
    t.set("party_building", ref("\(e)/党建工作记录.pdf", paper: 0.6, archive: "党建档案盒\(y)-\(rng.int(1...12))"))
    t.set("leadership_unity", ref("\(e)/县级评审访谈记录.pdf"), comment: "县教育局评审组访谈记录")
    t.set("teacher_morale", ref("\(e)/县级评审访谈记录.pdf"))
    t.set("parent_satisfaction", .raw(fault == 0 ? "104.5" : rng.tenths(55, 99)))
    t.set("parent_survey", ref("\(e)/家长满意度问卷汇总.xlsx"))
    t.table("C2")
    t.set("development_plan", ref("evidence/三年发展规划（\(year - 1)-\(year + 1)）.pdf", paper: 0.05))
    t.set("annual_plan", ref("\(e)/年度工作计划.docx"))
    t.set("annual_summary", ref("\(e)/年度工作总结.docx"))
    t.table("C3", comment: "教联体例会，每学期至少3次")
    for (k, term) in SyntheticNames.terms.enumerated() {
      let records = (1...rng.int(2...4)).map { n in
        ref("\(e)/例会记录/\(term)学期第\(n)次例会纪要.docx", paper: 0.2, archive: "会议记录本\(y)-\(term)学期-\(n)")
      }
      t.set("meetings_term\(k + 1)", list(records))
    }
    teachers(&t, fused: fused, schools: schools, members: members, e: e, fault: fault)
    resources(&t, schools: schools, e: e, y: y)
    results(&t, schools: schools, e: e, fault: fault)
    return t.text
  }

  /// C4–C9.
  private mutating func teachers(
    _ t: inout TOMLWriter, fused: Bool, schools: [School], members: [String], e: String, fault: Int
  ) {
    let teachers = schools.reduce(0) { $0 + $1.teachers }
    let exchanged = rng.int(teachers / 20...max(teachers / 20, teachers * 3 / 10))
    let oneYear = fault == 1 ? exchanged + rng.int(1...5) : rng.int(exchanged / 2...exchanged)
    t.table("C4")
    t.set("teacher_management", ref("\(e)/教师管理制度汇编.pdf"))
    t.set("exchange_system", ref("\(e)/教师管理制度汇编.pdf"))
    t.set("incentive_system", ref("\(e)/考核激励制度.pdf"))
    t.table("C5", comment: "教师交流")
    t.set("exchanged", .integer(exchanged))
    t.set("exchanged_one_year", .integer(oneYear), comment: "交流满一年及以上")
    t.set("roster", ref("\(e)/交流教师花名册.xlsx", paper: 0.05))
    if fused {
      t.set("unified_deployment", ref("evidence/干部教师统一调配文件.pdf"))
    } else {
      t.set("forms", .strings(rng.sample(SyntheticNames.forms, rng.int(1...3))))
    }
    let due = rng.int(0...40) * 1200
    let paid = rng.chance(0.1) ? due / 2 : due
    t.table("C6")
    t.set("sharing_scheme", ref("evidence/紧缺学科教师共享方案.docx"))
    t.set("subjects", .strings(rng.sample(SyntheticNames.subjects, rng.int(1...4))))
    t.table("C7")
    t.set("title_rule", ref("\(e)/职称评审推荐材料.pdf", paper: 0.5, archive: "职称评审推荐材料\(year)"))
    t.table("C8")
    t.set("training_system", ref("evidence/一体化培训方案.docx"))
    t.set("covered", .strings(rng.chance(0.9) ? members : Array(members.dropLast())))
    t.table("C9", comment: "交流到农村学校教师补贴（元）")
    t.set("subsidy_due", .integer(due))
    t.set("subsidy_paid", .integer(paid))
    t.set("ledger", ref("\(e)/交流教师补贴发放台账.xlsx"))
  }

  /// C10–C15.
  private mutating func resources(_ t: inout TOMLWriter, schools: [School], e: String, y: Int) {
    t.table("C10")
    t.set("drop_in", ref("\(e)/听课评课记录.pdf", paper: 0.5, archive: "听课评课记录本\(y)"))
    for (k, term) in SyntheticNames.terms.enumerated() {
      t.table("C10.term\(k + 1)", comment: "\(term)学期")
      let compiled = rng.chance(0.6)
      for (key, what) in SyntheticNames.activities {
        t.set(key, ref(compiled ? "\(e)/年度联合教研活动汇编.pdf" : "\(e)/教研活动/\(term)学期\(what).pdf"))
      }
    }
    let results = (1...rng.int(1...3)).map { n in ref("\(e)/教研成果/成果\(n).pdf", paper: 0.2) }
    let projectSchools = rng.chance(0.9) ? schools.map(\.name) : schools.dropLast().map(\.name)
    let courses = rng.sample(SyntheticNames.courses, rng.int(1...3)).map { ref("evidence/课程/\($0).pdf", paper: 0.05) }
    t.table("C11")
    t.set("results", list(results))
    t.set("project", ref("\(e)/课题立项书.pdf"))
    t.set("project_schools", .strings(projectSchools))
    t.table("C12")
    t.set("monitoring", ref("\(e)/学业水平监测与质量分析.pdf"))
    t.set("analysis", ref("\(e)/学业水平监测与质量分析.pdf"))
    t.table("C13", comment: "特色课程")
    t.set("courses", list(courses))
    t.table("C14")
    t.set("brand", ref("evidence/文化品牌手册.pdf"))
    for (k, term) in SyntheticNames.terms.enumerated() {
      let acts = (1...rng.int(1...2)).map { n in
        ref("\(e)/活动/\(term)学期联合实践活动\(n).pdf", paper: 0.3, archive: "活动照片档案\(y)-\(term)学期-\(n)")
      }
      t.set("activities_term\(k + 1)", list(acts))
    }
    for _ in 0..<rng.int(1...4) {
      let school = rng.pick(schools).name
      let category = rng.pick(SyntheticNames.categories)
      let level = rng.chance(0.3) ? "省级" : "市级"
      t.arrayOfTables("C15.honor", comment: "特色学校（项目）")
      t.set("school", .string(school))
      t.set("category", .string(category))
      t.set("level", .string(level))
      t.set("evidence", ref("evidence/荣誉/\(school)\(level)\(category)特色.jpg", paper: 0.05))
    }
  }
}
