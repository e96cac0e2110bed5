import Foundation

/// The annotated templates written by `jlt init`: every key of the manifest, each indicator
/// introduced by its 考核要点 from the effective rubric, each key followed by what to give. Every
/// value the clerk must supply (names, headcounts, percentages, counts, money) is a placeholder
/// `（请填写…）`, and a placeholder left in a file is an error with its line (SPEC §7), so an
/// unfilled template never passes `jlt check`.
public enum ManifestTemplate {
  /// The start of every placeholder text.
  public static let placeholderPrefix = "（请填写"

  /// `（请填写教师人数）`.
  static func placeholder(_ what: String) -> TOMLWriter.Value { .string("\(placeholderPrefix)\(what)）") }

  public static func text(year: Int, type: AllianceType, schools count: Int, rubric: Rubric) -> String {
    let n = max(1, count)
    let coreRole = type == .fused ? SchoolRole.core : SchoolRole.lead
    let names = (1...n).map {
      $0 == 1 ? "\(placeholderPrefix)\(coreRole.rawValue)名称）" : "\(placeholderPrefix)成员校\($0 - 1)名称）"
    }
    var w = TOMLWriter()
    comment(&w, "\(year)学年 教联体证据清单（\(type.rawValue)）。依据：\(rubric.name)。")
    comment(&w, "“（请填写…）”处须改成实际内容，否则 jlt check 报错。")
    comment(&w, "证据写成相对于本教联体文件夹的路径（如 evidence/\(year)/章程.pdf），或纸质档案 paper:档案号；路径用 / 分隔。")
    comment(&w, "文件须真实存在且不为空；未提供的证据按缺失计分。")
    w.blank()
    w.set("alliance", placeholder("教联体名称"), comment: "教联体名称")
    w.set("type", .string(type.rawValue), comment: "融合型 或 共建型")
    w.set("year", .integer(year), comment: "学年，须与文件名相同")
    for (i, name) in names.enumerated() {
      let role = i == 0 ? coreRole : .member
      w.arrayOfTables("school", comment: "每所学校一段，含\(coreRole.rawValue)")
      w.set("name", .string(name))
      w.set("role", .string(role.rawValue), comment: "核心校、牵头校或成员校，只能有一所核心校或牵头校")
      w.set("tags", .strings([]), comment: "可选：\(ManifestSchema.tags.joined(separator: " "))")
      w.set("teachers", placeholder("在编在岗教师人数"), comment: "整数")
      for field in ManifestSchema.school.dropFirst(ManifestSchema.schoolOwn.count)
      where role == .member || field.audience != .memberSchools {
        if case .choice(let options) = field.kind {
          // Optional words (the core school's evaluation): shown, commented out.
          w.line("# \(field.key) = \(TOMLWriter.quoted(options.first ?? ""))  # \(field.meaning)（有则填写）")
          continue
        }
        let value = Self.value(field, path: "evidence/\(year)/学校\(i + 1)/\(fileName(field.meaning))")
        w.set(field.key, value, comment: field.meaning)
      }
    }
    let members = Array(names.dropFirst())
    for indicator in rubric.indicators {
      w.blank()
      comment(&w, "\(indicator.code)（\(indicator.points.scoreText)分）考核要点：\(indicator.text)")
      comment(&w, "评分标准：\(indicator.ruleText)")
      guard rubric.applies(indicator.code, to: type) else {
        comment(&w, "本年度细则中此项不适用于\(type.rawValue)教联体，无需填写。")
        continue
      }
      guard let table = indicator.definition.table, case .table(let declared) = table.spec.kind else {
        comment(&w, "此项在各 [[school]] 中填写。")
        continue
      }
      // Keys that count only for the other type of alliance are left out.
      let fields = declared.filter { if case .allianceType(let only) = $0.audience { only == type } else { true } }
      Self.table(&w, table.key, fields, year: year, members: members, all: names)
    }
    w.blank()
    comment(&w, "自评分（可选）：每项填0到该项分值之间的数，如 C1 = 5。与核定得分相差1分以上会提示。")
    w.table("self_assessment")
    return w.text
  }

