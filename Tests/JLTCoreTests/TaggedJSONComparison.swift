/// Compares two documents in toml-test's tagged JSON as TOML values (the differential test):
/// tables unordered, strings scalar by scalar, floats as numbers (NaN equal to NaN, zeros by
/// sign), date-times with Python's precision.
enum TaggedJSONComparison {
  /// The first difference, with its path; nil when the documents hold the same values.
  static func difference(_ a: TaggedJSON, _ b: TaggedJSON, path: String = "") -> String? {
    let at = path.isEmpty ? "(root)" : path
    if let (ta, va) = a.leaf, let (tb, vb) = b.leaf {
      guard ta == tb else { return "\(at): \(ta) \(va.debugDescription) ≠ \(tb) \(vb.debugDescription)" }
      return sameLeaf(ta, va, vb) ? nil : "\(at): \(ta) \(va.debugDescription) ≠ \(vb.debugDescription)"
    }
    switch (a, b) {
    case (.array(let x), .array(let y)):
      guard x.count == y.count else { return "\(at): array of \(x.count) ≠ array of \(y.count)" }
      for (i, (p, q)) in zip(x, y).enumerated() {
        if let d = difference(p, q, path: "\(path)[\(i)]") { return d }
      }
      return nil
    case (.object(let x), .object(let y)) where a.leaf == nil && b.leaf == nil:
      let same = { (p: String, q: String) in p.unicodeScalars.elementsEqual(q.unicodeScalars) }
      let xs = x.map(\.0)
      let ys = y.map(\.0)
      guard xs.count == ys.count, xs.allSatisfy({ k in ys.contains { same(k, $0) } }) else {
        return "\(at): keys \(xs.map(\.debugDescription)) ≠ \(ys.map(\.debugDescription))"
      }
      for (k, p) in x {
        guard let q = y.first(where: { same($0.0, k) })?.1 else { continue }
        if let d = difference(p, q, path: "\(path).\(k.debugDescription)") { return d }
      }
      return nil
    default:
      return "\(at): \(shape(a)) ≠ \(shape(b))"
    }
  }

  static func shape(_ j: TaggedJSON) -> String {
    if let (t, v) = j.leaf { return "\(t) \(v.debugDescription)" }
    switch j {
    case .string(let s): return "bare string \(s.debugDescription)"
    case .array(let a): return "array of \(a.count)"
    case .object(let o): return "table \(o.map(\.0))"
    }
  }

  static func sameLeaf(_ type: String, _ a: String, _ b: String) -> Bool {
    switch type {
    case "float":
      guard let x = TOMLConformanceTests.expectedFloat(a), let y = TOMLConformanceTests.expectedFloat(b) else {
        return false
      }
      return (x.isNaN && y.isNaN) || (x == y && x.sign == y.sign)
    case "datetime", "datetime-local", "date-local", "time-local":
      return dateTime(a) == dateTime(b)
    default:
      return a.unicodeScalars.elementsEqual(b.unicodeScalars)
    }
  }

  /// One spelling of a date-time as Python holds it: `T` between date and time, upper case,
  /// seconds to at most six decimals without trailing zeros, `Z` and `-00:00` as `+00:00`.
  static func dateTime(_ text: String) -> String {
    var s = TOMLConformanceTests.normalizedDateTime(text)
    if let dot = s.firstIndex(of: ".") {
      let digits = s[s.index(after: dot)...].prefix { $0.isNumber }
      let end = s.index(dot, offsetBy: digits.count + 1)
      var kept = String(digits.prefix(6))
      while kept.last == "0" { kept.removeLast() }
      s.replaceSubrange(dot..<end, with: kept.isEmpty ? "" : "." + kept)
    }
    if s.hasSuffix("Z") { s = String(s.dropLast()) + "+00:00" }
    if s.hasSuffix("-00:00") { s = String(s.dropLast(6)) + "+00:00" }
    return s
  }

  /// Whether an integer in the document does not fit in 64 bits.
  static func hasIntegerBeyond64Bits(_ j: TaggedJSON) -> Bool {
    if let (t, v) = j.leaf { return t == "integer" && Int64(v) == nil }
    switch j {
    case .string: return false
    case .array(let items): return items.contains(where: hasIntegerBeyond64Bits)
    case .object(let members): return members.contains { hasIntegerBeyond64Bits($0.1) }
    }
  }
}
