import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a synthetic input tree (SPEC §1): `counties` × `alliances` alliance folders, each
/// with 2024 and (mostly) 2023 manifests, a 2021 baseline and its evidence files.
///
/// Every manifest is realistic: 4–8 schools, every indicator C1–C23 filled, 30–60 distinct
/// evidence paths (plus `paper:` records), comments, Chinese names and decimal percents.
/// Deliberate departures, at fixed rates: about 1 % of manifests (in each year) have one
/// out-of-range number (an error: the alliance is not scored that year), 3–28 % of an
/// alliance's evidence paths are missing or empty (warnings; the rate varies by alliance so
/// that totals spread over the grades), 5 % of alliances are new (no 2023 manifest) and 5 %
/// have no baseline. The tree depends only on the seed and the sizes, and
/// alliance (c, a) is the same in every tree that contains it.
struct TreeGenerator {
  var seed: UInt64
  var counties: Int
  var alliances: Int
  var scoredYear = 2024

  /// What was written, for the report.
  struct Stats {
    var alliances = 0
    var manifests = 0
    var evidenceFiles = 0
    var bytes = 0
    /// Distinct path references per manifest: fewest, most, sum (for the mean).
    var pathsMin = Int.max
    var pathsMax = 0
    var pathsSum = 0
    /// Manifests with a deliberate out-of-range number, as `county/id/year.toml`.
    var erroneous: [String] = []

    var pathsMean: Double { manifests == 0 ? 0 : Double(pathsSum) / Double(manifests) }
  }

  func write(to root: String) throws -> Stats {
    var stats = Stats()
    var disk = Disk()
    try disk.makeFolders(root)
    for c in 0..<counties {
      let county = Self.countyName(c)
      for a in 0..<alliances {
        let id = String(format: "a%03d", a + 1)
        var gen = AllianceGenerator(
          rng: SplitMix64(seed: seed, UInt64(c), UInt64(a)), county: county, id: id, year: scoredYear)
        let folder = "\(root)/\(county)/\(id)"
        try disk.makeFolders(folder)
        let output = gen.generate()
        for (name, text) in output.texts {
          try disk.write(folder + "/" + name, Array(text.utf8))
          stats.bytes += text.utf8.count
        }
        for file in output.files {
          try disk.write(folder + "/" + file.path, file.empty ? [] : Array("jlt-bench 证据 \(file.path)\n".utf8))
        }
        stats.alliances += 1
        stats.manifests += output.manifests.count
        stats.evidenceFiles += output.files.count
        for m in output.manifests {
          stats.pathsMin = min(stats.pathsMin, m.paths)
          stats.pathsMax = max(stats.pathsMax, m.paths)
          stats.pathsSum += m.paths
          if m.erroneous { stats.erroneous.append("\(county)/\(id)/\(m.year).toml") }
        }
      }
    }
    return stats
  }

  /// `模拟县001`, `模拟县002`, …
  static func countyName(_ c: Int) -> String { String(format: "模拟县%03d", c + 1) }
}

/// Creates folders and small files with plain POSIX calls (hundreds of thousands of them).
struct Disk {
  private var made: Set<String> = []

  mutating func makeFolders(_ path: String) throws {
    if made.contains(path) { return }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path, parent != "/" { try makeFolders(parent) }
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw BenchError("cannot create folder \(path): \(String(cString: strerror(errno)))")
    }
    made.insert(path)
  }

  mutating func write(_ path: String, _ bytes: [UInt8]) throws {
    try makeFolders((path as NSString).deletingLastPathComponent)
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw BenchError("cannot create \(path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var done = 0
    while done < bytes.count {
      let n = bytes[done...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      guard n > 0 else { throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))") }
      done += n
    }
  }
}

/// One alliance folder: its manifests, baseline and evidence files.
struct AllianceGenerator {
  var rng: SplitMix64
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

  init(rng: SplitMix64, county: String, id: String, year: Int) {
    self.rng = rng
    self.county = county
    self.id = id
    self.year = year
  }

