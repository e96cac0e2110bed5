internal import CXlsxWriter

/// Printing: orientation, paper, margins, footer, repeated rows, scaling.
extension Worksheet {
  /// Excel paper code for A4.
  public static let paperA4 = 9

  public func setLandscape() throws {
    worksheet_set_landscape(try live("setting landscape"))
  }

  public func setPortrait() throws {
    worksheet_set_portrait(try live("setting portrait"))
  }

  /// A4 paper (Excel paper code 9).
  public func setPaperA4() throws {
    worksheet_set_paper(try live("setting paper"), UInt8(Worksheet.paperA4))
  }

  /// Page margins in inches (Excel defaults: 0.7, 0.7, 0.75, 0.75).
  public func setMargins(left: Double, right: Double, top: Double, bottom: Double) throws {
    for value in [left, right, top, bottom] where !(value.isFinite && value >= 0 && value < 50) {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)': margin \(value) is invalid")
    }
    worksheet_set_margins(try live("setting margins"), left, right, top, bottom)
  }

  /// Page footer, Excel syntax: "&L…&C…&R…", "&P" page, "&N" pages, "&A" sheet name, "&D"
  /// date, "&&" a literal "&"; e.g. `"&C第 &P 页，共 &N 页"`. At most 255 characters. Image
  /// codes ("&G", "&[Picture]") are rejected (they need images and crash libxlsxwriter 1.1.4
  /// without them). `margin` in inches (Excel default 0.3).
  public func setFooter(_ text: String, margin: Double? = nil) throws {
    let what = "setting footer"
    let clean = CellText.withoutNUL(text)
    guard CellText.codePointCount(clean) <= 255 else {
      throw XLSXError(.stringLength255Exceeded, context: "worksheet '\(name)' \(what)")
    }
    // libxlsxwriter 1.1.4 frees the stored text on this path without clearing the pointer
    // (double free at close), so refuse it here.
    guard !clean.contains("&G"), !clean.contains("&[Picture]") else {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)' \(what): image codes are not supported")
    }
    if let margin, !(margin.isFinite && margin > 0 && margin < 50) {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)' \(what): margin \(margin)")
    }
    let sheet = try live(what)
    var options = lxw_header_footer_options()
    options.margin = margin ?? 0.3
    try XLSXError.check(
      clean.withCString { worksheet_set_footer_opt(sheet, $0, &options) }, "worksheet '\(name)' \(what)")
  }

  /// Rows `first...last` (zero-based) are printed at the top of every page.
  public func repeatRows(first: Int, last: Int) throws {
    let what = "repeating rows \(first + 1)…\(last + 1)"
    let sheet = try live(what)
    let r1 = try CellIndex.row(min(first, last), "worksheet '\(name)' \(what)")
    let r2 = try CellIndex.row(max(first, last), "worksheet '\(name)' \(what)")
    try XLSXError.check(worksheet_repeat_rows(sheet, r1, r2), "worksheet '\(name)' \(what)")
  }

  /// Scales the print to fit `width` pages across and `height` pages down;
  /// 0 means "as many as needed" (e.g. `fitToPages(width: 1, height: 0)`).
  public func fitToPages(width: Int, height: Int) throws {
    guard let w = UInt16(exactly: width), let h = UInt16(exactly: height) else {
      throw XLSXError(.parameterValidation, context: "worksheet '\(name)': fit to \(width)×\(height) pages")
    }
    worksheet_fit_to_pages(try live("fitting to pages"), w, h)
  }

  public func centerHorizontally() throws {
    worksheet_center_horizontally(try live("centering horizontally"))
  }
}
