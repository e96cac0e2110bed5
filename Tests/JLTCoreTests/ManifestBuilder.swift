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
}
