/// A parsed TOML document (TOML 1.0): plain values, each with the line it starts on, so that
/// every problem found later can name its line (SPEC §6). Built by `TOMLParser`.
public struct TOMLValue: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case dateTime(TOMLDateTime)
    case array([TOMLValue])
    case table(TOMLTable)
  }

  public var kind: Kind
  /// The 1-based line where the value starts (for a table: its header, or the line that
  /// first named it).
  public var line: Int

  public init(_ kind: Kind, line: Int) {
    self.kind = kind
    self.line = line
  }

  public var string: String? {
    if case .string(let s) = kind { return s }
    return nil
  }
  public var integer: Int? {
    if case .integer(let n) = kind { return n }
    return nil
  }
  public var float: Double? {
    if case .float(let x) = kind { return x }
    return nil
  }
  public var bool: Bool? {
    if case .bool(let b) = kind { return b }
    return nil
  }
  public var array: [TOMLValue]? {
    if case .array(let a) = kind { return a }
    return nil
  }
  public var table: TOMLTable? {
    if case .table(let t) = kind { return t }
    return nil
  }
}

/// A table: its keys in the order written, and their values.
public struct TOMLTable: Sendable, Equatable {
  public private(set) var keys: [String] = []
  private var values: [TOMLKey: TOMLValue] = [:]
  /// The line of the table's header or of the key that made it; nil for the root.
  public var line: Int?

  public init(line: Int? = nil) { self.line = line }

  public subscript(key: String) -> TOMLValue? { values[TOMLKey(key)] }

  /// Adds a key that is not there yet.
  mutating func append(_ key: String, _ value: TOMLValue) {
    if values.updateValue(value, forKey: TOMLKey(key)) == nil { keys.append(key) }
  }

  /// The line of the value at `path`, or of the nearest table or list on the way to it
  /// (a missing key is found at its table's header); nil when nothing on the way has a line.
  public func line(of path: [TOMLPath.Component]) -> Int? {
    var line = self.line
    var current: TOMLValue?
    var table: TOMLTable? = self
    for component in path {
      switch component {
      case .key(let k):
        guard let t = table, let v = t[k] else { return line }
        current = v
      case .index(let i):
        guard let a = current?.array, a.indices.contains(i) else { return line }
        current = a[i]
      }
      line = current?.line ?? line
      table = current?.table
    }
    return line
  }
}

/// A key as TOML compares keys: scalar by scalar, with no Unicode normalisation. Swift's `==`
/// on String would make "é" (U+00E9) and "e\u{301}" one key, which TOML keeps apart.
struct TOMLKey: Hashable {
  let text: String

  init(_ text: String) { self.text = text }

  static func == (a: TOMLKey, b: TOMLKey) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}

/// Where a value sits in a document.
public enum TOMLPath {
  /// One component of a value's path: a key, or an index into an array.
  public enum Component: Sendable, Equatable, Hashable {
    case key(String)
    case index(Int)
  }
}

/// An offset date-time, local date-time, local date or local time, kept as written (jlt reads
/// none; they are parsed and checked so that a manifest holding one is valid TOML).
public struct TOMLDateTime: Sendable, Equatable {
  public enum Form: Sendable, Equatable {
    case offsetDateTime, localDateTime, localDate, localTime
  }
  public var form: Form
  public var text: String
}

/// A syntax error: its line and the whole message, in Chinese.
public struct TOMLSyntaxError: Error, Sendable, Equatable {
  public var line: Int
  public var message: String
}
