import JLTCore

/// Writes a parsed document back as TOML 1.0 text that parses to the same values: plain keys
/// first as `key = value`, then every table under its own `[header]` and every array of
/// tables as `[[header]]` blocks. The nesting written is never deeper than the document's
/// own (a table is one level whether written under a header, inline or by a dotted key; an
/// array of tables under `[[header]]` one less than inline), so whatever `TOMLParser`
/// accepted it accepts again. For the fuzz targets' re-serialise invariant and the
/// differential test; jlt itself writes TOML through `TOMLWriter`.
public enum TOMLDocumentText {
  public static func text(of document: TOMLTable) -> String {
    var out = ""
    body(document, path: [], into: &out)
    return out
  }

  /// A key as TOML writes it: bare when it can be, else a basic string.
  public static func key(_ k: String) -> String {
    let bare =
      !k.isEmpty
      && k.utf8.allSatisfy { c in
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
      }
    return bare ? k : TOMLWriter.quoted(k)
  }

  /// A value as written after `key = `, on one line.
  public static func inline(_ value: TOMLValue) -> String {
    switch value.kind {
    case .string(let s): return TOMLWriter.quoted(s)
    case .integer(let n): return String(n)
    case .float(let x): return float(x)
    case .bool(let b): return b ? "true" : "false"
    case .dateTime(let d): return d.text
    case .array(let items): return "[" + items.map(inline).joined(separator: ", ") + "]"
    case .table(let t):
      let entries = t.keys.compactMap { k in t[k].map { "\(key(k)) = \(inline($0))" } }
      return "{" + entries.joined(separator: ", ") + "}"
    }
  }

  /// A float in TOML: Swift's shortest round-tripping digits (`1e-05`, `1.5e+16`, `-0.0`) are
  /// valid TOML floats; infinities and NaN by name.
  public static func float(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let text = "\(x)"
    // Swift always writes a point or an exponent for a Double; keep it a float if it did not.
    return text.contains(where: { $0 == "." || $0 == "e" }) ? text : text + ".0"
  }

  /// A table or a non-empty array holding only tables: written under a header.
  static func isSection(_ value: TOMLValue) -> Bool {
    switch value.kind {
    case .table: return true
    case .array(let items): return !items.isEmpty && items.allSatisfy { $0.table != nil }
    default: return false
    }
  }

  static func body(_ table: TOMLTable, path: [String], into out: inout String) {
    var sections: [(String, TOMLValue)] = []
    for k in table.keys {
      guard let value = table[k] else { continue }
      if isSection(value) {
        sections.append((k, value))
      } else {
        out += "\(key(k)) = \(inline(value))\n"
      }
    }
    for (k, value) in sections {
      let here = path + [k]
      let name = here.map(key).joined(separator: ".")
      switch value.kind {
      case .table(let sub):
        out += "\n[\(name)]\n"
        body(sub, path: here, into: &out)
      case .array(let items):
        for item in items {
          guard let sub = item.table else { continue }
          out += "\n[[\(name)]]\n"
          body(sub, path: here, into: &out)
        }
      default: continue
      }
    }
  }
}
