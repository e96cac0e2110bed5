/// A table while its document is being parsed: TOML's rules on which tables may be defined,
/// reopened or extended, and by what (TOML 1.0 "Table", "Array of Tables", "Keys").
final class TableBuilder {
  enum State {
    /// Named only on the way to another table (`a` of `[a.b]`): may still get its own header.
    case implicit
    /// Defined by its own header, or an element of an array of tables.
    case defined
    /// Made by a dotted key (`a.b = 1` makes `a`): never gets a header, but sub-tables may.
    case dotted
  }

  enum Slot {
    case value(TOMLValue)
    case table(TableBuilder)
    case tables(TableListBuilder)
  }

  var state: State
  var line: Int?
  let depth: Int
  /// Its dotted name from the root, for messages ("" for the root and inline tables).
  let name: String
  private(set) var order: [String] = []
  private var entries: [TOMLKey: Slot] = [:]

  init(state: State, line: Int?, depth: Int, name: String = "") {
    self.state = state
    self.line = line
    self.depth = depth
    self.name = name
  }

  /// The dotted name of `key` in this table.
  func name(of key: some Sequence<String>) -> String {
    let relative = key.joined(separator: ".")
    return name.isEmpty ? relative : name + "." + relative
  }

  /// What `key` holds in this table so far (keys compared as TOML does, `TOMLKey`).
  func slot(_ key: String) -> Slot? { entries[TOMLKey(key)] }

  func add(_ key: String, _ slot: Slot) {
    order.append(key)
    entries[TOMLKey(key)] = slot
  }

  func addTable(_ key: String, state: State, line: Int, parser: TOMLParserState) throws(TOMLSyntaxError)
    -> TableBuilder
  {
    guard depth < TOMLParser.maximumDepth else {
      throw parser.fail("嵌套层数过多（超过 \(TOMLParser.maximumDepth) 层）", line: line)
    }
    let sub = TableBuilder(state: state, line: line, depth: depth + 1, name: name(of: [key]))
    add(key, .table(sub))
    return sub
  }

  /// `a.b.c = value` written in this table.
  func insert(_ key: [String], _ value: TOMLValue, line: Int, parser: TOMLParserState) throws(TOMLSyntaxError) {
    var table = self
    for (n, k) in key.dropLast().enumerated() {
      func name() -> String { self.name(of: key[...n]) }  // for messages only
      switch table.slot(k) {
      case nil:
        table = try table.addTable(k, state: .dotted, line: line, parser: parser)
      case .table(let sub):
        if sub.state == .defined {
          throw parser.fail(
            "键或表重复定义：表 \(name()) 已在第 \(sub.line ?? line) 行用表头定义，不能再用带点的键向其中添加", line: line)
        }
        sub.state = .dotted
        table = sub
      case .tables(let list):
        throw parser.fail("键或表重复定义：\(name()) 已在第 \(list.line) 行写作 [[\(name())]]，不能用带点的键写入", line: line)
      case .value(let v):
        throw parser.fail("键或表重复定义：\(name()) 已在第 \(v.line) 行赋值", line: line)
      }
    }
    let last = key[key.count - 1]
    if let existing = table.slot(last) {
      let name = self.name(of: key)
      let earlier: Int?
      switch existing {
      case .value(let v): earlier = v.line
      case .table(let t): earlier = t.line
      case .tables(let l): earlier = l.line
      }
      throw parser.fail("键或表重复定义：\(name) 已在第 \(earlier ?? line) 行定义", line: line)
    }
    table.add(last, .value(value))
  }

  /// The finished table.
  func freeze() -> TOMLTable {
    var t = TOMLTable(line: line)
    for key in order {
      switch slot(key) {
      case .value(let v): t.append(key, v)
      case .table(let sub): t.append(key, TOMLValue(.table(sub.freeze()), line: sub.line ?? 0))
      case .tables(let list):
        let items = list.items.map { TOMLValue(.table($0.freeze()), line: $0.line ?? list.line) }
        t.append(key, TOMLValue(.array(items), line: list.line))
      case nil: continue
      }
    }
    return t
  }
}

/// An array of tables (`[[name]]`), which headers append to.
final class TableListBuilder {
  let line: Int
  private(set) var items: [TableBuilder] = []

  let name: String

  init(line: Int, name: String) {
    self.line = line
    self.name = name
  }

  func append(depth: Int, line: Int, parser: TOMLParserState) throws(TOMLSyntaxError) -> TableBuilder {
    guard depth <= TOMLParser.maximumDepth else {
      throw parser.fail("嵌套层数过多（超过 \(TOMLParser.maximumDepth) 层）", line: line)
    }
    let t = TableBuilder(state: .defined, line: line, depth: depth, name: name)
    items.append(t)
    return t
  }
}
