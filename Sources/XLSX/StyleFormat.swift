internal import CXlsxWriter

/// Translation of a `CellStyle` into libxlsxwriter format calls.
enum StyleFormat {
  /// libxlsxwriter silently truncates font names and number formats to 127 bytes.
  static let maxFieldBytes = 127

  static func validate(_ style: CellStyle) throws {
    if let name = style.fontName {
      guard !name.isEmpty, name.utf8.count <= maxFieldBytes, !name.unicodeScalars.contains("\0") else {
        throw XLSXError(.stringLength128Exceeded, context: "font name '\(CellText.withoutNUL(name))'")
      }
    }
    if let format = style.numberFormat {
      guard !format.isEmpty, format.utf8.count <= maxFieldBytes, !format.unicodeScalars.contains("\0") else {
        throw XLSXError(.stringLength128Exceeded, context: "number format '\(CellText.withoutNUL(format))'")
      }
    }
    if let size = style.fontSize {
      guard size.isFinite, size >= 1, size <= 409 else {
        throw XLSXError(.parameterValidation, context: "font size \(size) outside 1…409")
      }
    }
  }

  static func apply(_ style: CellStyle, to format: UnsafeMutablePointer<lxw_format>) {
    if let name = style.fontName { name.withCString { format_set_font_name(format, $0) } }
    if let size = style.fontSize { format_set_font_size(format, size) }
    if style.bold { format_set_bold(format) }
    if style.italic { format_set_italic(format) }
    if let color = style.fontColor { format_set_font_color(format, ColorValue.format(color)) }
    if let fill = style.fill {
      format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
      format_set_bg_color(format, ColorValue.format(fill))
    }
    switch style.horizontal {
    case .general: break
    case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
    case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
    case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
    }
    switch style.vertical {
    case .bottom: break
    case .top: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
    case .center: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
    }
    if style.wrap { format_set_text_wrap(format) }
    switch style.border {
    case .none: break
    case .thin:
      format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
    }
    if let numberFormat = style.numberFormat {
      numberFormat.withCString { format_set_num_format(format, $0) }
    }
  }
}
