import Foundation
import TOMLKit

/// Walks a parsed TOML document against a schema, turning it into validated values and
/// problems. The only place that touches TOMLKit's types.
struct TOMLReader {
  typealias Component = SourceLines.Component

  let file: String
  let alliance: String?
  let lines: SourceLines
  let limits: ManifestLimits
  var problems: [Problem] = []

  init(file: String, alliance: String?, text: String, limits: ManifestLimits) {
    self.file = file
    self.alliance = alliance
    self.lines = SourceLines(text)
    self.limits = limits
  }

  /// Decodes `data` (SPEC §2 Encoding), parses it and reads the root against `schema`: the
  /// reader (holding the problems so far) and the root's values, or the problems that stop it.
  static func read(
    _ data: Data, file: String, alliance: String?, schema: [FieldSpec], limits: ManifestLimits
  ) -> Result<(TOMLReader, FieldTable), ProblemList> {
    let text: String
    switch TextDecoding.decode(data) {
    case .success(let t): text = t
    case .failure(let why):
      return .failure(ProblemList([.error(why.chinese, file: file, line: why.line, alliance: alliance)]))
    }
    var reader = TOMLReader(file: file, alliance: alliance, text: text, limits: limits)
    guard let toml = reader.parse(text) else { return .failure(ProblemList(reader.problems)) }
    let root = reader.table(toml, schema: schema, path: [])
    toml.clear()  // TOMLKit never frees a parsed document; this frees every node below the root
    return .success((reader, root))
  }

  /// Parses TOML text; a syntax error is reported with its line.
  mutating func parse(_ text: String) -> TOMLTable? {
    if let line = NulEscape.line(in: text) {
      problems.append(
        .error("文字中含有空字符 \\u0000，无法处理，请删除它", file: file, line: line, alliance: alliance))
      return nil
    }
    if let line = HeaderGuard.line(in: text) {
      problems.append(
        .error(
          "TOML 格式错误：表头写法有误，[ 后应为英文键名（字母、数字、_ 或 -）或带引号的名称", file: file, line: line,
          alliance: alliance))
      return nil
    }
    do {
      return try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      problems.append(
        .error(
          "TOML 格式错误：\(Self.translate(error.description))", file: file,
          line: error.source.begin.line, alliance: alliance))
    } catch {
      problems.append(.error("TOML 格式错误", file: file, alliance: alliance))
    }
    return nil
  }

  /// The largest count accepted: far above any real headcount, small enough that sums never overflow.
  static let maximumCount = 1_000_000

  /// toml++'s English message, led by what went wrong in Chinese (the original stays in
  /// brackets for whoever fixes the file): `Error while parsing string: …` →
  /// `带引号的文字写法有误，…（Error while parsing string: …）`.
  static func translate(_ message: String) -> String {
    if message.contains("cannot redefine existing") {
      return "键或表重复定义（\(message)）"
    }
    // toml++ writes "Error while parsing <scope>: <detail>"; the scope says what was being read.
    guard let head = message.range(of: "Error while parsing "),
      let colon = message[head.upperBound...].range(of: ": ")
    else { return message }
    let scope = message[head.upperBound..<colon.lowerBound]
    let kinds: [(String, String)] = [
      ("string", "带引号的文字写法有误，常见原因是少了结尾的引号或含有不允许的字符"),
      ("key-value pair", "“键 = 值”写法有误"),
      ("table header", "表头 [...] 或 [[...]] 写法有误"),
      ("inline table", "行内表 {...} 写法有误"),
      ("array", "列表 [...] 写法有误"),
      ("key", "键名写法有误（不加引号的键名只能用字母、数字、- 和 _）"),
      ("integer", "整数写法有误"),
      ("floating-point", "小数写法有误"),
      ("boolean", "真假值（true 或 false）写法有误"),
      ("date", "日期时间写法有误"),
      ("time", "日期时间写法有误"),
      ("value", "值的写法有误"),
    ]
    for (english, chinese) in kinds where scope.contains(english) {
      return "\(chinese)（\(message)）"
    }
    return "写法有误（\(message)）"
  }

  mutating func error(_ message: String, at path: [Component]) {
    problems.append(.error(message, file: file, line: lines.line(of: path), alliance: alliance))
  }

  mutating func warning(_ message: String, at path: [Component]) {
    problems.append(.warning(message, file: file, line: lines.line(of: path), alliance: alliance))
  }

  static func name(_ path: [Component]) -> String {
    var out = ""
    for c in path {
      switch c {
      case .key(let k): out += out.isEmpty ? k : ".\(k)"
      case .index(let i): out += "[\(i + 1)]"
      }
    }
    return out
  }

