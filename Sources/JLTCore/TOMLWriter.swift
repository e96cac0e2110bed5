import Foundation

/// Writes TOML text line by line: comments, table headers and `key = value` lines, each with an
/// optional trailing comment. Used for the rubric's canonical text, `jlt init`'s template and
/// the benchmark's synthetic manifests, so that TOML is quoted in one place.
public struct TOMLWriter: Sendable {
  public private(set) var lines: [String] = []

  public init() {}

  /// A value written after `key = `.
  public enum Value: Sendable {
    case string(String)
    case integer(Int)
    case decimal(Decimal)
    /// A list of strings.
    case strings([String])
    /// Text written as it is (a number already formatted, an inline list).
    case raw(String)

    /// The value as written.
    public var text: String {
      switch self {
      case .string(let s): return TOMLWriter.quoted(s)
      case .integer(let n): return String(n)
      case .decimal(let d): return d.description
      case .strings(let items): return "[" + items.map(TOMLWriter.quoted).joined(separator: ", ") + "]"
      case .raw(let text): return text
      }
    }
  }

  /// The text, one line each, ending with a newline.
  public var text: String { lines.joined(separator: "\n") + "\n" }

  public mutating func blank() { lines.append("") }

  public mutating func comment(_ text: String) { lines.append("# \(text)") }

  /// `[name]`, after a blank line unless it is the first line (or `separated` is false, when it
  /// follows its comment directly).
  public mutating func table(_ name: String, comment: String? = nil, separated: Bool = true) {
    if separated { separate() }
    lines.append(Self.commented("[\(name)]", comment))
  }

  /// `[[name]]`, after a blank line unless it is the first line.
  public mutating func arrayOfTables(_ name: String, comment: String? = nil) {
    separate()
    lines.append(Self.commented("[[\(name)]]", comment))
  }

  public mutating func set(_ key: String, _ value: Value, comment: String? = nil) {
    lines.append(Self.commented("\(key) = \(value.text)", comment))
  }

  /// A line as it is (a commented-out key of a template).
  public mutating func line(_ text: String) { lines.append(text) }

  private mutating func separate() {
    if let last = lines.last, !last.isEmpty { lines.append("") }
  }

  static func commented(_ text: String, _ comment: String?) -> String {
    comment.map { "\(text)  # \($0)" } ?? text
  }

  /// A TOML basic string: `"…"` with `"`, `\` and control characters escaped.
  public static func quoted(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 || u.value == 0x7F {
          out += "\\u" + u.hexCode
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }
}
