import JLTCore

/// Whether two parsed documents hold the same values, as TOML means it: tables are unordered,
/// keys and strings are compared scalar by scalar (TOML does not normalise Unicode), NaN equals
/// NaN, zeros keep their sign, date-times their text. Lines are not compared.
public enum TOMLValueComparison {
  /// The first difference found, described with its path; nil when the values are the same.
  public static func difference(_ a: TOMLTable, _ b: TOMLTable) -> String? {
    difference(.table(a), .table(b), path: "")
  }

  public static func sameScalars(_ a: String, _ b: String) -> Bool {
    a.utf8.elementsEqual(b.utf8)
  }

  static func difference(_ a: TOMLValue.Kind, _ b: TOMLValue.Kind, path: String) -> String? {
    let at = path.isEmpty ? "(root)" : path
    switch (a, b) {
    case (.string(let x), .string(let y)):
      return sameScalars(x, y) ? nil : "\(at): string \(x.debugDescription) ≠ \(y.debugDescription)"
    case (.integer(let x), .integer(let y)):
      return x == y ? nil : "\(at): integer \(x) ≠ \(y)"
    case (.float(let x), .float(let y)):
      let same = (x.isNaN && y.isNaN) || (x == y && x.sign == y.sign)
      return same ? nil : "\(at): float \(x) ≠ \(y)"
    case (.bool(let x), .bool(let y)):
      return x == y ? nil : "\(at): bool \(x) ≠ \(y)"
    case (.dateTime(let x), .dateTime(let y)):
      return x.form == y.form && sameScalars(x.text, y.text) ? nil : "\(at): date-time \(x) ≠ \(y)"
    case (.array(let x), .array(let y)):
      guard x.count == y.count else { return "\(at): array of \(x.count) ≠ array of \(y.count)" }
      for (i, (p, q)) in zip(x, y).enumerated() {
        if let d = difference(p.kind, q.kind, path: "\(path)[\(i)]") { return d }
      }
      return nil
    case (.table(let x), .table(let y)):
      let xs = x.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      let ys = y.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      guard xs.count == ys.count, zip(xs, ys).allSatisfy(sameScalars) else {
        return "\(at): keys \(xs.map(\.debugDescription)) ≠ \(ys.map(\.debugDescription))"
      }
      for k in xs {
        guard let p = x[k], let q = y[k] else { return "\(at): key \(k.debugDescription) without a value" }
        if let d = difference(p.kind, q.kind, path: "\(path).\(TOMLDocumentText.key(k))") { return d }
      }
      return nil
    default:
      return "\(at): \(kindName(a)) ≠ \(kindName(b))"
    }
  }

  static func kindName(_ k: TOMLValue.Kind) -> String {
    switch k {
    case .string: return "string"
    case .integer: return "integer"
    case .float: return "float"
    case .bool: return "bool"
    case .dateTime: return "date-time"
    case .array: return "array"
    case .table: return "table"
    }
  }
}
