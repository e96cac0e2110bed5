/// Finds the line of a key or table header in TOML text. TOMLKit reports positions for
/// syntax errors only, so other problems are located by reading the text (SPEC §6).
public struct SourceLines: Sendable {
  /// One component of a value's path: a key, or an index into an array of tables.
  public enum Component: Sendable, Equatable, Hashable {
    case key(String)
    case index(Int)
  }

  private struct Section {
    var header: [String]
    var isArray: Bool
    var occurrence: Int
    var line: Int
    var keys: [([String], Int)]
  }

  private var sections: [Section]

  public init(_ text: String) {
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
    self.sections = sections
  }

  private static func dotted(_ s: Substring) -> [String] {
    s.split(separator: ".").map {
      $0.trimmingCharacters(in: [" ", "\t", "\"", "'", "\r"])
    }
  }

  /// The line of the value at `path`, or nil when it cannot be found.
  public func line(of path: [Component]) -> Int? {
    for section in sections.reversed() {
      guard let matched = Self.match(section, path) else { continue }
      if matched.isEmpty { return section.line > 0 ? section.line : nil }
      // A list item is found at the line of its list.
      var rest = matched
      while case .index? = rest.last, rest.count > 1 { rest.removeLast() }
      let names = rest.compactMap { c -> String? in
        if case .key(let k) = c { return k }
        return nil
      }
      guard names.count == rest.count else { continue }
      if let hit = section.keys.first(where: { $0.0 == names }) { return hit.1 }
      // A key written as a prefix of a longer dotted key, e.g. `C5.exchanged = …` at the root.
      if let hit = section.keys.first(where: { $0.0.starts(with: names) }) { return hit.1 }
      // A value inside an inline table or array: the line of the key that holds it,
      // e.g. `C22 = { level = "国家级" }` for `C22.level`.
      if let hit = section.keys.filter({ names.starts(with: $0.0) }).max(by: { $0.0.count < $1.0.count }) {
        return hit.1
      }
    }
    return nil
  }

  /// The line of a table header or key written as `path`, given as dotted key names.
  public func line(of keys: String...) -> Int? { line(of: keys.map { .key($0) }) }

  /// If the section's header is a prefix of the path, the rest of the path.
  private static func match(_ section: Section, _ path: [Component]) -> [Component]? {
    var i = 0
    for (n, name) in section.header.enumerated() {
      guard i < path.count, case .key(let k) = path[i], k == name else { return nil }
      i += 1
      if section.isArray && n == section.header.count - 1 {
        guard i < path.count, case .index(let idx) = path[i], idx == section.occurrence else {
          return nil
        }
        i += 1
      } else if i < path.count, case .index = path[i] {
        return nil
      }
    }
    return Array(path[i...])
  }
}

import Foundation
