/// Severity of a problem: an error keeps the alliance out of the ranking.
public enum Severity: String, Sendable, Equatable, Hashable, Comparable {
  case error
  case warning

  /// The word shown to a clerk.
  public var chinese: String { self == .error ? "错误" : "警告" }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
}

/// One problem found in the input: a value the core returns and the CLI reports.
public struct Problem: Sendable, Equatable, Hashable {
  /// The alliance id (folder name), or nil for a county- or city-wide file.
  public var alliance: String?
  /// Path relative to the input root, e.g. `曾都区/zd-02/2024.toml`.
  public var file: String
  public var line: Int?
  public var severity: Severity
  public var message: String

  public init(alliance: String?, file: String, line: Int?, severity: Severity, message: String) {
    self.alliance = alliance
    // Control characters from the input are shown escaped (PrintableText.swift).
    self.file = file.escapingControlCharacters
    self.line = line
    self.severity = severity
    self.message = message.escapingControlCharacters
  }

  public static func error(_ message: String, file: String, line: Int? = nil, alliance: String? = nil)
    -> Problem
  {
    Problem(alliance: alliance, file: file, line: line, severity: .error, message: message)
  }

  public static func warning(_ message: String, file: String, line: Int? = nil, alliance: String? = nil)
    -> Problem
  {
    Problem(alliance: alliance, file: file, line: line, severity: .warning, message: message)
  }

  /// `曾都区/zd-02/2024.toml:12: 错误：…` as printed on stderr; a problem of one alliance found in a
  /// county-wide file names the alliance: `随县/定稿-2023.json（sx-01）: 警告：…`.
  public var rendered: String {
    var place = line.map { "\(file):\($0)" } ?? file
    if let id = alliance?.escapingControlCharacters, !file.split(separator: "/").contains(Substring(id)) {
      place += "（\(id)）"
    }
    return "\(place): \(severity.chinese)：\(message)"
  }
}

extension Problem {
  /// The county: the first component of the file's path.
  var county: Substring {
    // On bytes when every Character is one scalar (ScalarText.swift): the same prefix.
    if file.hasOnlySingleScalarCharacters {
      let bytes = file.utf8
      return file[..<(bytes.firstIndex(of: 0x2F) ?? bytes.endIndex)]
    }
    return file.prefix { $0 != "/" }
  }

  /// Problems in report order: county, alliance id, file, line (unknown first), severity, text.
  public static func reportOrder(_ a: Problem, _ b: Problem) -> Bool {
    if a.county != b.county { return String(a.county).codePointLess(than: String(b.county)) }
    if a.alliance != b.alliance { return (a.alliance ?? "").codePointLess(than: b.alliance ?? "") }
    if a.file != b.file { return a.file.codePointLess(than: b.file) }
    let la = a.line ?? 0
    let lb = b.line ?? 0
    if la != lb { return la < lb }
    if a.severity != b.severity { return a.severity < b.severity }
    return a.message.codePointLess(than: b.message)
  }
}

extension String {
  /// Unicode code-point order (Swift's `<` on String is not that order).
  public func codePointLess(than other: String) -> Bool {
    var a = unicodeScalars.makeIterator()
    var b = other.unicodeScalars.makeIterator()
    while true {
      switch (a.next(), b.next()) {
      case (nil, nil): return false
      case (nil, _): return true
      case (_, nil): return false
      case (let x?, let y?):
        if x.value != y.value { return x.value < y.value }
      }
    }
  }
}
