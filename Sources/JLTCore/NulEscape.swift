/// TOMLKit hands strings over as C strings, so a `\u0000` escape silently cuts a string short
/// (`"evidence/a.pdf\u0000.exe"` would become `evidence/a.pdf`). Such text is refused before
/// parsing, with its line.
enum NulEscape {
  /// The 1-based line of the first `\u0000` or `\U00000000` escape inside a basic string or a
  /// quoted key (literal strings and comments do not process escapes), or nil.
  static func line(in text: String) -> Int? {
    // Every escape starts with a backslash: text without one has none (the common case).
    guard text.containsByte(0x5C) else { return nil }
    let s = Array(text.unicodeScalars)
    var i = 0
    var line = 1
    func at(_ k: Int, _ lit: String) -> Bool {
      var k = k
      for c in lit.unicodeScalars {
        guard k < s.count, s[k] == c else { return false }
        k += 1
      }
      return true
    }
    /// Skips to the end of the current line (not past the newline).
    func skipLine() { while i < s.count, s[i] != "\n" { i += 1 } }
    while i < s.count {
      let c = s[i]
      if c == "\n" {
        line += 1
        i += 1
      } else if c == "#" {
        skipLine()
      } else if c == "'" {
        let multi = at(i, "'''")
        let close = multi ? "'''" : "'"
        i += close.unicodeScalars.count
        while i < s.count, !at(i, close) {
          if s[i] == "\n" {
            if !multi { break }
            line += 1
          }
          i += 1
        }
        if i < s.count, s[i] != "\n" { i += close.unicodeScalars.count }
      } else if c == "\"" {
        let multi = at(i, "\"\"\"")
        let close = multi ? "\"\"\"" : "\""
        i += close.unicodeScalars.count
        while i < s.count, !at(i, close) {
          if s[i] == "\n" {
            if !multi { break }
            line += 1
            i += 1
          } else if s[i] == "\\" {
            if at(i + 1, "u0000") || at(i + 1, "U00000000") { return line }
            i += 2
            if i <= s.count, s[i - 1] == "\n" { line += 1 }
          } else {
            i += 1
          }
        }
        if i < s.count, s[i] != "\n" { i += close.unicodeScalars.count }
      } else {
        i += 1
      }
    }
    return nil
  }
}
