import Foundation
import Testing

@testable import JLTCore

extension TOMLConformanceTests {
  // MARK: - Comparing with toml-test's tagged JSON

  static func describe(_ kind: TOMLValue.Kind) -> String {
    switch kind {
    case .string(let s): return "string \(s.debugDescription)"
    case .integer(let n): return "integer \(n)"
    case .float(let x): return "float \(x)"
    case .bool(let b): return "bool \(b)"
    case .dateTime(let d): return "\(d.form) \(d.text)"
    case .array(let a): return "array of \(a.count)"
    case .table(let t): return "table \(t.keys)"
    }
  }

  static func describe(_ json: TaggedJSON) -> String {
    switch json {
    case .string(let s): return s.debugDescription
    case .array(let a): return "array of \(a.count)"
    case .object(let o):
      if let (type, value) = json.leaf { return "\(type) \(value.debugDescription)" }
      return "table \(o.map(\.0))"
    }
  }

  static func sameScalars(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.elementsEqual(b.unicodeScalars)
  }

  static func compare(_ actual: TOMLValue.Kind, _ expected: TaggedJSON, path: String, into problems: inout [String]) {
    let at = path.isEmpty ? "(root)" : path
    func mismatch() { problems.append("\(at): expected \(describe(expected)), got \(describe(actual))") }

    if let (type, value) = expected.leaf {
      if !leafMatches(actual, type: type, value: value) { mismatch() }
      return
    }
    switch (actual, expected) {
    case (.array(let items), .array(let wanted)):
      guard items.count == wanted.count else { return mismatch() }
      for (i, (item, want)) in zip(items, wanted).enumerated() {
        compare(item.kind, want, path: "\(path)[\(i)]", into: &problems)
      }
    case (.table(let table), .object(let wanted)):
      var seen: [String] = []
      for key in table.keys {
        if seen.contains(where: { sameScalars($0, key) }) {
          problems.append("\(at): key \(key.debugDescription) listed twice")
        }
        seen.append(key)
      }
      let missing = wanted.map(\.0).filter { k in !table.keys.contains { sameScalars($0, k) } }
      let extra = table.keys.filter { k in !wanted.contains { sameScalars($0.0, k) } }
      if !missing.isEmpty || !extra.isEmpty {
        problems.append("\(at): keys differ, missing \(missing), unexpected \(extra)")
      }
      for (key, want) in wanted {
        guard let actualKey = table.keys.first(where: { sameScalars($0, key) }) else { continue }
        guard let value = table[actualKey] else {
          problems.append("\(at): key \(key.debugDescription) listed but has no value")
          continue
        }
        compare(value.kind, want, path: "\(path).\(key.debugDescription)", into: &problems)
      }
    default:
      mismatch()
    }
  }

  static func leafMatches(_ actual: TOMLValue.Kind, type: String, value: String) -> Bool {
    switch (type, actual) {
    case ("string", .string(let s)):
      return sameScalars(s, value)
    case ("integer", .integer(let n)):
      return Int(value) == n
    case ("float", .float(let x)):
      guard let want = expectedFloat(value) else { return false }
      if want.isNaN { return x.isNaN }
      return x == want && x.sign == want.sign
    case ("bool", .bool(let b)):
      return value == (b ? "true" : "false")
    case ("datetime", .dateTime(let d)), ("datetime-local", .dateTime(let d)),
      ("date-local", .dateTime(let d)), ("time-local", .dateTime(let d)):
      let form: TOMLDateTime.Form =
        switch type {
        case "datetime": .offsetDateTime
        case "datetime-local": .localDateTime
        case "date-local": .localDate
        default: .localTime
        }
      return d.form == form && normalizedDateTime(d.text) == normalizedDateTime(value)
    default:
      return false
    }
  }

  /// toml-test writes nan and inf by name (no sign on nan), otherwise a decimal number.
  static func expectedFloat(_ text: String) -> Double? {
    switch text.lowercased() {
    case "nan", "+nan", "-nan": return .nan
    case "inf", "+inf": return .infinity
    case "-inf": return -.infinity
    default: return Double(text)
    }
  }

