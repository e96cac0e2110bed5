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
  /// The columns: 排名 | 教联体 | 类型 | 核心校/牵头校 | A1…A6 | 总分 | 等次 | 自评总分 | 上年总分 | 增减 |
  /// 上年排名 | 上年等次 | 结果运用.
  static func table(_ rubric: Rubric) -> Table<RankedAlliance> {
    let bands = rubric.grades.map(\.name)
    let dash = Cell.text("—")
    func previous(_ a: RankedAlliance, _ cell: (PreviousResult) -> Cell) -> Cell {
      if case .scored(let before) = a.previous { return cell(before) }
      return dash
    }
    return Table(
      [
        Column("排名", width: 6) { .number($0.rank) },
        Column("教联体", fitting: 16, 34, { $0.name }) { .name($0.name) },
        Column("类型", width: 8) { .text($0.type.rawValue) },
        Column("核心校/牵头校", fitting: 14, 26, { $0.coreSchool }) { .name($0.coreSchool) },
      ]
        + rubric.groups.map { g in Column(g.name, width: 9) { .number($0.group(g.code)) } }
        + [
          Column("总分", width: 8) { .number($0.total, WorkbookStyles.boldNumber) },
          Column("等次", width: 8) { .grade($0.grade, bands: bands) },
          Column("自评总分", fitting: 9, 16, { $0.score.selfTotalText }) { a in
            guard let total = a.score.selfTotal, let text = a.score.selfTotalText else { return dash }
            return text == total.scoreText ? .number(total) : .text(text)
          },
          Column("上年总分", width: 10.5) { a in
            switch a.previous {
            case .new: return .text("新增")
            case .unscorable: return .text("无法评分")
            case .scored(let before): return .number(before.total)
            }
          },
          Column("增减", width: 8) { a in a.change.map { .number($0, WorkbookStyles.change($0.cellValue)) } ?? dash },
          Column("上年排名", width: 8) { a in previous(a) { .number($0.rank) } },
          Column("上年等次", width: 9) { a in previous(a) { .grade($0.grade, bands: bands) } },
          Column("结果运用", fitting: 12, 52, { $0.resultsUse }) { a in a.resultsUse.map { .name($0) } ?? .text("—") },
        ])
  }

  static func write(_ report: CountyReport, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: name)
    let rubric = report.rubric
    let alliances = report.alliances
    let table = table(rubric)
    let lastCol = table.lastColumn
    let bands = rubric.grades.map(\.name)
    let widths = table.widths(for: alliances)
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)

    let title =
      "\(report.county) \(report.year)学年 教联体建设考核评价排名" + (report.publication.map { "　\($0.label)" } ?? "")
    try sheet.merge(
      firstRow: titleRow, firstCol: 0, lastRow: titleRow, lastCol: lastCol, string: title, style: WorkbookStyles.title)
    try sheet.setRow(titleRow, height: 30)
    let subtitle =
      "评价依据：\(rubric.name)　　教联体 \(report.found) 个，已评分 \(report.scored) 个，有错误未排名 \(report.withErrors) 个"
    try sheet.merge(
      firstRow: subtitleRow, firstCol: 0, lastRow: subtitleRow, lastCol: lastCol, string: subtitle,
      style: WorkbookStyles.subtitle)
    heights.cell(subtitleRow, cols: 0...lastCol, subtitle)

    try table.writeHeader(sheet, row: headerRow, heights: &heights)

    if alliances.isEmpty {
      let row = firstDataRow
      try sheet.merge(
        firstRow: row, firstCol: 0, lastRow: row, lastCol: lastCol, string: "无已评分的教联体（见“问题”表）",
        style: WorkbookStyles.centered)
      try writeUnscored(report.unscored, from: row + 1, lastCol: lastCol, sheet, &heights)
      try heights.apply(to: sheet)
      try SheetSetup.print(sheet, headerRows: headerRow...headerRow, freezeColumn: 2)
      return
    }

    try table.write(alliances, from: firstDataRow, sheet, heights: &heights, minimumHeight: 22)
    let lastDataRow = firstDataRow + alliances.count - 1
    try writeUnscored(report.unscored, from: lastDataRow + 1, lastCol: lastCol, sheet, &heights)
    try heights.apply(to: sheet)

    // The chart of totals under the table, one bar per alliance coloured by grade.
    let chart = try workbook.addChart(type: .column)
    let series = try chart.addSeries(
      name: "总分",
      categories: .column(table.column("教联体") ?? 1, rows: firstDataRow...lastDataRow, sheet: name),
      values: .column(table.column("总分") ?? 0, rows: firstDataRow...lastDataRow, sheet: name))
    try series.setPointColors(alliances.map { WorkbookStyles.colors(of: $0.grade, bands: bands)?.bar })
    try series.setDataLabels(true, position: .outsideEnd)
    try chart.setTitle("\(report.county) \(report.year)学年 教联体总分")
    try chart.setLegend(.none)
    try chart.setValueAxisTitle("总分")
    let maximum = rubric.groups.reduce(Decimal(0)) { $0 + $1.points }.cellValue
    try chart.setValueAxisRange(min: 0, max: maximum > 0 ? maximum : nil, majorUnit: 10)
    try chart.setSeriesGap(60)
    let captionRow = lastDataRow + report.unscored.count + 2
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

  /// The alliances not scored, after the ranking: 未评分, the name (or id), and the first error
  /// over the remaining columns (SPEC §5).
  static func writeUnscored(
    _ unscored: [UnscoredAlliance], from firstRow: Int, lastCol: Int, _ sheet: Worksheet, _ heights: inout RowHeights
  ) throws {
    for (i, u) in unscored.enumerated() {
      let row = firstRow + i
      heights.atLeast(row, 22)
      try sheet.write(row: row, col: 0, string: "未评分", style: WorkbookStyles.errorCentered)
      let name = u.name.map { "\($0)（\(u.id)）" } ?? u.id
      try sheet.write(row: row, col: 1, string: name, style: WorkbookStyles.errorText)
      heights.cell(row, cols: 1...1, name)
      let place = u.line.map { "\(u.file):\($0)" } ?? u.file
      let text = "错误：\(u.message)（\(place)；全部问题见“问题”表）"
      try sheet.merge(
        firstRow: row, firstCol: 2, lastRow: row, lastCol: lastCol, string: text, style: WorkbookStyles.errorText)
      heights.cell(row, cols: 2...lastCol, text)
    }
  }
}
