import Foundation

/// How the validator names keys and values in its messages, and the hints it gives for values
/// typed in another form (a Windows path, a number in quotes).
extension SchemaValidator {
  /// A key path as the manifest writes it: `C5.exchanged`, `school[2].name`.
  static func name(_ path: [Component]) -> String {
    var out = ""
    for c in path {
      switch c {
      case .key(let k): out += out.isEmpty ? k : ".\(k)"
      case .index(let i): out += "[\(i + 1)]"
      }
    }
    return out
  }

  /// The value as written, for messages: `-3`, `12.0`, `"abc"`.
  static func shown(_ value: TOMLValue) -> String {
    switch value.kind {
    case .string(let s): return "\"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
    case .integer(let n): return String(n)
    case .float(let x): return "\(x)"
    case .bool(let b): return b ? "true" : "false"
    case .array: return "数组"
    case .table: return "表"
    case .dateTime(let d): return d.text
    }
  }

  /// The TOML escapes a Windows path's `\` may have started, back to what was typed.
  static let windowsEscapes: [Unicode.Scalar: String] = [
    "\n": "\\n", "\t": "\\t", "\r": "\\r", "\u{8}": "\\b", "\u{C}": "\\f",
  ]

  /// The text as written when `s` is a Windows path whose `\n`, `\t`, `\r`, `\b` or `\f` TOML
  /// read as escapes (`evidence\new\a.pdf`), else nil.
  static func windowsPath(_ s: String) -> String? {
    // \b \t \n \f \r: bytes 8, 9, 10, 12, 13 (never inside a multi-byte UTF-8 sequence)
    guard s.utf8.contains(where: { $0 >= 8 && $0 <= 13 && $0 != 11 }) else { return nil }
    var raw = ""
    for u in s.unicodeScalars {
      if let e = windowsEscapes[u] { raw += e } else { raw.unicodeScalars.append(u) }
    }
    return raw
  }

  /// How to write a number given in another form: `"12"` without the quotes, `12.0` as `12`,
  /// `"85%"` as `85`.
  static func numberHint(_ value: TOMLValue, whole: Bool) -> String {
    switch value.kind {
    case .string(let s):
      let t = s.trimmingSpaces
      let bare = t.hasSuffix("%") || t.hasSuffix("％") ? String(t.dropLast()) : t
      guard Decimal(string: bare, locale: Locale(identifier: "en_US_POSIX")) != nil, !bare.isEmpty,
        bare.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") })
      else { return "" }
      return "（数字不加引号\(bare == t ? "" : "和百分号")：写成 \(bare)）"
    case .float(let x) where whole && x.rounded() == x && abs(x) < 1e15:
      return "（应写成整数 \(Int(x))，不带小数点）"
    default:
      return ""
    }
  }
}

/// Problems that stop a file from being read (an `Error` so that it fits `Result`).
struct ProblemList: Error {
  var problems: [Problem]
  init(_ problems: [Problem]) { self.problems = problems }
}