  /// One spelling of a date-time: upper case `T`/`Z`, `T` between date and time, fractional
  /// seconds without trailing zeros (toml-test pads `.6` to `.600`).
  static func normalizedDateTime(_ text: String) -> String {
    var c = Array(text.uppercased().unicodeScalars)
    if c.count > 10, c[4] == "-", c[10] == " " { c[10] = "T" }
    if let dot = c.firstIndex(of: ".") {
      var end = dot + 1
      while end < c.count, (48...57).contains(c[end].value) { end += 1 }
      var digits = Array(c[(dot + 1)..<end])
      while digits.last == "0" { digits.removeLast() }
      c.replaceSubrange(dot..<end, with: digits.isEmpty ? [] : ["."] + digits)
    }
    var s = String.UnicodeScalarView()
    s.append(contentsOf: c)
    return String(s)
  }
}

/// The JSON toml-test uses: objects (keys as written, in order), arrays and strings only.
enum TaggedJSON {
  case string(String)
  case array([TaggedJSON])
  case object([(String, TaggedJSON)])

  /// `{"type": …, "value": …}` with two strings: a TOML value.
  var leaf: (String, String)? {
    guard case .object(let o) = self, o.count == 2,
      let t = o.first(where: { $0.0 == "type" }), case .string(let type) = t.1,
      let v = o.first(where: { $0.0 == "value" }), case .string(let value) = v.1
    else { return nil }
    return (type, value)
  }

  struct Malformed: Error, CustomStringConvertible {
    var offset: Int
    var description: String { "malformed expected JSON at scalar \(offset)" }
  }

  static func parse(_ text: String) throws -> TaggedJSON {
    var p = Parser(s: Array(text.unicodeScalars))
    let value = try p.value()
    p.skipSpace()
    guard p.i == p.s.count else { throw Malformed(offset: p.i) }
    return value
  }

  struct Parser {
    var s: [Unicode.Scalar]
    var i = 0

    mutating func skipSpace() {
      while i < s.count, [" ", "\t", "\n", "\r"].contains(s[i]) { i += 1 }
    }

    mutating func expect(_ c: Unicode.Scalar) throws {
      skipSpace()
      guard i < s.count, s[i] == c else { throw Malformed(offset: i) }
      i += 1
    }

    mutating func peek() -> Unicode.Scalar? {
      skipSpace()
      return i < s.count ? s[i] : nil
    }

    mutating func value() throws -> TaggedJSON {
      switch peek() {
      case "\"": return .string(try string())
      case "[":
        i += 1
        var items: [TaggedJSON] = []
        if peek() == "]" {
          i += 1
          return .array(items)
        }
        while true {
          items.append(try value())
          if peek() == "," { i += 1; continue }
          try expect("]")
          return .array(items)
        }
      case "{":
        i += 1
        var members: [(String, TaggedJSON)] = []
        if peek() == "}" {
          i += 1
          return .object(members)
        }
        while true {
          guard peek() == "\"" else { throw Malformed(offset: i) }
          let key = try string()
          try expect(":")
          members.append((key, try value()))
          if peek() == "," { i += 1; continue }
          try expect("}")
          return .object(members)
        }
      default:
        throw Malformed(offset: i)
      }
    }

    mutating func hex4() throws -> UInt32 {
      guard i + 4 <= s.count, let n = UInt32(String(String.UnicodeScalarView(s[i..<(i + 4)])), radix: 16) else {
        throw Malformed(offset: i)
      }
      i += 4
      return n
    }

    mutating func string() throws -> String {
      try expect("\"")
      var out = String.UnicodeScalarView()
      while true {
        guard i < s.count else { throw Malformed(offset: i) }
        let c = s[i]
        i += 1
        switch c {
        case "\"": return String(out)
        case "\\":
          guard i < s.count else { throw Malformed(offset: i) }
          let e = s[i]
          i += 1
          switch e {
          case "\"", "\\", "/": out.append(e)
          case "b": out.append("\u{08}")
          case "f": out.append("\u{0C}")
          case "n": out.append("\n")
          case "r": out.append("\r")
          case "t": out.append("\t")
          case "u":
            var n = try hex4()
            if (0xD800..<0xDC00).contains(n), i + 6 <= s.count, s[i] == "\\", s[i + 1] == "u" {
              i += 2
              let low = try hex4()
              guard (0xDC00..<0xE000).contains(low) else { throw Malformed(offset: i) }
              n = 0x10000 + ((n - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(n) else { throw Malformed(offset: i) }
            out.append(scalar)
          default: throw Malformed(offset: i)
          }
        default: out.append(c)
        }
      }
    }
  }
}