  /// `baseline.toml`: the baseline year's counts of C16, C18, C19, each a placeholder.
  public static func baseline(rubric: Rubric) -> String {
    var w = TOMLWriter()
    comment(&w, "\(rubric.baselineYear)年基线（C16、C18、C19 的增量以此为准）。“（请填写…）”处须改成实际数字，没有的填 0。")
    w.blank()
    w.set("year", .integer(rubric.baselineYear), comment: "基线年")
    for indicator in rubric.indicators {
      guard let table = indicator.definition.baselineTable, case .table(let fields) = table.spec.kind else { continue }
      w.table(table.key, comment: table.meaning)
      for field in fields {
        w.set(
          field.key, value(field, path: "evidence/\(rubric.baselineYear)/\(table.key)/基线核定表.pdf"),
          comment: field.meaning)
      }
    }
    return w.text
  }

  /// The template's value of one key: a path for evidence, a placeholder for a number.
  static func value(_ field: FieldSpec, path: String) -> TOMLWriter.Value {
    switch field.kind {
    case .evidence: return .string(path)
    case .evidenceList: return .strings([path])
    case .count: return placeholder(field.meaning + "，没有的填0")
    case .percent: return placeholder(field.meaning + "，如 85.5")
    case .money: return placeholder(field.meaning + "，没有的填0")
    case .choices(let options): return .strings(Array(options.prefix(1)))
    case .choice(let options): return .string(options.first ?? "")
    default: return placeholder(field.meaning)
    }
  }

  /// One indicator's table, its sub-tables and (commented out) its repeatable entries.
  static func table(
    _ w: inout TOMLWriter, _ code: String, _ fields: [FieldSpec], year: Int, members: [String], all: [String]
  ) {
    let path = { (field: FieldSpec) in "evidence/\(year)/\(code)/\(fileName(field.meaning))" }
    let plain = fields.filter {
      switch $0.kind {
      case .table, .tables: return false
      default: return true
      }
    }
    if !plain.isEmpty { w.table(code, separated: false) }
    for field in plain {
      switch field.kind {
      case .schoolNames:
        w.set(field.key, .strings(field.key == "covered" ? members : all), comment: field.meaning)
      case .choice(let options):
        w.line(
          "# \(field.key) = \(TOMLWriter.quoted(options.first ?? ""))  # \(field.meaning)：\(options.joined(separator: " "))（有则填写）"
        )
      case .choices(let options):
        w.set(field.key, value(field, path: ""), comment: "\(field.meaning)：可选 \(options.joined(separator: " "))")
      default:
        w.set(field.key, value(field, path: path(field)), comment: field.meaning)
      }
    }
    for field in fields {
      switch field.kind {
      case .table(let sub):
        w.table("\(code).\(field.key)", comment: field.meaning)
        for s in sub {
          w.set(
            s.key, value(s, path: "evidence/\(year)/\(code)/\(field.key)-\(fileName(s.meaning))"), comment: s.meaning)
        }
      case .tables(let sub):
        if !plain.isEmpty { w.blank() }
        w.line("# 可重复：\(field.meaning)。有则去掉下面各行开头的 # 并填写：")
        w.line("# [[\(code).\(field.key)]]")
        for s in sub {
          let example: TOMLWriter.Value
          switch s.kind {
          case .schoolName: example = .string(all.first ?? "")
          case .evidence: example = .string("evidence/\(year)/\(code)/证书.pdf")
          default: example = value(s, path: "")
          }
          let options = { () -> String in
            if case .choice(let o) = s.kind { return "：" + o.joined(separator: " ") }
            return ""
          }()
          w.line("# \(s.key) = \(example.text)  # \(s.meaning)\(options)")
        }
      default: continue
      }
    }
  }

  /// A file name from a key's meaning (at most 20 characters, no `/`).
  static func fileName(_ meaning: String) -> String {
    meaning.prefix(20).replacingOccurrences(of: "/", with: "、") + ".pdf"
  }

  /// A comment, split into lines of about 60 characters.
  static func comment(_ w: inout TOMLWriter, _ text: String) {
    var current = ""
    for ch in text {
      current.append(ch)
      if current.count >= 60 {
        w.comment(current)
        current = ""
      }
    }
    if !current.isEmpty { w.comment(current) }
  }
}
