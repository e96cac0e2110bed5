/// A TOML 1.0 parser over the UTF-8 bytes of decoded text. Every value keeps its line, and
/// every syntax error has its line and a message in plain Chinese (SPEC §6). It allocates
/// nothing that outlives the returned document, never stops the process, and refuses nesting
/// deeper than `maximumDepth` rather than running out of stack.
public enum TOMLParser {
  /// The deepest nesting of tables, arrays and inline tables accepted (a manifest needs 3).
  public static let maximumDepth = 64

  public static func parse(_ text: String) -> Result<TOMLTable, TOMLSyntaxError> {
    var text = text
    return text.withUTF8 { bytes in
      var state = TOMLParserState(bytes)
      do throws(TOMLSyntaxError) {
        return .success(try state.document())
      } catch {
        return .failure(error)
      }
    }
  }
}

/// Where the parser is in the text. The rules for values are in `TOMLParser+Values.swift`,
/// those for strings in `TOMLParser+Strings.swift`.
struct TOMLParserState {
  typealias Failure = TOMLSyntaxError

  let b: UnsafeBufferPointer<UInt8>
  var i = 0
  var line = 1

  init(_ bytes: UnsafeBufferPointer<UInt8>) { b = bytes }

  // MARK: Bytes

  /// The byte at `k`, or -1 past the end.
  @inline(__always) func byte(_ k: Int) -> Int { k < b.count ? Int(b[k]) : -1 }
  @inline(__always) var c: Int { byte(i) }

  static let space = 0x20, tab = 0x09, lf = 0x0A, cr = 0x0D, hash = 0x23, quote = 0x22, apostrophe = 0x27
  static let equals = 0x3D, dot = 0x2E, comma = 0x2C, open = 0x5B, close = 0x5D, brace = 0x7B, braceClose = 0x7D
  static let backslash = 0x5C

