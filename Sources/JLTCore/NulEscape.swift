/// TOMLKit hands strings over as C strings, so a `\u0000` escape silently cuts a string short
/// (`"evidence/a.pdf\u0000.exe"` would become `evidence/a.pdf`). Such text is refused before
/// parsing, with its line.
enum NulEscape {
  /// The 1-based line of the first `\u0000` or `\U00000000` escape inside a basic string or a
  /// quoted key (literal strings and comments do not process escapes), or nil.
  static func line(in text: String) -> Int? {
    // Every escape starts with a backslash: text without one has none (the common case).
    guard text.containsByte(0x5C) else { return nil }
    return TOMLLexicalScan(Array(text.unicodeScalars)).nulEscapeLine
  }
}
