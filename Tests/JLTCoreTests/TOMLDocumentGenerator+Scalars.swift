import Foundation

/// Strings, numbers, booleans and date-times in all of TOML 1.0's spellings.
extension TOMLDocumentGenerator {
  /// Characters text is drawn from: ASCII, Chinese, full-width forms, an emoji, a combining
  /// accent (and its precomposed twin), tab, other control characters, quotes and backslashes.
  static let alphabet: [Unicode.Scalar] =
    Array("abcXYZ019 _-.=#[]{},:+".unicodeScalars)
    + ["学", "校", "证", "据", "　", "（", "）", "😀", "é", "e", "\u{301}", "\u{FEFF}", "\u{200B}", "\u{7F}", "\u{1B}"]
    + ["\t", "\n", "\r", "\u{08}", "\u{0C}", "\"", "'", "\\", "\u{10FFFF}", "\u{E000}"]

  mutating func text(maxLength: Int) -> String {
    var s = String.UnicodeScalarView()
    for _ in 0..<int(0...maxLength) { s.append(pick(Self.alphabet)) }
    return String(s)
  }

  mutating func scalar() -> String {
    switch int(0...9) {
    case 0...2: return string(text(maxLength: 12))
    case 3, 4: return integer()
    case 5, 6: return float()
    case 7: return pick(["true", "false"])
    default: return dateTime()
    }
  }

  // MARK: Strings

  /// `s` as one of the four kinds of string that can hold it.
  mutating func string(_ s: String) -> String {
    switch int(0...5) {
    case 0: return literalString(s) ?? basicString(s)
    case 1: return multilineLiteral(s) ?? multilineBasic(s)
    case 2: return multilineBasic(s)
    default: return basicString(s)
    }
  }

  /// A basic string: escapes where needed, sometimes where not (`\u` for a plain letter).
  mutating func basicString(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars { out += escaped(u, multiline: false) }
    return out + "\""
  }

