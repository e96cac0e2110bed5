import JLTCore

/// Rough text measurement in Excel units, for choosing column widths and
/// row heights (libxlsxwriter cannot autofit, and Excel never autofits
/// merged cells). Estimates err on the generous side.
///
/// Units: a column width of 1 is the width of one "0" in the default font;
/// wide (CJK, full-width, most emoji) characters count 2, other visible
/// characters 1.1, combining marks and zero-width characters 0.
public enum TextMetrics {
  /// Width of a wide (East Asian Wide/Fullwidth) character.
  public static let wideCharacterWidth = 2.0
  /// Width of any other visible character.
  public static let narrowCharacterWidth = 1.1
  /// Width lost to the cell's inner padding when wrapping.
  public static let cellPadding = 0.6

  /// Width of `text` on one line, in column-width units. For text with
  /// line breaks this is the sum over all lines; use `maxLineWidth` for
  /// the widest line.
  public static func width(of text: some StringProtocol) -> Double {
    text.reduce(0) { $0 + width(of: $1) }
  }

  /// Width of the widest line of `text` ("\n", "\r\n" or "\r" separate lines).
  public static func maxLineWidth(of text: String) -> Double {
    if text.hasOnlySingleScalarCharacters {
      // The same sums over scalars (see `scalarLineCount`).
      var widest = 0.0
      var current = 0.0
      var pendingLF = false
      for scalar in text.unicodeScalars {
        if pendingLF {
          pendingLF = false
          if scalar == "\n" { continue }
        }
        if scalar == "\n" || scalar == "\r" {
          widest = Swift.max(widest, current)
          current = 0
          pendingLF = scalar == "\r"
          continue
        }
        current = current + width(ofSingle: scalar)
      }
      return Swift.max(widest, current)
    }
    return lines(of: text).map { width(of: $0) }.max() ?? 0
  }

  /// Estimated number of lines `text` occupies in a wrapped cell (or a
  /// merged area) `columnWidth` units wide. Explicit line breaks are kept;
  /// Latin words wrap as wholes (a word longer than the line is split), CJK
  /// text may break after any character. Always at least 1.
  public static func lineCount(of text: String, columnWidth: Double) -> Int {
    let available = Swift.max(columnWidth.isFinite ? columnWidth - cellPadding : 1, 1)
    if let count = scalarLineCount(of: text, available: available) { return count }
    return lines(of: text).reduce(0) { $0 + wrappedLineCount(of: $1, available: available) }
  }

  /// Row height in points for `lines` lines of text in a `fontSize`-point
  /// font (≈ 1.35 × size per line plus a little padding), clamped to
  /// Excel's maximum of 409. Default font size is 11.
  public static func rowHeight(lines: Int, fontSize: Double = 11) -> Double {
    let size = fontSize.isFinite && fontSize > 0 ? fontSize : 11
    let height = Double(Swift.max(lines, 1)) * size * 1.35 + 2
    return Swift.min(height, 409)
  }

  /// Convenience: the row height that shows `text` wrapped in `columnWidth`.
  public static func rowHeight(for text: String, columnWidth: Double, fontSize: Double = 11) -> Double {
    rowHeight(lines: lineCount(of: text, columnWidth: columnWidth), fontSize: fontSize)
  }

  // MARK: - Characters

  /// Width of one character (grapheme cluster), judged by its first scalar.
  static func width(of character: Character) -> Double {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    if isZeroWidth(scalar) { return 0 }
    if isWide(scalar) || character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) {
      return wideCharacterWidth
    }
    return narrowCharacterWidth
  }

  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0300...0x036F, 0x200B...0x200F, 0x2060...0x2064, 0xFE00...0xFE0F, 0xFEFF: return true
    default:
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .format, .control: return true
      default: return false
      }
    }
  }

  /// East Asian Wide/Fullwidth blocks, plus the punctuation that Chinese
  /// fonts draw full-width (curly quotes, em dash, ellipsis, middle dot).
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F,  // Hangul Jamo initials
      0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7, 0x2030, 0x203B,
      0x2190...0x2193,  // arrows (full-width in CJK fonts)
      0x2460...0x24FF,  // enclosed alphanumerics ①
      0x25A0...0x25FF, 0x2605, 0x2606,  // geometric shapes, stars
      0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols & punctuation
      0x3041...0x33FF,  // kana, Bopomofo, Hangul compatibility, Kanbun, CJK strokes, enclosed, compatibility
      0x3400...0x4DBF,  // CJK extension A
      0x4E00...0x9FFF,  // CJK unified ideographs
      0xA000...0xA4CF,  // Yi
      0xA960...0xA97F,  // Hangul Jamo extended A
      0xAC00...0xD7A3,  // Hangul syllables
      0xF900...0xFAFF,  // CJK compatibility ideographs
      0xFE10...0xFE19,  // vertical forms
      0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
      0xFF00...0xFF60,  // full-width forms
      0xFFE0...0xFFE6,  // full-width signs
      0x1F300...0x1F64F, 0x1F900...0x1F9FF,  // emoji
      0x20000...0x2FFFD, 0x30000...0x3FFFD:  // CJK extensions B…
      return true
    default:
      return false
    }
  }

  // MARK: - Lines

  static func lines(of text: String) -> [Substring] {
    // "\r\n" is a single Character in Swift, so splitting on Characters
    // handles all three conventions.
    text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
  }

  /// Greedy word wrap of one paragraph.
  static func wrappedLineCount(of line: Substring, available: Double) -> Int {
    var count = 1
    var used = 0.0
    for token in tokens(of: line) {
      let tokenWidth = token.reduce(0) { $0 + width(of: $1) }
      let isSpace = token.allSatisfy { $0 == " " || $0 == "\t" }
      if used + tokenWidth <= available {
        used += tokenWidth
        continue
      }
      if isSpace {
        // Trailing spaces hang past the edge; the next word starts a new line.
        used = available
        continue
      }
      if used > 0 && tokenWidth <= available {
        count += 1
        used = tokenWidth
        continue
      }
      // Token longer than the remaining space and cannot move whole: split it.
      for character in token {
        let w = width(of: character)
        if used + w > available && used > 0 {
          count += 1
          used = 0
        }
        used += w
      }
    }
    return count
  }

  /// Words (runs of narrow non-space characters), runs of spaces, and
  /// single wide characters (each a break opportunity).
  static func tokens(of line: Substring) -> [Substring] {
    var result: [Substring] = []
    var start = line.startIndex
    var index = line.startIndex
    func kind(_ c: Character) -> Int {
      if c == " " || c == "\t" { return 0 }
      return width(of: c) >= wideCharacterWidth ? 2 : 1
    }
    while index < line.endIndex {
      let k = kind(line[index])
      let next = line.index(after: index)
      if k == 2 {
        if start < index { result.append(line[start..<index]) }
        result.append(line[index..<next])
        start = next
      } else if next < line.endIndex {
        let nk = kind(line[next])
        if nk != k {
          result.append(line[start..<next])
          start = next
        }
      }
      index = next
    }
    if start < line.endIndex { result.append(line[start..<line.endIndex]) }
    return result
  }
}
