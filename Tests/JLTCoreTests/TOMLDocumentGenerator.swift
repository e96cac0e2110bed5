import TestSupport

/// Random TOML 1.0 documents for the differential test: a tree of unique keys is drawn first,
/// then written with random choices among TOML's spellings — bare, basic and literal keys with
/// escapes; dotted keys, `[headers]` (sometimes after their sub-tables, or left implicit),
/// inline tables, `[[arrays of tables]]`; every kind of string, integer, float and date-time;
/// arrays over several lines with comments; CRLF line ends. Seeded: the same seed gives the
/// same documents.
struct TOMLDocumentGenerator {
  var rng: SeededRandom

  init(seed: UInt64) { rng = SeededRandom(seed: seed) }

  /// A table's entries before they are written.
  typealias Entries = [(key: String, value: Node)]

  indirect enum Node {
    /// A scalar, already spelled.
    case scalar(String)
    case array([Node])
    case table(Entries)
    /// A non-empty array of tables.
    case tables([Entries])
  }

  mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
  mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
  mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

  // MARK: The tree

  mutating func document() -> String {
    let root = entries(depth: 0, count: int(0...7))
    var lines: [String] = []
    if chance(0.2) { lines.append("# " + pick(["文档", "generated", "\t", ""])) }
    section(root, path: [], into: &lines)
    let newline = chance(0.15) ? "\r\n" : "\n"
    return lines.joined(separator: newline) + (chance(0.8) ? newline : "")
  }

  mutating func entries(depth: Int, count: Int) -> Entries {
    var out: Entries = []
    for _ in 0..<count {
      let k = keyText()
      guard !out.contains(where: { $0.key.utf8.elementsEqual(k.utf8) }) else { continue }
      out.append((k, node(depth: depth)))
    }
    return out
  }

  mutating func node(depth: Int) -> Node {
    let roll = int(0...9)
    if depth < 3, roll == 0 { return .table(entries(depth: depth + 1, count: int(0...4))) }
    if depth < 3, roll == 1 {
      return .tables((0..<int(1...3)).map { _ in entries(depth: depth + 1, count: int(0...3)) })
    }
    if depth < 3, roll == 2 { return .array((0..<int(0...4)).map { _ in node(depth: depth + 1) }) }
    return .scalar(scalar())
  }

  /// The text of a key (its value, not its spelling).
  mutating func keyText() -> String {
    switch int(0...9) {
    case 0...4: return String((0..<int(1...6)).map { _ in pick(Array("abcxyzABZ019_-")) })
    case 5: return pick(["1", "true", "inf", "nan", "0x10", "1979-05-27", "-", "_", "a.b", "01"])
    case 6: return pick(["学校", "教联体", "名称", "ｱ", "😀", "\u{E9}", "e\u{301}"]) + pick(["", "", "1"])
    case 7: return pick(["", " ", "a b", "\"", "'", "\\", "\t", "=", "#", "[x]"])
    default: return text(maxLength: 5)
    }
  }

  // MARK: Writing

  /// A key as written: bare when allowed (sometimes quoted anyway), else basic or literal.
  mutating func key(_ k: String) -> String {
    let bare = !k.isEmpty && k.unicodeScalars.allSatisfy { Self.isBare($0) }
    if bare && chance(0.8) { return k }
    if chance(0.3), let literal = literalString(k) { return literal }
    return basicString(k)
  }

