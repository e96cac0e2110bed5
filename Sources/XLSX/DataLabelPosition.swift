internal import CXlsxWriter

/// Placement of series data labels. Not every position suits every chart
/// type (Excel may then ignore or repair it): column/bar accept
/// center, insideBase, insideEnd, outsideEnd; line accepts center, left,
/// right, above, below; pie accepts center, insideEnd, outsideEnd, bestFit.
public enum DataLabelPosition: Hashable, Sendable {
  case `default`, center, right, left, above, below, insideBase, insideEnd, outsideEnd, bestFit

  var lxwValue: UInt8 {
    let value: lxw_chart_label_position
    switch self {
    case .default: value = LXW_CHART_LABEL_POSITION_DEFAULT
    case .center: value = LXW_CHART_LABEL_POSITION_CENTER
    case .right: value = LXW_CHART_LABEL_POSITION_RIGHT
    case .left: value = LXW_CHART_LABEL_POSITION_LEFT
    case .above: value = LXW_CHART_LABEL_POSITION_ABOVE
    case .below: value = LXW_CHART_LABEL_POSITION_BELOW
    case .insideBase: value = LXW_CHART_LABEL_POSITION_INSIDE_BASE
    case .insideEnd: value = LXW_CHART_LABEL_POSITION_INSIDE_END
    case .outsideEnd: value = LXW_CHART_LABEL_POSITION_OUTSIDE_END
    case .bestFit: value = LXW_CHART_LABEL_POSITION_BEST_FIT
    }
    return UInt8(value.rawValue)
  }
}