  @inline(__always) static func isBareKey(_ c: Int) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
  }

  /// A control character that TOML allows nowhere except as a tab (and as a newline where
  /// newlines are allowed).
  @inline(__always) static func isControl(_ c: Int) -> Bool { (c >= 0 && c < 0x20 && c != tab) || c == 0x7F }

  mutating func skipBlanks() {
    while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
  }

  /// Blanks, newlines and comments (inside an array).
  mutating func skipBlanksNewlinesAndComments() throws(Failure) {
    while true {
      skipBlanks()
      switch c {
      case Self.lf: newline()
      case Self.cr: try crlf()
      case Self.hash: try comment()
      default: return
      }
    }
  }

  mutating func newline() {
    i += 1
    line += 1
  }

  /// `\r`, which TOML allows only before `\n`.
  mutating func crlf() throws(Failure) {
    guard byte(i + 1) == Self.lf else { throw fail("写法有误：含有单独的回车符（\\r），请用记事本重新保存文件") }
    i += 1
    newline()
  }

  /// `#` to the end of the line (the newline itself is left).
  mutating func comment() throws(Failure) {
    i += 1
    while i < b.count {
      let x = Int(b[i])
      if x == Self.lf || (x == Self.cr && byte(i + 1) == Self.lf) { return }
      if Self.isControl(x) { throw fail("注释中含有不允许的控制字符（\(shown(at: i))）") }
      i += 1
    }
  }

  /// After a key/value or a header: blanks, an optional comment, then a newline or the end.
  mutating func endOfLine(after what: String) throws(Failure) {
    skipBlanks()
    if c == Self.hash { try comment() }
    switch c {
    case -1: return
    case Self.lf: newline()
    case Self.cr: try crlf()
    default: throw fail("\(what)后面多了内容“\(shown(at: i))”（一行只能写一项；另起一行，或在前面加 # 作注释）")
    }
  }

  // MARK: Errors

  func fail(_ message: String, line: Int? = nil) -> Failure {
    TOMLSyntaxError(line: line ?? self.line, message: "TOML 格式错误：" + message)
  }

  /// The character at `k` for a message: itself, or a name for what cannot be seen.
  func shown(at k: Int) -> String {
    switch byte(k) {
    case -1: return "文件结尾"
    case Self.lf, Self.cr: return "行尾"
    case Self.tab: return "制表符"
    case let x where Self.isControl(x): return "控制字符 U+" + Unicode.Scalar(UInt8(x)).hexCode
    default:
      var iterator = UnsafeBufferPointer(rebasing: b[k...]).makeIterator()
      var decoder = UTF8()
      guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return "?" }
      switch scalar.value {
      case 0x3000: return "全角空格"
      case 0xFEFF: return "BOM 字符（U+FEFF）"
      default: break
      }
      switch scalar.properties.generalCategory {
      case .format, .control, .spaceSeparator, .lineSeparator, .paragraphSeparator, .nonspacingMark,
        .enclosingMark, .privateUse, .unassigned:
        return "看不见的字符 U+" + scalar.hexCode
      default: return String(Character(scalar))
      }
    }
  }

  func text(_ from: Int, _ to: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self)
  }

  // MARK: Document

  mutating func document() throws(Failure) -> TOMLTable {
    if byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF { i = 3 }
    let root = TableBuilder(state: .defined, line: nil, depth: 0)
    var current = root
    while true {
      skipBlanks()
      switch c {
      case -1: return root.freeze()
      case Self.lf: newline()
      case Self.cr: try crlf()
      case Self.hash: try comment()
      case Self.open:
        current = try header(root)
        try endOfLine(after: "表头 [...] 或 [[...]] 写法有误：表头")
      default:
        try keyValue(into: current)
        try endOfLine(after: "“键 = 值”写法有误：值")
      }
    }
  }

  /// `[a.b]` or `[[a.b]]`: the table that the following keys go into.
  mutating func header(_ root: TableBuilder) throws(Failure) -> TableBuilder {
    let headerLine = line
    i += 1
    let isArray = c == Self.open
    if isArray { i += 1 }
    skipBlanks()
    guard Self.isBareKey(c) || c == Self.quote || c == Self.apostrophe else {
      throw fail("表头写法有误，[ 后应为英文键名（字母、数字、_ 或 -）或带引号的名称")
    }
    let key = try self.key()
    skipBlanks()
    let closing = isArray ? "]]" : "]"
    guard c == Self.close, !isArray || byte(i + 1) == Self.close else {
      throw fail("表头 [...] 或 [[...]] 写法有误：\(key.joined(separator: ".")) 后应为 \(closing)，实际为“\(shown(at: i))”")
    }
    i += isArray ? 2 : 1
    var table = root
    for (n, k) in key.dropLast().enumerated() {
      func name() -> String { key[...n].joined(separator: ".") }  // for messages only
      switch table.slot(k) {
      case nil: table = try table.addTable(k, state: .implicit, line: headerLine, parser: self)
      case .table(let sub): table = sub
      case .tables(let list):
        guard let last = list.items.last else { throw fail("表头写法有误：\(name())") }
        table = last
      case .value(let v):
        throw fail("键或表重复定义：\(name()) 已在第 \(v.line) 行赋值，不能再作为表", line: headerLine)
      }
    }
    let name = key.joined(separator: ".")
    let k = key[key.count - 1]
    switch table.slot(k) {
    case nil:
      if isArray {
        let list = TableListBuilder(line: headerLine, name: name)
        table.add(k, .tables(list))
        return try list.append(depth: table.depth + 1, line: headerLine, parser: self)
      }
      return try table.addTable(k, state: .defined, line: headerLine, parser: self)
    case .table(let sub):
      if !isArray && sub.state == .implicit {
        sub.state = .defined
        sub.line = headerLine
        return sub
      }
      let how = sub.state == .dotted ? "已由带点的键（如 \(name).x = …）" : "已"
      throw fail(
        "键或表重复定义：表 \(name) \(how)在第 \(sub.line ?? headerLine) 行定义，不能再写 \(isArray ? "[[\(name)]]" : "[\(name)]")",
        line: headerLine)
    case .tables(let list):
      guard isArray else {
        throw fail("键或表重复定义：\(name) 已在第 \(list.line) 行写作 [[\(name)]]，不能再写 [\(name)]", line: headerLine)
      }
      return try list.append(depth: table.depth + 1, line: headerLine, parser: self)
    case .value(let v):
      throw fail("键或表重复定义：\(name) 已在第 \(v.line) 行赋值，不能再写表头", line: headerLine)
    }
  }

  // MARK: Keys

  /// A key: simple keys joined by dots, blanks allowed around the dots.
  mutating func key() throws(Failure) -> [String] {
    var parts: [String] = []
    while true {
      parts.append(try simpleKey())
      if parts.count > TOMLParser.maximumDepth {
        throw fail("键名写法有误：带点的键层级过多（超过 \(TOMLParser.maximumDepth) 层）")
      }
      let save = i
      skipBlanks()
      guard c == Self.dot else {
        i = save
        return parts
      }
      i += 1
      skipBlanks()
    }
  }

  mutating func simpleKey() throws(Failure) -> String {
    let start = i
    switch c {
    case Self.quote: return try basicString(multiline: false, what: "带引号的键名")
    case Self.apostrophe: return try literalString(multiline: false, what: "带引号的键名")
    case let x where Self.isBareKey(x):
      while i < b.count, Self.isBareKey(Int(b[i])) { i += 1 }
      return text(start, i)
    case Self.equals: throw fail("“键 = 值”写法有误：= 前缺少键名")
    case -1, Self.lf, Self.cr: throw fail("键名写法有误：缺少键名")
    default:
      throw fail("键名写法有误：不加引号的键名只能用英文字母、数字、- 和 _，不能用“\(shown(at: i))”")
    }
  }

  /// `key = value`, added to `table`.
  mutating func keyValue(into table: TableBuilder) throws(Failure) {
    let keyLine = line
    let key = try self.key()
    skipBlanks()
    guard c == Self.equals else {
      throw fail("“键 = 值”写法有误：键名 \(key.joined(separator: ".")) 后应为 =，实际为“\(shown(at: i))”")
    }
    i += 1
    skipBlanks()
    let value = try self.value(depth: table.depth + key.count)
    try table.insert(key, value, line: keyLine, parser: self)
  }
}
