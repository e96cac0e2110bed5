import Foundation
import JLTCore
import XLSX

/// Writes one table row left to right, one cell per call, and measures each text cell for
/// the row's height.
struct RowWriter {
  let sheet: Worksheet
  let row: Int
  private(set) var col = 0

  init(_ sheet: Worksheet, row: Int) {
    self.sheet = sheet
    self.row = row
  }

  mutating func text(_ value: String, _ style: CellStyle = WorkbookStyles.centered, heights: inout RowHeights)
    throws
  {
    try sheet.write(row: row, col: col, string: value, style: style)
    heights.cell(row, cols: col...col, value)
    col += 1
  }

  mutating func number(_ value: Decimal, _ style: CellStyle = WorkbookStyles.number) throws {
    try sheet.write(row: row, col: col, number: value.cellValue, style: style)
    col += 1
  }
}
