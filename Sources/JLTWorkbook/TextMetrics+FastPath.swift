import JLTCore

/// Fast paths of `TextMetrics` for text whose every Character is a single scalar (ASCII and
/// CJK, most of what jlt writes; see JLTCore's `hasOnlySingleScalarCharacters`): the same
/// results as the Character code, computed over scalars.
extension TextMetrics {

  /// `width(of:)` of the Character made of `scalar` alone, without property lookups for
  /// ASCII and CJK ideographs.
  static func width(ofSingle scalar: Unicode.Scalar) -> Double {
    let v = scalar.value
    if v < 0x80 { return v < 0x20 || v == 0x7F ? 0 : narrowCharacterWidth }
    switch v {
    // Wide (`isWide`) and never zero-width (no mark, format or control among them).
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x2E80...0x2FDF, 0x3000...0x3029, 0x3030...0x303E,
      0x3041...0x3096, 0x309B...0x30FF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF60,
      0xFFE0...0xFFE6:
      return wideCharacterWidth
    default:
      return width(of: Character(scalar))
    }
  }

  /// `lineCount` computed over Unicode scalars when every Character of `text` is a single
  /// scalar (then the result is the same, without grapheme breaking); nil otherwise.
  /// The tokens, sums and decisions are those of `wrappedLineCount(of:available:)`, in the
  /// same order, made while reading the UTF-8 once.
  static func scalarLineCount(of text: String, available: Double) -> Int? {
    func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
      let n = bytes.count
      /// The scalar starting at byte `i`, and its length.
      func scalar(at i: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1
        guard i + extra < n else { return nil }
        var value = UInt32(lead) & (extra == 3 ? 0x07 : extra == 2 ? 0x0F : 0x1F)
        for k in 1...extra { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        guard let s = Unicode.Scalar(value) else { return nil }
        return (s, extra + 1)
      }
      var total = 0
      // The line so far.
      var lines = 1
      var used = 0.0
      // The token being read: bytes `tokenStart..<tokenEnd`, its kind (0 spaces, 1 narrow
      // characters, 2 one wide character) and its width.
      var inToken = false
      var tokenStart = 0
      var tokenEnd = 0
      var tokenKind: UInt8 = 0
      var tokenWidth = 0.0
      func endToken() {
        guard inToken else { return }
        inToken = false
        if used + tokenWidth <= available {
          used += tokenWidth
        } else if tokenKind == 0 {
          // Trailing spaces hang past the edge; the next word starts a new line.
          used = available
        } else if used > 0 && tokenWidth <= available {
          lines += 1
          used = tokenWidth
        } else {
          // Longer than the remaining space and cannot move whole: split it.
          var j = tokenStart
          while j < tokenEnd, let (s, length) = scalar(at: j) {
            let w = width(ofSingle: s)
            if used + w > available && used > 0 {
              lines += 1
              used = 0
            }
            used += w
            j += length
          }
        }
      }
      var i = 0
      var pendingLF = false
      while i < n {
        guard let (s, length) = scalar(at: i), s.isOwnGraphemeCluster else { return nil }
        defer { i += length }
        if pendingLF {
          pendingLF = false
          // "\r\n" is one line separator, as the Character "\r\n" is.
          if s == "\n" { continue }
        }
        if s == "\n" || s == "\r" {
          endToken()
          total += lines
          lines = 1
          used = 0
          pendingLF = s == "\r"
          continue
        }
        let w = width(ofSingle: s)
        let kind: UInt8 = s == " " || s == "\t" ? 0 : w >= wideCharacterWidth ? 2 : 1
        if inToken && (kind == 2 || kind != tokenKind) { endToken() }
        if !inToken {
          inToken = true
          tokenStart = i
          tokenKind = kind
          tokenWidth = 0
        }
        tokenWidth = tokenWidth + w
        tokenEnd = i + length
      }
      endToken()
      return total + lines
    }
    if let result = text.utf8.withContiguousStorageIfAvailable(count) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(count)
  }
}
