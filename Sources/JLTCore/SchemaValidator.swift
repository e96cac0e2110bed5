import Foundation

/// Walks a parsed TOML document against a schema, turning it into validated values and
/// problems, each with the line of the key it is about.
struct SchemaValidator {
  typealias Component = TOMLPath.Component

  let file: String
  let alliance: String?
  let limits: ManifestLimits
  /// The parsed document, where the lines of values are found.
  var document = TOMLTable()
  var problems: [Problem] = []

  init(file: String, alliance: String?, limits: ManifestLimits) {
    self.file = file
    self.alliance = alliance
    self.limits = limits
  }

  /// Decodes `data` (SPEC §2 Encoding), parses it and reads the root against `schema`: the
  /// reader (holding the problems so far) and the root's values, or the problems that stop it.
  static func read(
    _ data: Data, file: String, alliance: String?, schema: [FieldSpec], limits: ManifestLimits
  ) -> Result<(SchemaValidator, FieldTable), ProblemList> {
    let text: String
    switch TextDecoding.decode(data) {
    case .success(let t): text = t
    case .failure(let why):
      return .failure(ProblemList([.error(why.chinese, file: file, line: why.line, alliance: alliance)]))
    }
    var reader = SchemaValidator(file: file, alliance: alliance, limits: limits)
    switch TOMLParser.parse(text) {
    case .success(let document): reader.document = document
    case .failure(let error):
      // The parser stops at the first syntax error: say that what follows was not checked.
      let message = error.message + "（此处之后的内容未检查，改正后请重新检查）"
      return .failure(ProblemList([.error(message, file: file, line: error.line, alliance: alliance)]))
    }
    let root = reader.table(reader.document, schema: schema, path: [])
    return .success((reader, root))
  }

  /// The largest count accepted: far above any real headcount, small enough that sums never overflow.
  static let maximumCount = 1_000_000

  mutating func error(_ message: String, at path: [Component]) {
    problems.append(.error(message, file: file, line: document.line(of: path), alliance: alliance))
  }

  mutating func warning(_ message: String, at path: [Component]) {
    problems.append(.warning(message, file: file, line: document.line(of: path), alliance: alliance))
  }

  /// An integer or a float as a decimal (a float through its shortest text, SPEC §2); nil for
  /// anything else, and for inf and nan.
  static func number(_ value: TOMLValue) -> Decimal? {
    switch value.kind {
    case .integer(let n): return Decimal(n)
    case .float(let x): return Decimal(shortestTextOf: x)
    default: return nil
    }
  }

  mutating func table(_ t: TOMLTable, schema: [FieldSpec], path: [Component]) -> FieldTable {
    var result = FieldTable()
    for key in t.keys.sorted() {
      guard let value = t[key] else { continue }
      let here = path + [.key(key)]
      guard let spec = schema.first(where: { $0.key == key }) else {
        var message = "未知的键 \(Self.name(here))"
        if let hint = Hints.nearest(key, among: schema.map(\.key)) {
          message += "，是否应为 \(hint)？"
        }
        error(message, at: here)
        continue
      }
      result.lines[key] = value.line
      if let decoded = self.value(value, spec: spec, path: here) {
        result.values[key] = decoded
      }
    }
    for spec in schema where spec.required && t[spec.key] == nil {
      let where_ = path.isEmpty ? "" : "（\(Self.name(path))）"
      error("缺少必填的键 \(spec.key)\(where_)：\(spec.meaning)", at: path)
    }
    return result
  }

  mutating func string(_ value: TOMLValue, path: [Component], expected: String) -> String? {
    guard let s = value.string else {
      error("\(Self.name(path)) 应为\(expected)，实际为 \(Self.shown(value))", at: path)
      return nil
    }
    if isPlaceholder(s) {
      placeholder(s, at: path)
      return nil
    }
    // A scalar takes at least one UTF-8 byte: short text needs no count of its scalars.
    if s.utf8.count > limits.maximumStringLength && s.unicodeScalars.count > limits.maximumStringLength {
      error(
        "\(Self.name(path)) 的文字过长（\(s.unicodeScalars.count) 个字符），上限为 \(limits.maximumStringLength)",
        at: path)
      return nil
    }
    return s
  }

