import Foundation

/// Finds the line of a key or table header in TOML text. TOMLKit reports positions for
/// syntax errors only, so other problems are located by reading the text (SPEC §6).
public struct SourceLines: Sendable {
  /// One component of a value's path: a key, or an index into an array of tables.
  public enum Component: Sendable, Equatable, Hashable {
    case key(String)
    case index(Int)
  }

  struct Section {
    var header: [String]
    var isArray: Bool
    var occurrence: Int
    var line: Int
    var keys: [([String], Int)]
  }

  private var sections: [Section]

  public init(_ text: String) {
    sections = Self.scanBytes(text) ?? Self.scanCharacters(text)
  }

  /// The sections and keys of `text`, line by line.
  static func scanCharacters(_ text: String) -> [Section] {
    var sections = [Section(header: [], isArray: false, occurrence: 0, line: 0, keys: [])]
    var arrayCounts: [[String]: Int] = [:]
    var lineNumber = 0
    for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      lineNumber += 1
      let line = raw.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
      if line.hasPrefix("[[") {
        let name = Self.dotted(line.dropFirst(2).prefix { $0 != "]" })
        let n = arrayCounts[name, default: 0]
        arrayCounts[name] = n + 1
        sections.append(Section(header: name, isArray: true, occurrence: n, line: lineNumber, keys: []))
      } else if line.hasPrefix("[") {
        let name = Self.dotted(line.dropFirst().prefix { $0 != "]" })
        sections.append(Section(header: name, isArray: false, occurrence: 0, line: lineNumber, keys: []))
      } else if let eq = line.firstIndex(of: "="), let first = line.first,
        first.isLetter || first.isNumber || first == "_" || first == "-" || first == "\"" || first == "'"
      {
        let key = Self.dotted(line[..<eq])
        sections[sections.count - 1].keys.append((key, lineNumber))
      }
    }
    return sections
  }

  /// The same scan as `init` on the UTF-8 bytes, for text whose Characters are all single
  /// scalars (see `ScalarText.swift`); nil for other text. Every byte the scan looks for is
  /// ASCII, and a multi-byte scalar has no ASCII byte in it.
  static func scanBytes(_ text: String) -> [Section]? {
    guard text.hasOnlySingleScalarCharacters else { return nil }
    var text = text
    return text.withUTF8 { bytes -> [Section] in
      var sections = [Section(header: [], isArray: false, occurrence: 0, line: 0, keys: [])]
      var arrayCounts: [[String]: Int] = [:]
      var lineNumber = 0
      var start = 0
      let count = bytes.count
      while start <= count {
        // One line: up to "\n" (whose "\r" before it belongs to the separator "\r\n").
        var end = start
        while end < count && bytes[end] != 0x0A { end += 1 }
        let next = end + 1
        if end < count && end > start && bytes[end - 1] == 0x0D { end -= 1 }
        lineNumber += 1
        var i = start
        while i < end {
          if bytes[i] == 0x20 || bytes[i] == 0x09 {
            i += 1
          } else if i + 2 < end && bytes[i] == 0xEF && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF {
            i += 3
          } else {
            break
          }
        }
        if i < end && bytes[i] == 0x5B {  // "["
          let isArray = i + 1 < end && bytes[i + 1] == 0x5B
          var close = isArray ? i + 2 : i + 1
          let nameStart = close
          while close < end && bytes[close] != 0x5D { close += 1 }  // "]"
          let name = dottedBytes(bytes, nameStart, close)
          if isArray {
            let n = arrayCounts[name, default: 0]
            arrayCounts[name] = n + 1
            sections.append(Section(header: name, isArray: true, occurrence: n, line: lineNumber, keys: []))
          } else {
            sections.append(Section(header: name, isArray: false, occurrence: 0, line: lineNumber, keys: []))
          }
        } else if i < end, let eq = (i..<end).first(where: { bytes[$0] == 0x3D }), startsKey(bytes, i, end) {
          sections[sections.count - 1].keys.append((dottedBytes(bytes, i, eq), lineNumber))
        }
        start = next
      }
      return sections
    }
  }

  /// Whether the first Character of the line at `i` may start a key, as in `init`.
  private static func startsKey(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    let b = bytes[i]
    if b < 0x80 {
      return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
        || b == 0x5F || b == 0x2D || b == 0x22 || b == 0x27
    }
    var iterator = UnsafeBufferPointer(rebasing: bytes[i..<end]).makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
    let first = Character(scalar)
    return first.isLetter || first.isNumber
  }

  /// `dotted` of the bytes `from..<to`: split at ".", empty parts left out, each part trimmed
  /// of spaces, tabs, quotes and "\r".
  private static func dottedBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> [String] {
    var parts: [String] = []
    var start = from
    while start < to {
      var end = start
      while end < to && bytes[end] != 0x2E { end += 1 }
      if end > start {
        var a = start
        var b = end
        func trimmed(_ x: UInt8) -> Bool { x == 0x20 || x == 0x09 || x == 0x22 || x == 0x27 || x == 0x0D }
        while a < b && trimmed(bytes[a]) { a += 1 }
        while b > a && trimmed(bytes[b - 1]) { b -= 1 }
        parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self))
      }
      start = end + 1
    }
    return parts
  }

  private static func dotted(_ s: Substring) -> [String] {
    s.split(separator: ".").map {
      $0.trimmingCharacters(in: [" ", "\t", "\"", "'", "\r"])
    }
  }

  /// The line of the value at `path`, or nil when it cannot be found.
  public func line(of path: [Component]) -> Int? {
    var s = sections.count
    while s > 0 {
      s -= 1
      guard let start = sections[s].restStart(of: path) else { continue }
      if start == path.count { return sections[s].line > 0 ? sections[s].line : nil }
      // A list item is found at the line of its list.
      var end = path.count
      while end - start > 1, case .index = path[end - 1] { end -= 1 }
      var names: [String] = []
      names.reserveCapacity(end - start)
      for c in path[start..<end] {
        guard case .key(let k) = c else { break }
        names.append(k)
      }
      guard names.count == end - start else { continue }
      let keys = sections[s].keys
      if let hit = keys.first(where: { $0.0 == names }) { return hit.1 }
      // A key written as a prefix of a longer dotted key, e.g. `C5.exchanged = …` at the root.
      if let hit = keys.first(where: { $0.0.starts(with: names) }) { return hit.1 }
      // A value inside an inline table or array: the line of the key that holds it,
      // e.g. `C22 = { level = "国家级" }` for `C22.level`.
      if let hit = keys.filter({ names.starts(with: $0.0) }).max(by: { $0.0.count < $1.0.count }) {
        return hit.1
      }
    }
    return nil
  }

  /// The line of a table header or key written as `path`, given as dotted key names.
  public func line(of keys: String...) -> Int? { line(of: keys.map { .key($0) }) }
}

extension SourceLines.Section {
  /// If the section's header is a prefix of the path, where the rest of the path starts.
  func restStart(of path: [SourceLines.Component]) -> Int? {
    var i = 0
    for (n, name) in header.enumerated() {
      guard i < path.count, case .key(let k) = path[i], k == name else { return nil }
      i += 1
      if isArray && n == header.count - 1 {
        guard i < path.count, case .index(let idx) = path[i], idx == occurrence else {
          return nil
        }
        i += 1
      } else if i < path.count, case .index = path[i] {
        return nil
      }
    }
    return i
  }
}
