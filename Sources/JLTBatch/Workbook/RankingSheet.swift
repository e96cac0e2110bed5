import Foundation
import JLTCore
import XLSX

/// Sheet `排名` (SPEC §5): the county's ranking with year-over-year columns and a chart of totals.
enum RankingSheet {
  static let name = "排名"
  static let titleRow = 0
  static let subtitleRow = 1
  static let headerRow = 2
  static let firstDataRow = 3
  /// Columns: 排名 | 教联体 | 类型 | 核心校/牵头校 | A1…A6 | 总分 | 等次 | 自评总分 | 上年总分 | 增减 | 上年排名 |
  /// 上年等次 | 结果运用.
  static func headers(_ rubric: Rubric) -> [String] {
    ["排名", "教联体", "类型", "核心校/牵头校"] + rubric.groups.map(\.name)
      + ["总分", "等次", "自评总分", "上年总分", "增减", "上年排名", "上年等次", "结果运用"]
  }

  static func write(_ report: CountyReport, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: name)
    let rubric = report.rubric
    let headers = headers(rubric)
    let groupCount = rubric.groups.count
    let totalCol = 4 + groupCount
    let lastCol = headers.count - 1
    let bands = rubric.grades.map(\.name)
    let alliances = report.alliances

    var widths: [Double] =
      [6, 24, 8, 22] + Array(repeating: 9, count: groupCount)
      + [8, 8, 9, 10.5, 8, 8, 9, 26]
    widths[1] = RowHeights.fitting(alliances.map(\.name), minimum: 16, maximum: 34)
    widths[3] = RowHeights.fitting(alliances.map(\.coreSchool), minimum: 14, maximum: 26)
    widths[widths.count - 1] = RowHeights.fitting(alliances.compactMap(\.consequence), minimum: 12, maximum: 52)
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)

    let title = "\(report.county) \(report.year)学年 教联体建设考核评价排名"
    try sheet.merge(
      firstRow: titleRow, firstCol: 0, lastRow: titleRow, lastCol: lastCol, string: title, style: WorkbookStyles.title)
    try sheet.setRow(titleRow, height: 30)
    let subtitle =
      "评价依据：\(rubric.name)　　教联体 \(report.found) 个，已评分 \(report.scored) 个，有错误未排名 \(report.withErrors) 个"
    try sheet.merge(
      firstRow: subtitleRow, firstCol: 0, lastRow: subtitleRow, lastCol: lastCol, string: subtitle,
      style: WorkbookStyles.subtitle)
    heights.cell(subtitleRow, cols: 0...lastCol, subtitle)

    for (col, text) in headers.enumerated() {
      try sheet.write(row: headerRow, col: col, string: text, style: WorkbookStyles.header)
      heights.cell(headerRow, cols: col...col, text)
    }

    if alliances.isEmpty {
      let row = firstDataRow
      try sheet.merge(
        firstRow: row, firstCol: 0, lastRow: row, lastCol: lastCol, string: "无已评分的教联体（见“问题”表）",
        style: WorkbookStyles.centered)
      try heights.apply(to: sheet)
      try SheetSetup.print(sheet, headerRows: headerRow...headerRow, freezeColumn: 2)
      return
    }

    for (i, a) in alliances.enumerated() {
      let row = firstDataRow + i
      heights.atLeast(row, 22)
      var cells = RowWriter(sheet, row: row)
      try cells.number(Decimal(a.rank))
      try cells.text(a.name, WorkbookStyles.text, heights: &heights)
      try cells.text(a.type.rawValue, heights: &heights)
      try cells.text(a.coreSchool, WorkbookStyles.text, heights: &heights)
      for g in rubric.groups { try cells.number(a.group(g.code)) }
      try cells.number(a.total, WorkbookStyles.boldNumber)
      try cells.text(a.grade, WorkbookStyles.grade(a.grade, bands: bands), heights: &heights)
      if let s = a.selfTotal { try cells.number(s) } else { try cells.text("—", heights: &heights) }
      switch a.previous {
      case .none:
        try cells.text("新增", heights: &heights)
        try cells.text("—", heights: &heights)
        try cells.text("—", heights: &heights)
        try cells.text("—", heights: &heights)
      case .unavailable:
        try cells.text("无法评分", heights: &heights)
        try cells.text("—", heights: &heights)
        try cells.text("—", heights: &heights)
        try cells.text("—", heights: &heights)
      case .scored(_, let total, let rank, let grade):
        try cells.number(total)
        let change = a.total - total
        try cells.number(change, WorkbookStyles.change(change.cellValue))
        try cells.number(Decimal(rank))
        try cells.text(grade, WorkbookStyles.grade(grade, bands: bands), heights: &heights)
      }
      try cells.text(
        a.consequence ?? "—", a.consequence == nil ? WorkbookStyles.centered : WorkbookStyles.text, heights: &heights)
    }
    let lastDataRow = firstDataRow + alliances.count - 1
    try heights.apply(to: sheet)

    // The chart of totals under the table, one bar per alliance coloured by grade.
    let chart = try workbook.addChart(type: .column)
    let series = try chart.addSeries(
      name: "总分",
      categories: .column(1, rows: firstDataRow...lastDataRow, sheet: name),
      values: .column(totalCol, rows: firstDataRow...lastDataRow, sheet: name))
    try series.setPointColors(alliances.map { WorkbookStyles.colors(of: $0.grade, bands: bands)?.bar })
    try series.setDataLabels(true, position: .outsideEnd)
    try chart.setTitle("\(report.county) \(report.year)学年 教联体总分")
    try chart.setLegend(.none)
    try chart.setValueAxisTitle("总分")
    let maximum = rubric.groups.reduce(Decimal(0)) { $0 + $1.points }.cellValue
    try chart.setValueAxisRange(min: 0, max: maximum > 0 ? maximum : nil, majorUnit: 10)
    try chart.setSeriesGap(60)
    let captionRow = lastDataRow + 2
    let legend = rubric.grades.map { band -> String in
      let colour: String
      switch WorkbookStyles.colors(of: band.name, bands: bands)?.bar {
      case WorkbookStyles.excellent.bar: colour = "绿色"
      case WorkbookStyles.good.bar: colour = "蓝色"
      case WorkbookStyles.pass.bar: colour = "黄色"
      case WorkbookStyles.fail.bar: colour = "红色"
      default: colour = "默认色"
      }
      return "\(colour)为\(band.name)"
    }.joined(separator: "，")
    try sheet.write(row: captionRow, col: 0, string: "图：各教联体总分（柱形颜色表示等次：\(legend)）", style: WorkbookStyles.caption)
    // Wide enough for the names under the bars, at most as wide as the table.
    let tableWidth = widths.reduce(0, +) * 7 + Double(widths.count) * 5
    let chartWidth = min(max(640, 180 * Double(alliances.count) + 160), tableWidth)
    try sheet.insertChart(
      row: captionRow + 1, col: 0, chart: chart, xScale: chartWidth / 480, yScale: 1.3, xOffset: 4, yOffset: 4)

    try SheetSetup.print(sheet, headerRows: headerRow...headerRow, freezeColumn: 2)
    try sheet.activate()
  }
}
