/// One pass over TOML text that knows where strings, comments, arrays and inline tables are,
/// without parsing values: what the pre-parse guards (`NulEscape`, `HeaderGuard`) need to tell
/// a real header or escape from the same characters inside a string or a comment.
struct TOMLLexicalScan {
  /// Lines (1-based) that begin outside any string, array or inline table.
  private(set) var topLevelLines: Set<Int> = [1]
  /// The line of the first `\u0000` or `\U00000000` escape in a basic string or quoted key.
  private(set) var nulEscapeLine: Int?

  init(_ s: [Unicode.Scalar]) {
    var line = 1
    var depth = 0
    var inHeader = false
    var i = 0
    func at(_ k: Int, _ text: String) -> Bool {
      var k = k
      for c in text.unicodeScalars {
        guard k < s.count, s[k] == c else { return false }
        k += 1
      }
      return true
    }
    func newline() {
      line += 1
      inHeader = false
      if depth == 0 { topLevelLines.insert(line) }
    }
    while i < s.count {
      let c = s[i]
      switch c {
      case "\n":
        newline()
        i += 1
      case "#":
        while i < s.count, s[i] != "\n" { i += 1 }
      case "\"", "'":
        let multi = at(i, String(repeating: String(c), count: 3))
        let close = multi ? String(repeating: String(c), count: 3) : String(c)
        i += close.unicodeScalars.count
        while i < s.count, !at(i, close) {
          if s[i] == "\n" {
            if !multi { break }  // an unclosed one-line string ends at the line's end
            line += 1  // inside a multi-line string: not a top-level line
            i += 1
          } else if c == "\"", s[i] == "\\" {
            if nulEscapeLine == nil, at(i + 1, "u0000") || at(i + 1, "U00000000") { nulEscapeLine = line }
            i += 2
            if i <= s.count, s[i - 1] == "\n" { line += 1 }
          } else {
            i += 1
          }
        }
        if i < s.count, s[i] != "\n" { i += close.unicodeScalars.count }
      case "[", "{":
        // At the top level a `[` that starts a line opens a header, not a value.
        if depth == 0, c == "[", Self.startsLine(s, i) { inHeader = true }
        if !inHeader { depth += 1 }
        i += 1
      case "]", "}":
        if !inHeader { depth = max(0, depth - 1) }
        i += 1
      default:
        i += 1
      }
    }
  }

  /// Whether only blanks stand before position `i` on its line.
  static func startsLine(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    var k = i - 1
    while k >= 0, s[k] == " " || s[k] == "\t" { k -= 1 }
    return k < 0 || s[k] == "\n"
  }
}
