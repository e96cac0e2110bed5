internal import CXlsxWriter

/// Manual page breaks (libxlsxwriter notes that a "fit to page" setting may override them;
/// "fit to 1 page wide, any number tall" leaves the height to them).
extension Worksheet {
  /// Excel's limit of horizontal page breaks per sheet.
  public static let maximumRowBreaks = 1023

  /// Starts a new printed page at each of `rows` (zero-based; row 0 cannot start a break).
  /// Duplicates are ignored; an empty list does nothing. Call at most once per sheet.
  public func setRowBreaks(_ rows: [Int]) throws {
    let what = "setting row page breaks"
    let sheet = try live(what)
    let sorted = Array(Set(rows)).sorted()
    guard !sorted.isEmpty else { return }
    guard sorted.count <= Worksheet.maximumRowBreaks else {
      throw XLSXError(
        .parameterValidation,
        context: "worksheet '\(name)' \(what): \(sorted.count) breaks, at most \(Worksheet.maximumRowBreaks)")
    }
    var breaks: [lxw_row_t] = []
    for row in sorted {
      guard row >= 1 else {
        throw XLSXError(.indexOutOfRange, context: "worksheet '\(name)' \(what): row \(row) cannot start a page")
      }
      breaks.append(try CellIndex.row(row, "worksheet '\(name)' \(what)"))
    }
    breaks.append(0)  // terminator
    try breaks.withUnsafeMutableBufferPointer { buffer in
      try XLSXError.check(worksheet_set_h_pagebreaks(sheet, buffer.baseAddress), "worksheet '\(name)' \(what)")
    }
  }
}
