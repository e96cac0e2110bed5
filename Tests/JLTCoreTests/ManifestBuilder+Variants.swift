import Foundation

@testable import JLTCore

/// Changed copies of a builder: each returns a new builder.
extension ManifestBuilder {

  private static func setLine(_ lines: inout [String], _ key: String, _ value: String) {
    let line = "\(key) = \(value)"
    if let i = lines.firstIndex(where: { $0.hasPrefix(key + " =") }) {
      lines[i] = line
    } else {
      lines.append(line)
    }
  }

  private static func removeLine(_ lines: inout [String], _ key: String) {
    lines.removeAll { $0.hasPrefix(key + " =") }
  }

  /// Sets a top-level key (raw TOML value).
  func settingTop(_ key: String, _ value: String) -> Self {
    var b = self
    Self.setLine(&b.top, key, value)
    return b
  }

  func removingTop(_ key: String) -> Self {
    var b = self
    Self.removeLine(&b.top, key)
    return b
  }

  /// Sets `key = value` (raw TOML value) in table `[table]`, creating the table if needed.
  func setting(_ table: String, _ key: String, _ value: String) -> Self {
    var b = self
    let header = "[\(table)]"
    if let i = b.blocks.firstIndex(where: { $0.header == header }) {
      Self.setLine(&b.blocks[i].lines, key, value)
    } else {
      b.blocks.append(Block(header: header, lines: ["\(key) = \(value)"]))
    }
    return b
  }

  /// Sets an evidence key of a table to a quoted reference.
  func evidence(_ table: String, _ key: String, _ reference: String) -> Self {
    setting(table, key, Self.q(reference))
  }

  func removing(_ table: String, _ key: String) -> Self {
    var b = self
    if let i = b.blocks.firstIndex(where: { $0.header == "[\(table)]" }) {
      Self.removeLine(&b.blocks[i].lines, key)
    }
    return b
  }

  /// Removes a table, or every entry of an array of tables (`C15.honor`).
  func removingTable(_ table: String) -> Self {
    var b = self
    b.blocks.removeAll { $0.header == "[\(table)]" || $0.header == "[[\(table)]]" }
    return b
  }

  /// Replaces every entry of an array of tables, e.g. `C15.honor`, keeping its place.
  func replacingEntries(_ table: String, _ entries: [Block]) -> Self {
    var b = self
    let at = b.blocks.firstIndex { $0.header == "[[\(table)]]" } ?? b.blocks.count
    b.blocks.removeAll { $0.header == "[[\(table)]]" }
    b.blocks.insert(contentsOf: entries, at: min(at, b.blocks.count))
    return b
  }

  /// Appends a block at the end.
  func adding(_ block: Block) -> Self {
    var b = self
    b.blocks.append(block)
    return b
  }

  func settingSchool(_ index: Int, _ key: String, _ value: String) -> Self {
    var b = self
    Self.setLine(&b.schools[index], key, value)
    return b
  }

  func removingSchoolKey(_ index: Int, _ key: String) -> Self {
    var b = self
    Self.removeLine(&b.schools[index], key)
    return b
  }

  func addingSchool(_ lines: [String]) -> Self {
    var b = self
    b.schools.append(lines)
    return b
  }

  func removingSchool(_ index: Int) -> Self {
    var b = self
    b.schools.remove(at: index)
    return b
  }

  func appending(_ raw: String) -> Self {
    var b = self
    b.tail.append(raw)
    return b
  }

  /// A TOML basic string.
  static func q(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  /// A TOML array of basic strings.
  static func list(_ items: [String]) -> String { "[" + items.map(q).joined(separator: ", ") + "]" }
}
