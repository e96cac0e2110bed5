/// A rectangular range on a named worksheet, zero-based and inclusive,
/// used as chart data (`Sheet!$A$2:$A$10`). Sheet-name quoting (Chinese
/// names, spaces, apostrophes) is done by libxlsxwriter.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
  public var sheet: String
  public var firstRow: Int
  public var firstCol: Int
  public var lastRow: Int
  public var lastCol: Int

  public init(sheet: String, firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) {
    self.sheet = sheet
    self.firstRow = firstRow
    self.firstCol = firstCol
    self.lastRow = lastRow
    self.lastCol = lastCol
  }

  /// Rows `rows` of one column.
  public static func column(_ col: Int, rows: ClosedRange<Int>, sheet: String) -> CellRange {
    CellRange(sheet: sheet, firstRow: rows.lowerBound, firstCol: col, lastRow: rows.upperBound, lastCol: col)
  }

  /// Columns `cols` of one row.
  public static func row(_ row: Int, cols: ClosedRange<Int>, sheet: String) -> CellRange {
    CellRange(sheet: sheet, firstRow: row, firstCol: cols.lowerBound, lastRow: row, lastCol: cols.upperBound)
  }

  public var description: String {
    "'\(sheet)'!\(CellIndex.a1Range(firstRow: firstRow, firstColumn: firstCol, lastRow: lastRow, lastColumn: lastCol))"
  }
}
