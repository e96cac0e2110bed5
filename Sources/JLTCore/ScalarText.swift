import Foundation

/// Fast paths for text handling that is specified on Characters (grapheme clusters).
///
/// Swift's Character operations break text into grapheme clusters, which costs far more
/// than walking bytes, and jlt does this for every evidence path of every manifest and every
/// file name in a message. Most manifest text is ASCII and CJK, where every Character is a single
/// scalar; for such text the byte-level and scalar-level fast paths below give exactly the
/// Character-level results, and other text takes the original code.
extension Unicode.Scalar {
  /// True when this scalar is always a grapheme cluster of its own: its Grapheme_Cluster_Break
  /// property is Other or Control (never Extend, SpacingMark, Prepend, ZWJ,
  /// Regional_Indicator or a conjoining Hangul jamo). Covers ASCII, Latin-1 and Latin
  /// extended letters, common punctuation, arrows, mathematical operators, shapes, CJK
  /// ideographs, kana, CJK and full-width punctuation, and the BOM (a Control).
  /// In text made only of these, every Character is one scalar, except CR LF.
  public var isOwnGraphemeCluster: Bool { Self.isOwnGraphemeCluster(value) }

  static func isOwnGraphemeCluster(_ value: UInt32) -> Bool {
    switch value {
    case 0x00...0x7F, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF,
      0x2460...0x24FF, 0x2500...0x25FF, 0x2E80...0x2FDF, 0x3000...0x3029, 0x3030...0x303F,
      0x3041...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
      0xFE30...0xFE4F, 0xFEFF, 0xFF01...0xFF60, 0xFFE0...0xFFE6:
      return true
    default:
      return false
    }
  }
}

extension StringProtocol {
  /// True when every Character of the text is a single scalar (CR LF aside), so that
  /// Character-level splitting, prefix tests and comparisons with ASCII separators give the
  /// same results on scalars or UTF-8 bytes.
  public var hasOnlySingleScalarCharacters: Bool { withUTF8Bytes(allOwnGraphemeClusters) }

  /// `body` over the text's UTF-8 bytes, without a copy when the text is stored contiguously.
  public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(utf8).withUnsafeBufferPointer(body)
  }

  /// Whether the two texts are the same UTF-8 bytes (memcmp; `==` would compare them
  /// canonically, normalizing non-ASCII text first).
  public func sameBytes(as other: some StringProtocol) -> Bool {
    guard utf8.count == other.utf8.count else { return false }
    return withUTF8Bytes { a in
      other.withUTF8Bytes { b in
        guard let x = a.baseAddress, let y = b.baseAddress else { return a.count == b.count }
        return memcmp(x, y, a.count) == 0
      }
    }
  }

  /// Whether the UTF-8 of the text holds `byte` (memchr).
  func containsByte(_ byte: UInt8) -> Bool {
    withUTF8Bytes { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, Int32(byte), bytes.count) != nil
    }
  }
}

/// Whether every scalar of valid UTF-8 is its own grapheme cluster (see above).
func allOwnGraphemeClusters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  var i = 0
  let n = bytes.count
  while i < n {
    let lead = bytes[i]
    if lead < 0x80 {
      i += 1
      continue
    }
    let count = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1
    guard i + count < n else { return false }
    var value = UInt32(lead) & (count == 3 ? 0x07 : count == 2 ? 0x0F : 0x1F)
    for k in 1...count { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
    if !Unicode.Scalar.isOwnGraphemeCluster(value) { return false }
    i += count + 1
  }
  return true
}

extension String {
  /// `replacingOccurrences(of: target, with: replacement)`, on bytes when `target` is ASCII
  /// without line breaks and every Character of the text is one scalar (then Foundation's
  /// search finds exactly the byte matches, left to right, not overlapping).
  func replacingASCII(_ target: String, with replacement: String) -> String {
    let pattern = Array(target.utf8)
    guard !pattern.isEmpty, pattern.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }),
      hasOnlySingleScalarCharacters
    else { return replacingOccurrences(of: target, with: replacement) }
    return withUTF8Bytes { bytes -> String in
      var out: [UInt8] = []
      var i = 0
      var copied = 0
      let n = bytes.count
      let m = pattern.count
      while i + m <= n {
        if bytes[i] == pattern[0] && bytes[i..<(i + m)].elementsEqual(pattern) {
          if out.isEmpty { out.reserveCapacity(n + replacement.utf8.count) }
          out.append(contentsOf: bytes[copied..<i])
          out.append(contentsOf: replacement.utf8)
          i += m
          copied = i
        } else {
          i += 1
        }
      }
      if copied == 0 { return self }
      out.append(contentsOf: bytes[copied..<n])
      return String(decoding: out, as: UTF8.self)
    }
  }
}
