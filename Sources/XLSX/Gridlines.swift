internal import CXlsxWriter

/// Which gridlines a worksheet shows on screen and in print.
public enum Gridlines: Hashable, Sendable {
  case hidden, screenOnly, printOnly, screenAndPrint

  var lxwValue: UInt8 {
    switch self {
    case .hidden: UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue)
    case .screenOnly: UInt8(LXW_SHOW_SCREEN_GRIDLINES.rawValue)
    case .printOnly: UInt8(LXW_SHOW_PRINT_GRIDLINES.rawValue)
    case .screenAndPrint: UInt8(LXW_SHOW_ALL_GRIDLINES.rawValue)
    }
  }
}
