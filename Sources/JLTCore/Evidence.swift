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
      let rest = text.dropFirst("paper:".count).trimmingSpaces
      return .success(rest.isEmpty ? .blank : .paper(rest))
    }
    let trimmed = text.trimmingSpaces
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
    text.withUTF8Bytes { bytes in
      guard allOwnGraphemeClusters(bytes) else { return nil }
      return classify(singleScalarBytes: bytes)
    }
  }

  /// `classify` of valid UTF-8 whose scalars are all their own grapheme clusters. The only
  /// `CharacterSet.whitespaces` members among those scalars are space, tab, U+00A0 (C2 A0)
  /// and U+3000 (E3 80 80); every other byte compared is ASCII.
  private static func classify(singleScalarBytes bytes: UnsafeBufferPointer<UInt8>)
    -> Result<EvidenceTarget, EvidencePathError>
  {
    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    /// `from..<count` without leading and trailing whitespace.
    func trimmed(from: Int) -> Range<Int> {
      var lo = from
      var hi = bytes.count
      while lo < hi {
        if bytes[lo] == 0x20 || bytes[lo] == 0x09 {
          lo += 1
        } else if lo + 1 < hi && bytes[lo] == 0xC2 && bytes[lo + 1] == 0xA0 {
          lo += 2
        } else if lo + 2 < hi && bytes[lo] == 0xE3 && bytes[lo + 1] == 0x80 && bytes[lo + 2] == 0x80 {
          lo += 3
        } else {
          break
        }
      }
      while lo < hi {
        if bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 {
          hi -= 1
        } else if hi - 2 >= lo && bytes[hi - 2] == 0xC2 && bytes[hi - 1] == 0xA0 {
          hi -= 2
        } else if hi - 3 >= lo && bytes[hi - 3] == 0xE3 && bytes[hi - 2] == 0x80 && bytes[hi - 1] == 0x80 {
          hi -= 3
        } else {
          break
        }
      }
      return lo..<hi
    }
    let paper: [UInt8] = [0x70, 0x61, 0x70, 0x65, 0x72, 0x3A]  // "paper:"
    if bytes.count >= paper.count && bytes.prefix(paper.count).elementsEqual(paper) {
      let rest = trimmed(from: paper.count)
      return .success(rest.isEmpty ? .blank : .paper(string(rest)))
    }
    let body = trimmed(from: 0)
    if body.isEmpty { return .success(.blank) }
    func isSeparator(_ b: UInt8) -> Bool { b == 0x2F || b == 0x5C }  // "\\" separates like "/"
    let first = body.lowerBound
    if isSeparator(bytes[first]) { return .failure(.absolute) }
    if body.count >= 2, bytes[first + 1] == 0x3A, Unicode.Scalar(bytes[first]).isASCIILetter {
      return .failure(.drive)
    }
    // The parts between separators (empty ones left out), "." dropped, ".." undoing one.
    var parts: [Range<Int>] = []
    var plain = true  // no "\\", no empty part, no "." or "..": the path is the text itself
    var i = first
    while i < body.upperBound {
      if isSeparator(bytes[i]) {
        if bytes[i] == 0x5C || i + 1 == body.upperBound || isSeparator(bytes[i + 1]) { plain = false }
        i += 1
        continue
      }
      var j = i + 1
      while j < body.upperBound && !isSeparator(bytes[j]) { j += 1 }
      if j - i == 1 && bytes[i] == 0x2E {
        plain = false
      } else if j - i == 2 && bytes[i] == 0x2E && bytes[i + 1] == 0x2E {
        if parts.isEmpty { return .failure(.escapes) }
        parts.removeLast()
        plain = false
      } else {
        parts.append(i..<j)
      }
      i = j
    }
    if plain { return .success(.path(string(body))) }
    var path: [UInt8] = []
    path.reserveCapacity(body.count)
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
  /// Missing, but a file of the same name in another letter case exists there (this path).
  case otherCase(String)

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
    case .otherCase(let path): return "文件不存在；有大小写不同的 \(path)，是否应为 \(path)？"
    }
  }
}

extension EvidenceRef {
  /// A hint for a reference that was not found because of how it was typed: `paper：…`,
  /// `PAPER:…` (a paper record is written `paper:` in lower case with an ASCII colon), or a
  /// full-width `／` or `＼` in a path.
  public static func typingHint(_ text: String) -> String? {
    let t = text.trimmingSpaces
    let lower = t.lowercased()
    for prefix in ["paper：", "paper :", "paper ：", "paper:"] where lower.hasPrefix(prefix) {
      if prefix == "paper:" && t.hasPrefix("paper:") { return nil }
      let rest = t.dropFirst(prefix.count).trimmingSpaces
      return "是否应为 paper:\(rest)？纸质档案写作小写的 paper 加英文冒号"
    }
    if t.contains("／") || t.contains("＼") {
      let fixed = t.replacingOccurrences(of: "／", with: "/").replacingOccurrences(of: "＼", with: "/")
      return "是否应为 \(fixed)？路径中的“／”是全角字符，应为英文的 /"
    }
    return nil
  }
}

extension Unicode.Scalar {
  var isASCIILetter: Bool { (65...90).contains(value) || (97...122).contains(value) }
}
