import Foundation

/// A rubric file, `rubric-YYYY.toml` (SPEC §8): changes to the rubric it is applied over.
/// Only what the file names changes. The format is the one `canonicalText` writes, so an
/// exported rubric reads back as itself.
public enum RubricFile {
  static let gradeKeys = [("excellent", "优秀"), ("good", "良好"), ("pass", "合格")]
  static let typeKeys: [(String, AllianceType)] = [("fused", .fused), ("cooperative", .cooperative)]
  public static let maximumYear = 9999

  static let name = Field.text("name", "细则名称（写入每份输出）")
  static let baselineYear = Field.count("baseline_year", minimum: 1900, "增量指标（C16、C18、C19）的基线年")
  static let cycleFirstYear = Field.count("cycle_first_year", minimum: 1000, "评价周期的起始学年（如 2022：2022–2024 为一个周期）")
  static let cycleYears = Field.count("cycle_years", minimum: 1, "每个评价周期的学年数")
  /// Each grade's minimum total, with the grade it is for.
  static let gradeMinimums = gradeKeys.map { (Field.decimal($0.0, "\($0.1)的最低总分"), $0.1) }
  static let grades = Field.table("grades", gradeMinimums.map(\.0.spec), "等次分数线")
  /// In each group's table `[A1]`…`[A6]`.
  static let groupName = Field.text("name", "一级指标名称")
  /// In each indicator's table `[C1]`…`[C23]`, then the indicator's parameters.
  static let secondName = Field.text("second_name", "二级指标")
  static let text = Field.text("text", "考核要点")
  static let ruleText = Field.text("rule_text", "评分标准")
  static let target = Field.text("target", "考核对象")
  static let method = Field.text("method", "评价方式")
  static let points = Field.decimal("points", "分值")

  static func groupTable(_ g: GroupSpec) -> Field<FieldTable> {
    let points = Field.decimal("points", g.code == Rubric.bonusGroup ? "加分项上限" : "一级指标分值")
    return .table(g.code, [groupName.spec, points.spec], "一级指标 \(g.code)")
  }

  static func parameter(_ p: RuleParameter) -> Field<Decimal> { .decimal(p.key, p.meaning) }

  static func indicatorTable(_ i: IndicatorSpec) -> Field<FieldTable> {
    let keys =
      [secondName, text, ruleText, target, method].map(\.spec) + [points.spec] + i.parameters.map { parameter($0).spec }
    return .table(i.code, keys, "三级指标 \(i.code)")
  }

  static func applicable(_ base: Rubric) -> Field<FieldTable> {
    let codes = base.indicators.map(\.code)
    return .table(
      "applicable", typeKeys.map { Field.choices($0.0, codes, "\($0.1.rawValue)适用的指标").spec }, "各类型教联体适用的指标")
  }

  /// The keys a rubric file may hold, given the rubric it changes.
  static func schema(for base: Rubric) -> [FieldSpec] {
    [name.spec, baselineYear.spec, cycleFirstYear.spec, cycleYears.spec, grades.spec]
      + base.groups.map { groupTable($0).spec }
      + base.indicators.map { indicatorTable($0).spec } + [applicable(base).spec]
  }

  /// Applies the file to `base`. The result is not validated here: see `RubricValidation`.
  public static func apply(_ data: Data, file: String, to base: Rubric) -> Decoded<Rubric> {
    applied(data, file: file, to: base).decoded
  }

  /// `apply`, and the file's keys with their lines (`line(of:in:)`), to place later problems.
  public static func applied(_ data: Data, file: String, to base: Rubric) -> (
    decoded: Decoded<Rubric>, keys: FieldTable?
  ) {
    var validator: SchemaValidator
    let root: FieldTable
    switch SchemaValidator.read(data, file: file, alliance: nil, schema: schema(for: base), limits: ManifestLimits()) {
    case .success(let read): (validator, root) = read
    case .failure(let stop): return (Decoded(value: nil, problems: stop.problems), nil)
    }
    guard !validator.problems.contains(where: { $0.severity == .error }) else {
      return (Decoded(value: nil, problems: validator.problems), root)
    }
    return (Decoded(value: patched(base, with: root), problems: validator.problems), root)
  }

  /// The line of the first of `keys` (`["C5", "ratio_target"]`) that the file sets, if any.
  public static func line(of keys: [[String]], in root: FieldTable) -> Int? {
    for key in keys {
      guard let first = key.first else { continue }
      if key.count == 1, let line = root.lines[first] { return line }
      if key.count == 2, case .table(let t)? = root.values[first], let line = t.lines[key[1]] { return line }
    }
    return nil
  }

  static func patched(_ base: Rubric, with root: FieldTable) -> Rubric {
    var r = base
    if let name = root[name] { r.name = name }
    if let year = root[baselineYear] { r.baselineYear = year }
    if let year = root[cycleFirstYear] { r.cycleFirstYear = year }
    if let years = root[cycleYears] { r.cycleYears = years }
    let gradeTable = root[table: grades]
    for (field, name) in gradeMinimums {
      if let n = gradeTable[field], let i = r.grades.firstIndex(where: { $0.name == name }) {
        r.grades[i].minimum = n
      }
    }
    for i in r.groups.indices {
      guard let t = root[groupTable(r.groups[i])] else { continue }
      if let name = t[groupName] { r.groups[i].name = name }
      if let v = t[points] { r.groups[i].points = v }
    }
    for i in r.indicators.indices {
      guard let t = root[indicatorTable(r.indicators[i])] else { continue }
      if let v = t[secondName] { r.indicators[i].secondName = v }
      if let v = t[text] { r.indicators[i].text = v }
      if let v = t[ruleText] { r.indicators[i].ruleText = v }
      if let v = t[target] { r.indicators[i].target = v }
      if let v = t[method] { r.indicators[i].method = v }
      if let v = t[points] { r.indicators[i].points = v }
      for p in r.indicators[i].parameters.indices {
        if let v = t[parameter(r.indicators[i].parameters[p])] { r.indicators[i].parameters[p].value = v }
      }
    }
    let types = root[table: applicable(base)]
    for (key, type) in typeKeys {
      if let codes = types[Field.choices(key, [], "")] { r.applicable[type] = codes }
    }
    return r
  }
}
