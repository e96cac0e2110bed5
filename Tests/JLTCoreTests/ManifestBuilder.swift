import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// Builds manifest TOML text for tests: `ManifestBuilder.full` is an alliance that earns every
/// point (110 = 100 + the full bonus of 10) with `paper:` evidence only, and the `setting…`,
/// `removing…` and `replacing…` methods derive variants with one thing changed.
///
/// The full alliance (融合型, three schools, 60 + 25 + 15 = 100 teachers):
///   C1 5, C2 2, C3 3 | C4 4, C5 10, C6 5, C7 5, C8 2, C9 4 | C10 4, C11 6, C12 3, C13 4, C14 8,
///   C15 5 | C16 5, C17 5, C18 5, C19 5 | C20 10 | C21 3, C22 3, C23 4
///   A1 10, A2 30, A3 30, A4 20, A5 10, A6 10 → total 110, 优秀.
struct ManifestBuilder {
  /// A table or an array-of-tables entry, e.g. header `[C1]` or `[[C15.honor]]`, and its lines.
  struct Block {
    var header: String
    var lines: [String]
  }

  var top: [String]
  var schools: [[String]]
  var blocks: [Block]
  /// Raw text appended at the end.
  var tail: [String] = []

  static let core = "核心小学"
  static let member1 = "成员一小"
  static let member2 = "成员二小"

