internal import CXlsxWriter

/// Conversion of 0xRRGGBB colours to libxlsxwriter's `lxw_color_t`.
enum ColorValue {
  /// In cell formats libxlsxwriter reads 0x000000 as "unset", so pure black
  /// must be passed as `LXW_COLOR_BLACK` (0x1000000).
  static func format(_ rgb: UInt32) -> lxw_color_t {
    let masked = rgb & 0xFF_FFFF
    return masked == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(masked)
  }

  /// Chart colours are written as given; 0 is black there.
  static func chart(_ rgb: UInt32) -> lxw_color_t {
    lxw_color_t(rgb & 0xFF_FFFF)
  }
}
