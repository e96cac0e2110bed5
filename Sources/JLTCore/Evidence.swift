import Foundation

/// What an evidence reference points at, decided from its text alone (SPEC §2).
public enum EvidenceTarget: Sendable, Equatable, Hashable {
  /// `paper:<archive reference>`: a paper record the county reviewer saw on site.
  case paper(String)
  /// A path relative to the alliance folder, normalised (`/` separators, no `.` or `..`).
  case path(String)
  /// `paper:` with nothing after it, or an empty string: absent.
  case blank
}

/// An evidence reference as written in a manifest, with where it was written.
public struct EvidenceRef: Sendable, Equatable, Hashable {
  /// The key that holds it, e.g. `C1.charter` or `school[2].annual_plan`.
  public var key: String
  /// The text as written.
  public var text: String
  public var target: EvidenceTarget
  public var line: Int?

  public init(key: String, text: String, target: EvidenceTarget, line: Int?) {
    self.key = key
    self.text = text
    self.target = target
    self.line = line
  }

  /// Classifies the text of a reference, or says why it is an error.
  public static func classify(_ text: String) -> Result<EvidenceTarget, EvidencePathError> {
    classifyScalars(text) ?? classifyCharacters(text)
  }

  /// `classify` on the text's Characters, for any text.
  static func classifyCharacters(_ text: String) -> Result<EvidenceTarget, EvidencePathError> {
    if text.hasPrefix("paper:") {
      let rest = text.dropFirst("paper:".count).trimmingCharacters(in: .whitespaces)
      return .success(rest.isEmpty ? .blank : .paper(rest))
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty { return .success(.blank) }
    let slashed = trimmed.replacingOccurrences(of: "\\", with: "/")
    if slashed.hasPrefix("/") { return .failure(.absolute) }
    let scalars = Array(slashed.unicodeScalars.prefix(2))
    if scalars.count == 2, scalars[1] == ":", scalars[0].isASCIILetter { return .failure(.drive) }
    var parts: [Substring] = []
    for part in slashed.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        if parts.isEmpty { return .failure(.escapes) }
        parts.removeLast()
      default: parts.append(part)
      }
    }
    return .success(.path(parts.joined(separator: "/")))
  }
}

extension EvidenceRef {
  /// `classify` on the text's UTF-8 bytes, for text whose Characters are all single scalars
  /// (see `ScalarText.swift`), where it gives the same result without Foundation's string
  /// bridging; nil for other text.
  static func classifyScalars(_ text: String) -> Result<EvidenceTarget, EvidencePathError>? {
    guard text.hasOnlySingleScalarCharacters else { return nil }
    let scalars = text.unicodeScalars
    /// `range` without leading and trailing `CharacterSet.whitespaces`.
    func trimmed(_ from: String.Index) -> Range<String.Index> {
      var lo = from
      var hi = scalars.endIndex
      while lo < hi && scalars[lo].isFoundationWhitespace { lo = scalars.index(after: lo) }
      while lo < hi {
        let before = scalars.index(before: hi)
        guard scalars[before].isFoundationWhitespace else { break }
        hi = before
      }
      return lo..<hi
    }
    if text.utf8.starts(with: "paper:".utf8) {
      let rest = trimmed(scalars.index(scalars.startIndex, offsetBy: 6))
      return .success(rest.isEmpty ? .blank : .paper(String(Substring(scalars[rest]))))
    }
    let body = trimmed(scalars.startIndex)
    if body.isEmpty { return .success(.blank) }
    // Every byte compared below is ASCII; "\\" separates like "/".
    let bytes = Array(text.utf8[body])
    func isSeparator(_ b: UInt8) -> Bool { b == 0x2F || b == 0x5C }
    if isSeparator(bytes[0]) { return .failure(.absolute) }
    if bytes.count >= 2, bytes[1] == 0x3A, Unicode.Scalar(bytes[0]).isASCIILetter { return .failure(.drive) }
    // The parts between separators (empty ones left out), with "." dropped and ".." undoing one.
    var parts: [Range<Int>] = []
    var i = 0
    while i < bytes.count {
      if isSeparator(bytes[i]) {
        i += 1
        continue
      }
      var j = i + 1
      while j < bytes.count && !isSeparator(bytes[j]) { j += 1 }
      if j - i == 1 && bytes[i] == 0x2E {
        // "."
      } else if j - i == 2 && bytes[i] == 0x2E && bytes[i + 1] == 0x2E {
        if parts.isEmpty { return .failure(.escapes) }
        parts.removeLast()
      } else {
        parts.append(i..<j)
      }
      i = j
    }
    var path: [UInt8] = []
    path.reserveCapacity(bytes.count)
    for (n, part) in parts.enumerated() {
      if n > 0 { path.append(0x2F) }
      path.append(contentsOf: bytes[part])
    }
    return .success(.path(String(decoding: path, as: UTF8.self)))
  }
}

/// Why a reference's path text is an error.
public enum EvidencePathError: Error, Sendable, Equatable {
  case absolute
  case drive
  case escapes

  public var chinese: String {
    switch self {
    case .absolute: return "证据路径不能是绝对路径，应写成相对于教联体文件夹的路径"
    case .drive: return "证据路径不能带盘符（如 D:），应写成相对于教联体文件夹的路径"
    case .escapes: return "证据路径用 .. 跳出了教联体文件夹"
    }
  }
}

/// What the I/O layer found on disk for a path reference. Only `present` counts.
public enum EvidenceStatus: Sendable, Equatable, Hashable {
  case present
  case missing
  case empty
  case directory
  /// A FIFO, device or socket: never opened.
  case special
  case symlinkLoop
  /// A symlink that resolves outside the alliance folder: an error.
  case outside
  /// The path holds a control character (a NUL, a bell, an escape sequence…): never looked up.
  case controlCharacters

  public var chinese: String {
    switch self {
    case .present: return "存在"
    case .missing: return "文件不存在"
    case .empty: return "文件为空"
    case .directory: return "指向的是文件夹而不是文件"
    case .special: return "不是普通文件"
    case .symlinkLoop: return "符号链接循环"
    case .outside: return "符号链接指向教联体文件夹之外"
    case .controlCharacters: return "路径中含有控制字符（不可见字符），不能作为证据"
    }
  }
}

extension Unicode.Scalar {
  var isASCIILetter: Bool { (65...90).contains(value) || (97...122).contains(value) }
}
