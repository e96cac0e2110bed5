import Foundation
import JLTCore
import XLSX

/// Sheet `周期` (SPEC §10): each alliance ranked in Y with the total, grade and source of every
/// year of the assessment cycle up to Y, the change since the cycle's first scored year, the best
/// and the worst grade, and a line chart of the totals by year.
enum CycleSheet {
  static let name = "周期"
  static let titleRow = 0
  static let subtitleRow = 1
  static let headerRow = 2
  static let subheaderRow = 3
  static let firstDataRow = 4
  /// 总分 | 等次 | 来源 for each year.
  static let perYear = ["总分", "等次", "来源"]
  static let after = ["较首年", "最好等次", "最差等次"]

  static func write(_ report: CountyReport, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: name)
    let alliances = report.alliances
    let bands = report.rubric.grades.map(\.name)
    let years = Array(report.rubric.cycleYears(upTo: report.year))
    let firstYearCol = 2
    let afterCol = firstYearCol + perYear.count * years.count
    let lastCol = afterCol + after.count - 1
    let nameWidth = RowHeights.fitting(alliances.map(\.name), minimum: 16, maximum: 34)
    let perYearWidths: [Double] = Array(repeating: [8, 8, 8], count: years.count).flatMap { $0 }
    let widths: [Double] = [6, nameWidth] + perYearWidths + [8, 9, 9]
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)
    let styles = WorkbookStyles.self

    let span = years.count > 1 ? "\(years[0])–\(years[years.count - 1])学年" : "\(report.year)学年"
    try sheet.merge(
      firstRow: titleRow, firstCol: 0, lastRow: titleRow, lastCol: lastCol,
      string: "\(report.county) 教联体建设考核评价周期（\(span)）", style: styles.title)
    try sheet.setRow(titleRow, height: 30)
    let subtitle =
      "评价周期为 \(report.rubric.cycleYears) 个学年（自 \(report.rubric.cycleFirstYear) 学年起）。每学年有定稿的取定稿结果（来源“已定稿”），"
      + "否则按证据清单重新计分（“重算”）；新增：该学年没有证据清单；无法评分：清单有错误。"
    try sheet.merge(
      firstRow: subtitleRow, firstCol: 0, lastRow: subtitleRow, lastCol: lastCol, string: subtitle,
      style: styles.subtitle)
    heights.cell(subtitleRow, cols: 0...lastCol, subtitle)

    let header = styles.header
    try sheet.merge(firstRow: headerRow, firstCol: 0, lastRow: subheaderRow, lastCol: 0, string: "排名", style: header)
    try sheet.merge(firstRow: headerRow, firstCol: 1, lastRow: subheaderRow, lastCol: 1, string: "教联体", style: header)
    for (i, y) in years.enumerated() {
      let col = firstYearCol + perYear.count * i
      try sheet.merge(
        firstRow: headerRow, firstCol: col, lastRow: headerRow, lastCol: col + perYear.count - 1, string: "\(y)学年",
        style: header)
      for (k, text) in perYear.enumerated() {
        try sheet.write(row: subheaderRow, col: col + k, string: text, style: header)
      }
    }
    for (k, text) in after.enumerated() {
      try sheet.merge(
        firstRow: headerRow, firstCol: afterCol + k, lastRow: subheaderRow, lastCol: afterCol + k, string: text,
        style: header)
    }
    heights.atLeast(headerRow, 20)
    heights.atLeast(subheaderRow, 20)

    if alliances.isEmpty {
      try sheet.merge(
        firstRow: firstDataRow, firstCol: 0, lastRow: firstDataRow, lastCol: lastCol, string: "无已评分的教联体",
        style: styles.centered)
    }
    for (i, a) in alliances.enumerated() {
      let row = firstDataRow + i
      heights.atLeast(row, 22)
      try sheet.write(row: row, col: 0, number: Double(a.rank), style: styles.number)
      try sheet.write(row: row, col: 1, string: a.name, style: styles.text)
      heights.cell(row, cols: 1...1, a.name)
      for (k, y) in a.cycle.years.enumerated() {
        let col = firstYearCol + perYear.count * k
        if let total = y.total, let grade = y.grade {
          try sheet.write(row: row, col: col, number: total.cellValue, style: styles.number)
          try sheet.write(row: row, col: col + 1, string: grade, style: styles.grade(grade, bands: bands))
        } else {
          try sheet.write(row: row, col: col, string: y.status.rawValue, style: ComparisonSheet.placeholderStyle)
          try sheet.write(row: row, col: col + 1, string: "—", style: styles.centered)
        }
        try sheet.write(
          row: row, col: col + 2, string: y.total == nil ? "—" : y.status.rawValue, style: styles.centered)
      }
      if let change = a.cycle.change {
        try sheet.write(row: row, col: afterCol, number: change.cellValue, style: styles.change(change.cellValue))
      } else {
        try sheet.write(row: row, col: afterCol, string: "—", style: styles.centered)
      }
      for (k, grade) in [a.cycle.best, a.cycle.worst].enumerated() {
        try sheet.write(
          row: row, col: afterCol + 1 + k, string: grade ?? "—",
          style: grade.map { styles.grade($0, bands: bands) } ?? styles.centered)
      }
    }
    let lastDataRow = firstDataRow + max(alliances.count, 1) - 1
    try writeChart(alliances, years: years, below: lastDataRow, sheet: sheet, workbook: workbook, heights: &heights)
    try heights.apply(to: sheet)
    try SheetSetup.print(sheet, headerRows: headerRow...subheaderRow, freezeColumn: 2)
  }

  /// The chart's data (each alliance's totals by year; a gap where there is none) under the
  /// table, and a line per alliance.
  static func writeChart(
    _ alliances: [RankedAlliance], years: [Int], below lastRow: Int, sheet: Worksheet, workbook: Workbook,
    heights: inout RowHeights
  ) throws {
    guard !alliances.isEmpty else { return }
    let titleRow = lastRow + 2
    let yearsRow = titleRow + 1
    let first = yearsRow + 1
    try sheet.merge(
      firstRow: titleRow, firstCol: 0, lastRow: titleRow, lastCol: 1 + years.count, string: "图表数据：各学年总分",
      style: WorkbookStyles.caption)
    try sheet.write(row: yearsRow, col: 1, string: "教联体", style: WorkbookStyles.header)
    for (k, y) in years.enumerated() {
      try sheet.write(row: yearsRow, col: 2 + k, string: "\(y)学年", style: WorkbookStyles.header)
    }
    heights.atLeast(yearsRow, 20)
    let chart = try workbook.addChart(type: .line)
    for (i, a) in alliances.enumerated() {
      let row = first + i
      try sheet.write(row: row, col: 1, string: a.name, style: WorkbookStyles.text)
      heights.cell(row, cols: 1...1, a.name)
      for (k, y) in a.cycle.years.enumerated() {
        if let total = y.total {
          try sheet.write(row: row, col: 2 + k, number: total.cellValue, style: WorkbookStyles.number)
        } else {
          try sheet.writeBlank(row: row, col: 2 + k, style: WorkbookStyles.number)
        }
      }
      let cols = 2...(1 + years.count)
      try chart.addSeries(
        name: a.name, categories: .row(yearsRow, cols: cols, sheet: name), values: .row(row, cols: cols, sheet: name))
    }
    try chart.setTitle("各教联体本周期总分")
    try chart.setLegend(.bottom)
    try chart.setValueAxisTitle("总分")
    try chart.setValueAxisRange(min: 0, max: 110, majorUnit: 10)
    try sheet.insertChart(
      row: titleRow, col: 3 + years.count, chart: chart, xScale: 1.8, yScale: 1.4, xOffset: 4, yOffset: 4)
  }
}
