import Foundation
import JLTCore
import XLSX

/// Sheet `同比` (SPEC §4, §5): each alliance's A1–A6 and total for Y − 1 and Y side by side
/// with the change, in rank order, and a chart of both years' totals.
enum ComparisonSheet {
  static let name = "同比"
  static let titleRow = 0
  static let subtitleRow = 1
  static let headerRow = 2
  static let subheaderRow = 3
  static let firstDataRow = 4

  /// Written once at least one alliance has a scored previous year.
  static func applies(to report: CountyReport) -> Bool {
    report.alliances.contains { if case .scored = $0.previous { true } else { false } }
  }

  static func write(_ report: CountyReport, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: name)
    let rubric = report.rubric
    let bands = rubric.grades.map(\.name)
    let y = report.year
    let blocks: [(title: String, code: String?)] = rubric.groups.map { ($0.name, $0.code) } + [("总分", nil)]
    let firstBlockCol = 2
    let afterBlocks = firstBlockCol + 3 * blocks.count
    let lastCol = afterBlocks + 2
    let alliances = report.alliances

    var widths: [Double] = [6, RowHeights.fitting(alliances.map(\.name), minimum: 16, maximum: 34)]
    widths += Array(repeating: 8, count: 3 * blocks.count)
    widths += [8, 8, 8]
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)

    try sheet.merge(
      firstRow: titleRow, firstCol: 0, lastRow: titleRow, lastCol: lastCol,
      string: "\(report.county) 教联体建设考核评价同比（\(y - 1)学年 → \(y)学年）", style: WorkbookStyles.title)
    try sheet.setRow(titleRow, height: 30)
    let subtitle = "按 \(y) 学年排名排列；增减 = \(y) 学年得分 − \(y - 1) 学年得分，上升为绿色，下降为红色。"
    try sheet.merge(
      firstRow: subtitleRow, firstCol: 0, lastRow: subtitleRow, lastCol: lastCol, string: subtitle,
      style: WorkbookStyles.subtitle)
    heights.cell(subtitleRow, cols: 0...lastCol, subtitle)

    let header = WorkbookStyles.header
    try sheet.merge(firstRow: headerRow, firstCol: 0, lastRow: subheaderRow, lastCol: 0, string: "排名", style: header)
    try sheet.merge(firstRow: headerRow, firstCol: 1, lastRow: subheaderRow, lastCol: 1, string: "教联体", style: header)
    for (b, block) in blocks.enumerated() {
      let col = firstBlockCol + 3 * b
      try sheet.merge(
        firstRow: headerRow, firstCol: col, lastRow: headerRow, lastCol: col + 2, string: block.title, style: header)
      try sheet.write(row: subheaderRow, col: col, string: "\(y - 1)", style: header)
      try sheet.write(row: subheaderRow, col: col + 1, string: "\(y)", style: header)
      try sheet.write(row: subheaderRow, col: col + 2, string: "增减", style: header)
    }
    for (i, text) in ["上年排名", "上年等次", "等次"].enumerated() {
      let col = afterBlocks + i
      try sheet.merge(
        firstRow: headerRow, firstCol: col, lastRow: subheaderRow, lastCol: col, string: text, style: header)
      heights.merged(rows: headerRow...subheaderRow, cols: col...col, text)
    }
    heights.atLeast(headerRow, 20)
    heights.atLeast(subheaderRow, 20)

    for (i, a) in alliances.enumerated() {
      let row = firstDataRow + i
      heights.atLeast(row, 22)
      try sheet.write(row: row, col: 0, number: Double(a.rank), style: WorkbookStyles.number)
      try sheet.write(row: row, col: 1, string: a.name, style: WorkbookStyles.text)
      heights.cell(row, cols: 1...1, a.name)
      for (b, block) in blocks.enumerated() {
        let col = firstBlockCol + 3 * b
        let now = block.code.map { a.group($0) } ?? a.total
        var then: Decimal?
        if case .scored(let before) = a.previous {
          if let code = block.code { then = before.group(code) } else { then = before.total }
        }
        if let then {
          try sheet.write(row: row, col: col, number: then.cellValue, style: WorkbookStyles.number)
          let change = (now - then).cellValue
          try sheet.write(row: row, col: col + 2, number: change, style: WorkbookStyles.change(change))
        } else {
          let text = placeholder(a.previous)
          try sheet.write(row: row, col: col, string: text, style: Self.placeholderStyle)
          heights.cell(row, cols: col...col, text, fontSize: Self.placeholderSize)
          try sheet.write(row: row, col: col + 2, string: "—", style: WorkbookStyles.centered)
        }
        let style = block.code == nil ? WorkbookStyles.boldNumber : WorkbookStyles.number
        try sheet.write(row: row, col: col + 1, number: now.cellValue, style: style)
      }
      if case .scored(let before) = a.previous {
        try sheet.write(row: row, col: afterBlocks, number: Double(before.rank), style: WorkbookStyles.number)
        try sheet.write(
          row: row, col: afterBlocks + 1, string: before.grade, style: WorkbookStyles.grade(before.grade, bands: bands))
      } else {
        try sheet.write(row: row, col: afterBlocks, string: "—", style: WorkbookStyles.centered)
        try sheet.write(row: row, col: afterBlocks + 1, string: placeholder(a.previous), style: Self.placeholderStyle)
      }
      try sheet.write(
        row: row, col: afterBlocks + 2, string: a.grade, style: WorkbookStyles.grade(a.grade, bands: bands))
    }
    let lastDataRow = firstDataRow + alliances.count - 1

    // Chart data: both years' totals, Y − 1 blank (a gap, not a zero) when not scored.
    let dataTitleRow = lastDataRow + 2
    let dataHeaderRow = dataTitleRow + 1
    let dataFirstRow = dataHeaderRow + 1
    let dataLastRow = dataFirstRow + alliances.count - 1
    try sheet.merge(
      firstRow: dataTitleRow, firstCol: 0, lastRow: dataTitleRow, lastCol: 3, string: "图表数据：总分",
      style: WorkbookStyles.caption)
    for (col, text) in [(1, "教联体"), (2, "\(y - 1)学年"), (3, "\(y)学年")] {
      try sheet.write(row: dataHeaderRow, col: col, string: text, style: header)
      heights.cell(dataHeaderRow, cols: col...col, text)
    }
    for (i, a) in alliances.enumerated() {
      let row = dataFirstRow + i
      try sheet.write(row: row, col: 1, string: a.name, style: WorkbookStyles.text)
      heights.cell(row, cols: 1...1, a.name)
      if case .scored(let before) = a.previous {
        try sheet.write(row: row, col: 2, number: before.total.cellValue, style: WorkbookStyles.number)
      } else {
        try sheet.writeBlank(row: row, col: 2, style: WorkbookStyles.number)
      }
      try sheet.write(row: row, col: 3, number: a.total.cellValue, style: WorkbookStyles.number)
    }
    heights.atLeast(dataHeaderRow, 20)
    try heights.apply(to: sheet)

    let chart = try workbook.addChart(type: .column)
    let categories = CellRange.column(1, rows: dataFirstRow...dataLastRow, sheet: name)
    let previous = try chart.addSeries(
      name: "\(y - 1)学年", categories: categories, values: .column(2, rows: dataFirstRow...dataLastRow, sheet: name))
    try previous.setFillColor(0xA5A5A5)
    let current = try chart.addSeries(
      name: "\(y)学年", categories: categories, values: .column(3, rows: dataFirstRow...dataLastRow, sheet: name))
    try current.setFillColor(0x4472C4)
    try current.setDataLabels(true, position: .outsideEnd)
    try chart.setTitle("总分同比（\(y - 1)学年 / \(y)学年）")
    try chart.setLegend(.bottom)
    try chart.setValueAxisTitle("总分")
    let maximum = rubric.groups.reduce(Decimal(0)) { $0 + $1.points }.cellValue
    try chart.setValueAxisRange(min: 0, max: maximum > 0 ? maximum : nil, majorUnit: 10)
    let chartWidth = min(max(640, 170 * Double(alliances.count) + 160), 1100)
    try sheet.insertChart(
      row: dataTitleRow, col: 5, chart: chart, xScale: chartWidth / 480, yScale: 1.3, xOffset: 4, yOffset: 4)

    try SheetSetup.print(sheet, headerRows: headerRow...subheaderRow, freezeColumn: 2)
  }

  /// 新增 / 无法评分 in the narrow year columns: a slightly smaller font keeps them on one line.
  static let placeholderSize = 9.0
  static let placeholderStyle = WorkbookStyles.centered.with { $0.fontSize = placeholderSize }

  static func placeholder(_ previous: PreviousYear) -> String {
    switch previous {
    case .new: return "新增"
    case .unscorable: return "无法评分"
    case .scored: return "—"
    }
  }
}
