/// Worksheet names for the alliance sheets (SPEC §5): the display name with `[]:*?/\` removed,
/// truncated to 31 characters, no leading or trailing `'`, unique ignoring case, never one of
/// the fixed sheets' names; a clash gets "(2)", "(3)"… within the 31 characters.
public enum SheetNamer {
  /// Names of the county workbook's fixed sheets, and Excel's reserved "History".
  public static let reserved = CountyWorkbook.fixedSheetNames + ["History"]
  /// Excel's limit, in UTF-16 units.
  public static let maximumLength = 31
  static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

  /// One sheet name per display name, in the same order. `ids[i]` (when given) replaces a
  /// name that is empty after cleaning; failing that, "教联体N" is used.
  public static func names(for displayNames: [String], ids: [String] = []) -> [String] {
    var used = Set(reserved.map(key))
    var result: [String] = []
    for (i, name) in displayNames.enumerated() {
      var base = clean(name)
      if base.isEmpty, ids.indices.contains(i) { base = clean(ids[i]) }
      if base.isEmpty { base = "教联体\(i + 1)" }
      var candidate = base
      var n = 2
      while used.contains(key(candidate)) {
        let suffix = "(\(n))"
        candidate = trimmed(truncated(base, to: maximumLength - suffix.utf16.count)) + suffix
        n += 1
      }
      used.insert(key(candidate))
      result.append(candidate)
    }
    return result
  }

  /// The name with forbidden and control characters removed, cut to 31 UTF-16 units on a
  /// character boundary, without leading or trailing apostrophes.
  public static func clean(_ name: String) -> String {
    let kept = name.filter { c in
      !forbidden.contains(c) && !c.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
    return trimmed(truncated(trimmed(kept), to: maximumLength))
  }

  /// The key Excel compares sheet names by.
  static func key(_ name: String) -> String { name.lowercased() }

  static func trimmed(_ name: String) -> String {
    var s = Substring(name)
    while s.first == "'" { s = s.dropFirst() }
    while s.last == "'" { s = s.dropLast() }
    return String(s)
  }

  static func truncated(_ name: String, to limit: Int) -> String {
    var out = ""
    var used = 0
    for c in name {
      let units = c.utf16.count
      if used + units > limit { break }
      out.append(c)
      used += units
    }
    return out
  }
}
