import Foundation

/// A rubric file, `rubric-YYYY.toml` (SPEC §8): changes to the rubric it is applied over.
/// Only what the file names changes. The format is the one `canonicalText` writes, so an
/// exported rubric reads back as itself.
public enum RubricFile {
  static let gradeKeys = [("excellent", "优秀"), ("good", "良好"), ("pass", "合格")]
  static let typeKeys: [(String, AllianceType)] = [("fused", .fused), ("cooperative", .cooperative)]
  public static let maximumYear = 9999

  /// The keys a rubric file may hold, given the rubric it changes.
  static func schema(for base: Rubric) -> [FieldSpec] {
    var fields: [FieldSpec] = [
      FieldSpec("name", .text, "细则名称（写入每份输出）"),
      FieldSpec("baseline_year", .count(minimum: 1900), "增量指标（C16、C18、C19）的基线年"),
      FieldSpec(
        "grades",
        .table(gradeKeys.map { FieldSpec($0.0, .decimal, "\($0.1)的最低总分") }), "等次分数线"),
    ]
    for g in base.groups {
      fields.append(
        FieldSpec(
          g.code,
          .table([
            FieldSpec("name", .text, "一级指标名称"),
            FieldSpec("points", .decimal, g.code == Rubric.bonusGroup ? "加分项上限" : "一级指标分值"),
          ]), "一级指标 \(g.code)"))
    }
    for i in base.indicators {
      var keys: [FieldSpec] = [
        FieldSpec("second_name", .text, "二级指标"),
        FieldSpec("text", .text, "考核要点"),
        FieldSpec("rule_text", .text, "评分标准"),
        FieldSpec("target", .text, "考核对象"),
        FieldSpec("method", .text, "评价方式"),
        FieldSpec("points", .decimal, "分值"),
      ]
      keys += i.parameters.map { FieldSpec($0.key, .decimal, $0.meaning) }
      fields.append(FieldSpec(i.code, .table(keys), "三级指标 \(i.code)"))
    }
    let codes = base.indicators.map(\.code)
    fields.append(
      FieldSpec(
        "applicable",
        .table(typeKeys.map { FieldSpec($0.0, .choices(codes), "\($0.1.rawValue)适用的指标") }),
        "各类型教联体适用的指标"))
    return fields
  }

  /// Applies the file to `base`. The result is not validated here: see `RubricValidation`.
  public static func apply(_ data: Data, file: String, to base: Rubric) -> Decoded<Rubric> {
    var reader: TOMLReader
    let root: FieldTable
    switch TOMLReader.read(data, file: file, alliance: nil, schema: schema(for: base), limits: ManifestLimits()) {
    case .success(let read): (reader, root) = read
    case .failure(let stop): return Decoded(value: nil, problems: stop.problems)
    }
    guard !reader.problems.contains(where: { $0.severity == .error }) else {
      return Decoded(value: nil, problems: reader.problems)
    }
    return Decoded(value: patched(base, with: root), problems: reader.problems)
  }

  static func patched(_ base: Rubric, with root: FieldTable) -> Rubric {
    var r = base
    if let name = root.text("name") { r.name = name }
    if let year = root.integer("baseline_year") { r.baselineYear = year }
    if let grades = root.table("grades") {
      for (key, name) in gradeKeys {
        if let n = grades.number(key), let i = r.grades.firstIndex(where: { $0.name == name }) {
          r.grades[i].minimum = n
        }
      }
    }
    for i in r.groups.indices {
      guard let t = root.table(r.groups[i].code) else { continue }
      if let name = t.text("name") { r.groups[i].name = name }
      if let points = t.number("points") { r.groups[i].points = points }
    }
    for i in r.indicators.indices {
      guard let t = root.table(r.indicators[i].code) else { continue }
      if let v = t.text("second_name") { r.indicators[i].secondName = v }
      if let v = t.text("text") { r.indicators[i].text = v }
      if let v = t.text("rule_text") { r.indicators[i].ruleText = v }
      if let v = t.text("target") { r.indicators[i].target = v }
      if let v = t.text("method") { r.indicators[i].method = v }
      if let v = t.number("points") { r.indicators[i].points = v }
      for p in r.indicators[i].parameters.indices {
        if let v = t.number(r.indicators[i].parameters[p].key) { r.indicators[i].parameters[p].value = v }
      }
    }
    if let t = root.table("applicable") {
      for (key, type) in typeKeys where t[key] != nil {
        r.applicable[type] = t.texts(key)
      }
    }
    return r
  }
}