  static func isBare(_ u: Unicode.Scalar) -> Bool {
    u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "_" || u == "-")
  }

  /// The body of the table at `path` (its header already written, or left implicit when
  /// `headersOnly`: then every sub-table gets its own header), then its sub-sections.
  mutating func section(_ entries: Entries, path: [String], headersOnly: Bool = false, into lines: inout [String]) {
    var later: [(path: [String], node: Node)] = []
    for (k, v) in entries {
      let name = key(k)
      switch v {
      case .table where headersOnly || chance(0.5):
        later.append((path + [name], v))
      case .table(let sub) where chance(0.5):
        dotted(sub, prefix: [name], path: path + [name], into: &lines, later: &later)
      case .tables where chance(0.6):
        later.append((path + [name], v))
      default:
        lines.append(keyValue(name, v))
      }
      if chance(0.1) { lines.append(pick(["", "# 注释", "  # comment ' \" \\ ", "\t"])) }
    }
    for (p, node) in later {
      let header = p.joined(separator: pick([".", " . ", "."]))
      switch node {
      case .table(let sub):
        let isTable: ((key: String, value: Node)) -> Bool = { if case .table = $0.value { true } else { false } }
        if !sub.isEmpty && sub.allSatisfy(isTable) && chance(0.3) {
          section(sub, path: p, headersOnly: true, into: &lines)  // the header left implicit
        } else if sub.contains(where: isTable) && chance(0.3) {
          // Sub-tables first, the table's own header after them (TOML allows a super-table later).
          section(sub.filter(isTable), path: p, headersOnly: true, into: &lines)
          lines.append("")
          lines.append("[\(header)]" + comment())
          section(sub.filter { !isTable($0) }, path: p, into: &lines)
        } else {
          lines.append("")
          lines.append("[\(pick(["", " "]))\(header)\(pick(["", " "]))]" + comment())
          section(sub, path: p, into: &lines)
        }
      case .tables(let items):
        for item in items {
          lines.append("[[\(header)]]" + comment())
          section(item, path: p, into: &lines)
        }
      default: continue
      }
    }
  }

  /// A table written as dotted keys from `prefix`; its sub-tables either dotted too or under
  /// headers written later (TOML allows `[a.b.c]` below a table made by `a.b.x = …`).
  mutating func dotted(
    _ entries: Entries, prefix: [String], path: [String], into lines: inout [String],
    later: inout [(path: [String], node: Node)]
  ) {
    if entries.isEmpty {
      lines.append(keyValue(prefix.joined(separator: "."), .table([])))
      return
    }
    for (k, v) in entries {
      let name = key(k)
      switch v {
      case .table(let sub) where chance(0.5):
        dotted(sub, prefix: prefix + [name], path: path + [name], into: &lines, later: &later)
      case .table where chance(0.3):
        later.append((path + [name], v))
      default:
        lines.append(keyValue((prefix + [name]).joined(separator: pick([".", " .", ". "])), v))
      }
    }
  }

  mutating func comment() -> String { chance(0.2) ? pick([" # c", "# 注释", "\t#"]) : "" }

  /// `name = value`, with a comment after it unless it is inside an inline table.
  mutating func keyValue(_ name: String, _ v: Node, commented: Bool = true) -> String {
    name + pick([" = ", "=", " =\t", "  =  "]) + inline(v) + (commented ? comment() : "")
  }

  mutating func inline(_ node: Node) -> String {
    switch node {
    case .scalar(let s): return s
    case .array(let items): return array(items.map { inline($0) })
    case .table(let entries):
      if entries.isEmpty { return pick(["{}", "{ }"]) }
      var parts: [String] = []
      for (k, v) in entries { parts.append(keyValue(key(k), v, commented: false)) }
      return "{ " + parts.joined(separator: pick([", ", ",", " , "])) + " }"
    case .tables(let items): return array(items.map { inline(.table($0)) })
    }
  }

  /// An array, on one line or over several with comments and perhaps a trailing comma.
  mutating func array(_ items: [String]) -> String {
    if items.isEmpty { return pick(["[]", "[ ]", "[\n]", "[ # empty\n]"]) }
    // Newlines within an array are allowed even inside an inline table.
    guard chance(0.3) else {
      return "[" + items.joined(separator: ", ") + (chance(0.2) ? ",]" : "]")
    }
    return "[\n" + items.map { "  " + $0 + "," + comment() }.joined(separator: "\n") + "\n]"
  }
}
