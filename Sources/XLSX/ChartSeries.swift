internal import CXlsxWriter

/// One data series of a `Chart`, returned by `Chart.addSeries`.
public final class ChartSeries {
  /// The chart this series belongs to (kept alive by the series).
  public let chart: Chart
  let pointer: UnsafeMutablePointer<lxw_chart_series>

  init(chart: Chart, pointer: UnsafeMutablePointer<lxw_chart_series>) {
    self.chart = chart
    self.pointer = pointer
  }

  /// Solid fill colour (0xRRGGBB) for the whole series.
  public func setFillColor(_ rgb: UInt32) throws {
    let series = try live("setting fill")
    var fill = lxw_chart_fill(color: ColorValue.chart(rgb), none: 0, transparency: 0)
    chart_series_set_fill(series, &fill)
  }

  /// Per-point fill colours in data order; nil keeps the series colour for
  /// that point. libxlsxwriter copies the points, so nothing needs to stay
  /// alive after the call. An empty array does nothing.
  public func setPointColors(_ colors: [UInt32?]) throws {
    let series = try live("setting point colours")
    guard !colors.isEmpty else { return }
    guard colors.count < Int(UInt16.max) else {
      throw XLSXError(.parameterValidation, context: "\(chart.type) chart: \(colors.count) point colours")
    }
    let count = colors.count
    let fills = UnsafeMutablePointer<lxw_chart_fill>.allocate(capacity: count)
    let points = UnsafeMutablePointer<lxw_chart_point>.allocate(capacity: count)
    let list = UnsafeMutablePointer<UnsafeMutablePointer<lxw_chart_point>?>.allocate(capacity: count + 1)
    defer {
      list.deinitialize(count: count + 1)
      points.deinitialize(count: count)
      fills.deinitialize(count: count)
      list.deallocate()
      points.deallocate()
      fills.deallocate()
    }
    for (index, color) in colors.enumerated() {
      (fills + index).initialize(to: lxw_chart_fill(color: ColorValue.chart(color ?? 0), none: 0, transparency: 0))
      (points + index).initialize(
        to: lxw_chart_point(line: nil, fill: color == nil ? nil : fills + index, pattern: nil))
      (list + index).initialize(to: points + index)
    }
    (list + count).initialize(to: nil)  // NULL terminator
    try XLSXError.check(chart_series_set_points(series, list), "\(chart.type) chart: setting point colours")
  }

  /// Shows (or hides) value labels on the data points, optionally with a
  /// number format such as "0.0" and a position.
  public func setDataLabels(_ show: Bool, numberFormat: String? = nil, position: DataLabelPosition = .default) throws {
    let series = try live("setting data labels")
    guard show else {
      series.pointee.has_labels = 0
      series.pointee.show_labels_value = 0
      return
    }
    chart_series_set_labels(series)
    if let numberFormat {
      CellText.withoutNUL(numberFormat).withCString { chart_series_set_labels_num_format(series, $0) }
    }
    if position != .default {
      chart_series_set_labels_position(series, position.lxwValue)
    }
  }

  private func live(_ what: String) throws -> UnsafeMutablePointer<lxw_chart_series> {
    _ = try chart.live("\(chart.type) chart series: \(what)")
    return pointer
  }
}
