/// Basic strings ("…", """…""") with their escapes, and literal strings ('…', '''…''').
extension TOMLParserState {
  /// A basic string starting at `i` (at its first quote); `what` names it in messages.
  mutating func basicString(multiline: Bool, what: String = "带引号的文字") throws(Failure) -> String {
    try quoted(by: Self.quote, multiline: multiline, what: what)
  }

  /// A literal string starting at `i` (at its first apostrophe): no escapes.
  mutating func literalString(multiline: Bool, what: String = "带引号的文字") throws(Failure) -> String {
    try quoted(by: Self.apostrophe, multiline: multiline, what: what)
  }

  /// A string between `delimiter`s (one, or three when `multiline`); escapes only between quotes.
  private mutating func quoted(by delimiter: Int, multiline: Bool, what: String) throws(Failure) -> String {
    let startLine = line
    let escapes = delimiter == Self.quote
    let name = escapes ? "引号" : "单引号"
    let mark = escapes ? "\"" : "'"
    i += multiline ? 3 : 1
    if multiline { skipFirstNewline() }
    // The common case: no escape, no newline — the bytes are the string.
    if !multiline {
      let start = i
      while i < b.count {
        let x = Int(b[i])
        if x == delimiter {
          i += 1
          return text(start, i - 1)
        }
        if x == Self.backslash || Self.isControl(x) { break }
        i += 1
      }
      i = start
    }
    var out: [UInt8] = []
    while true {
      let x = c
      switch x {
      case -1:
        let closing = multiline ? "三个\(name) \(mark)\(mark)\(mark)" : "\(name) \(mark)"
        throw fail("\(what)写法有误：缺少结尾的\(closing)（从第 \(startLine) 行开始）", line: startLine)
      case delimiter:
        if !multiline {
          i += 1
          return String(decoding: out, as: UTF8.self)
        }
        if let end = try closingRun(delimiter) {
          out.append(contentsOf: repeatElement(UInt8(delimiter), count: end))
          return String(decoding: out, as: UTF8.self)
        }
        out.append(UInt8(x))
        i += 1
      case Self.backslash where escapes:
        if multiline, lineEndingBackslash() { continue }
        try escape(into: &out, what: what)
      case Self.lf where multiline:
        out.append(UInt8(Self.lf))
        newline()
      case Self.cr where multiline && byte(i + 1) == Self.lf:
        out.append(UInt8(Self.lf))
        i += 1
        newline()
      case Self.lf, Self.cr:
        throw fail("\(what)写法有误：缺少结尾的\(name) \(mark)（引号内的文字不能换行）")
      case let x where Self.isControl(x):
        throw fail("\(what)写法有误：含有不允许的控制字符（\(shown(at: i))）")
      default:
        out.append(UInt8(x))
        i += 1
      }
    }
  }

  /// A newline right after the opening delimiter of a multi-line string is not part of it.
  private mutating func skipFirstNewline() {
    if c == Self.lf {
      newline()
    } else if c == Self.cr && byte(i + 1) == Self.lf {
      i += 1
      newline()
    }
  }

  /// At a run of `quote` inside a multi-line string: if it closes the string (three or more,
  /// at most five), moves past it and returns how many of them belong to the content (0–2);
  /// nil when the run is shorter than three (then nothing is consumed).
  private mutating func closingRun(_ quote: Int) throws(Failure) -> Int? {
    var n = 0
    while byte(i + n) == quote { n += 1 }
    guard n >= 3 else { return nil }
    guard n <= 5 else { throw fail("带引号的文字写法有误：结尾的引号过多") }
    i += n
    return n - 3
  }

  /// `\` then blanks then a newline, inside a multi-line basic string: the backslash, the
  /// newline and all blanks and newlines after it are left out. False (nothing consumed) for
  /// any other backslash.
  private mutating func lineEndingBackslash() -> Bool {
    var k = i + 1
    while byte(k) == Self.space || byte(k) == Self.tab { k += 1 }
    guard byte(k) == Self.lf || (byte(k) == Self.cr && byte(k + 1) == Self.lf) else { return false }
    i = k
    while true {
      switch c {
      case Self.space, Self.tab: i += 1
      case Self.lf: newline()
      case Self.cr where byte(i + 1) == Self.lf:
        i += 1
        newline()
      default: return true
      }
    }
  }

  /// An escape sequence at `i` (at the backslash), appended as UTF-8.
  private mutating func escape(into out: inout [UInt8], what: String) throws(Failure) {
    let e = byte(i + 1)
    let simple: UInt8?
    switch e {
    case 0x62: simple = 0x08  // \b
    case 0x74: simple = 0x09  // \t
    case 0x6E: simple = 0x0A  // \n
    case 0x66: simple = 0x0C  // \f
    case 0x72: simple = 0x0D  // \r
    case Self.quote: simple = UInt8(Self.quote)
    case Self.backslash: simple = UInt8(Self.backslash)
    default: simple = nil
    }
    if let simple {
      out.append(simple)
      i += 2
      return
    }
    guard e == 0x75 || e == 0x55 else {  // \u, \U
      let after = e == -1 || e == Self.lf || e == Self.cr ? "行尾" : "\\" + shown(at: i + 1)
      throw fail(
        "\(what)写法有误：\(after) 不是有效的转义（反斜杠 \\ 有特殊含义；路径请用 / 分隔，或改用单引号 '…' 括起来）")
    }
    let digits = e == 0x75 ? 4 : 8
    var value: UInt32 = 0
    for k in 0..<digits {
      guard let d = Self.hexDigit(byte(i + 2 + k)) else {
        throw fail("\(what)写法有误：\\\(e == 0x75 ? "u" : "U") 后应为 \(digits) 位十六进制数")
      }
      value = value &* 16 &+ UInt32(d)
    }
    guard value != 0 else {
      throw TOMLSyntaxError(line: line, message: "文字中含有空字符 \\u0000，无法处理，请删除它")
    }
    guard let scalar = Unicode.Scalar(value) else {
      throw fail("\(what)写法有误：\\\(e == 0x75 ? "u" : "U") 后的编码不是有效的字符")
    }
    out.append(contentsOf: String(Character(scalar)).utf8)
    i += 2 + digits
  }

  static func hexDigit(_ c: Int) -> Int? {
    switch c {
    case 0x30...0x39: return c - 0x30
    case 0x41...0x46: return c - 0x41 + 10
    case 0x61...0x66: return c - 0x61 + 10
    default: return nil
    }
  }
}
