/// toml++ (inside TOMLKit) aborts the whole process — an assertion, in release builds too —
/// on a table header whose first key does not start with a bare-key character or a quote:
/// `[学校]`, `[?school]]`, `[[+a]]`, or a `[` alone on a line. One mistyped character must
/// never stop the batch (SPEC §6), so such a header is refused before parsing, with its line.
enum HeaderGuard {
  /// The 1-based line of the first such header, or nil.
  static func line(in text: String) -> Int? {
    // Cheap first pass over the UTF-8 bytes (every character that matters here is ASCII, and
    // any non-ASCII byte after `[` is a bad start): lines that look like a bad header.
    // Most manifests have none.
    var suspicious: [Int] = []
    text.utf8.withContiguousStorageIfAvailable { b in suspicious = candidates(b) }
      ?? {
        suspicious = candidates(Array(text.utf8))
      }()
    guard !suspicious.isEmpty else { return nil }
    // Keep those that start at the top level (not inside a multi-line array or string),
    // where toml++ reads them as headers.
    let top = TOMLLexicalScan(Array(text.unicodeScalars)).topLevelLines
    return suspicious.first { top.contains($0) }
  }

  /// The lines (1-based) of `b` that look like a bad header.
  static func candidates<B: RandomAccessCollection<UInt8>>(_ b: B) -> [Int] where B.Index == Int {
    var out: [Int] = []
    var lineStart = b.startIndex
    var line = 1
    for i in b.startIndex...b.endIndex where i == b.endIndex || b[i] == 0x0A {
      if looksLikeBadHeader(b, from: lineStart, to: i) { out.append(line) }
      lineStart = i + 1
      line += 1
    }
    return out
  }

  static func isBareKey(_ c: UInt8) -> Bool {
    switch c {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2D: return true
    default: return false
    }
  }

  /// `[` or `[[` (after blanks), then blanks, then neither a bare-key character, a quote,
  /// `]` nor the end of the text.
  static func looksLikeBadHeader<B: RandomAccessCollection<UInt8>>(_ b: B, from start: Int, to end: Int) -> Bool
  where B.Index == Int {
    var i = start
    func blanks() { while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 } }
    blanks()
    guard i < end, b[i] == 0x5B else { return false }  // [
    i += 1
    if i < end, b[i] == 0x5B { i += 1 }
    blanks()
    guard i < end else { return end < b.endIndex }  // `[` then the line's end: a newline follows
    let c = b[i]
    if c == 0x0D { return true }  // \r
    return !(isBareKey(c) || c == 0x22 || c == 0x27 || c == 0x5D)  // " ' ]
  }
}
