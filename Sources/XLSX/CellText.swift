#if canImport(Glibc)
  import Glibc
#endif

/// Sanitising of Swift strings before they become C strings.
enum CellText {
  /// Excel's limit on the characters in one cell (counted in UTF-16 units,
  /// which is never fewer than libxlsxwriter's count of code points).
  static let maxCellLength = 32_767

  /// Removes U+0000, which would silently cut a C string short.
  static func withoutNUL(_ text: String) -> String {
    // U+0000 is the only zero byte (memchr over the UTF-8 bytes: this runs for every cell).
    let hasNUL =
      text.utf8.withContiguousStorageIfAvailable { b in b.baseAddress.map { memchr($0, 0, b.count) != nil } ?? false }
      ?? text.utf8.contains(0)
    guard hasNUL else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\0" }))
  }

  /// Drops NULs and truncates to `maxCellLength` UTF-16 units on a
  /// `Character` boundary.
  static func cellString(_ text: String) -> String {
    truncated(withoutNUL(text), toUTF16Units: maxCellLength)
  }

  static func truncated(_ text: String, toUTF16Units limit: Int) -> String {
    // No scalar takes more UTF-16 units than UTF-8 bytes: short text needs no count.
    guard text.utf8.count > limit, text.utf16.count > limit else { return text }
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let units = text[index].utf16.count
      if used + units > limit { break }
      used += units
      end = text.index(after: index)
    }
    return String(text[..<end])
  }

  /// Number of Unicode code points, as libxlsxwriter's `lxw_utf8_strlen` counts.
  static func codePointCount(_ text: String) -> Int {
    text.unicodeScalars.count
  }
}