  static var full: ManifestBuilder {
    ManifestBuilder(
      top: [
        #"alliance = "测试教联体""#,
        #"type = "融合型""#,
        "year = 2024",
      ],
      schools: [
        [
          #"name = "核心小学""#,
          #"role = "核心校""#,
          #"tags = ["城区"]"#,
          "teachers = 60",
          #"culture_feature = "paper:特色/核心""#,
          "survey_satisfaction = 100",
          #"survey_evidence = "paper:调查/核心""#,
        ],
        [
          #"name = "成员一小""#,
          #"role = "成员校""#,
          #"tags = ["农村"]"#,
          "teachers = 25",
          #"annual_plan = "paper:计划/一""#,
          #"annual_summary = "paper:总结/一""#,
          #"principal_meeting_records = "paper:办公会/一""#,
          #"culture_feature = "paper:特色/一""#,
          "survey_satisfaction = 100",
          #"survey_evidence = "paper:调查/一""#,
        ],
        [
          #"name = "成员二小""#,
          #"role = "成员校""#,
          #"tags = ["农村", "薄弱"]"#,
          "teachers = 15",
          #"annual_plan = "paper:计划/二""#,
          #"annual_summary = "paper:总结/二""#,
          #"principal_meeting_records = "paper:办公会/二""#,
          #"culture_feature = "paper:特色/二""#,
          "survey_satisfaction = 100",
          #"survey_evidence = "paper:调查/二""#,
        ],
      ],
      blocks: [
        Block(
          header: "[C1]",
          lines: [
            #"charter = "paper:C1/章程""#,
            #"organization = "paper:C1/机构""#,
            #"staffing = "paper:C1/人员""#,
            #"party_building = "paper:C1/党建""#,
            #"leadership_unity = "paper:C1/团结""#,
            #"teacher_morale = "paper:C1/精神""#,
            "parent_satisfaction = 90",
            #"parent_survey = "paper:C1/问卷""#,
          ]),
        Block(
          header: "[C2]",
          lines: [
            #"development_plan = "paper:C2/规划""#,
            #"annual_plan = "paper:C2/计划""#,
            #"annual_summary = "paper:C2/总结""#,
          ]),
        Block(
          header: "[C3]",
          lines: [
            #"meetings_term1 = ["paper:例会/1-1", "paper:例会/1-2", "paper:例会/1-3"]"#,
            #"meetings_term2 = ["paper:例会/2-1", "paper:例会/2-2", "paper:例会/2-3"]"#,
          ]),
        Block(
          header: "[C4]",
          lines: [
            #"teacher_management = "paper:C4/管理办法""#,
            #"exchange_system = "paper:C4/交流制度""#,
            #"incentive_system = "paper:C4/激励制度""#,
          ]),
        Block(
          header: "[C5]",
          lines: [
            "exchanged = 20",
            "exchanged_one_year = 20",
            #"roster = "paper:C5/花名册""#,
            #"unified_deployment = "paper:C5/统一调配""#,
          ]),
        Block(
          header: "[C6]",
          lines: [
            #"sharing_scheme = "paper:C6/方案""#,
            #"subjects = ["体育", "音乐"]"#,
          ]),
        Block(header: "[C7]", lines: [#"title_rule = "paper:C7/职称""#]),
        Block(
          header: "[C8]",
          lines: [
            #"training_system = "paper:C8/培训体系""#,
            #"covered = ["成员一小", "成员二小"]"#,
          ]),
        Block(
          header: "[C9]",
          lines: [
            "subsidy_due = 120000",
            "subsidy_paid = 120000",
            #"ledger = "paper:C9/台账""#,
          ]),
        Block(header: "[C10]", lines: [#"drop_in = "paper:C10/推门""#]),
        Block(
          header: "[C10.term1]",
          lines: [
            #"lesson_talk = "paper:C10/1/说课""#,
            #"quality_lesson = "paper:C10/1/优质课""#,
            #"basic_skills = "paper:C10/1/基本功""#,
            #"homework_design = "paper:C10/1/作业""#,
          ]),
        Block(
          header: "[C10.term2]",
          lines: [
            #"lesson_talk = "paper:C10/2/说课""#,
            #"quality_lesson = "paper:C10/2/优质课""#,
            #"basic_skills = "paper:C10/2/基本功""#,
            #"homework_design = "paper:C10/2/作业""#,
          ]),
        Block(
          header: "[C11]",
          lines: [
            #"results = ["paper:C11/成果"]"#,
            #"project = "paper:C11/课题""#,
            #"project_schools = ["核心小学", "成员一小", "成员二小"]"#,
          ]),
        Block(
          header: "[C12]",
          lines: [
            #"monitoring = "paper:C12/监测""#,
            #"analysis = "paper:C12/分析""#,
          ]),
        Block(header: "[C13]", lines: [#"courses = ["paper:C13/课程"]"#]),
        Block(
          header: "[C14]",
          lines: [
            #"brand = "paper:C14/品牌""#,
            #"activities_term1 = ["paper:C14/活动1"]"#,
            #"activities_term2 = ["paper:C14/活动2"]"#,
          ]),
        // C15: 足球 省级 2 + 书法 省级 2 + 科技 市级 1 = 5
        honor(school: core, category: "足球", level: "省级", evidence: "paper:C15/足球"),
        honor(school: member1, category: "书法", level: "省级", evidence: "paper:C15/书法"),
        honor(school: member2, category: "科技", level: "市级", evidence: "paper:C15/科技"),
        // C16–C19: 2×1 + 1×2 + 0.5×2 = 5 (baseline all 0)
        levels("C16", 1, 2, 2),
        levels("C17", 1, 2, 2),
        levels("C18", 1, 2, 2),
        levels("C19", 1, 2, 2),
        Block(header: "[[C21.report]]", lines: [#"level = "国家级""#, #"evidence = "paper:C21/报道""#]),
        Block(header: "[C22]", lines: [#"level = "省级""#, #"evidence = "paper:C22/命名""#]),
        Block(header: "[[C23.award]]", lines: [#"level = "国家级""#, #"evidence = "paper:C23/成果奖""#]),
      ])
  }

  static func honor(school: String, category: String, level: String, evidence: String) -> Block {
    Block(
      header: "[[C15.honor]]",
      lines: [
        "school = \(q(school))", "category = \(q(category))", "level = \(q(level))",
        "evidence = \(q(evidence))",
      ])
  }

  static func levels(_ code: String, _ n: Int, _ p: Int, _ m: Int, evidence: String = "paper:清单")
    -> Block
  {
    Block(
      header: "[\(code)]",
      lines: [
        "national = \(n)", "provincial = \(p)", "municipal = \(m)", "evidence = \(q(evidence + "/" + code))",
      ])
  }

  // MARK: text

  var text: String {
    var out = top
    for s in schools {
      out.append("")
      out.append("[[school]]")
      out += s
    }
    for b in blocks {
      out.append("")
      out.append(b.header)
      out += b.lines
    }
    if !tail.isEmpty {
      out.append("")
      out += tail
    }
    return out.joined(separator: "\n") + "\n"
  }

  var data: Data { Data(text.utf8) }

  // MARK: variants

  private static func setLine(_ lines: inout [String], _ key: String, _ value: String) {
    let line = "\(key) = \(value)"
    if let i = lines.firstIndex(where: { $0.hasPrefix(key + " =") }) {
      lines[i] = line
    } else {
      lines.append(line)
    }
  }

  private static func removeLine(_ lines: inout [String], _ key: String) {
    lines.removeAll { $0.hasPrefix(key + " =") }
  }

  /// Sets a top-level key (raw TOML value).
  func settingTop(_ key: String, _ value: String) -> Self {
    var b = self
    Self.setLine(&b.top, key, value)
    return b
  }

  func removingTop(_ key: String) -> Self {
    var b = self
    Self.removeLine(&b.top, key)
    return b
  }

  /// Sets `key = value` (raw TOML value) in table `[table]`, creating the table if needed.
  func setting(_ table: String, _ key: String, _ value: String) -> Self {
    var b = self
    let header = "[\(table)]"
    if let i = b.blocks.firstIndex(where: { $0.header == header }) {
      Self.setLine(&b.blocks[i].lines, key, value)
    } else {
      b.blocks.append(Block(header: header, lines: ["\(key) = \(value)"]))
    }
    return b
  }

  /// Sets an evidence key of a table to a quoted reference.
  func evidence(_ table: String, _ key: String, _ reference: String) -> Self {
    setting(table, key, Self.q(reference))
  }

  func removing(_ table: String, _ key: String) -> Self {
    var b = self
    if let i = b.blocks.firstIndex(where: { $0.header == "[\(table)]" }) {
      Self.removeLine(&b.blocks[i].lines, key)
    }
    return b
  }

  /// Removes a table, or every entry of an array of tables (`C15.honor`).
  func removingTable(_ table: String) -> Self {
    var b = self
    b.blocks.removeAll { $0.header == "[\(table)]" || $0.header == "[[\(table)]]" }
    return b
  }

  /// Replaces every entry of an array of tables, e.g. `C15.honor`, keeping its place.
  func replacingEntries(_ table: String, _ entries: [Block]) -> Self {
    var b = self
    let at = b.blocks.firstIndex { $0.header == "[[\(table)]]" } ?? b.blocks.count
    b.blocks.removeAll { $0.header == "[[\(table)]]" }
    b.blocks.insert(contentsOf: entries, at: min(at, b.blocks.count))
    return b
  }

  /// Appends a block at the end.
  func adding(_ block: Block) -> Self {
    var b = self
    b.blocks.append(block)
    return b
  }

  func settingSchool(_ index: Int, _ key: String, _ value: String) -> Self {
    var b = self
    Self.setLine(&b.schools[index], key, value)
    return b
  }

  func removingSchoolKey(_ index: Int, _ key: String) -> Self {
    var b = self
    Self.removeLine(&b.schools[index], key)
    return b
  }

  func addingSchool(_ lines: [String]) -> Self {
    var b = self
    b.schools.append(lines)
    return b
  }

  func removingSchool(_ index: Int) -> Self {
    var b = self
    b.schools.remove(at: index)
    return b
  }

  func appending(_ raw: String) -> Self {
    var b = self
    b.tail.append(raw)
    return b
  }

  /// A TOML basic string.
  static func q(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  /// A TOML array of basic strings.
  static func list(_ items: [String]) -> String { "[" + items.map(q).joined(separator: ", ") + "]" }
}

// MARK: - decoding and scoring helpers

enum Fixture {
  static let file = "测试县/t-01/2024.toml"
  static let baselineFile = "测试县/t-01/baseline.toml"

  /// A baseline of zeros for C16, C18 and C19.
  static let zeroBaselineText = """
    year = 2021

    [C16]
    national = 0
    provincial = 0
    municipal = 0

    [C18]
    national = 0
    provincial = 0
    municipal = 0

    [C19]
    national = 0
    provincial = 0
    municipal = 0
    """

  static func baseline(_ text: String) throws -> Baseline {
    let d = BaselineDecoder.decode(
      Data(text.utf8), file: baselineFile, alliance: "t-01", baselineYear: 2021)
    return try #require(d.value, "baseline should decode: \(d.problems)")
  }

  static var zeroBaseline: Baseline {
    get throws { try baseline(zeroBaselineText) }
  }

  static func decode(_ text: String, year: Int = 2024, limits: ManifestLimits = ManifestLimits())
    -> Decoded<Manifest>
  {
    ManifestDecoder.decode(Data(text.utf8), file: file, alliance: "t-01", year: year, limits: limits)
  }

  static func decode(_ b: ManifestBuilder, year: Int = 2024) -> Decoded<Manifest> {
    decode(b.text, year: year)
  }

  /// Decodes (which must succeed) and scores. Like the batch, the decoder's problems (e.g. blank
  /// references, 重复证据) are joined to the scorer's, in report order.
  static func scored(
    _ b: ManifestBuilder, baseline: Baseline?, evidence: [String: EvidenceStatus] = [:],
    rubric: Rubric = .suizhouTrial, id: String = "t-01"
  ) throws -> Decoded<AllianceScore> {
    let d = ManifestDecoder.decode(b.data, file: file, alliance: id, year: 2024)
    let manifest = try #require(d.value, "manifest should decode: \(d.problems)")
    var scored = Scorer.score(
      manifest, county: "测试县", id: id, file: file, baselineFile: baselineFile, baseline: baseline,
      evidence: evidence, rubric: rubric)
    scored.problems = (d.problems + scored.problems).sorted(by: Problem.reportOrder)
    return scored
  }

  /// The warnings of scoring `b` with a zero baseline.
  static func warnings(_ b: ManifestBuilder) throws -> [Problem] {
    try scored(b, baseline: try zeroBaseline).problems.filter { $0.severity == .warning }
  }

  /// Decodes and scores with a zero baseline; the scoring must succeed.
  static func score(
    _ b: ManifestBuilder, evidence: [String: EvidenceStatus] = [:], rubric: Rubric = .suizhouTrial,
    id: String = "t-01"
  ) throws -> AllianceScore {
    let s = try scored(b, baseline: try zeroBaseline, evidence: evidence, rubric: rubric, id: id)
    return try #require(s.value, "alliance should be scored: \(s.problems)")
  }

  static func score(_ b: ManifestBuilder, baseline: Baseline?, evidence: [String: EvidenceStatus] = [:])
    throws -> AllianceScore
  {
    let s = try scored(b, baseline: baseline, evidence: evidence)
    return try #require(s.value, "alliance should be scored: \(s.problems)")
  }

  /// The score of one indicator.
  static func indicator(_ code: String, _ b: ManifestBuilder, evidence: [String: EvidenceStatus] = [:])
    throws -> IndicatorScore
  {
    try #require(try score(b, evidence: evidence).indicator(code))
  }
}

extension Decoded {
  var errors: [Problem] { problems.filter { $0.severity == .error } }
  var warnings: [Problem] { problems.filter { $0.severity == .warning } }
}

extension ManifestBuilder {
  /// The full alliance reduced to its core school (60 teachers): no member schools; the lists
  /// that named member schools now name only the core school, so that every indicator stays full.
  static var coreOnly: ManifestBuilder {
    full.removingSchool(2).removingSchool(1)
      .setting("C8", "covered", "[]")
      .setting("C11", "project_schools", list([core]))
      .replacingEntries(
        "C15.honor",
        [
          honor(school: core, category: "足球", level: "省级", evidence: "paper:C15/足球"),
          honor(school: core, category: "书法", level: "省级", evidence: "paper:C15/书法"),
          honor(school: core, category: "科技", level: "市级", evidence: "paper:C15/科技"),
        ])
  }
}
