import Foundation

/// The outcome of decoding one file: the value when there was no error, and every problem.
public struct Decoded<Value: Sendable & Equatable>: Sendable, Equatable {
  public var value: Value?
  public var problems: [Problem]

  public init(value: Value?, problems: [Problem]) {
    self.value = value
    self.problems = problems
  }

  public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}

/// Decodes and validates `YYYY.toml` (SPEC §2, §6). A pure function of the file's bytes.
public enum ManifestDecoder {
  /// - Parameters:
  ///   - file: the path relative to the input root, for problems.
  ///   - alliance: the alliance id (folder name).
  ///   - year: the year in the file name.
  public static func decode(
    _ data: Data, file: String, alliance: String, year: Int, limits: ManifestLimits = ManifestLimits()
  ) -> Decoded<Manifest> {
    decodeNamed(data, file: file, alliance: alliance, year: year, limits: limits).decoded
  }

  /// `decode`, and the alliance's display name when the file gives a valid one even though
  /// the manifest has errors (for the list of unscored alliances).
  public static func decodeNamed(
    _ data: Data, file: String, alliance: String, year: Int, limits: ManifestLimits = ManifestLimits()
  ) -> (decoded: Decoded<Manifest>, name: String?) {
    var validator: SchemaValidator
    let root: FieldTable
    switch SchemaValidator.read(data, file: file, alliance: alliance, schema: ManifestSchema.manifest, limits: limits) {
    case .success(let read): (validator, root) = read
    case .failure(let stop): return (Decoded(value: nil, problems: stop.problems), nil)
    }
    let manifest = validate(root, year: year, validator: &validator)
    let ok = !validator.problems.contains { $0.severity == .error }
    return (Decoded(value: ok ? manifest : nil, problems: validator.problems), root[ManifestSchema.alliance])
  }

  /// Cross-field checks: schools, names, numbers that depend on each other, the year.
  static func validate(_ root: FieldTable, year: Int, validator: inout SchemaValidator) -> Manifest? {
    typealias Keys = ManifestSchema.SchoolKeys
    if let y = root[ManifestSchema.year], y != year {
      validator.error("year = \(y) 与文件名 \(year).toml 不一致", at: [.key("year")])
    }
    let schoolTables = root[list: ManifestSchema.schools]
    if schoolTables.count > validator.limits.maximumSchools {
      validator.error(
        "学校过多（\(schoolTables.count) 所），上限为 \(validator.limits.maximumSchools)", at: [.key("school")])
    }
    var schools: [School] = []
    var seen: Set<String> = []
    for (i, t) in schoolTables.enumerated() {
      // A school with a valid name is declared even when another of its values is wrong.
      guard let name = t[Keys.name] else { continue }
      if seen.contains(name) {
        validator.error("学校名称重复：\(name)", at: [.key("school"), .index(i), .key("name")])
      }
      seen.insert(name)
      guard let roleText = t[Keys.role], let role = SchoolRole(rawValue: roleText), let teachers = t[Keys.teachers]
      else { continue }
      // Evidence keys name the school: `school[2].annual_plan` → `school“柳林小学”.annual_plan`.
      let prefix = "school[\(i + 1)]"
      let fields = t.relabeled { $0.hasPrefix(prefix) ? "school“\(name)”" + $0.dropFirst(prefix.count) : $0 }
      schools.append(School(name: name, role: role, tags: t[list: Keys.tags], teachers: teachers, fields: fields))
    }
    if root.values["school"] != nil, schoolTables.isEmpty {
      validator.error("school 中没有任何学校：应为教联体内每一所学校（含核心校或牵头校）写一段 [[school]]", at: [.key("school")])
    }
    if schools.count == schoolTables.count, !schoolTables.isEmpty {
      let cores = schools.indices.filter { schools[$0].role.isCore }
      if cores.count != 1 {
        // Point at the second core school when there are two, else at the first school.
        let at = cores.count > 1 ? cores[1] : 0
        validator.error(
          "应有且只有一所核心校或牵头校，实际为 \(cores.count) 所", at: [.key("school"), .index(at), .key("role")])
      }
    }
    checkNames(root, schema: ManifestSchema.manifest, path: [], declared: seen, validator: &validator)
    for indicator in Indicators.all {
      guard let check = indicator.check, let table = indicator.table, let t = root[table] else { continue }
      for problem in check(t, schools) {
        let path: [TOMLPath.Component] = [.key(table.key), .key(problem.key)]
        if problem.isWarning {
          validator.warning(problem.message, at: path)
        } else {
          validator.error(problem.message, at: path)
        }
      }
    }
    var selfAssessment: [String: Decimal] = [:]
    if let t = root[ManifestSchema.selfAssessment] {
      for (key, value) in t.values {
        if case .number(let n) = value { selfAssessment[key] = n }
      }
    }
    guard let alliance = root[ManifestSchema.alliance], let typeText = root[ManifestSchema.type],
      let type = AllianceType(rawValue: typeText), let y = root[ManifestSchema.year]
    else { return nil }
    var relabeled = root
    if schools.count == schoolTables.count { relabeled.values["school"] = .tables(schools.map(\.fields)) }
    return Manifest(
      alliance: alliance, type: type, year: y, schools: schools, root: relabeled,
      selfAssessment: selfAssessment)
  }

