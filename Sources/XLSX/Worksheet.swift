internal import CXlsxWriter

/// One worksheet of a `Workbook` (libxlsxwriter `lxw_worksheet`).
///
/// Rows and columns are zero-based `Int`s (row 0 = Excel row 1, column 0 =
/// "A"); out-of-range indices (rows ≥ 1,048,576, columns ≥ 16,384, negatives)
/// throw `indexOutOfRange`. Every method throws once the workbook is closed.
/// Not thread-safe, not `Sendable`.
public final class Worksheet {
  /// The sheet name as given to `addWorksheet`.
  public let name: String
  /// The owning workbook (kept alive by this sheet).
  public let workbook: Workbook

  let pointer: UnsafeMutablePointer<lxw_worksheet>
  private var mergedRanges: [MergedRange] = []

  init(workbook: Workbook, pointer: UnsafeMutablePointer<lxw_worksheet>, name: String) {
    self.workbook = workbook
    self.pointer = pointer
    self.name = name
  }

  // MARK: - Cells

  /// Writes a string cell. NULs are removed and text longer than Excel's
  /// 32,767-character limit is truncated. An empty string writes a blank
  /// formatted cell when `style` is non-plain, otherwise nothing.
  public func write(row: Int, col: Int, string: String, style: CellStyle? = nil) throws {
    let (sheet, r, c, format) = try prepare(row, col, style, "writing a string")
    let text = CellText.cellString(string)
    try XLSXError.check(
      text.withCString { worksheet_write_string(sheet, r, c, $0, format) },
      context("writing a string", row, col))
  }

  /// Writes a number. NaN and ±infinity throw `parameterValidation`
  /// (libxlsxwriter would write "nan"/"inf", which Excel rejects).
  public func write(row: Int, col: Int, number: Double, style: CellStyle? = nil) throws {
    try requireFinite(number, "writing a number", row, col)
    let (sheet, r, c, format) = try prepare(row, col, style, "writing a number")
    try XLSXError.check(worksheet_write_number(sheet, r, c, number, format), context("writing a number", row, col))
  }

  /// Writes a formula (with or without leading "=") plus the value shown
  /// until the sheet is recalculated (LibreOffice and viewers show it as is).
  public func writeFormula(row: Int, col: Int, formula: String, cachedResult: Double, style: CellStyle? = nil) throws {
    try requireFinite(cachedResult, "writing a formula", row, col)
    let text = try formulaText(formula, row, col)
    let (sheet, r, c, format) = try prepare(row, col, style, "writing a formula")
    try XLSXError.check(
      text.withCString { worksheet_write_formula_num(sheet, r, c, $0, format, cachedResult) },
      context("writing formula '\(text)'", row, col))
  }

  /// Writes an empty cell carrying `style` (borders, fill). Without a
  /// non-plain style nothing is written.
  public func writeBlank(row: Int, col: Int, style: CellStyle? = nil) throws {
    let (sheet, r, c, format) = try prepare(row, col, style, "writing a blank")
    try XLSXError.check(worksheet_write_blank(sheet, r, c, format), context("writing a blank", row, col))
  }

  /// Merges a range and writes `string` in its top-left cell; the other
  /// cells get `style` as formatted blanks, so borders/fill cover the whole
  /// area. A 1×1 range just writes the cell. Reversed bounds are swapped.
  /// Overlapping an earlier merge throws `parameterValidation` (Excel would
  /// report the file as corrupt). Merged cells never auto-size: set the row
  /// height explicitly (see `TextMetrics`).
  public func merge(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int, string: String, style: CellStyle? = nil)
    throws
  {
    let range = MergedRange(firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol)
    guard !range.isSingleCell else {
      try write(row: range.firstRow, col: range.firstCol, string: string, style: style)
      return
    }
    let what = "merging \(range.a1)"
    let (sheet, r1, c1, format) = try prepare(range.firstRow, range.firstCol, style, what)
    let r2 = try CellIndex.row(range.lastRow, "worksheet '\(name)' \(what)")
    let c2 = try CellIndex.column(range.lastCol, "worksheet '\(name)' \(what)")
    if let other = mergedRanges.first(where: { $0.overlaps(range) }) {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)' \(what): overlaps merged range \(other.a1)")
    }
    let text = CellText.cellString(string)
    try XLSXError.check(
      text.withCString { worksheet_merge_range(sheet, r1, c1, r2, c2, $0, format) },
      "worksheet '\(name)' \(what)")
    mergedRanges.append(range)
  }

  // MARK: - Rows and columns

  /// Sets the width (in Excel character units, 0…255) and optional default
  /// style of columns `first...last`.
  public func setColumn(first: Int, last: Int, width: Double, style: CellStyle? = nil) throws {
    let what = "setting columns \(CellIndex.columnName(first)):\(CellIndex.columnName(last))"
    guard width.isFinite, width >= 0, width <= 255 else {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)' \(what): width \(width) outside 0…255")
    }
    let sheet = try live(what)
    let c1 = try CellIndex.column(min(first, last), "worksheet '\(name)' \(what)")
    let c2 = try CellIndex.column(max(first, last), "worksheet '\(name)' \(what)")
    let format = try workbook.format(for: style)
    try XLSXError.check(worksheet_set_column(sheet, c1, c2, width, format), "worksheet '\(name)' \(what)")
  }

  /// Sets the width of one column.
  public func setColumn(_ col: Int, width: Double, style: CellStyle? = nil) throws {
    try setColumn(first: col, last: col, width: width, style: style)
  }

  /// Sets a row height in points (0…409; Excel's default is 15) and
  /// optional default style. libxlsxwriter has no autofit: compute heights
  /// for wrapped or merged text with `TextMetrics`.
  public func setRow(_ row: Int, height: Double, style: CellStyle? = nil) throws {
    let what = "setting row \(row + 1)"
    guard height.isFinite, height >= 0, height <= 409 else {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)' \(what): height \(height) outside 0…409")
    }
    let sheet = try live(what)
    let r = try CellIndex.row(row, "worksheet '\(name)' \(what)")
    let format = try workbook.format(for: style)
    try XLSXError.check(worksheet_set_row(sheet, r, height, format), "worksheet '\(name)' \(what)")
  }

  // MARK: - Internal helpers

  func live(_ what: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_worksheet> {
    _ = try workbook.liveHandle("worksheet '\(name)' \(what())")
    return pointer
  }

  func context(_ what: String, _ row: Int, _ col: Int) -> String {
    "worksheet '\(name)' cell \(CellIndex.a1(row: row, column: col)): \(what)"
  }

  private func prepare(_ row: Int, _ col: Int, _ style: CellStyle?, _ what: String) throws
    -> (UnsafeMutablePointer<lxw_worksheet>, lxw_row_t, lxw_col_t, UnsafeMutablePointer<lxw_format>?)
  {
    let sheet = try live(what)
    let r = try CellIndex.row(row, context(what, row, col))
    let c = try CellIndex.column(col, context(what, row, col))
    let format = try workbook.format(for: style)
    return (sheet, r, c, format)
  }

  private func requireFinite(_ value: Double, _ what: String, _ row: Int, _ col: Int) throws {
    guard value.isFinite else {
      throw XLSXError(.parameterValidation, context: context("\(what): \(value) is not a finite number", row, col))
    }
  }

  private func formulaText(_ formula: String, _ row: Int, _ col: Int) throws -> String {
    let text = CellText.withoutNUL(formula)
    guard !text.isEmpty, text != "=" else {
      throw XLSXError(.parameterValidation, context: context("writing an empty formula", row, col))
    }
    return text
  }
}
