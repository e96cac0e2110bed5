import Foundation

/// A small JSON writer that keeps key order; compact with two-space indentation per level.
/// It appends UTF-8 bytes to one buffer (a `String` appended to piece by piece cost several
/// times more).
final class JSONWriter {
  private var bytes: [UInt8] = []
  private var depth = 0
  private var first = [true]

  init() { bytes.reserveCapacity(1 << 16) }

  /// What was written.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  private func append(_ s: String) { bytes.append(contentsOf: s.utf8) }
  private func append(_ b: UInt8) { bytes.append(b) }

  private func separate() {
    if !(first.last ?? true) { append(UInt8(ascii: ",")) }
    if depth > 0 { newLine() }
    if !first.isEmpty { first[first.count - 1] = false }
  }

  /// A line break and the indentation of the current depth (appended in place).
  private func newLine() {
    if depth < Self.lineBreaks.count {
      bytes.append(contentsOf: Self.lineBreaks[depth])
    } else {
      append("\n" + String(repeating: "  ", count: depth))
    }
  }

  /// A line break followed by the indentation of each depth.
  private static let lineBreaks = (0..<16).map { Array(("\n" + String(repeating: "  ", count: $0)).utf8) }

  private var pendingKey = false

  func key(_ k: String) {
    separate()
    appendQuoted(k)
    append(UInt8(ascii: ":"))
    append(UInt8(ascii: " "))
    pendingKey = true
  }

  /// Starts a value: after its key, or separated from the value before it.
  private func startValue() {
    if pendingKey { pendingKey = false } else { separate() }
  }

  private func value(_ v: String) {
    startValue()
    append(v)
  }

  func string(_ s: String) {
    startValue()
    appendQuoted(s)
  }
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
    append(UInt8(ascii: "}"))
  }

  func array<T>(_ items: [T], _ each: (T) -> Void) {
    value("[")
    depth += 1
    first.append(true)
    for item in items { each(item) }
    let empty = first.removeLast()
    depth -= 1
    if !empty { newLine() }
    append(UInt8(ascii: "]"))
  }

  /// `s` quoted and escaped, as `quoted` makes it, appended without an intermediate string when
  /// it has nothing to escape.
  private func appendQuoted(_ s: String) {
    if Self.isPlain(s) {
      append(UInt8(ascii: "\""))
      append(s)
      append(UInt8(ascii: "\""))
    } else {
      append(Self.quoted(s))
    }
  }

  /// Whether `s` has nothing to escape (no quote, backslash, control, U+2028 or U+2029).
  static func isPlain(_ s: String) -> Bool {
    s.withUTF8Bytes { bytes in
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
  }

  static func quoted(_ s: String) -> String {
    // Text with nothing to escape as it is.
    let plain = isPlain(s)
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
