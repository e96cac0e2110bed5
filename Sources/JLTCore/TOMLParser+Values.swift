/// Values: strings, numbers, booleans, dates and times, arrays and inline tables.
extension TOMLParserState {
  mutating func value(depth: Int) throws(Failure) -> TOMLValue {
    let startLine = line
    guard depth < TOMLParser.maximumDepth else {
      throw fail("嵌套层数过多（超过 \(TOMLParser.maximumDepth) 层）")
    }
    switch c {
    case Self.quote:
      let multiline = byte(i + 1) == Self.quote && byte(i + 2) == Self.quote
      return TOMLValue(.string(try basicString(multiline: multiline)), line: startLine)
    case Self.apostrophe:
      let multiline = byte(i + 1) == Self.apostrophe && byte(i + 2) == Self.apostrophe
      return TOMLValue(.string(try literalString(multiline: multiline)), line: startLine)
    case Self.open: return TOMLValue(.array(try array(depth: depth + 1)), line: startLine)
    // An inline table is at the depth of the value it is, as a table under a header is; its
    // keys are one level deeper (`keyValue`). So `a = {b = {c = 1}}` nests as deep as
    // `a.b.c = 1` or `[a.b]` with `c = 1`, whichever way a document writes it.
    case Self.brace: return TOMLValue(.table(try inlineTable(depth: depth)), line: startLine)
    case -1, Self.lf, Self.cr, Self.hash: throw fail("值的写法有误：= 后缺少值")
    default: return TOMLValue(try scalar(), line: startLine)
    }
  }

  // MARK: Arrays and inline tables

  mutating func array(depth: Int) throws(Failure) -> [TOMLValue] {
    let startLine = line
    i += 1
    var items: [TOMLValue] = []
    while true {
      try skipBlanksNewlinesAndComments()
      switch c {
      case Self.close:
        i += 1
        return items
      case Self.comma: throw fail("列表 [...] 写法有误：多了一个逗号")
      case -1: throw fail("列表 [...] 写法有误：缺少结尾的 ]（从第 \(startLine) 行开始）", line: startLine)
      default: break
      }
      items.append(try value(depth: depth))
      try skipBlanksNewlinesAndComments()
      switch c {
      case Self.comma: i += 1
      case Self.close:
        i += 1
        return items
      case -1: throw fail("列表 [...] 写法有误：缺少结尾的 ]（从第 \(startLine) 行开始）", line: startLine)
      default: throw fail("列表 [...] 写法有误：各项之间应以英文逗号 , 分隔，实际为“\(shown(at: i))”")
      }
    }
  }

  mutating func inlineTable(depth: Int) throws(Failure) -> TOMLTable {
    let table = TableBuilder(state: .defined, line: line, depth: depth)
    i += 1
    skipBlanks()
    if c == Self.braceClose {
      i += 1
      return table.freeze()
    }
    while true {
      skipBlanks()
      switch c {
      case Self.lf, Self.cr, -1: throw fail("行内表 {...} 写法有误：{ } 必须写在同一行，缺少结尾的 }")
      case Self.braceClose: throw fail("行内表 {...} 写法有误：最后一项后面不能有逗号")
      case Self.comma: throw fail("行内表 {...} 写法有误：多了一个逗号")
      default: break
      }
      try keyValue(into: table)
      skipBlanks()
      switch c {
      case Self.comma: i += 1
      case Self.braceClose:
        i += 1
        return table.freeze()
      case Self.lf, Self.cr, -1: throw fail("行内表 {...} 写法有误：{ } 必须写在同一行，缺少结尾的 }")
      default: throw fail("行内表 {...} 写法有误：各项之间应以英文逗号 , 分隔，实际为“\(shown(at: i))”")
      }
    }
  }

  // MARK: Booleans, numbers, dates and times

  /// A bare value: true/false, a number, a date or time.
  mutating func scalar() throws(Failure) -> TOMLValue.Kind {
    let start = i
    while i < b.count, Self.isScalarByte(Int(b[i])) { i += 1 }
    // A date, a space, then a time: one local or offset date-time.
    if i - start == 10, byte(i) == Self.space, isDigit(byte(i + 1)), isDigit(byte(i + 2)), byte(i + 3) == 0x3A,
      isDate(start)
    {
      i += 1
      while i < b.count, Self.isScalarByte(Int(b[i])) { i += 1 }
    }
    let end = i
    guard end > start else {
      if c >= 0x80 { throw unquoted(start) }
      throw fail("值的写法有误：“\(shown(at: i))”不是有效的值（文字要用英文双引号 \"…\" 括起来）")
    }
    let first = Int(b[start])
    if equals(start, end, "true") { return .bool(true) }
    if equals(start, end, "false") { return .bool(false) }
    if first | 0x20 == 0x74 || first | 0x20 == 0x66 {  // t, f, T, F
      let word = text(start, end)
      if "true".hasPrefix(word) || "false".hasPrefix(word) || ["true", "false"].contains(word.lowercased()) {
        throw fail("真假值（true 或 false）写法有误：“\(word)”应为小写的 true 或 false")
      }
    }
    if first == Self.dot { throw badFloat(start) }
    if isDate(start) || (end - start >= 3 && isDigit(first) && isDigit(byte(start + 1)) && byte(start + 2) == 0x3A) {
      return .dateTime(try dateTime(start, end))
    }
    if first == 0x2B || first == 0x2D || isDigit(first) || first == 0x69 || first == 0x6E {  // + - digit i n
      return try number(start, end)
    }
    throw unquoted(start)
  }

  /// The text from `start` to the end of the value, for messages.
  func rest(_ start: Int) -> String {
    var stop = start
    while stop < b.count, !(b[stop] == 0x0A || b[stop] == 0x0D || b[stop] == 0x23 || b[stop] == 0x2C) { stop += 1 }
    var shownText = text(start, stop)
    while shownText.last == " " || shownText.last == "\t" { shownText.removeLast() }
    return shownText
  }

  func badFloat(_ start: Int) -> Failure {
    fail("小数写法有误：“\(rest(start))”（小数点前后都要有数字，如 80.5）")
  }

  /// Text written without quotes.
  func unquoted(_ start: Int) -> Failure {
    let written = rest(start)
    if let first = written.first, "“”‘’「」".contains(first) {
      return fail("值的写法有误：\(written) 的引号要用英文双引号 \"，不能用中文引号")
    }
    return fail("值的写法有误：文字要用英文双引号括起来，例如 \"\(written)\"")
  }

  /// Bytes that may appear in a bare value.
  @inline(__always) static func isScalarByte(_ c: Int) -> Bool {
    isBareKey(c) || c == 0x2B || c == 0x2E || c == 0x3A  // + . :
  }

  @inline(__always) func isDigit(_ c: Int) -> Bool { c >= 0x30 && c <= 0x39 }

  func equals(_ start: Int, _ end: Int, _ word: StaticString) -> Bool {
    guard end - start == word.utf8CodeUnitCount else { return false }
    let w = word.utf8Start
    for k in 0..<(end - start) where Int(b[start + k]) != Int(w[k]) { return false }
    return true
  }

  /// Whether `YYYY-MM-DD` starts at `k` (digits and dashes only; ranges are checked later).
}
