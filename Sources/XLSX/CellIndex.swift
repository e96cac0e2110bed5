internal import CXlsxWriter

/// Checked conversion of Swift `Int` row/column indices (zero-based) to the
/// libxlsxwriter integer types, plus A1-style names for error messages.
enum CellIndex {
  /// Excel's row count (rows are 0 ..< maxRows).
  static let maxRows = 1_048_576
  /// Excel's column count (columns are 0 ..< maxColumns).
  static let maxColumns = 16_384

  static func row(_ row: Int, _ context: @autoclosure () -> String) throws -> lxw_row_t {
    guard row >= 0, row < maxRows else {
      throw XLSXError(.indexOutOfRange, context: "\(context()): row \(row) outside 0..<\(maxRows)")
    }
    return lxw_row_t(row)
  }

  static func column(_ column: Int, _ context: @autoclosure () -> String) throws -> lxw_col_t {
    guard column >= 0, column < maxColumns else {
      throw XLSXError(
        .indexOutOfRange, context: "\(context()): column \(column) outside 0..<\(maxColumns)")
    }
    return lxw_col_t(column)
  }

  /// "A", "B", … "XFD" for a zero-based column; "?" when out of range.
  static func columnName(_ column: Int) -> String {
    guard column >= 0, column < maxColumns else { return "?" }
    var n = column + 1
    var scalars: [Character] = []
    while n > 0 {
      let remainder = (n - 1) % 26
      scalars.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
      n = (n - 1) / 26
    }
    return String(scalars.reversed())
  }

  /// "B3" for (row 2, column 1); used in error contexts only.
  static func a1(row: Int, column: Int) -> String {
    guard row >= 0, row < maxRows else { return "\(columnName(column))?(row \(row))" }
    return "\(columnName(column))\(row + 1)"
  }

  static func a1Range(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) -> String {
    "\(a1(row: firstRow, column: firstColumn)):\(a1(row: lastRow, column: lastColumn))"
  }
}
