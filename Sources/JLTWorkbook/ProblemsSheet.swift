import Foundation
import JLTCore
import XLSX

/// Sheet `问题` (SPEC §5, §6): every error and warning, in report order; 错误 rows in red.
enum ProblemsSheet {
  static let name = "问题"
  static let titleRow = 0
  static let headerRow = 1
  static let firstDataRow = 2

  /// 教联体 | 名称 | 文件 | 行 | 级别 | 说明.
  static func table(_ report: CountyReport) -> Table<Problem> {
    func name(_ p: Problem) -> String? { p.alliance.flatMap(report.name(of:)) }
    return Table([
      Column("教联体", fitting: 10, 16, { $0.alliance }) { .text($0.alliance ?? "—", centered($0)) },
      Column("名称", fitting: 14, 30, name) { .text(name($0) ?? "—", text($0)) },
      Column("文件", fitting: 20, 36, { $0.file }) { .text($0.file, text($0)) },
      Column("行", width: 6) { p in p.line.map { .number(Decimal($0), centered(p)) } ?? .blank(centered(p)) },
      Column("级别", width: 7) { p in
        .text(p.severity.chinese, p.severity == .error ? WorkbookStyles.errorLevel : centered(p))
      },
      Column("说明", width: 80) { .text($0.message, text($0)) },
    ])
  }

  static func text(_ p: Problem) -> CellStyle { p.severity == .error ? WorkbookStyles.errorText : WorkbookStyles.text }
  static func centered(_ p: Problem) -> CellStyle {
    p.severity == .error ? WorkbookStyles.errorCentered : WorkbookStyles.centered
  }

  static func write(_ report: CountyReport, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: name)
    let problems = report.problems
    let table = table(report)
    let widths = table.widths(for: problems)
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)
    let errors = problems.filter { $0.severity == .error }.count
    let title = "\(report.county) \(report.year)学年 问题清单（错误 \(errors) 条，警告 \(problems.count - errors) 条）"
    try sheet.merge(
      firstRow: titleRow, firstCol: 0, lastRow: titleRow, lastCol: table.lastColumn, string: title,
      style: WorkbookStyles.title)
    try sheet.setRow(titleRow, height: 30)
    try table.writeHeader(sheet, row: headerRow, heights: &heights, measured: false)
    if problems.isEmpty {
      try table.writeNone(sheet, row: firstDataRow)
    }
    try table.write(problems, from: firstDataRow, sheet, heights: &heights)
    try heights.apply(to: sheet)
    try SheetSetup.print(sheet, headerRows: headerRow...headerRow)
  }
}
