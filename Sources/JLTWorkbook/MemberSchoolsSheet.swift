import Foundation
import JLTCore
import XLSX

/// Sheet `成员校` (SPEC §11): one row per school of every ranked alliance, alliances in rank
/// order and schools in manifest order, with the ten school items and what is missing. A member
/// school evaluated 不合格, and a tagged school with 缺项, are highlighted.
enum MemberSchoolsSheet {
  static let name = "成员校"
  typealias Row = (alliance: RankedAlliance, school: SchoolItems)

  static let failing = WorkbookStyles.errorText
  static let failingCentered = WorkbookStyles.errorCentered
  static let flagged = WorkbookStyles.text.with { $0.fill = 0xFFF2CC }
  static let flaggedCentered = flagged.with { $0.horizontal = .center }

  static func style(_ s: SchoolItems, centered: Bool) -> CellStyle {
    if s.isFailing { return centered ? failingCentered : failing }
    if !s.missing.isEmpty, s.tags.contains(where: FocusGroups.tagged.contains) {
      return centered ? flaggedCentered : flagged
    }
    return centered ? WorkbookStyles.centered : WorkbookStyles.text
  }

  /// ✓ / ✗, or — where the item does not apply (the core school).
  static func mark(_ met: Bool?) -> String { met.map { $0 ? "✓" : "✗" } ?? "—" }

  static func evaluation(_ s: SchoolItems) -> String {
    guard s.isMember else { return "—" }
    if let counted = s.countedEvaluation { return counted }
    return s.evaluation.map { "\($0)（无记录，不计）" } ?? "未评价"
  }

  static var table: Table<Row> {
    func text(_ header: String, width: Double, _ value: @escaping (SchoolItems) -> String) -> Column<Row> {
      Column(header, width: width) { .text(value($0.school), style($0.school, centered: true)) }
    }
    return Table([
      Column("教联体", fitting: 14, 28, { $0.alliance.name }) {
        .text($0.alliance.name, style($0.school, centered: false))
      },
      Column("学校", fitting: 14, 28, { $0.school.name }) { .text($0.school.name, style($0.school, centered: false)) },
      text("角色", width: 7) { $0.role.rawValue },
      text("标签", width: 10) { $0.tags.isEmpty ? "—" : $0.tags.joined(separator: "、") },
      Column("教师数", width: 7) { .integer($0.school.teachers, style($0.school, centered: true)) },
      text("年度计划", width: 6) { mark($0.annualPlan) },
      text("年度总结", width: 6) { mark($0.annualSummary) },
      text("校长参会", width: 6) { mark($0.principalMeetings) },
      text("校本培训覆盖", width: 7) { mark($0.trainingCovered) },
      text("参与共同课题", width: 7) { mark($0.inJointProject) },
      text("一校一特色", width: 7) { mark($0.cultureFeature) },
      Column("满意度", width: 7) { r in
        r.school.satisfaction.map { .number($0, style(r.school, centered: true)) }
          ?? .text("无", style(r.school, centered: true))
      },
      text("特色创建", width: 9) { "省\($0.honors.provincial) 市\($0.honors.municipal)" },
      Column("接收交流教师", width: 7) { r in
        r.school.exchangeIn.map { .integer($0, style(r.school, centered: true)) }
          ?? .text("—", style(r.school, centered: true))
      },
      Column("核心校评价", fitting: 8, 18, { evaluation($0.school) }) {
        .text(evaluation($0.school), style($0.school, centered: true))
      },
      Column("缺项", width: 5) { .integer($0.school.missing.count, style($0.school, centered: true)) },
      Column("说明", fitting: 12, 40, { $0.school.missing.joined(separator: "、") }) {
        .text($0.school.missing.joined(separator: "、"), style($0.school, centered: false))
      },
    ])
  }

  static func write(_ report: CountyReport, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: name)
    let rows = report.alliances.flatMap { a in a.score.schools.map { (alliance: a, school: $0) } }
    let table = table
    let title = "\(report.county) \(report.year)学年 成员校情况（核心校、牵头校与各成员校）"
    var heights = try table.start(sheet, rows: rows, title: title, titleHeight: 30)
    let note =
      "✓ 有，✗ 缺，— 不适用（核心校/牵头校）。满意度为有调查报告的第三方满意度；核心校评价须有评价记录才计。"
      + "缺项为前七项中未达到的。红色：核心校评价为不合格（通报）；黄色：农村、薄弱、新建学校有缺项（重点关注）。"
    try sheet.merge(
      firstRow: 1, firstCol: 0, lastRow: 1, lastCol: table.lastColumn, string: note, style: WorkbookStyles.info)
    heights.cell(1, cols: 0...table.lastColumn, note)
    try table.writeHeader(sheet, row: 2, heights: &heights)
    if rows.isEmpty {
      try table.writeNone(sheet, row: 3)
    }
    try table.write(rows, from: 3, sheet, heights: &heights, minimumHeight: 20)
    try heights.apply(to: sheet)
    try SheetSetup.print(sheet, headerRows: 2...2, freezeColumn: 2)
  }
}
