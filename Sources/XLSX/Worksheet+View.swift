internal import CXlsxWriter

/// On-screen view settings and embedded charts.
extension Worksheet {
  /// Freezes the rows above `row` and the columns left of `col`
  /// (`freezePanes(row: 1, col: 0)` keeps the first row visible).
  public func freezePanes(row: Int, col: Int) throws {
    let what = "freezing panes"
    let sheet = try live(what)
    let r = try CellIndex.row(row, "worksheet '\(name)' \(what)")
    let c = try CellIndex.column(col, "worksheet '\(name)' \(what)")
    worksheet_freeze_panes(sheet, r, c)
  }

  /// Makes this the sheet shown when the file is opened.
  public func activate() throws {
    worksheet_activate(try live("activating"))
  }

  /// Places `chart` with its top-left corner in cell (`row`, `col`), plus a
  /// pixel offset. The default chart is 480×288 px; scale with
  /// `xScale`/`yScale`. A chart can be inserted only once and must have at
  /// least one series (both otherwise throw `parameterValidation`).
  public func insertChart(
    row: Int, col: Int, chart: Chart,
    xScale: Double = 1, yScale: Double = 1, xOffset: Int = 0, yOffset: Int = 0
  ) throws {
    let what = "inserting a chart"
    guard chart.workbook === workbook else {
      throw XLSXError(.parameterValidation, context: context("\(what): chart belongs to another workbook", row, col))
    }
    guard xScale.isFinite, yScale.isFinite, xScale > 0, yScale > 0,
      let dx = Int32(exactly: xOffset), let dy = Int32(exactly: yOffset)
    else {
      throw XLSXError(.parameterValidation, context: context("\(what): invalid scale or offset", row, col))
    }
    guard chart.seriesCount > 0 else {
      throw XLSXError(.parameterValidation, context: context("\(what): chart has no series", row, col))
    }
    guard !chart.isInserted else {
      throw XLSXError(.parameterValidation, context: context("\(what): chart already inserted", row, col))
    }
    let sheet = try live(what)
    let r = try CellIndex.row(row, context(what, row, col))
    let c = try CellIndex.column(col, context(what, row, col))
    var options = lxw_chart_options()
    options.x_scale = xScale
    options.y_scale = yScale
    options.x_offset = dx
    options.y_offset = dy
    try XLSXError.check(worksheet_insert_chart_opt(sheet, r, c, chart.pointer, &options), context(what, row, col))
    chart.isInserted = true
  }
}
