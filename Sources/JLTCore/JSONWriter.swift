import Foundation

/// A small JSON writer that keeps key order; compact with two-space indentation per level.
final class JSONWriter {
  private(set) var text = ""
  private var depth = 0
  private var first = [true]

  private func separate() {
    if !(first.last ?? true) { text.append(",") }
    if depth > 0 { newLine() }
    if !first.isEmpty { first[first.count - 1] = false }
  }

  /// A line break and the indentation of the current depth (appended in place).
  private func newLine() {
    text.append(depth < Self.lineBreaks.count ? Self.lineBreaks[depth] : "\n" + String(repeating: "  ", count: depth))
  }

  /// A line break followed by the indentation of each depth.
  private static let lineBreaks = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }

  private var pendingKey = false

  func key(_ k: String) {
    separate()
    text.append(Self.quoted(k))
    text.append(": ")
    pendingKey = true
  }

  private func value(_ v: String) {
    if pendingKey { pendingKey = false } else { separate() }
    text.append(v)
  }

  func string(_ s: String) { value(Self.quoted(s)) }
  func int(_ n: Int) { value(String(n)) }
  func score(_ d: Decimal) { value(d.scoreText) }
  func null() { value("null") }
  func bool(_ b: Bool) { value(b ? "true" : "false") }

  func object(_ body: () -> Void) {
    value("{")
    depth += 1
    first.append(true)
    body()
    let empty = first.removeLast()
    depth -= 1
    if !empty { newLine() }
    text.append("}")
  }

  func array<T>(_ items: [T], _ each: (T) -> Void) {
    value("[")
    depth += 1
    first.append(true)
    for item in items { each(item) }
    let empty = first.removeLast()
    depth -= 1
    if !empty { newLine() }
    text.append("]")
  }

  static func quoted(_ s: String) -> String {
    // Text with nothing to escape (no quote, backslash, control, U+2028 or U+2029) as it is.
    let plain = s.withUTF8Bytes { bytes in
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        if b < 0x20 || b == 0x22 || b == 0x5C { return false }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
          return false
        }
        i += 1
      }
      return true
    }
    if plain { return "\"" + s + "\"" }
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
          out += String(format: "\\u%04x", u.value)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }
}
