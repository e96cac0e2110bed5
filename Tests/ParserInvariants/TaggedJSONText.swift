import JLTCore

/// A parsed document in toml-test's tagged JSON: tables as objects, arrays as arrays, every
/// other value as `{"type": …, "value": …}` with the value as text. Written on one line.
public enum TaggedJSONText {
  public static func json(_ document: TOMLTable) -> String {
    var out = ""
    write(.table(document), into: &out)
    return out
  }

  static func write(_ kind: TOMLValue.Kind, into out: inout String) {
    switch kind {
    case .string(let s): leaf("string", s, into: &out)
    case .integer(let n): leaf("integer", String(n), into: &out)
    case .float(let x): leaf("float", TOMLDocumentText.float(x), into: &out)
    case .bool(let b): leaf("bool", b ? "true" : "false", into: &out)
    case .dateTime(let d):
      let type: String
      switch d.form {
      case .offsetDateTime: type = "datetime"
      case .localDateTime: type = "datetime-local"
      case .localDate: type = "date-local"
      case .localTime: type = "time-local"
      }
      leaf(type, d.text, into: &out)
    case .array(let items):
      out += "["
      for (n, item) in items.enumerated() {
        if n > 0 { out += "," }
        write(item.kind, into: &out)
      }
      out += "]"
    case .table(let t):
      out += "{"
      for (n, k) in t.keys.enumerated() {
        guard let v = t[k] else { continue }
        if n > 0 { out += "," }
        string(k, into: &out)
        out += ":"
        write(v.kind, into: &out)
      }
      out += "}"
    }
  }

  static func leaf(_ type: String, _ value: String, into out: inout String) {
    out += "{\"type\":\"\(type)\",\"value\":"
    string(value, into: &out)
    out += "}"
  }

  /// A JSON string: `"` and `\` escaped, control characters as `\u00XX`, the rest as it is.
  public static func string(_ s: String, into out: inout String) {
    out += "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      default:
        if u.value < 0x20 || u.value == 0x7F {
          out += "\\u" + u.hexCode
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out += "\""
  }
}
