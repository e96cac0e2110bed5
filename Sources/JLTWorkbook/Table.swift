import Foundation
import JLTCore
import XLSX

/// A table of a sheet described once by its columns: each column's header, width and the cell
/// it shows for a row. The header row, the column widths, the cells, the row heights and the
/// positions charts refer to all follow from the description, so a new column is one entry.
struct Table<Row> {
  var columns: [Column<Row>]

  init(_ columns: [Column<Row>]) { self.columns = columns }

  var headers: [String] { columns.map(\.header) }
  var lastColumn: Int { columns.count - 1 }

  /// The position of the column headed `header`.
  func column(_ header: String) -> Int? { columns.firstIndex { $0.header == header } }

  /// Each column's width for these rows.
  func widths(for rows: [Row]) -> [Double] {
    columns.map { column in
      switch column.width {
      case .fixed(let w): return w
      case .fitting(let minimum, let maximum, let text):
        return RowHeights.fitting(rows.compactMap(text), minimum: minimum, maximum: maximum)
      }
    }
  }

  /// Fits the columns to `rows` and writes `title` merged over row 0, measured for its height or
  /// `titleHeight` points high; returns the row heights to collect as the sheet is written.
  func start(_ sheet: Worksheet, rows: [Row], title: String, titleHeight: Double? = nil) throws -> RowHeights {
    let widths = widths(for: rows)
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)
    try sheet.merge(
      firstRow: 0, firstCol: 0, lastRow: 0, lastCol: lastColumn, string: title, style: WorkbookStyles.title)
    if let titleHeight {
      try sheet.setRow(0, height: titleHeight)
    } else {
      heights.cell(0, cols: 0...lastColumn, title, fontSize: WorkbookStyles.titleSize)
    }
    return heights
  }

  /// "无" merged across `row`, for a table without rows.
  func writeNone(_ sheet: Worksheet, row: Int) throws {
    try sheet.merge(
      firstRow: row, firstCol: 0, lastRow: row, lastCol: lastColumn, string: "无", style: WorkbookStyles.centered)
  }

  /// Writes the header row; `measured` makes the row tall enough for wrapped headers.
  func writeHeader(_ sheet: Worksheet, row: Int, heights: inout RowHeights, measured: Bool = true) throws {
    for (col, text) in headers.enumerated() {
      try sheet.write(row: row, col: col, string: text, style: WorkbookStyles.header)
      if measured { heights.cell(row, cols: col...col, text) }
    }
  }

  /// Writes one line per row from `firstRow`, left to right; text cells are measured for the
  /// row's height, and each row is at least `minimumHeight` points when given.
  func write(
    _ rows: [Row], from firstRow: Int, _ sheet: Worksheet, heights: inout RowHeights, minimumHeight: Double? = nil
  )
    throws
  {
    // A column repeating the text of the row above (an alliance's name down the 证据 sheet)
    // needs the same height for it: measured once.
    var lastText = [String?](repeating: nil, count: columns.count)
    var lastHeight = [Double](repeating: 0, count: columns.count)
    for (i, item) in rows.enumerated() {
      let row = firstRow + i
      if let minimumHeight { heights.atLeast(row, minimumHeight) }
      for (col, column) in columns.enumerated() {
        switch column.cell(item) {
        case .text(let text, let style):
          try sheet.write(row: row, col: col, string: text, style: style)
          if let last = lastText[col], last.sameBytes(as: text) {
            heights.atLeast(row, lastHeight[col])
          } else {
            let needed = heights.needed(text, cols: col...col, fontSize: WorkbookStyles.bodySize)
            heights.atLeast(row, needed)
            lastText[col] = text
            lastHeight[col] = needed
          }
        case .number(let value, let style):
          try sheet.write(row: row, col: col, number: value.cellValue, style: style)
        case .integer(let value, let style):
          try sheet.write(row: row, col: col, number: Double(value), style: style)
        case .blank(let style):
          try sheet.writeBlank(row: row, col: col, style: style)
        }
      }
    }
  }
}

/// One column of a `Table`.
struct Column<Row> {
  var header: String
  var width: Width
  var cell: (Row) -> Cell

  enum Width {
    case fixed(Double)
    /// Wide enough for the widest text of the rows (nil texts left out), within the bounds.
    case fitting(minimum: Double, maximum: Double, (Row) -> String?)
  }

  init(_ header: String, width: Double, _ cell: @escaping (Row) -> Cell) {
    self.header = header
    self.width = .fixed(width)
    self.cell = cell
  }

  init(
    _ header: String, fitting minimum: Double, _ maximum: Double, _ text: @escaping (Row) -> String?,
    _ cell: @escaping (Row) -> Cell
  ) {
    self.header = header
    self.width = .fitting(minimum: minimum, maximum: maximum, text)
    self.cell = cell
  }
}

/// One cell of a table row.
enum Cell {
  case text(String, CellStyle)
  case number(Decimal, CellStyle)
  /// A count (written as it is, without going through `Decimal`'s text).
  case integer(Int, CellStyle)
  /// An empty cell with borders and fill.
  case blank(CellStyle)

  static func text(_ value: String) -> Cell { .text(value, WorkbookStyles.centered) }
  static func number(_ value: Decimal) -> Cell { .number(value, WorkbookStyles.number) }
  static func number(_ value: Int) -> Cell { .integer(value, WorkbookStyles.number) }
  /// A left-aligned, wrapped text (names).
  static func name(_ value: String) -> Cell { .text(value, WorkbookStyles.text) }
  static func grade(_ value: String, bands: [String]) -> Cell {
    .text(value, WorkbookStyles.grade(value, bands: bands))
  }
}