  static let places = [
    "城东", "城西", "城南", "城北", "东关", "西关", "南郊", "北郊", "新街", "老街", "河口", "桥头",
    "柳林", "杨寨", "马坪", "陈巷", "长岭", "骆店", "蔡河", "郝店", "吴店", "太平", "关庙", "余店",
    "李店", "广水", "十里", "应山", "武胜", "厉山", "高城", "殷店", "草店", "小林", "淮河", "万和",
    "三里岗", "尚市", "唐县", "均川", "万店", "洪山", "安居", "何店", "府河", "洛阳", "环潭", "新城",
  ]
  static let kinds = ["小学", "中学", "中心学校", "初级中学", "实验小学", "九年一贯制学校"]
  static let categories = ["足球", "书法", "科技", "编钟", "剪纸", "篮球", "合唱", "国学", "围棋", "武术"]
  static let courses = ["编钟乐舞", "炎帝文化", "银杏研学", "剪纸艺术", "校园足球", "科技创客", "书法入门"]
  static let media = ["随州日报", "湖北日报", "中国教育报", "楚天都市报", "随州广播电视台"]
  static let subjects = ["体育", "音乐", "美术", "信息技术", "心理健康", "生命安全"]
  static let forms = ["教师交流", "跨校兼课", "师徒结对", "一对一帮扶"]
  static let tags = ["城区", "农村", "薄弱", "新建"]
  static let terms = ["第一", "第二"]

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
    let places = rng.sample(Self.places, rng.int(4...8))
    var schools: [School] = []
    for (i, place) in places.enumerated() {
      let kind = i == 0 ? rng.pick(["中心学校", "实验小学", "中学"]) : rng.pick(Self.kinds)
      let role = i == 0 ? (fused ? "核心校" : rng.pick(["核心校", "牵头校"])) : "成员校"
      let tags = i == 0 ? ["城区"] : rng.sample(Self.tags, rng.int(0...2))
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
  private mutating func ref(_ path: String, paper: Double = 0.1, archive: String? = nil) -> String {
    if rng.chance(paper) {
      return "paper:" + (archive ?? "档案盒\(rng.int(1...60))-\(rng.int(1...20))")
    }
    if state[path] == nil {
      let r = rng.unit()
      state[path] = r < missingRate ? .missing : r < missingRate + 0.01 ? .empty : .present
      order.append(path)
    }
    referenced.insert(path)
    return path
  }

  private mutating func q(_ path: String, paper: Double = 0.1, archive: String? = nil) -> String {
    "\"\(ref(path, paper: paper, archive: archive))\""
  }

  private func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

  private func quoted(_ items: [String]) -> String { list(items.map { "\"\($0)\"" }) }

  private mutating func manifest(name: String, fused: Bool, schools: [School], year y: Int, erroneous: Bool)
    -> String
  {
    // Which number is out of range, when this manifest is one of the deliberate errors.
    let fault = erroneous ? rng.int(0...3) : -1
    let e = "evidence/\(y)"
    var t = """
      # \(name) \(y)学年 证据清单
      # 证据材料扫描件已上传 evidence 文件夹，原件存教联体办公室（jlt-bench 合成数据）

      alliance = "\(name)"
      type = "\(fused ? "融合型" : "共建型")"
      year = \(y)

      """
    let faultySchool = fault == 3 ? rng.int(0...(schools.count - 1)) : -1
    for (i, s) in schools.enumerated() {
      t += "\n[[school]]\(i == 0 ? "  # \(s.role)" : "")\n"
      t += "name = \"\(s.name)\"\nrole = \"\(s.role)\"\n"
      if !s.tags.isEmpty { t += "tags = \(quoted(s.tags))\n" }
      t += "teachers = \(s.teachers)\n"
      if s.role == "成员校" {
        t += "annual_plan = \(q("\(e)/成员校/\(s.name)年度计划.docx", paper: 0.5, archive: "成员校档案/\(s.name)/\(y)-计划"))\n"
        t += "annual_summary = \(q("\(e)/成员校/\(s.name)年度总结.docx", paper: 0.5, archive: "成员校档案/\(s.name)/\(y)-总结"))\n"
        t += "principal_meeting_records = \(q("\(e)/核心校办公会签到表.pdf"))\n"
      }
      t += "culture_feature = \(q("evidence/一校一特色/\(s.name).jpg", paper: 0.05))\n"
      t += "survey_satisfaction = \(i == faultySchool ? "120.5" : rng.tenths(72, 99))\n"
      t += "survey_evidence = \(q("\(e)/第三方满意度测评报告.pdf", paper: 0.02))\n"
    }
    let members = schools.filter { $0.role == "成员校" }.map(\.name)
    t += """

      [C1]  # 章程、机构、班子、家长满意度
      charter = \(q("evidence/教联体章程.pdf", paper: 0.05))
      organization = \(q("\(e)/机构设置与人员安排.docx"))
      staffing = \(q("\(e)/机构设置与人员安排.docx"))
      party_building = \(q("\(e)/党建工作记录.pdf", paper: 0.6, archive: "党建档案盒\(y)-\(rng.int(1...12))"))
      leadership_unity = \(q("\(e)/县级评审访谈记录.pdf"))  # 县教育局评审组访谈记录
      teacher_morale = \(q("\(e)/县级评审访谈记录.pdf"))
      parent_satisfaction = \(fault == 0 ? "104.5" : rng.tenths(55, 99))
      parent_survey = \(q("\(e)/家长满意度问卷汇总.xlsx"))

      [C2]
      development_plan = \(q("evidence/三年发展规划（\(year - 1)-\(year + 1)）.pdf", paper: 0.05))
      annual_plan = \(q("\(e)/年度工作计划.docx"))
      annual_summary = \(q("\(e)/年度工作总结.docx"))

      [C3]  # 教联体例会，每学期至少3次

      """
    for (k, term) in Self.terms.enumerated() {
      let records = (1...rng.int(2...4)).map { n in
        q("\(e)/例会记录/\(term)学期第\(n)次例会纪要.docx", paper: 0.2, archive: "会议记录本\(y)-\(term)学期-\(n)")
      }
      t += "meetings_term\(k + 1) = \(list(records))\n"
    }
    let teachers = schools.reduce(0) { $0 + $1.teachers }
    let exchanged = rng.int(teachers / 20...max(teachers / 20, teachers * 3 / 10))
    let oneYear = fault == 1 ? exchanged + rng.int(1...5) : rng.int(exchanged / 2...exchanged)
    t += """

      [C4]
      teacher_management = \(q("\(e)/教师管理制度汇编.pdf"))
      exchange_system = \(q("\(e)/教师管理制度汇编.pdf"))
      incentive_system = \(q("\(e)/考核激励制度.pdf"))

      [C5]  # 教师交流
      exchanged = \(exchanged)
      exchanged_one_year = \(oneYear)  # 交流满一年及以上
      roster = \(q("\(e)/交流教师花名册.xlsx", paper: 0.05))

      """
    if fused {
      t += "unified_deployment = \(q("evidence/干部教师统一调配文件.pdf"))\n"
    } else {
      t += "forms = \(quoted(rng.sample(Self.forms, rng.int(1...3))))\n"
    }
    let due = rng.int(0...40) * 1200
    let paid = rng.chance(0.1) ? due / 2 : due
    t += """

      [C6]
      sharing_scheme = \(q("evidence/紧缺学科教师共享方案.docx"))
      subjects = \(quoted(rng.sample(Self.subjects, rng.int(1...4))))

      [C7]
      title_rule = \(q("\(e)/职称评审推荐材料.pdf", paper: 0.5, archive: "职称评审推荐材料\(y)"))

      [C8]
      training_system = \(q("evidence/一体化培训方案.docx"))
      covered = \(quoted(rng.chance(0.9) ? members : Array(members.dropLast())))

      [C9]  # 交流到农村学校教师补贴（元）
      subsidy_due = \(due)
      subsidy_paid = \(paid)
      ledger = \(q("\(e)/交流教师补贴发放台账.xlsx"))

      [C10]
      drop_in = \(q("\(e)/听课评课记录.pdf", paper: 0.5, archive: "听课评课记录本\(y)"))

      """
    let activities = [
      ("lesson_talk", "说课比赛"), ("quality_lesson", "优质课竞赛"), ("basic_skills", "教学基本功展示"),
      ("homework_design", "作业设计大赛"),
    ]
    for (k, term) in Self.terms.enumerated() {
      t += "[C10.term\(k + 1)]  # \(term)学期\n"
      let compiled = rng.chance(0.6)
      for (key, what) in activities {
        let path = compiled ? "\(e)/年度联合教研活动汇编.pdf" : "\(e)/教研活动/\(term)学期\(what).pdf"
        t += "\(key) = \(q(path))\n"
      }
    }
    let results = (1...rng.int(1...3)).map { n in q("\(e)/教研成果/成果\(n).pdf", paper: 0.2) }
    let projectSchools = rng.chance(0.9) ? schools.map(\.name) : schools.dropLast().map(\.name)
    let courses = rng.sample(Self.courses, rng.int(1...3)).map { q("evidence/课程/\($0).pdf", paper: 0.05) }
    t += """

      [C11]
      results = \(list(results))
      project = \(q("\(e)/课题立项书.pdf"))
      project_schools = \(quoted(projectSchools))

      [C12]
      monitoring = \(q("\(e)/学业水平监测与质量分析.pdf"))
      analysis = \(q("\(e)/学业水平监测与质量分析.pdf"))

      [C13]  # 特色课程
      courses = \(list(courses))

      [C14]
      brand = \(q("evidence/文化品牌手册.pdf"))

      """
    for (k, term) in Self.terms.enumerated() {
      let acts = (1...rng.int(1...2)).map { n in
        q("\(e)/活动/\(term)学期联合实践活动\(n).pdf", paper: 0.3, archive: "活动照片档案\(y)-\(term)学期-\(n)")
      }
      t += "activities_term\(k + 1) = \(list(acts))\n"
    }
    for _ in 0..<rng.int(1...4) {
      let school = rng.pick(schools).name
      let category = rng.pick(Self.categories)
      let level = rng.chance(0.3) ? "省级" : "市级"
      t += """

        [[C15.honor]]  # 特色学校（项目）
        school = "\(school)"
        category = "\(category)"
        level = "\(level)"
        evidence = \(q("evidence/荣誉/\(school)\(level)\(category)特色.jpg", paper: 0.05))

        """
    }
    let counted = [("C16", "教师论文、教学获奖及评优评先"), ("C17", "交流干部受表彰"), ("C18", "学校综合和单项荣誉"), ("C19", "学生获奖")]
    for (code, what) in counted {
      let provincial = fault == 2 && code == "C16" ? "-1" : "\(rng.int(0...4))"
      t += """

        [\(code)]  # \(what)
        national = \(rng.chance(0.1) ? 1 : 0)
        provincial = \(provincial)
        municipal = \(rng.int(0...10))
        evidence = \(q("\(e)/获奖统计汇总表.xlsx", paper: 0.05))

        """
    }
    for _ in 0..<rng.int(0...2) {
      let outlet = rng.pick(Self.media)
      let level = outlet == "中国教育报" ? "国家级" : outlet == "湖北日报" || outlet == "楚天都市报" ? "省级" : "市级"
      t += """

        [[C21.report]]  # \(outlet)
        level = "\(level)"
        evidence = \(q("\(e)/媒体报道/\(outlet).pdf"))

        """
    }
    if rng.chance(0.3) {
      let level = rng.chance(0.2) ? "省级" : "市级"
      t += "\n[C22]\nlevel = \"\(level)\"\nevidence = \(q("\(e)/\(level)示范教联体文件.pdf"))\n"
    }
    if rng.chance(0.15) {
      t += "\n[[C23.award]]\nlevel = \"\(rng.chance(0.2) ? "国家级" : "省级")\"\nevidence = \(q("\(e)/教学成果奖证书.pdf"))\n"
    }
    if rng.chance(0.6) {
      t += """

        [self_assessment]  # 自评分
        C1 = \(rng.int(3...5))
        C2 = 2
        C3 = \(rng.chance(0.5) ? "3" : "2.5")
        C5 = \(rng.tenths(6, 9))
        C20 = \(rng.tenths(8, 9))

        """
    }
    return t
  }

  private mutating func baseline(name: String) -> String {
    var t = "# \(name) 2021年基线数据（教联体组建前一学年，县教育局核定）\nyear = 2021\n"
    for (code, what) in [("C16", "教师论文、教学获奖及评优评先"), ("C18", "学校综合和单项荣誉"), ("C19", "学生获奖")] {
      t += """

        [\(code)]  # \(what)
        national = 0
        provincial = \(rng.int(0...2))
        municipal = \(rng.int(0...6))
        evidence = "paper:2021年基线核定表"

        """
    }
    return t
  }
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
