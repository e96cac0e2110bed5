internal import CXlsxWriter

/// Where a chart's legend goes; `.none` hides it.
public enum LegendPosition: Hashable, Sendable {
  case none, right, left, top, bottom, topRight

  var lxwValue: UInt8 {
    let value: lxw_chart_legend_position
    switch self {
    case .none: value = LXW_CHART_LEGEND_NONE
    case .right: value = LXW_CHART_LEGEND_RIGHT
    case .left: value = LXW_CHART_LEGEND_LEFT
    case .top: value = LXW_CHART_LEGEND_TOP
    case .bottom: value = LXW_CHART_LEGEND_BOTTOM
    case .topRight: value = LXW_CHART_LEGEND_TOP_RIGHT
    }
    return UInt8(value.rawValue)
  }
}
