internal import CXlsxWriter

/// A chart created by `Workbook.addChart(type:)` and placed with
/// `Worksheet.insertChart`. Its data are cell ranges on the workbook's sheets;
/// libxlsxwriter caches the current cell values into the chart at close.
/// Not thread-safe, not `Sendable`.
///
/// Strings passed as titles or series names that begin with "=" are taken
/// by libxlsxwriter as formulas (cell references), not literal text.
///
/// Chart data should be plain number cells: libxlsxwriter caches formula
/// cells as 0 in the chart. Excel recalculates on open (the workbook is
/// flagged fullCalcOnLoad), but viewers that trust the cache show zeros.
public final class Chart {
  public let type: ChartType
  let workbook: Workbook
  let pointer: UnsafeMutablePointer<lxw_chart>
  /// Number of series added so far.
  public private(set) var seriesCount = 0
  /// True once placed on a worksheet (a chart can be inserted only once).
  public internal(set) var isInserted = false

  init(workbook: Workbook, pointer: UnsafeMutablePointer<lxw_chart>, type: ChartType) {
    self.workbook = workbook
    self.pointer = pointer
    self.type = type
  }

  /// Adds a data series. `values` (and `categories`, if given) must lie on
  /// sheets of this workbook (matched ignoring case); `name` appears in the
  /// legend. Returns the series for per-series options.
  @discardableResult
  public func addSeries(name: String? = nil, categories: CellRange? = nil, values: CellRange) throws -> ChartSeries {
    let what = "\(type) chart: adding series"
    let chart = try live(what)
    let resolvedValues = try resolve(values, what)
    let resolvedCategories = try categories.map { try resolve($0, what) }
    guard let series = chart_add_series(chart, nil, nil) else {
      throw XLSXError(.memoryMallocFailed, context: what)
    }
    resolvedValues.sheet.withCString {
      chart_series_set_values(
        series, $0, resolvedValues.firstRow, resolvedValues.firstCol, resolvedValues.lastRow,
        resolvedValues.lastCol)
    }
    if let range = resolvedCategories {
      range.sheet.withCString {
        chart_series_set_categories(series, $0, range.firstRow, range.firstCol, range.lastRow, range.lastCol)
      }
    }
    if let name {
      CellText.withoutNUL(name).withCString { chart_series_set_name(series, $0) }
    }
    seriesCount += 1
    return ChartSeries(chart: self, pointer: series)
  }

  /// Sets the chart title; nil removes the automatic title.
  public func setTitle(_ title: String?) throws {
    let chart = try live("\(type) chart: setting title")
    if let title {
      CellText.withoutNUL(title).withCString { chart_title_set_name(chart, $0) }
    } else {
      chart_title_off(chart)
    }
  }

  /// Title of the value axis.
  public func setValueAxisTitle(_ title: String) throws {
    let axis = try self.axis(category: false, "setting value axis title")
    CellText.withoutNUL(title).withCString { chart_axis_set_name(axis, $0) }
  }

  /// Fixes the value-axis scale; nil leaves a bound automatic.
  public func setValueAxisRange(min: Double? = nil, max: Double? = nil, majorUnit: Double? = nil) throws {
    let axis = try self.axis(category: false, "setting value axis range")
    for value in [min, max, majorUnit].compactMap({ $0 }) where !value.isFinite {
      throw XLSXError(.parameterValidation, context: "\(type) chart: axis bound \(value) is not finite")
    }
    if let min { chart_axis_set_min(axis, min) }
    if let max { chart_axis_set_max(axis, max) }
    if let majorUnit {
      guard majorUnit > 0 else {
        throw XLSXError(.parameterValidation, context: "\(type) chart: major unit \(majorUnit) must be > 0")
      }
      chart_axis_set_major_unit(axis, majorUnit)
    }
  }

  /// Legend placement; `.none` hides the legend (useful for one series).
  public func setLegend(_ position: LegendPosition) throws {
    chart_legend_set_position(try live("\(type) chart: setting legend"), position.lxwValue)
  }

  /// Gap between bar/column clusters in percent of a bar width, 0…500 (default 150).
  public func setSeriesGap(_ percent: Int) throws {
    guard let value = UInt16(exactly: percent), value <= 500 else {
      throw XLSXError(.parameterValidation, context: "\(type) chart: gap \(percent) outside 0…500")
    }
    chart_set_series_gap(try live("\(type) chart: setting gap"), value)
  }

  // MARK: - Internal

  func live(_ what: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_chart> {
    _ = try workbook.liveHandle(what())
    return pointer
  }

  private func axis(category: Bool, _ what: String) throws -> UnsafeMutablePointer<lxw_chart_axis> {
    let chart = try live("\(type) chart: \(what)")
    guard type.hasAxes else {
      throw XLSXError(.featureNotSupported, context: "\(type) chart: \(what): chart has no axes")
    }
    // libxlsxwriter's x axis is the horizontal one: the category axis,
    // except for horizontal bar charts where it is the value axis.
    let useX = category != type.isHorizontalBar
    let axis = useX ? chart.pointee.x_axis : chart.pointee.y_axis
    guard let axis else {
      throw XLSXError(.nullParameterIgnored, context: "\(type) chart: \(what): axis missing")
    }
    return axis
  }

  private struct ResolvedRange {
    let sheet: String
    let firstRow: lxw_row_t
    let firstCol: lxw_col_t
    let lastRow: lxw_row_t
    let lastCol: lxw_col_t
  }

  private func resolve(_ range: CellRange, _ what: String) throws -> ResolvedRange {
    guard let sheet = workbook.canonicalSheetName(range.sheet) else {
      throw XLSXError(.parameterValidation, context: "\(what): no worksheet named '\(range.sheet)' for \(range)")
    }
    let context = "\(what): range \(range)"
    return ResolvedRange(
      sheet: sheet,
      firstRow: try CellIndex.row(min(range.firstRow, range.lastRow), context),
      firstCol: try CellIndex.column(min(range.firstCol, range.lastCol), context),
      lastRow: try CellIndex.row(max(range.firstRow, range.lastRow), context),
      lastCol: try CellIndex.column(max(range.firstCol, range.lastCol), context))
  }
}
