import Testing

@testable import JLTWorkbook

@Suite struct TextMetricsTests {
  @Test func widths() {
    #expect(TextMetrics.width(of: "") == 0)
    #expect(abs(TextMetrics.width(of: "abc") - 3.3) < 1e-9)
    #expect(TextMetrics.width(of: "中文") == 4)
    #expect(TextMetrics.width(of: "，。") == 4)
    #expect(TextMetrics.width(of: "ＡＢ") == 4)
    #expect(TextMetrics.width(of: "한글") == 4)
    #expect(abs(TextMetrics.width(of: "e\u{301}") - 1.1) < 1e-9)
    #expect(TextMetrics.width(of: "😀") == 2)
    #expect(abs(TextMetrics.maxLineWidth(of: "ab\n中文字") - 6) < 1e-9)
  }

  @Test func lineCounts() {
    #expect(TextMetrics.lineCount(of: "", columnWidth: 10) == 1)
    #expect(TextMetrics.lineCount(of: "short", columnWidth: 10) == 1)
    #expect(TextMetrics.lineCount(of: "a\nb\n\nc", columnWidth: 10) == 4)
    #expect(TextMetrics.lineCount(of: "a\r\nb", columnWidth: 10) == 2)
    // 10 CJK characters = 20 units in a 10.6-wide column (10 usable) → 2 lines.
    #expect(TextMetrics.lineCount(of: String(repeating: "中", count: 10), columnWidth: 10.6) == 2)
    #expect(TextMetrics.lineCount(of: String(repeating: "中", count: 11), columnWidth: 10.6) == 3)
    // Words wrap whole: "hello world" (12.1 units) in 8 usable units → 2 lines.
    #expect(TextMetrics.lineCount(of: "hello world", columnWidth: 8.6) == 2)
    // An over-long word is split.
    #expect(TextMetrics.lineCount(of: String(repeating: "x", count: 30), columnWidth: 11.6) >= 3)
    #expect(TextMetrics.lineCount(of: "abc", columnWidth: 0) >= 1)
    #expect(TextMetrics.lineCount(of: "abc", columnWidth: .nan) >= 1)
  }

  @Test func rowHeights() {
    // 1.35 × 11 points a line, plus 2.
    #expect(TextMetrics.rowHeight(lines: 1, fontSize: 11) == 1 * 11 * 1.35 + 2)
    #expect(TextMetrics.rowHeight(lines: 3, fontSize: 11) == 3 * 11 * 1.35 + 2)
    #expect(TextMetrics.rowHeight(lines: 0) == TextMetrics.rowHeight(lines: 1))
    #expect(TextMetrics.rowHeight(lines: 1000) == 409)
    // The widest line (19 narrow characters, 20.9) plus padding, over the usable share, plus 0.5.
    let width = RowHeights.fitting(["名称", "a much longer label"], minimum: 8, maximum: 60)
    #expect(width == (19 * 1.1 + 0.6) / 0.88 + 0.5)
    #expect(RowHeights.fitting([], minimum: 8, maximum: 60) == 8)
  }
}