  mutating func array(_ value: TOMLValue, path: [Component], expected: String) -> [TOMLValue]? {
    guard let a = value.array else {
      error("\(Self.name(path)) 应为\(expected)，实际为 \(Self.shown(value))", at: path)
      return nil
    }
    if a.count > limits.maximumListEntries {
      error("\(Self.name(path)) 的条目过多（\(a.count) 条），上限为 \(limits.maximumListEntries)", at: path)
      return nil
    }
    return Array(a)
  }

  /// A list of texts, each one of `options` when given; repeats are kept once. Nil when the list
  /// or any item is wrong (each wrong item is reported).
  mutating func texts(
    _ value: TOMLValue, path: [Component], expected: (list: String, item: String), options: [String]?
  ) -> [String]? {
    guard let items = array(value, path: path, expected: expected.list) else { return nil }
    var out: [String] = []
    var ok = true
    for (i, item) in items.enumerated() {
      guard let s = string(item, path: path + [.index(i)], expected: expected.item) else {
        ok = false
        continue
      }
      if let options, !options.contains(s) {
        error("\(Self.name(path)) 的取值应为 \(options.joined(separator: "、")) 之一，实际为 \"\(s)\"", at: path)
        ok = false
        continue
      }
      if !out.contains(s) { out.append(s) }
    }
    return ok ? out : nil
  }

  mutating func reference(_ value: TOMLValue, path: [Component]) -> EvidenceRef? {
    guard let s = string(value, path: path, expected: "证据（文字：文件路径或 paper:档案号）") else { return nil }
    let key = Self.name(path)
    if let raw = Self.windowsPath(s) {
      // `"evidence\new\a.pdf"`: TOML read `\n` as a newline. Absent, with the fix shown.
      let slashed = raw.replacingOccurrences(of: "\\", with: "/")
      problems.append(
        .warning(
          "证据缺失：\(key) 的路径中有 \\ 开头的转义：在 TOML 的双引号字符串里 \\ 表示转义（\\n 是换行，\\t 是制表符），"
            + "路径 \(raw) 因此读错了。请改用 / 分隔：\"\(slashed)\"，或写成单引号的字面字符串：'\(raw)'",
          file: file, line: value.line, alliance: alliance))
      return EvidenceRef(key: key, text: s, target: .blank, line: value.line)
    }
    switch EvidenceRef.classify(s) {
    case .success(let target):
      let line: Int? = value.line
      if target == .blank {
        problems.append(
          .warning("证据缺失：\(key) 未填写证据", file: file, line: line, alliance: alliance))
      }
      return EvidenceRef(key: key, text: s, target: target, line: line)
    case .failure(let why):
      error("\(key) = \"\(s)\"：\(why.chinese)", at: path)
      return nil
    }
  }

  /// A text still reading `（请填写…）`, as `jlt init` wrote it.
  func isPlaceholder(_ s: String) -> Bool {
    s.trimmingSpaces.hasPrefix(ManifestTemplate.placeholderPrefix)
  }

  mutating func placeholder(_ s: String, at path: [Component]) {
    error("\(Self.name(path)) 尚未填写：“\(s)”是模板中的占位文字，请改成实际内容", at: path)
  }