  mutating func escaped(_ u: Unicode.Scalar, multiline: Bool) -> String {
    switch u {
    case "\"": return "\\\""
    case "\\": return "\\\\"
    case "\n" where multiline && chance(0.7): return "\n"
    case "\t" where chance(0.5): return "\t"
    case "\n": return "\\n"
    case "\t": return "\\t"
    case "\r": return "\\r"
    case "\u{08}": return "\\b"
    case "\u{0C}": return "\\f"
    default:
      let control = u.value < 0x20 || u.value == 0x7F
      if control || chance(0.05) {
        let hex = String(u.value, radix: 16, uppercase: chance(0.5))
        return chance(0.3) || u.value > 0xFFFF
          ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
          : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
      return String(Character(u))
    }
  }

  /// `'…'`, when `s` holds no apostrophe, newline or control character other than tab.
  func literalString(_ s: String) -> String? {
    guard !s.unicodeScalars.contains(where: { $0 == "'" || ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F })
    else { return nil }
    return "'" + s + "'"
  }

  /// `'''…'''`, when `s` holds no `'''`, no CR and no control character other than tab and LF,
  /// and does not end with an apostrophe; sometimes with a newline after the opening quotes.
  mutating func multilineLiteral(_ s: String) -> String? {
    guard !s.contains("'''"), !s.hasSuffix("'"),
      !s.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || $0.value == 0x7F })
    else { return nil }
    return "'''" + (chance(0.5) ? "\n" : "") + s + "'''"
  }

  /// `"""…"""` with newlines as they are (or escaped), and sometimes a line-ending backslash,
  /// which removes the newline and the blanks after it.
  mutating func multilineBasic(_ s: String) -> String {
    var out = "\"\"\"" + (chance(0.5) ? "\n" : "")
    for u in s.unicodeScalars {
      if chance(0.05) { out += "\\" + pick(["", " ", "\t"]) + "\n" + pick(["", "  ", "\n\t "]) }
      out += escaped(u, multiline: true)
    }
    return out + "\"\"\""
  }

  // MARK: Numbers

  mutating func integer() -> String {
    let n: Int64 =
      chance(0.2)
      ? pick([Int64.max, Int64.min, 0, -1, 1, Int64(Int32.max) + 1])
      : chance(0.5) ? Int64(int(-1000...1000)) : Int64.random(in: Int64.min...Int64.max, using: &rng)
    if n >= 0, chance(0.3) {
      let (prefix, radix) = pick([("0x", 16), ("0o", 8), ("0b", 2)])
      return prefix + underscored(String(n, radix: radix, uppercase: chance(0.5)))
    }
    let sign = n < 0 ? "-" : chance(0.2) ? "+" : ""
    return sign + underscored(String(n.magnitude))
  }

  /// Digits with `_` between some of them.
  mutating func underscored(_ digits: String) -> String {
    guard digits.count > 1, chance(0.3) else { return digits }
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, chance(0.3) { out += "_" }
      out.append(c)
    }
    return out
  }

  mutating func float() -> String {
    switch int(0...9) {
    case 0: return pick(["inf", "+inf", "-inf", "nan", "+nan", "-nan", "-0.0", "+0.0", "0e0", "-0E-0"])
    case 1...3:
      let x = Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &rng))
      return x.isFinite ? "\(x)" : "1e308"
    default:
      let whole = chance(0.2) ? "0" : String(int(1...99_999))
      var s = (chance(0.3) ? pick(["+", "-"]) : "") + underscored(whole)
      let fraction = chance(0.7)
      if fraction { s += "." + underscored(String(int(0...999_999))) }
      if !fraction || chance(0.3) {
        s +=
          pick(["e", "E"]) + pick(["", "+", "-"]) + String(repeating: "0", count: int(0...2)) + String(int(0...350))
      }
      return s
    }
  }

  // MARK: Dates and times

  mutating func dateTime() -> String {
    let year = int(1...9999)
    let month = int(1...12)
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let date = String(repeating: "0", count: 4 - String(year).count) + "\(year)-\(two(month))-\(two(int(1...days)))"
    // Seconds to 59: Python's datetime cannot hold a leap second, so tomllib refuses `:60`.
    var time = "\(two(int(0...23))):\(two(int(0...59))):\(two(int(0...59)))"
    if chance(0.4) { time += "." + String((0..<int(1...9)).map { _ in pick(Array("0123456789")) }) }
    switch int(0...3) {
    case 0: return date
    case 1: return time
    case 2: return date + pick(["T", "t", " "]) + time
    default:
      let offset = chance(0.3) ? pick(["Z", "z"]) : pick(["+", "-"]) + two(int(0...23)) + ":" + two(int(0...59))
      return date + pick(["T", "t", " "]) + time + offset
    }
  }
}

extension TOMLDocumentGenerator {
  /// Edits that may or may not leave a document valid: both parsers must then agree on which.
  static let edits: [String] = [
    "=", "\"", "'", "[", "]", "{", "}", ",", ".", "#", "\n", " ", "\\", "e", "_", "0", "9", ":", "-", "+",
    "\r", "\t", "\u{7F}", "x", "é", "\"\"\"", "'''", "[[", "]]", "\\u00", "T", "Z", "inf", "1979-05-27",
  ]

  /// `document` with one edit: a character deleted, a piece inserted or replacing one, or a line
  /// doubled.
  mutating func damaged(_ document: String) -> String {
    var s = Array(document.unicodeScalars)
    guard !s.isEmpty else { return pick(Self.edits) }
    let at = int(0...(s.count - 1))
    switch int(0...3) {
    case 0: s.remove(at: at)
    case 1: s.insert(contentsOf: pick(Self.edits).unicodeScalars, at: at)
    case 2: s.replaceSubrange(at...at, with: pick(Self.edits).unicodeScalars)
    default:
      let lines = document.split(separator: "\n", omittingEmptySubsequences: false)
      let n = int(0...(lines.count - 1))
      return (lines[...n] + lines[n...]).joined(separator: "\n")
    }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: s)
    return String(out)
  }
}
