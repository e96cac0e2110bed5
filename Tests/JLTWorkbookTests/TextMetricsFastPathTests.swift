import TestSupport
import Testing

@testable import JLTWorkbook

/// The scalar fast path of `TextMetrics.lineCount` gives exactly the grapheme-based count.
@Suite struct TextMetricsFastPathTests {
  /// The grapheme-based count, as `lineCount` computes it without the fast path.
  static func slowCount(_ text: String, columnWidth: Double) -> Int {
    let available = Swift.max(columnWidth.isFinite ? columnWidth - TextMetrics.cellPadding : 1, 1)
    return TextMetrics.lines(of: text).reduce(0) {
      $0 + TextMetrics.wrappedLineCount(of: $1, available: available)
    }
  }

  static let pieces = [
    "a", "Z", "9", " ", "  ", "\t", "\n", "\r", "\r\n", "中", "文", "，", "。", "（", "）", "“", "”", "—", "…",
    "·", "Ａ", "①", "→", "C5.exchanged", "evidence/2024/", "−0.5", "è", "\u{3000}", "e\u{301}", "😀", "한",
    "\u{200B}", "ﾞ", "\u{1}", "、", "：", "；", "《", "》", "【", "】", "ー", "ア", "あ", "〇", "〽", "〾", "〿",
    "﹏", "￥", "ｱ", "⺀", "豈", "\u{3099}",
  ]

  @Test(.tags(.slow)) func sameAsGraphemeCount() {
    var state: UInt64 = 0x1234_5678
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    var fast = 0
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<next(60) { text += Self.pieces[next(Self.pieces.count)] }
      for width in [0.0, 1, 2.5, 6, 8.43, 10.6, 16, 33.4, 48, .nan] {
        #expect(
          TextMetrics.lineCount(of: text, columnWidth: width) == Self.slowCount(text, columnWidth: width),
          "\(text.unicodeScalars.map { String($0.value, radix: 16) }) at \(width)")
      }
      if TextMetrics.scalarLineCount(of: text, available: 10) != nil { fast += 1 }
    }
    // Most random texts avoid the few pieces outside the fast path's alphabet.
    #expect(fast > 100)
  }

  @Test func fastPathAlphabet() {
    #expect(TextMetrics.scalarLineCount(of: "C3 第二学期例会2次，少1次 −0.5\r\n下一行", available: 10) != nil)
    #expect(TextMetrics.scalarLineCount(of: "e\u{301}", available: 10) == nil)
    #expect(TextMetrics.scalarLineCount(of: "😀", available: 10) == nil)
    #expect(TextMetrics.scalarLineCount(of: "\u{3099}", available: 10) == nil)
  }
}

extension TextMetricsFastPathTests {
  @Test func maxLineWidthSameAsGraphemes() {
    var state: UInt64 = 0x9E37
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<next(30) { text += Self.pieces[next(Self.pieces.count)] }
      let slow = TextMetrics.lines(of: text).map { TextMetrics.width(of: $0) }.max() ?? 0
      #expect(TextMetrics.maxLineWidth(of: text) == slow)
    }
  }
}
