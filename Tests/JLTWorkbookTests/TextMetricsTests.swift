import Testing

@testable import JLTWorkbook

/// Exact figures from TextMetrics' rule (a wide character 2, another visible one 1.1, marks and
/// zero-width characters 0, summed in text order; 0.6 of padding; 1.35 × the font size a line
/// plus 2 points), worked out by hand for each case. The cases are chosen so that the sums in
/// binary floating point are the decimal figures written here (4 × 1.1 is 4.4, but 3 × 1.1 is
/// 3.3000000000000003, so "abc" is not used for a width).
@Suite struct TextMetricsTests {
  @Test func widths() {
    #expect(TextMetrics.width(of: "") == 0)
    #expect(TextMetrics.width(of: "ab") == 2.2)
    #expect(TextMetrics.width(of: "abcd") == 4.4)
    #expect(TextMetrics.width(of: "hello") == 5.5)
    #expect(TextMetrics.width(of: "中文") == 4)
    #expect(TextMetrics.width(of: "，。") == 4)
    #expect(TextMetrics.width(of: "ＡＢ") == 4)
    #expect(TextMetrics.width(of: "한글") == 4)
    #expect(TextMetrics.width(of: "a中") == 3.1)  // 1.1 + 2
    #expect(TextMetrics.width(of: "e\u{301}") == 1.1)  // the combining accent adds nothing
    #expect(TextMetrics.width(of: "a\u{200B}b") == 2.2)  // nor does a zero-width space
    #expect(TextMetrics.width(of: "😀") == 2)
    // the sum over both lines
    #expect(TextMetrics.width(of: "ab\n中文字") == 8.2)  // 2.2 + 0 (the line feed, a control) + 6
    // the widest line: "中文字" (6) against "ab" (2.2)
    #expect(TextMetrics.maxLineWidth(of: "ab\n中文字") == 6)
    #expect(TextMetrics.maxLineWidth(of: "hello\r\n中文") == 5.5)
    #expect(TextMetrics.maxLineWidth(of: "e\u{301}\u{301}\nab") == 2.2)  // not single scalars
  }

  @Test func lineCounts() {
    #expect(TextMetrics.lineCount(of: "", columnWidth: 10) == 1)
    #expect(TextMetrics.lineCount(of: "short", columnWidth: 10) == 1)
    #expect(TextMetrics.lineCount(of: "a\nb\n\nc", columnWidth: 10) == 4)
    #expect(TextMetrics.lineCount(of: "a\r\nb", columnWidth: 10) == 2)
    // 10 CJK characters = 20 units in a 10.6-wide column (10 usable), 5 a line → 2 lines.
    #expect(TextMetrics.lineCount(of: String(repeating: "中", count: 10), columnWidth: 10.6) == 2)
    #expect(TextMetrics.lineCount(of: String(repeating: "中", count: 11), columnWidth: 10.6) == 3)
    // Words wrap whole: "hello " (6.6) fits in 8 usable units, "world" (5.5) goes on line 2.
    #expect(TextMetrics.lineCount(of: "hello world", columnWidth: 8.6) == 2)
    // An over-long word is split: 11.5 usable units hold 10 × 1.1 (11th: 12.1), so 30 → 3, 31 → 4.
    #expect(TextMetrics.lineCount(of: String(repeating: "x", count: 30), columnWidth: 12.1) == 3)
    #expect(TextMetrics.lineCount(of: String(repeating: "x", count: 31), columnWidth: 12.1) == 4)
    // No usable width (or none that is a number): 1 unit, one character a line.
    #expect(TextMetrics.lineCount(of: "abc", columnWidth: 0) == 3)
    #expect(TextMetrics.lineCount(of: "abc", columnWidth: .nan) == 3)
    #expect(TextMetrics.lineCount(of: "abc", columnWidth: .infinity) == 3)
  }

  @Test func rowHeights() {
    // 1.35 × the font size a line, plus 2.
    #expect(TextMetrics.rowHeight(lines: 1, fontSize: 11) == 16.85)  // 14.85 + 2
    #expect(TextMetrics.rowHeight(lines: 2, fontSize: 10) == 29)  // 27 + 2
    #expect(TextMetrics.rowHeight(lines: 3, fontSize: 10) == 42.5)  // 40.5 + 2
    #expect(TextMetrics.rowHeight(lines: 2, fontSize: 20) == 56)  // 54 + 2
    #expect(TextMetrics.rowHeight(lines: 0) == 16.85)  // at least one line, 11 points by default
    #expect(TextMetrics.rowHeight(lines: 1, fontSize: .nan) == 16.85)
    #expect(TextMetrics.rowHeight(lines: 1, fontSize: 0) == 16.85)
    #expect(TextMetrics.rowHeight(lines: 1000) == 409)  // Excel's maximum
    // 11 CJK characters in 10 usable units: 3 lines at 10 points.
    #expect(TextMetrics.rowHeight(for: String(repeating: "中", count: 11), columnWidth: 10.6, fontSize: 10) == 42.5)
  }

  @Test func fittingColumnWidths() {
    // The widest line, 14 narrow characters and 3 wide ones (15.4 + 6 = 21.4), plus 0.6 of
    // padding, over the usable share 0.88, plus 0.5: 22 / 0.88 + 0.5 = 25.5.
    #expect(RowHeights.fitting(["名称", "abcdefghijklmn中文字"], minimum: 8, maximum: 60) == 25.5)
    // (4 + 0.6) / 0.88 + 0.5 ≈ 5.7 is below the minimum; 100 CJK characters are above the maximum.
    #expect(RowHeights.fitting(["名称"], minimum: 8, maximum: 60) == 8)
    #expect(RowHeights.fitting([String(repeating: "中", count: 100)], minimum: 8, maximum: 60) == 60)
    #expect(RowHeights.fitting([], minimum: 8, maximum: 60) == 8)
  }
}
