import Foundation

/// The annotated manifest template written by `jlt init` (issue: rubric files and forms):
/// every key present, each indicator introduced by its 考核要点 from the effective rubric,
/// each key followed by what evidence to give. Passes `jlt check` once its files exist.
public enum ManifestTemplate {
  public static func text(year: Int, type: AllianceType, schools count: Int, rubric: Rubric) -> String {
    let n = max(1, count)
    let coreRole = type == .fused ? "核心校" : "牵头校"
    let names = (1...n).map { $0 == 1 ? "（请填写\(coreRole)名称）" : "（请填写成员校\($0 - 1)名称）" }
    var out: [String] = []
    func q(_ s: String) -> String { TOMLWriter.quoted(s) }
    func comment(_ text: String) {
      for line in wrap(text, width: 60) { out.append("# \(line)") }
    }
    comment("\(year)学年 教联体证据清单（\(type.rawValue)）。依据：\(rubric.name)。")
    comment("证据写成相对于本教联体文件夹的路径（如 evidence/\(year)/章程.pdf），或纸质档案 paper:档案号。")
    comment("文件须真实存在且不为空；未提供的证据按缺失计分。")
    out.append("")
    out.append("alliance = \(q("（请填写教联体名称）"))  # 教联体名称")
    out.append("type = \(q(type.rawValue))  # 融合型 或 共建型")
    out.append("year = \(year)  # 学年，须与文件名相同")
    let members = names.dropFirst()
    for (i, name) in names.enumerated() {
      out.append("")
      out.append("[[school]]  # 每所学校一段，含\(coreRole)")
      out.append("name = \(q(name))")
      out.append("role = \(q(i == 0 ? coreRole : "成员校"))  # 核心校、牵头校或成员校，只能有一所核心校或牵头校")
      out.append("tags = []  # 可选：城区 农村 薄弱 新建")
      out.append("teachers = 1  # 在编在岗教师人数（整数）")
      let dir = "evidence/\(year)/学校\(i + 1)"
      if i > 0 {
        out.append("annual_plan = \(q("\(dir)/年度工作计划.pdf"))  # C2 成员校年度工作计划")
        out.append("annual_summary = \(q("\(dir)/年度工作总结.pdf"))  # C2 成员校年度工作总结")
        out.append("principal_meeting_records = \(q("\(dir)/校长参加办公会记录.pdf"))  # C3 成员校校长参加核心校办公会的记录")
      }
      out.append("culture_feature = \(q("\(dir)/一校一特色.pdf"))  # C14 一校一特色")
      out.append("survey_satisfaction = 0  # C20 第三方满意度调查结果（百分比，0–100）")
      out.append("survey_evidence = \(q("\(dir)/满意度调查报告.pdf"))  # C20 第三方满意度调查报告")
    }
    for indicator in rubric.indicators {
      out.append("")
      comment("\(indicator.code)（\(indicator.points.scoreText)分）考核要点：\(indicator.text)")
      comment("评分标准：\(indicator.ruleText)")
      guard rubric.applies(indicator.code, to: type) else {
        comment("本年度细则中此项不适用于\(type.rawValue)教联体，无需填写。")
        continue
      }
      guard let table = indicator.definition.table, case .table(let declared) = table.spec.kind else {
        comment("此项在各 [[school]] 中填写（如 survey_satisfaction 与 survey_evidence）。")
        continue
      }
      // Keys that count only for the other type of alliance are left out.
      let fields = declared.filter { if case .allianceType(let only) = $0.audience { only == type } else { true } }
      out += Self.table(table.key, fields, year: year, type: type, members: Array(members), all: names)
    }
    out.append("")
    comment("自评分（可选）：每项填0到该项分值之间的数，如 C1 = 5。与核定得分相差1分以上会提示。")
    out.append("[self_assessment]")
    return out.joined(separator: "\n") + "\n"
  }

  /// The lines of one indicator table.
  static func table(
    _ code: String, _ fields: [FieldSpec], year: Int, type: AllianceType, members: [String], all: [String]
  ) -> [String] {
    func q(_ s: String) -> String { TOMLWriter.quoted(s) }
    var out: [String] = []
    var header = "[\(code)]"
    var subtables: [(String, [FieldSpec])] = []
    var body: [String] = []
    for field in fields {
      let path = "evidence/\(year)/\(code)/\(field.meaning.prefix(20).replacingOccurrences(of: "/", with: "、")).pdf"
      let note = "  # \(field.meaning)"
      switch field.kind {
      case .evidence:
        body.append("\(field.key) = \(q(path))\(note)")
      case .evidenceList:
        body.append("\(field.key) = [\(q(path))]\(note)（每份一条）")
      case .count:
        body.append("\(field.key) = 0\(note)")
      case .percent, .money:
        body.append("\(field.key) = 0\(note)")
      case .choices(let options):
        body.append("\(field.key) = [\(q(options[0]))]\(note)：可选 \(options.joined(separator: " "))")
      case .schoolNames:
        let names = field.key == "covered" ? members : all
        body.append("\(field.key) = [\(names.map(q).joined(separator: ", "))]\(note)")
      case .table(let sub):
        subtables.append((field.key, sub))
      case .tables(let sub):
        out.append("# 可重复：\(field.meaning)。有则去掉下面各行开头的 # 并填写：")
        out.append("# [[\(code).\(field.key)]]")
        for s in sub {
          let example: String
          switch s.kind {
          case .choice(let options): example = q(options[0]) + "  # \(s.meaning)：\(options.joined(separator: " "))"
          case .schoolName: example = q(all.first ?? "") + "  # \(s.meaning)"
          case .evidence: example = q("evidence/\(year)/\(code)/证书.pdf") + "  # \(s.meaning)"
          default: example = q("") + "  # \(s.meaning)"
          }
          out.append("# \(s.key) = \(example)")
        }
        header = ""
      case .choice(let options):
        out.append("# \(field.key) = \(q(options[0]))  # \(field.meaning)：\(options.joined(separator: " "))（有则填写）")
      default:
        continue
      }
    }
    if !body.isEmpty || !subtables.isEmpty {
      if header.isEmpty { header = "[\(code)]" }
      out.insert(header, at: 0)
      out += body
    }
    for (key, sub) in subtables {
      out.append("[\(code).\(key)]")
      for s in sub {
        out.append("\(s.key) = \(q("evidence/\(year)/\(code)/\(key)-\(s.meaning).pdf"))  # \(s.meaning)")
      }
    }
    return out
  }

  /// Splits a long comment into lines of about `width` characters.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for ch in text {
      current.append(ch)
      if current.count >= width {
        lines.append(current)
        current = ""
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }
}
