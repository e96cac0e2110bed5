import Foundation
import JLTCore
import XLSX

/// Sheet `重点关注` (SPEC §11): 农村, 薄弱, 新建 schools (a school may count in several groups)
/// against the others, then the tagged schools that miss items. The city summary has the same
/// columns per county and group.
enum FocusSheet {
  static let name = "重点关注"

  static func percent(_ d: Decimal?) -> Cell { d.map { .text($0.scoreText + "%") } ?? .text("—") }

  /// 学校数 | 教师数 | 平均满意度 | 校本培训覆盖率 | 参与共同课题比例 | 一校一特色比例 | 接收交流教师 |
  /// 每百名教师接收交流教师 | 特色创建（省级/市级） | 核心校评价不合格, after the columns `leading`.
  static func columns<Row>(_ row: @escaping (Row) -> FocusGroups.Row) -> [Column<Row>] {
    [
      Column("学校数", width: 7) { .number(row($0).schools) },
      Column("教师数", width: 7) { .number(row($0).teachers) },
      Column("平均满意度", width: 8) { row($0).meanSatisfaction.map { .number($0) } ?? .text("—") },
      Column("校本培训覆盖率（成员校）", width: 10) { percent(row($0).trainingCoverage) },
      Column("参与共同课题比例", width: 9) { percent(row($0).jointProjectShare) },
      Column("一校一特色比例", width: 9) { percent(row($0).cultureFeatureShare) },
      Column("接收交流教师", width: 8) { .number(row($0).exchangeIn) },
      Column("每百名教师接收交流教师", width: 10) {
        row($0).exchangeInPerHundredTeachers.map { .number($0) } ?? .text("—")
      },
      Column("特色创建（省级/市级）", width: 10) { .text("\(row($0).provincialHonors)/\(row($0).municipalHonors)") },
      Column("核心校评价不合格", width: 9) { .number(row($0).failingEvaluations) },
    ]
  }

  static var groupTable: Table<FocusGroups.Row> {
    Table([Column("分组", width: 8) { .text($0.group, WorkbookStyles.label) }] + columns { $0 })
  }

  static var flaggedTable: Table<FocusGroups.Flagged> {
    Table([
      Column("教联体", fitting: 14, 28, { $0.alliance }) { .name($0.alliance) },
      Column("学校", fitting: 14, 28, { $0.school.name }) { .name($0.school.name) },
      Column("标签", width: 10) { .text($0.school.tags.joined(separator: "、")) },
      Column("缺项", fitting: 20, 60, { $0.school.missing.joined(separator: "、") }) {
        .name($0.school.missing.joined(separator: "、"))
      },
    ])
  }

  static func write(_ report: CountyReport, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: name)
    let focus = FocusGroups(report)
    let groups = groupTable
    let flagged = flaggedTable
    // One set of widths serves both tables: the wider of the two in each column.
    let a = groups.widths(for: focus.rows)
    let b = flagged.widths(for: focus.flagged)
    let widths = (0..<max(a.count, b.count)).map {
      max(a.indices.contains($0) ? a[$0] : 0, b.indices.contains($0) ? b[$0] : 0)
    }
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)
    let last = groups.lastColumn
    try sheet.merge(
      firstRow: 0, firstCol: 0, lastRow: 0, lastCol: last,
      string: "\(report.county) \(report.year)学年 重点关注：农村、薄弱、新建学校", style: WorkbookStyles.title)
    try sheet.setRow(0, height: 30)
    let note = "一所学校可同时计入几个分组；“其他”为三者都不是的学校。比例以学校数计，校本培训覆盖率以成员校计；满意度只计有调查报告的。"
    try sheet.merge(firstRow: 1, firstCol: 0, lastRow: 1, lastCol: last, string: note, style: WorkbookStyles.info)
    heights.cell(1, cols: 0...last, note)
    try groups.writeHeader(sheet, row: 2, heights: &heights)
    try groups.write(focus.rows, from: 3, sheet, heights: &heights, minimumHeight: 22)
    let caption = 3 + focus.rows.count + 1
    let text = focus.flagged.isEmpty ? "农村、薄弱、新建学校均无缺项。" : "有缺项的农村、薄弱、新建学校（\(focus.flagged.count) 所）："
    try sheet.merge(
      firstRow: caption, firstCol: 0, lastRow: caption, lastCol: last, string: text,
      style: WorkbookStyles.subtitle.with {
        $0.bold = true; $0.horizontal = .left
      })
    heights.atLeast(caption, 22)
    if !focus.flagged.isEmpty {
      try flagged.writeHeader(sheet, row: caption + 1, heights: &heights)
      try flagged.write(focus.flagged, from: caption + 2, sheet, heights: &heights)
    }
    try heights.apply(to: sheet)
    try SheetSetup.print(sheet, headerRows: 2...2)
  }
}