  static func checkDeclared(
    _ names: [String], _ path: [TOMLPath.Component], _ declared: Set<String>, _ validator: inout SchemaValidator
  ) {
    for name in names where !declared.contains(name) {
      validator.error(
        "\(SchemaValidator.name(path)) 中的学校“\(shown(name))”未在 [[school]] 中声明\(hint(name, declared))", at: path)
    }
  }

  /// A name with its leading and trailing spaces made visible (`北郊两水小学␣`).
  static func shown(_ name: String) -> String {
    let inner = name.trimmingSpaces
    guard inner != name, let range = name.range(of: inner), !inner.isEmpty else { return name }
    func mark(_ s: Substring) -> String { String(repeating: "␣", count: s.count) }
    return mark(name[..<range.lowerBound]) + inner + mark(name[range.upperBound...])
  }

  /// `，是否应为“…”？` with the declared name meant, when one is near enough.
  static func hint(_ name: String, _ declared: Set<String>) -> String {
    let trimmed = name.trimmingSpaces
    if trimmed != name, declared.contains(trimmed) { return "（名称前后多了空格，应为“\(trimmed)”）" }
    let names = declared.sorted { $0.codePointLess(than: $1) }
    return Hints.nearest(trimmed, among: names).map { "，是否应为“\($0)”？" } ?? ""
  }

  /// Every school name given where a declared school is meant (`.schoolName`, `.schoolNames`
  /// anywhere in the schema) must be one of the `[[school]]` names.
  static func checkNames(
    _ table: FieldTable, schema: [FieldSpec], path: [TOMLPath.Component], declared: Set<String>,
    validator: inout SchemaValidator
  ) {
    for spec in schema {
      guard let value = table.values[spec.key] else { continue }
      let here = path + [.key(spec.key)]
      switch (spec.kind, value) {
      case (.schoolName, .text(let name)):
        checkDeclared([name], here, declared, &validator)
      case (.schoolNames, .texts(let names)):
        checkDeclared(names, here, declared, &validator)
      case (.table(let sub), .table(let t)):
        checkNames(t, schema: sub, path: here, declared: declared, validator: &validator)
      case (.tables(let sub), .tables(let ts)) where spec.key != ManifestSchema.schools.key:
        for (i, t) in ts.enumerated() {
          checkNames(t, schema: sub, path: here + [.index(i)], declared: declared, validator: &validator)
        }
      default: continue
      }
    }
  }
}

/// Decodes `baseline.toml` (SPEC §2): the baseline year's counts for C16, C18, C19.
public enum BaselineDecoder {
  public static func decode(
    _ data: Data, file: String, alliance: String, baselineYear: Int,
    limits: ManifestLimits = ManifestLimits()
  ) -> Decoded<Baseline> {
    var validator: SchemaValidator
    let root: FieldTable
    switch SchemaValidator.read(data, file: file, alliance: alliance, schema: ManifestSchema.baseline, limits: limits) {
    case .success(let read): (validator, root) = read
    case .failure(let stop): return Decoded(value: nil, problems: stop.problems)
    }
    if let y = root[ManifestSchema.baselineYear], y != baselineYear {
      validator.error("基线年 year = \(y)，应为 \(baselineYear)", at: [.key("year")])
    }
    var counts: [String: LevelCounts] = [:]
    for indicator in Indicators.all {
      if let table = indicator.baselineTable, let t = root[table] { counts[indicator.code] = LevelCounts(t) }
    }
    let ok = !validator.problems.contains { $0.severity == .error }
    return Decoded(
      value: ok ? Baseline(counts: counts, evidence: root.allEvidence) : nil, problems: validator.problems)
  }
}
