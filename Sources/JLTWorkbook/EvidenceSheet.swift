import Foundation
import JLTCore
import XLSX

/// Sheet `证据` (SPEC §11): the evidence register. Per alliance in rank order, one row per
/// distinct reference (the keys that cite it, what was found, its size), then the files of the
/// alliance folder that nothing cites (未引用: a note for the reviewer, never a warning).
enum EvidenceSheet {
  static let name = "证据"
  typealias Row = (alliance: String, ref: String, keys: String, status: String, bytes: Int?)

  static let missing = WorkbookStyles.text.with { $0.fill = 0xFCE4E4 }
  static let uncited = WorkbookStyles.text.with { $0.fontColor = 0x7F7F7F }

  static func style(_ status: String) -> CellStyle {
    switch status {
    case "有", "纸质档案": return WorkbookStyles.text
    case "未引用": return uncited
    default: return missing
    }
  }

  static var table: Table<Row> {
    Table([
      Column("教联体", fitting: 12, 34, { $0.alliance }) { .text($0.alliance, style($0.status)) },
      Column("引用", fitting: 30, 60, { $0.ref }) { .text($0.ref, style($0.status)) },
      Column("指标键", fitting: 16, 40, { $0.keys }) { .text($0.keys, style($0.status)) },
      Column("状态", width: 10) { .text($0.status, style($0.status).with { $0.horizontal = .center }) },
      Column("大小（字节）", width: 11) { r in r.bytes.map { .number($0) } ?? .text("—") },
    ])
  }

  static func rows(_ report: CountyReport) -> [Row] {
    report.alliances.flatMap { a -> [Row] in
      let name = "\(a.name)（\(a.id)）"
      return a.score.evidence.map { e in (name, e.ref, e.keys.joined(separator: "\n"), e.label, e.bytes) }
        + a.score.uncited.map { (name, $0.path, "—", "未引用", $0.bytes) }
    }
  }

  static func write(_ report: CountyReport, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: name)
    let rows = rows(report)
    let table = table
    let cited = rows.filter { $0.status != "未引用" }.count
    let title = "\(report.county) \(report.year)学年 证据清单登记（引用 \(cited) 条，未引用的文件 \(rows.count - cited) 个）"
    var heights = try table.start(sheet, rows: rows, title: title, titleHeight: 30)
    try table.writeHeader(sheet, row: 1, heights: &heights, measured: false)
    if rows.isEmpty {
      try table.writeNone(sheet, row: 2)
    }
    try table.write(rows, from: 2, sheet, heights: &heights)
    try heights.apply(to: sheet)
    try SheetSetup.print(sheet, headerRows: 1...1, freezeColumn: 1)
  }
}
