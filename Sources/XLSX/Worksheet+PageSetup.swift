internal import CXlsxWriter

/// Printing: orientation, paper, margins, headers/footers, titles, scaling.
extension Worksheet {
  /// Excel paper code for A4.
  public static let paperA4 = 9

  public func setLandscape() throws {
    worksheet_set_landscape(try live("setting landscape"))
  }

  public func setPortrait() throws {
    worksheet_set_portrait(try live("setting portrait"))
  }

  /// Sets the paper size by Excel code (0 = printer default, 9 = A4, 1 = Letter…).
  public func setPaper(_ code: Int) throws {
    guard let value = UInt8(exactly: code), value <= 41 else {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)': paper code \(code) outside 0…41")
    }
    worksheet_set_paper(try live("setting paper"), value)
  }

  /// A4 paper (code 9).
  public func setPaperA4() throws {
    try setPaper(Worksheet.paperA4)
  }

  /// Page margins in inches (Excel defaults: 0.7, 0.7, 0.75, 0.75).
  public func setMargins(left: Double, right: Double, top: Double, bottom: Double) throws {
    for value in [left, right, top, bottom] where !(value.isFinite && value >= 0 && value < 50) {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)': margin \(value) is invalid")
    }
    worksheet_set_margins(try live("setting margins"), left, right, top, bottom)
  }

  /// Page header, Excel syntax: "&L…&C…&R…", "&P" page, "&N" pages,
  /// "&A" sheet name, "&D" date, "&&" a literal "&". At most 255
  /// characters. Image codes ("&G", "&[Picture]") are rejected (they need
  /// images and crash libxlsxwriter 1.1.4 without them). `margin` in
  /// inches (Excel default 0.3).
  public func setHeader(_ text: String, margin: Double? = nil) throws {
    try setHeaderFooter(text, margin: margin, isHeader: true)
  }

  /// Page footer, e.g. `"&C第 &P 页，共 &N 页"`. Same rules as `setHeader`.
  public func setFooter(_ text: String, margin: Double? = nil) throws {
    try setHeaderFooter(text, margin: margin, isHeader: false)
  }

  /// Rows `first...last` (zero-based) are printed at the top of every page.
  public func repeatRows(first: Int, last: Int) throws {
    let what = "repeating rows \(first + 1)…\(last + 1)"
    let sheet = try live(what)
    let r1 = try CellIndex.row(min(first, last), "worksheet '\(name)' \(what)")
    let r2 = try CellIndex.row(max(first, last), "worksheet '\(name)' \(what)")
    try XLSXError.check(worksheet_repeat_rows(sheet, r1, r2), "worksheet '\(name)' \(what)")
  }

  /// Columns `first...last` are printed at the left of every page.
  public func repeatColumns(first: Int, last: Int) throws {
    let what = "repeating columns"
    let sheet = try live(what)
    let c1 = try CellIndex.column(min(first, last), "worksheet '\(name)' \(what)")
    let c2 = try CellIndex.column(max(first, last), "worksheet '\(name)' \(what)")
    try XLSXError.check(worksheet_repeat_columns(sheet, c1, c2), "worksheet '\(name)' \(what)")
  }

  /// Restricts printing to a range (zero-based, inclusive).
  public func setPrintArea(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) throws {
    let range = MergedRange(firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol)
    let what = "setting print area \(range.a1)"
    let sheet = try live(what)
    let r1 = try CellIndex.row(range.firstRow, "worksheet '\(name)' \(what)")
    let c1 = try CellIndex.column(range.firstCol, "worksheet '\(name)' \(what)")
    let r2 = try CellIndex.row(range.lastRow, "worksheet '\(name)' \(what)")
    let c2 = try CellIndex.column(range.lastCol, "worksheet '\(name)' \(what)")
    try XLSXError.check(worksheet_print_area(sheet, r1, c1, r2, c2), "worksheet '\(name)' \(what)")
  }

  /// Scales the print to fit `width` pages across and `height` pages down;
  /// 0 means "as many as needed" (e.g. `fitToPages(width: 1, height: 0)`).
  public func fitToPages(width: Int, height: Int) throws {
    guard let w = UInt16(exactly: width), let h = UInt16(exactly: height) else {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)': fit to \(width)×\(height) pages")
    }
    worksheet_fit_to_pages(try live("fitting to pages"), w, h)
  }

  /// Print scale in percent, 10…400 (ignored by Excel when fitToPages is set).
  public func setPrintScale(_ percent: Int) throws {
    guard let value = UInt16(exactly: percent), (10...400).contains(value) else {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)': print scale \(percent) outside 10…400")
    }
    worksheet_set_print_scale(try live("setting print scale"), value)
  }

  public func centerHorizontally() throws {
    worksheet_center_horizontally(try live("centering horizontally"))
  }

  public func centerVertically() throws {
    worksheet_center_vertically(try live("centering vertically"))
  }

  /// Screen/print gridlines (Excel default: `.screenOnly`).
  public func setGridlines(_ gridlines: Gridlines) throws {
    worksheet_gridlines(try live("setting gridlines"), gridlines.lxwValue)
  }

  private func setHeaderFooter(_ text: String, margin: Double?, isHeader: Bool) throws {
    let what = isHeader ? "setting header" : "setting footer"
    let clean = CellText.withoutNUL(text)
    guard CellText.codePointCount(clean) <= 255 else {
      throw XLSXError(.stringLength255Exceeded, context: "worksheet '\(name)' \(what)")
    }
    // libxlsxwriter 1.1.4 frees the stored header on this path without
    // clearing the pointer (double free at close), so refuse it here.
    guard !clean.contains("&G"), !clean.contains("&[Picture]") else {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)' \(what): image codes are not supported")
    }
    if let margin, !(margin.isFinite && margin > 0 && margin < 50) {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)' \(what): margin \(margin)")
    }
    let sheet = try live(what)
    var options = lxw_header_footer_options()
    options.margin = margin ?? 0.3
    let error = clean.withCString { cText in
      isHeader
        ? worksheet_set_header_opt(sheet, cText, &options)
        : worksheet_set_footer_opt(sheet, cText, &options)
    }
    try XLSXError.check(error, "worksheet '\(name)' \(what)")
  }
}
