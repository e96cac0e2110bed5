/// A value describing a cell format. The workbook creates one libxlsxwriter
/// format per distinct `CellStyle`, so callers simply pass values around.
///
/// Colours are `0xRRGGBB`. `nil` always means "library/Excel default".
public struct CellStyle: Hashable, Sendable {

  public enum HorizontalAlignment: Hashable, Sendable {
    /// Excel's "General": text left, numbers right.
    case general, left, center, right
  }

  public enum VerticalAlignment: Hashable, Sendable {
    /// Excel's default.
    case bottom, top, center
  }

  public enum Border: Hashable, Sendable {
    case none
    /// Thin border on all four sides.
    case thin
  }

  /// Font family, e.g. "宋体" or "Calibri"; nil = workbook default (Calibri).
  /// At most 127 UTF-8 bytes.
  public var fontName: String?
  /// Points, 1…409; nil = default (11).
  public var fontSize: Double?
  public var bold: Bool
  public var italic: Bool
  /// 0xRRGGBB; nil = automatic (black).
  public var fontColor: UInt32?
  /// Solid background fill 0xRRGGBB; nil = no fill.
  public var fill: UInt32?
  public var horizontal: HorizontalAlignment
  public var vertical: VerticalAlignment
  /// Wrap text in the cell.
  public var wrap: Bool
  public var border: Border

  /// Excel number format such as "0.00", "0.##", "0%", "@"; nil = General.
  /// At most 127 UTF-8 bytes.
  public var numberFormat: String?

  public init(
    fontName: String? = nil,
    fontSize: Double? = nil,
    bold: Bool = false,
    italic: Bool = false,
    fontColor: UInt32? = nil,
    fill: UInt32? = nil,
    horizontal: HorizontalAlignment = .general,
    vertical: VerticalAlignment = .bottom,
    wrap: Bool = false,
    border: Border = .none,
    numberFormat: String? = nil
  ) {
    self.fontName = fontName
    self.fontSize = fontSize
    self.bold = bold
    self.italic = italic
    self.fontColor = fontColor
    self.fill = fill
    self.horizontal = horizontal
    self.vertical = vertical
    self.wrap = wrap
    self.border = border
    self.numberFormat = numberFormat
  }

  /// The unformatted default; writing with it is the same as writing with `nil`.
  public static let plain = CellStyle()

  /// True when this style is the library default (no format record needed).
  public var isPlain: Bool { self == .plain }

  /// A copy changed by `change`, e.g. `style.with { $0.bold = true }`.
  public func with(_ change: (inout CellStyle) -> Void) -> CellStyle {
    var copy = self
    change(&copy)
    return copy
  }

  /// Bold, centred, wrapped, thin borders, light grey fill: a table header.
  public static let header = CellStyle(
    bold: true, fill: 0xD9D9D9, horizontal: .center, vertical: .center, wrap: true,
    border: .thin)

  /// Wrapped text, top-aligned, thin borders: a table body cell.
  public static let bodyText = CellStyle(vertical: .top, wrap: true, border: .thin)

  /// Number with a thin border and the given format (default "0.00").
  public static func number(_ format: String = "0.00") -> CellStyle {
    CellStyle(horizontal: .right, vertical: .top, border: .thin, numberFormat: format)
  }
}
