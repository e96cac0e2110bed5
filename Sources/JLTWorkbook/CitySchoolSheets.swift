import Foundation
import JLTCore
import XLSX

/// The city summary's school sheets (SPEC §11): `成员校通报` (the member schools evaluated
/// 不合格) and `重点关注` (the county sheet's columns, one row per county and group, then the
/// city-wide totals).
extension CitySummaryWorkbook {
  static let noticeSheet = "成员校通报"
  static let focusSheet = "重点关注"
  typealias Notice = (county: String, alliance: String, school: SchoolItems)
  typealias FocusRow = (county: String, row: FocusGroups.Row)

  static var noticeTable: Table<Notice> {
    Table([
      Column("县（市、区）", width: 14) { .text($0.county) },
      Column("教联体", fitting: 16, 34, { $0.alliance }) { .name($0.alliance) },
      Column("学校", fitting: 14, 28, { $0.school.name }) { .name($0.school.name) },
      Column("标签", width: 12) { .text($0.school.tags.isEmpty ? "—" : $0.school.tags.joined(separator: "、")) },
      Column("核心校评价", width: 10) { .text($0.school.countedEvaluation ?? "", WorkbookStyles.errorCentered) },
    ])
  }

  static var focusTable: Table<FocusRow> {
    Table(
      [
        Column("县（市、区）", width: 14) { .text($0.county, WorkbookStyles.label) },
        Column("分组", width: 8) { .text($0.row.group, WorkbookStyles.label) },
      ] + FocusSheet.columns { $0.row })
  }

  static func writeNotices(_ summary: CitySummary, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: noticeSheet)
    let table = noticeTable
    let rows = summary.memberNotices
    var heights = try table.start(sheet, rows: rows, title: "\(summary.year)学年 通报的成员校（核心校评价为不合格，有评价记录）")
    try table.writeHeader(sheet, row: 1, heights: &heights)
    if rows.isEmpty {
      try table.writeNone(sheet, row: 2)
    }
    try table.write(rows, from: 2, sheet, heights: &heights)
    try heights.apply(to: sheet, minimum: 20)
    try SheetSetup.print(sheet, headerRows: 1...1)
  }

  static func writeFocus(_ summary: CitySummary, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: focusSheet)
    let table = focusTable
    let rows: [FocusRow] =
      summary.focus.flatMap { c in c.groups.rows.map { (c.county, $0) } } + summary.cityFocus.rows.map { ("全市", $0) }
    var heights = try table.start(sheet, rows: rows, title: "随州市 \(summary.year)学年 重点关注：农村、薄弱、新建学校（分县及全市）")
    try table.writeHeader(sheet, row: 1, heights: &heights)
    try table.write(rows, from: 2, sheet, heights: &heights, minimumHeight: 20)
    try heights.apply(to: sheet, minimum: 20)
    try SheetSetup.print(sheet, headerRows: 1...1, freezeColumn: 2)
  }
}
