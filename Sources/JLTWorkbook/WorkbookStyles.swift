import XLSX

/// The cell styles shared by every sheet of the county and city workbooks.
enum WorkbookStyles {
  static let font = "宋体"
  static let bodySize = 11.0
  static let titleSize = 16.0

  static let title = CellStyle(
    fontName: font, fontSize: titleSize, bold: true, horizontal: .center, vertical: .center)
  static let subtitle = CellStyle(fontName: font, fontSize: bodySize, horizontal: .center, vertical: .center)
  /// A left-aligned line under the title (the alliance's identity on its sheet).
  static let info = CellStyle(fontName: font, fontSize: bodySize, horizontal: .left, vertical: .center, wrap: true)
  static let header = CellStyle(
    fontName: font, fontSize: bodySize, bold: true, fill: 0xD9D9D9, horizontal: .center, vertical: .center,
    wrap: true, border: .thin)
  /// Wrapped text, left, vertically centred, thin borders.
  static let text = CellStyle(
    fontName: font, fontSize: bodySize, horizontal: .left, vertical: .center, wrap: true, border: .thin)
  /// Wrapped text, centred.
  static let centered = text.with { $0.horizontal = .center }
  /// A bold label, centred (合计, 总分…).
  static let label = centered.with { $0.bold = true }
  /// Scores and counts: General format (87, 87.5, 6.53), centred.
  static let number = centered
  static let boldNumber = label
  /// A score flagged because 自评分 and 得分 differ by 1 or more.
  static let gapFlag = number.with {
    $0.fill = 0xF8CBAD
    $0.fontColor = 0x843C0C
  }
  /// A problem row that is an error.
  static let errorText = text.with {
    $0.fill = 0xFFC7CE
    $0.fontColor = 0x9C0006
  }
  static let errorCentered = errorText.with { $0.horizontal = .center }
  static let errorLevel = errorCentered.with { $0.bold = true }
  /// The signature line under a table: no borders.
  static let signature = CellStyle(fontName: font, fontSize: 12, horizontal: .left, vertical: .center)
  /// A caption beside a chart: small, left, no borders.
  static let caption = CellStyle(
    fontName: font, fontSize: 10, italic: false, fontColor: 0x595959, horizontal: .left, vertical: .center)

  // MARK: - Grades

  /// Fill and font colour of a grade cell, by the grade's position among the rubric's bands
  /// (highest first): 优秀 green, 良好 blue, 合格 yellow, 不合格 red.
  struct GradeColors {
    var fill: UInt32
    var font: UInt32
    /// The stronger colour used for chart bars.
    var bar: UInt32
  }

  static let excellent = GradeColors(fill: 0xC6EFCE, font: 0x006100, bar: 0x70AD47)
  static let good = GradeColors(fill: 0xDDEBF7, font: 0x1F4E79, bar: 0x5B9BD5)
  static let pass = GradeColors(fill: 0xFFEB9C, font: 0x7F6000, bar: 0xFFC000)
  static let fail = GradeColors(fill: 0xFFC7CE, font: 0x9C0006, bar: 0xC00000)

  /// The colours of `grade` among `bands` (names, highest first); nil for an unknown grade.
  static func colors(of grade: String, bands: [String]) -> GradeColors? {
    switch grade {
    case "优秀": return excellent
    case "良好": return good
    case "合格": return pass
    case "不合格": return fail
    default: break
    }
    guard let index = bands.firstIndex(of: grade) else { return nil }
    if index == 0 { return excellent }
    if index == bands.count - 1 { return fail }
    return index == 1 ? good : pass
  }

  /// A bold, centred grade cell in the grade's colours.
  static func grade(_ grade: String, bands: [String]) -> CellStyle {
    guard let c = colors(of: grade, bands: bands) else { return label }
    return label.with {
      $0.fill = c.fill
      $0.fontColor = c.font
    }
  }

  // MARK: - Changes

  /// A signed change (+3.5 / −2 / 0): green when up, red when down, with as many decimals as
  /// the value needs (at most two).
  static func change(_ value: Double) -> CellStyle {
    let decimals = decimalsNeeded(value)
    let digits = decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals)
    var style = number
    style.numberFormat = "+\(digits);-\(digits);0"
    if value > 0 {
      style.fill = 0xE2EFDA
      style.fontColor = 0x006100
    } else if value < 0 {
      style.fill = 0xFCE4E4
      style.fontColor = 0xC00000
    }
    return style
  }

  /// 0, 1 or 2: the decimals needed to show `value` rounded to hundredths.
  static func decimalsNeeded(_ value: Double) -> Int {
    let hundredths = (abs(value) * 100).rounded()
    if hundredths.truncatingRemainder(dividingBy: 100) == 0 { return 0 }
    if hundredths.truncatingRemainder(dividingBy: 10) == 0 { return 1 }
    return 2
  }
}
