import Foundation
import JLTCore
import XLSX

/// Sheet `问题` (SPEC §5, §6): every error and warning, in report order; 错误 rows in red.
enum ProblemsSheet {
  static let name = "问题"
  static let headers = ["教联体", "文件", "行", "级别", "说明"]
  static let titleRow = 0
  static let headerRow = 1
  static let firstDataRow = 2

  static func write(_ report: CountyReport, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: name)
    let problems = report.problems
    let widths: [Double] = [
      RowHeights.fitting(problems.compactMap(\.alliance), minimum: 10, maximum: 16),
      RowHeights.fitting(problems.map(\.file), minimum: 20, maximum: 36),
      6, 7, 80,
    ]
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)
    let errors = problems.filter { $0.severity == .error }.count
    let title = "\(report.county) \(report.year)学年 问题清单（错误 \(errors) 条，警告 \(problems.count - errors) 条）"
    try sheet.merge(
      firstRow: titleRow, firstCol: 0, lastRow: titleRow, lastCol: 4, string: title, style: WorkbookStyles.title)
    try sheet.setRow(titleRow, height: 30)
    for (col, text) in headers.enumerated() {
      try sheet.write(row: headerRow, col: col, string: text, style: WorkbookStyles.header)
    }
    if problems.isEmpty {
      try sheet.merge(
        firstRow: firstDataRow, firstCol: 0, lastRow: firstDataRow, lastCol: 4, string: "无",
        style: WorkbookStyles.centered)
    }
    for (i, p) in problems.enumerated() {
      let row = firstDataRow + i
      let isError = p.severity == .error
      let text = isError ? WorkbookStyles.errorText : WorkbookStyles.text
      let centered = isError ? WorkbookStyles.errorCentered : WorkbookStyles.centered
      try sheet.write(row: row, col: 0, string: p.alliance ?? "—", style: centered)
      try sheet.write(row: row, col: 1, string: p.file, style: text)
      heights.cell(row, cols: 1...1, p.file)
      if let line = p.line {
        try sheet.write(row: row, col: 2, number: Double(line), style: centered)
      } else {
        try sheet.writeBlank(row: row, col: 2, style: centered)
      }
      try sheet.write(
        row: row, col: 3, string: p.severity.chinese, style: isError ? WorkbookStyles.errorLevel : centered)
      try sheet.write(row: row, col: 4, string: p.message, style: text)
      heights.cell(row, cols: 4...4, p.message)
    }
    try heights.apply(to: sheet)
    try SheetSetup.print(sheet, headerRows: headerRow...headerRow)
  }
}