  /// The value as written, for messages: `-3`, `12.0`, `"abc"`.
  static func shown(_ value: TOMLValueConvertible) -> String {
    switch value.type {
    case .string:
      let s = value.string ?? ""
      return "\"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
    case .int: return value.int.map(String.init) ?? "?"
    case .double: return value.double.map { "\($0)" } ?? "?"
    case .bool: return (value.bool ?? false) ? "true" : "false"
    case .array: return "数组"
    case .table: return "表"
    default: return "日期或时间"
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
      if let line = lines.line(of: here) { result.lines[key] = line }
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

  mutating func string(_ value: TOMLValueConvertible, path: [Component], expected: String) -> String? {
    guard value.type == .string, let s = value.string else {
      error("\(Self.name(path)) 应为\(expected)，实际为 \(Self.shown(value))", at: path)
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

  mutating func array(_ value: TOMLValueConvertible, path: [Component], expected: String) -> [TOMLValueConvertible]? {
    guard value.type == .array, let a = value.array else {
      error("\(Self.name(path)) 应为\(expected)，实际为 \(Self.shown(value))", at: path)
      return nil
    }
    if a.count > limits.maximumListEntries {
      error("\(Self.name(path)) 的条目过多（\(a.count) 条），上限为 \(limits.maximumListEntries)", at: path)
      return nil
    }
    return Array(a)
  }

  mutating func reference(_ value: TOMLValueConvertible, path: [Component]) -> EvidenceRef? {
    guard let s = string(value, path: path, expected: "证据（文字：文件路径或 paper:档案号）") else { return nil }
    let key = Self.name(path)
    switch EvidenceRef.classify(s) {
    case .success(let target):
      let line = lines.line(of: path)
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

  mutating func value(_ value: TOMLValueConvertible, spec: FieldSpec, path: [Component]) -> FieldValue? {
    let name = Self.name(path)
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
      guard value.type == .int, let n = value.int else {
        error("\(name) 应为不小于\(minimum)的整数，实际为 \(Self.shown(value))", at: path)
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
      let number: Decimal?
      switch value.type {
      case .int: number = value.int.map { Decimal($0) }
      case .double: number = value.double.flatMap { Decimal(shortestTextOf: $0) }
      default:
        error("\(name) 应为\(expected)，实际为 \(Self.shown(value))", at: path)
        return nil
      }
      guard let n = number, n >= 0, !isPercent || n <= 100 else {
        error("\(name) 应为\(expected)，实际为 \(Self.shown(value))", at: path)
        return nil
      }
      return .number(n)
    case .text:
      guard let s = string(value, path: path, expected: "文字") else { return nil }
      if s.trimmingCharacters(in: .whitespaces).isEmpty && spec.required {
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
      guard let items = array(value, path: path, expected: "列表") else { return nil }
      var out: [String] = []
      var ok = true
      for (i, item) in items.enumerated() {
        guard let s = string(item, path: path + [.index(i)], expected: "文字") else {
          ok = false
          continue
        }
        guard options.contains(s) else {
          error("\(name) 的取值应为 \(options.joined(separator: "、")) 之一，实际为 \"\(s)\"", at: path)
          ok = false
          continue
        }
        if !out.contains(s) { out.append(s) }
      }
      return ok ? .texts(out) : nil
    case .schoolName:
      return string(value, path: path, expected: "学校名称").map(FieldValue.text)
    case .schoolNames:
      guard let items = array(value, path: path, expected: "学校名称列表") else { return nil }
      var out: [String] = []
      var ok = true
      for (i, item) in items.enumerated() {
        guard let s = string(item, path: path + [.index(i)], expected: "学校名称") else {
          ok = false
          continue
        }
        if !out.contains(s) { out.append(s) }
      }
      return ok ? .texts(out) : nil
    case .table(let schema):
      guard value.type == .table, let t = value.table else {
        error("\(name) 应为表（[\(name)]），实际为 \(Self.shown(value))", at: path)
        return nil
      }
      return .table(table(t, schema: schema, path: path))
    case .tables(let schema):
      guard let items = array(value, path: path, expected: "表的数组（[[\(name)]]）") else { return nil }
      var out: [FieldTable] = []
      for (i, item) in items.enumerated() {
        guard item.type == .table, let t = item.table else {
          error("\(name) 的第\(i + 1)项应为表，实际为 \(Self.shown(item))", at: path)
          continue
        }
        out.append(table(t, schema: schema, path: path + [.index(i)]))
      }
      return .tables(out)
    case .decimal:
      let number: Decimal?
      switch value.type {
      case .int: number = value.int.map { Decimal($0) }
      case .double: number = value.double.flatMap { Decimal(shortestTextOf: $0) }
      default: number = nil
      }
      guard let n = number, n >= 0 else {
        error("\(name) 应为不小于0的数，实际为 \(Self.shown(value))", at: path)
        return nil
      }
      return .number(n)
    case .selfAssessment:
      guard value.type == .table, let t = value.table else {
        error("\(name) 应为表，实际为 \(Self.shown(value))", at: path)
        return nil
      }
      var result = FieldTable()
      for key in t.keys.sorted() {
        guard let v = t[key] else { continue }
        let here = path + [.key(key)]
        let number: Decimal?
        switch v.type {
        case .int: number = v.int.map { Decimal($0) }
        case .double: number = v.double.flatMap { Decimal(shortestTextOf: $0) }
        default: number = nil
        }
        guard let n = number else {
          error("\(Self.name(here)) 应为自评分数，实际为 \(Self.shown(v))", at: here)
          continue
        }
        if let line = lines.line(of: here) { result.lines[key] = line }
        result.values[key] = .number(n)
      }
      return .table(result)
    }
  }
}

/// Problems that stop a file from being read (an `Error` so that it fits `Result`).
struct ProblemList: Error {
  var problems: [Problem]
  init(_ problems: [Problem]) { self.problems = problems }
}
