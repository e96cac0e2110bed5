/// toml++ (inside TOMLKit) aborts the whole process — an assertion, in release builds too —
/// on a table header whose first key does not start with a bare-key character or a quote:
/// `[学校]`, `[?school]]`, `[[+a]]`, or a `[` alone on a line. One mistyped character must
/// never stop the batch (SPEC §6), so such a header is refused before parsing, with its line.
enum HeaderGuard {
  /// The 1-based line of the first such header, or nil.
  static func line(in text: String) -> Int? {
    let s = Array(text.unicodeScalars)
    // Cheap first pass: lines that look like a bad header. Most manifests have none.
    var suspicious: [Int] = []
    var lineStart = 0
    var line = 1
    for i in 0...s.count where i == s.count || s[i] == "\n" {
      if looksLikeBadHeader(s, from: lineStart, to: i) { suspicious.append(line) }
      lineStart = i + 1
      line += 1
    }
    guard !suspicious.isEmpty else { return nil }
    // Keep those that start at the top level (not inside a multi-line array or string),
    // where toml++ reads them as headers.
    let top = TOMLLexicalScan(s).topLevelLines
    return suspicious.first { top.contains($0) }
  }

  static func isBareKey(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2D: return true
    default: return false
    }
  }

  /// `[` or `[[` (after blanks), then blanks, then neither a bare-key character, a quote,
  /// `]` nor the end of the text.
  static func looksLikeBadHeader(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
    var i = start
    func blanks() { while i < end, s[i] == " " || s[i] == "\t" { i += 1 } }
    blanks()
    guard i < end, s[i] == "[" else { return false }
    i += 1
    if i < end, s[i] == "[" { i += 1 }
    blanks()
    guard i < end else { return end < s.count }  // `[` then the line's end: a newline follows
    let c = s[i]
    if c == "\r" { return true }
    return !(isBareKey(c) || c == "\"" || c == "'" || c == "]")
  }
}
