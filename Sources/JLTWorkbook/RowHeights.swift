import XLSX

/// Explicit row heights for wrapped and merged cells (libxlsxwriter cannot autofit, and no
/// spreadsheet autofits merged cells). Each row gets the height of its tallest wrapped cell;
/// a merged cell's needed height is spread over the rows it covers when they fall short.
struct RowHeights {
  /// Column widths of the sheet, in Excel units.
  let widths: [Double]
  /// Share of a column's width assumed usable by text: fonts render CJK slightly wider than
  /// two "0"s, so estimates use a little less than the full width.
  static let usable = 0.88

  private var heights: [Int: Double] = [:]
  private var areas: [(rows: ClosedRange<Int>, height: Double)] = []

  init(widths: [Double]) { self.widths = widths }

  /// A column width that shows the widest of `texts` on one line by this type's estimate,
  /// clamped to `minimum...maximum`.
  static func fitting(_ texts: [String], minimum: Double, maximum: Double) -> Double {
    var widest = 0.0
    var previous: String?
    for text in texts {
      // A text repeating the one before it (a column of one alliance's rows) cannot be wider.
      if let previous, previous.sameBytes(as: text) { continue }
      widest = max(widest, TextMetrics.maxLineWidth(of: text))
      previous = text
    }
    return min(max((widest + TextMetrics.cellPadding) / usable + 0.5, minimum), maximum)
  }

  /// The width of columns `cols` taken together.
  func width(_ cols: ClosedRange<Int>) -> Double {
    cols.reduce(0) { $0 + (widths.indices.contains($1) ? widths[$1] : 8.43) }
  }

  /// Points needed to show `text` wrapped in columns `cols` at `fontSize`.
  func needed(_ text: String, cols: ClosedRange<Int>, fontSize: Double) -> Double {
    // TextMetrics measures in units of the default 11-point font.
    let scale = fontSize / 11
    let available = width(cols) * Self.usable / max(scale, 0.1)
    return TextMetrics.rowHeight(lines: TextMetrics.lineCount(of: text, columnWidth: available), fontSize: fontSize) + 2
  }

  /// Row `row` must be at least `height` points.
  mutating func atLeast(_ row: Int, _ height: Double) {
    heights[row] = max(heights[row] ?? 0, height)
  }

  /// A cell of one row showing `text` over columns `cols`.
  mutating func cell(_ row: Int, cols: ClosedRange<Int>, _ text: String, fontSize: Double = WorkbookStyles.bodySize) {
    atLeast(row, needed(text, cols: cols, fontSize: fontSize))
  }

  /// A merged cell over `rows` × `cols` showing `text`.
  mutating func merged(
    rows: ClosedRange<Int>, cols: ClosedRange<Int>, _ text: String, fontSize: Double = WorkbookStyles.bodySize
  ) {
    let height = needed(text, cols: cols, fontSize: fontSize)
    if rows.count == 1 {
      atLeast(rows.lowerBound, height)
    } else {
      areas.append((rows, height))
    }
  }

  /// The final heights: single-row needs first, then each merged area's shortfall spread evenly.
  func resolved(minimum: Double) -> [Int: Double] {
    var result = heights
    for area in areas {
      for r in area.rows { result[r] = max(result[r] ?? 0, minimum) }
      let have = area.rows.reduce(0) { $0 + (result[$1] ?? minimum) }
      guard have < area.height else { continue }
      let extra = (area.height - have) / Double(area.rows.count)
      for r in area.rows { result[r] = (result[r] ?? minimum) + extra }
    }
    return result
  }

  /// Sets every row that needs more than `minimum` points (rows never below `minimum`).
  func apply(to sheet: Worksheet, minimum: Double = 18) throws {
    for (row, height) in resolved(minimum: minimum).sorted(by: { $0.key < $1.key }) {
      try sheet.setRow(row, height: min(max(height, minimum), 409))
    }
  }
}