  mutating func value(_ value: TOMLValue, spec: FieldSpec, path: [Component]) -> FieldValue? {
    // Made only when a message or an evidence list needs it (most values need neither).
    lazy var name = Self.name(path)
    if let s = value.string, isPlaceholder(s) {
      placeholder(s, at: path)
      return nil
    }
    switch spec.kind {
    case .evidence:
      return reference(value, path: path).map(FieldValue.evidence)
    case .evidenceList:
      guard let items = array(value, path: path, expected: "证据列表") else { return nil }
      var refs: [EvidenceRef] = []
      var ok = true
      for (i, item) in items.enumerated() {
        guard let r = reference(item, path: path + [.index(i)]) else {
          ok = false
          continue
        }
        if r.target != .blank, refs.contains(where: { $0.target == r.target }) {
          warning("重复证据：\(name) 中 \"\(r.text)\" 出现多次，只计一次", at: path)
          continue
        }
        refs.append(EvidenceRef(key: name, text: r.text, target: r.target, line: r.line))
      }
      return ok ? .evidenceList(refs) : nil
    case .count(let minimum):
      guard let n = value.integer else {
        error("\(name) 应为不小于\(minimum)的整数，实际为 \(Self.shown(value))\(Self.numberHint(value, whole: true))", at: path)
        return nil
      }
      guard n >= minimum else {
        error("\(name) 应为不小于\(minimum)的整数，实际为 \(n)", at: path)
        return nil
      }
      guard n <= Self.maximumCount else {
        error("\(name) 数值过大（\(n)），上限为 \(Self.maximumCount)", at: path)
        return nil
      }
      return .integer(n)
    case .percent, .money:
      let isPercent = spec.kind == .percent
      let expected = isPercent ? "0到100之间的数" : "不小于0的金额（元）"
      guard let n = Self.number(value), n >= 0, !isPercent || n <= 100 else {
        error("\(name) 应为\(expected)，实际为 \(Self.shown(value))\(Self.numberHint(value, whole: false))", at: path)
        return nil
      }
      if isPercent, n > 0, n <= 1 {
        warning(
          "\(name) = \(Self.shown(value)) 按 \(n.scoreText)% 计；百分比写成 85 表示 85%，如是 \((n * 100).scoreText)% 请写成 \((n * 100).scoreText)",
          at: path)
      }
      return .number(n)
    case .text:
      guard let s = string(value, path: path, expected: "文字") else { return nil }
      if s.trimmingSpaces.isEmpty && spec.required {
        error("\(name) 不能为空", at: path)
        return nil
      }
      return .text(s)
    case .choice(let options):
      guard let s = string(value, path: path, expected: options.joined(separator: "、") + "之一") else {
        return nil
      }
      guard options.contains(s) else {
        error("\(name) 应为 \(options.joined(separator: "、")) 之一，实际为 \"\(s)\"", at: path)
        return nil
      }
      return .text(s)
    case .choices(let options):
      return texts(value, path: path, expected: ("列表", "文字"), options: options).map(FieldValue.texts)
    case .schoolName:
      return string(value, path: path, expected: "学校名称").map(FieldValue.text)
    case .schoolNames:
      return texts(value, path: path, expected: ("学校名称列表", "学校名称"), options: nil).map(FieldValue.texts)
    case .table(let schema):
      guard let t = value.table else {
        error("\(name) 应为表（[\(name)]），实际为 \(Self.shown(value))", at: path)
        return nil
      }
      return .table(table(t, schema: schema, path: path))
    case .tables(let schema):
      guard let items = array(value, path: path, expected: "表的数组（[[\(name)]]）") else { return nil }
      var out: [FieldTable] = []
      for (i, item) in items.enumerated() {
        guard let t = item.table else {
          error("\(name) 的第\(i + 1)项应为表，实际为 \(Self.shown(item))", at: path)
          continue
        }
        out.append(table(t, schema: schema, path: path + [.index(i)]))
      }
      return .tables(out)
    case .decimal:
      let number = Self.number(value)
      guard let n = number, n >= 0 else {
        error("\(name) 应为不小于0的数，实际为 \(Self.shown(value))", at: path)
        return nil
      }
      return .number(n)
    case .selfAssessment:
      guard let t = value.table else {
        error("\(name) 应为表，实际为 \(Self.shown(value))", at: path)
        return nil
      }
      var result = FieldTable()
      for key in t.keys.sorted() {
        guard let v = t[key] else { continue }
        let here = path + [.key(key)]
        let number = Self.number(v)
        guard let n = number else {
          // A self-score is the alliance's claim, not evidence: a warning, and the value ignored (SPEC §4).
          warning("\(Self.name(here)) 应为自评分数，实际为 \(Self.shown(v))，此项自评分不计", at: here)
          continue
        }
        result.lines[key] = v.line
        result.values[key] = .number(n)
      }
      return .table(result)
    }
  }
}
