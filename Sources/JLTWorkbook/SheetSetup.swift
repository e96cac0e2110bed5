import XLSX

/// Printing and viewing set-up shared by the sheets.
enum SheetSetup {
  /// A4 landscape, one page wide, `headerRows` repeated on every page, page numbers in the
  /// footer, panes frozen under the header.
  static func print(
    _ sheet: Worksheet, headerRows: ClosedRange<Int>, freezeColumn: Int = 0, landscape: Bool = true
  ) throws {
    if landscape { try sheet.setLandscape() } else { try sheet.setPortrait() }
    try sheet.setPaperA4()
    let m = PageLayout.margins
    try sheet.setMargins(left: m.left, right: m.right, top: m.top, bottom: m.bottom)
    try sheet.fitToPages(width: 1, height: 0)
    try sheet.centerHorizontally()
    try sheet.repeatRows(first: headerRows.lowerBound, last: headerRows.upperBound)
    try sheet.setFooter("&C第 &P 页，共 &N 页")
    try sheet.freezePanes(row: headerRows.upperBound + 1, col: freezeColumn)
  }

  /// Sets the widths of consecutive columns from 0.
  static func columns(_ sheet: Worksheet, _ widths: [Double]) throws {
    for (col, width) in widths.enumerated() { try sheet.setColumn(col, width: width) }
  }
}
