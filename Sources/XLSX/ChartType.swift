internal import CXlsxWriter

/// Chart kinds supported by the wrapper. Column/bar/line are clustered
/// (side by side) unless stacked.
public enum ChartType: Hashable, Sendable, CustomStringConvertible {
  /// Vertical bars.
  case column, columnStacked, columnPercentStacked
  /// Horizontal bars.
  case bar, barStacked, barPercentStacked
  case line
  case pie

  var lxwValue: UInt8 {
    let value: lxw_chart_type
    switch self {
    case .column: value = LXW_CHART_COLUMN
    case .columnStacked: value = LXW_CHART_COLUMN_STACKED
    case .columnPercentStacked: value = LXW_CHART_COLUMN_STACKED_PERCENT
    case .bar: value = LXW_CHART_BAR
    case .barStacked: value = LXW_CHART_BAR_STACKED
    case .barPercentStacked: value = LXW_CHART_BAR_STACKED_PERCENT
    case .line: value = LXW_CHART_LINE
    case .pie: value = LXW_CHART_PIE
    }
    return UInt8(value.rawValue)
  }

  /// Horizontal bar charts have the category axis vertical: libxlsxwriter's
  /// "x axis" is then the value axis.
  var isHorizontalBar: Bool {
    switch self {
    case .bar, .barStacked, .barPercentStacked: true
    default: false
    }
  }

  var hasAxes: Bool { self != .pie }

  public var description: String {
    switch self {
    case .column: "column"
    case .columnStacked: "stacked column"
    case .columnPercentStacked: "percent stacked column"
    case .bar: "bar"
    case .barStacked: "stacked bar"
    case .barPercentStacked: "percent stacked bar"
    case .line: "line"
    case .pie: "pie"
    }
  }
}
