// Test utility: what a cell looks like and how a sheet prints, read from styles.xml and the
// worksheet XML.

import Foundation

extension XLSXArchive {
  /// The `<xf>` of cell `reference` in styles.xml's cellXfs (nil for a missing cell).
  func cellFormat(sheet: String, reference: String) -> String? {
    guard let cell = cellXML(sheet: sheet, reference: reference), let styles = parts["xl/styles.xml"],
      let cellXfs = Self.blocks("cellXfs", in: styles).first
    else { return nil }
    let index = Self.attribute("s", in: String(cell.prefix { $0 != ">" })).flatMap(Int.init) ?? 0
    let formats = Self.elements("xf", in: cellXfs)
    return formats.indices.contains(index) ? formats[index] : nil
  }

  /// The solid fill colour of a cell as RRGGBB ("FFF2CC"), or nil when it has no fill.
  public func fillColor(sheet: String, reference: String) -> String? {
    guard let xf = cellFormat(sheet: sheet, reference: reference), let styles = parts["xl/styles.xml"],
      let id = Self.attribute("fillId", in: xf).flatMap(Int.init), let fillsXML = Self.blocks("fills", in: styles).first
    else { return nil }
    let fills = Self.blocks("fill", in: fillsXML)
    guard fills.indices.contains(id), let colour = Self.elements("fgColor", in: fills[id]).first,
      let rgb = Self.attribute("rgb", in: colour)
    else { return nil }
    return String(rgb.suffix(6))
  }

  /// The font colour of a cell as RRGGBB, or nil for the default (theme) colour.
  public func fontColor(sheet: String, reference: String) -> String? {
    guard let xf = cellFormat(sheet: sheet, reference: reference), let styles = parts["xl/styles.xml"],
      let id = Self.attribute("fontId", in: xf).flatMap(Int.init), let fontsXML = Self.blocks("fonts", in: styles).first
    else { return nil }
    let fonts = Self.blocks("font", in: fontsXML)
    guard fonts.indices.contains(id), let colour = Self.elements("color", in: fonts[id]).first,
      let rgb = Self.attribute("rgb", in: colour)
    else { return nil }
    return String(rgb.suffix(6))
  }

  /// How a sheet prints: paper, orientation, fit to pages, the repeated rows ("$3:$3").
  public struct PrintSetup: Equatable, Sendable {
    public var paperSize: String?
    public var orientation: String?
    public var fitToWidth: String?
    public var fitToHeight: String?
    public var fitsToPage: Bool
    public var repeatedRows: String?
  }

  public func printSetup(sheet: String) -> PrintSetup? {
    guard let xml = worksheetXML(named: sheet), let workbook = parts["xl/workbook.xml"] else { return nil }
    let setup = Self.elements("pageSetup", in: xml).first ?? ""
    let fit = Self.elements("pageSetUpPr", in: xml).first.flatMap { Self.attribute("fitToPage", in: $0) } == "1"
    // Print_Titles of this sheet: <definedName name="_xlnm.Print_Titles" localSheetId="i">'name'!$3:$3</definedName>
    let index = sheetNames.firstIndex(of: sheet)
    var rows: String?
    var rest = workbook[...]
    while let open = rest.range(of: "<definedName ") {
      guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">"),
        let close = rest.range(of: "</definedName>", range: tagEnd..<rest.endIndex)
      else { break }
      let tag = String(rest[open.lowerBound...tagEnd])
      let body = Self.unescape(String(rest[rest.index(after: tagEnd)..<close.lowerBound]))
      if Self.attribute("name", in: tag) == "_xlnm.Print_Titles",
        Self.attribute("localSheetId", in: tag).flatMap(Int.init) == index, let bang = body.lastIndex(of: "!")
      {
        rows = String(body[body.index(after: bang)...])
      }
      rest = rest[close.upperBound...]
    }
    return PrintSetup(
      paperSize: Self.attribute("paperSize", in: setup), orientation: Self.attribute("orientation", in: setup),
      fitToWidth: Self.attribute("fitToWidth", in: setup), fitToHeight: Self.attribute("fitToHeight", in: setup),
      fitsToPage: fit, repeatedRows: rows)
  }

  /// The width set on column `column` (0-based), from the sheet's `<col>` elements.
  public func columnWidth(sheet: String, column: Int) -> Double? {
    guard let xml = worksheetXML(named: sheet) else { return nil }
    for col in Self.elements("col", in: xml) {
      guard let min = Self.attribute("min", in: col).flatMap(Int.init),
        let max = Self.attribute("max", in: col).flatMap(Int.init), (min...max).contains(column + 1)
      else { continue }
      return Self.attribute("width", in: col).flatMap(Double.init)
    }
    return nil
  }
}
