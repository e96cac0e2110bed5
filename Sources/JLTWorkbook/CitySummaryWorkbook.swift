import Foundation
import JLTCore
import XLSX

/// `output/Y/全市汇总.xlsx` (SPEC §5), written when every county is scored: every alliance of
/// every county in one ranking, the reward candidates, and the yellow-card and replacement cases.
public enum CitySummaryWorkbook {
  static let rankingSheet = "全市排名"
  static let rewardSheet = "奖补候选"
  static let warningSheet = "亮黄牌及调整"
  typealias Entry = CitySummary.Entry

  public static func write(_ summary: CitySummary, to path: String) throws {
    let year = summary.year
    try WorkbookError.wrapping(path) {
      let workbook = try Workbook(
        path: path,
        properties: DocumentProperties(
          title: "随州市 \(year)学年 教联体建设考核评价汇总", subject: summary.rubric?.name,
          author: "jlt \(JLTVersion.version)", keywords: "教联体, 考核评价, 全市汇总, \(year)",
          created: CountyWorkbook.fixedDate(year: year)))
      try writeRanking(summary, to: workbook)
      try writeList(
        summary.rewardCandidates, name: rewardSheet, title: "\(year)学年 奖补候选教联体（等次为优秀）",
        withPrevious: false, summary: summary, to: workbook)
      try writeList(
        summary.warned, name: warningSheet, title: "\(year)学年 亮黄牌及调整核心校/牵头校校长的教联体（等次为不合格）",
        withPrevious: true, summary: summary, to: workbook)
      try writeNotices(summary, to: workbook)
      try writeFocus(summary, to: workbook)
      try workbook.close()
    }
  }

  /// 全市排名 | 县（市、区） | 县内排名 | 教联体 | 类型 | 核心校/牵头校 | A1…A6 | 总分 | 等次 | 结果运用.
  static func rankingTable(_ summary: CitySummary) -> Table<Entry> {
    let bands = summary.rubric?.grades.map(\.name) ?? []
    return Table(
      [
        Column("全市排名", width: 8) { .number($0.cityRank) },
        Column("县（市、区）", width: 14) { .text($0.alliance.county) },
        Column("县内排名", width: 8) { .number($0.alliance.rank) },
        Column("教联体", fitting: 16, 34, { $0.alliance.name }) { .name($0.alliance.name) },
        Column("类型", width: 8) { .text($0.alliance.type.rawValue) },
        Column("核心校/牵头校", fitting: 14, 26, { $0.alliance.coreSchool }) { .name($0.alliance.coreSchool) },
      ]
        + (summary.rubric?.groups ?? []).map { g in Column(g.name, width: 9) { .number($0.alliance.group(g.code)) } }
        + [
          Column("总分", width: 8) { .number($0.alliance.total, WorkbookStyles.boldNumber) },
          Column("等次", width: 8) { .grade($0.alliance.grade, bands: bands) },
          Column("结果运用", fitting: 12, 52, { $0.alliance.resultsUse }) { e in
            e.alliance.resultsUse.map { .name($0) } ?? .text("—")
          },
        ])
  }

  static func writeRanking(_ summary: CitySummary, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: rankingSheet)
    let entries = summary.entries
    let table = rankingTable(summary)
    let lastCol = table.lastColumn
    var heights = try table.start(
      sheet, rows: entries, title: "随州市 \(summary.year)学年 教联体建设考核评价全市排名", titleHeight: 30)
    let counties = summary.counties.joined(separator: "、")
    let subtitle = "\(counties)共 \(entries.count) 个教联体参加排名；总分相同者名次相同，按县（市、区）名称、编号排列"
    try sheet.merge(
      firstRow: 1, firstCol: 0, lastRow: 1, lastCol: lastCol, string: subtitle, style: WorkbookStyles.subtitle)
    heights.cell(1, cols: 0...lastCol, subtitle)
    try table.writeHeader(sheet, row: 2, heights: &heights)
    if entries.isEmpty {
      try table.writeNone(sheet, row: 3)
    }
    try table.write(entries, from: 3, sheet, heights: &heights)
    try heights.apply(to: sheet)
    try SheetSetup.print(sheet, headerRows: 2...2, freezeColumn: 4)
    try sheet.activate()
  }

  /// 序号 | 县（市、区） | 教联体 | 核心校/牵头校 | 全市排名 | 总分 | 等次 | [上年总分 | 上年等次] | 结果运用.
  static func listTable(withPrevious: Bool, bands: [String]) -> Table<(number: Int, entry: Entry)> {
    var columns: [Column<(number: Int, entry: Entry)>] = [
      Column("序号", width: 6) { .number($0.number) },
      Column("县（市、区）", width: 14) { .text($0.entry.alliance.county) },
      Column("教联体", fitting: 16, 34, { $0.entry.alliance.name }) { .name($0.entry.alliance.name) },
      Column("核心校/牵头校", fitting: 14, 26, { $0.entry.alliance.coreSchool }) { .name($0.entry.alliance.coreSchool) },
      Column("全市排名", width: 8) { .number($0.entry.cityRank) },
      Column("总分", width: 8) { .number($0.entry.alliance.total, WorkbookStyles.boldNumber) },
      Column("等次", width: 8) { .grade($0.entry.alliance.grade, bands: bands) },
    ]
    if withPrevious {
      columns += [
        Column("上年总分", width: 9) { row in
          switch row.entry.alliance.previous {
          case .scored(let before): return .number(before.total)
          case .new: return .text("新增")
          case .unscorable: return .text("无法评分")
          }
        },
        Column("上年等次", width: 9) { row in
          if case .scored(let before) = row.entry.alliance.previous { return .grade(before.grade, bands: bands) }
          return .text("—")
        },
      ]
    }
    columns.append(
      Column("结果运用", fitting: 12, 52, { $0.entry.alliance.consequence?.label }) {
        .name($0.entry.alliance.consequence?.label ?? "—")
      })
    return Table(columns)
  }

  static func writeList(
    _ entries: [Entry], name: String, title: String, withPrevious: Bool, summary: CitySummary, to workbook: Workbook
  ) throws {
    let sheet = try workbook.addWorksheet(name: name)
    let rows = entries.enumerated().map { (number: $0.offset + 1, entry: $0.element) }
    let table = listTable(withPrevious: withPrevious, bands: summary.rubric?.grades.map(\.name) ?? [])
    var heights = try table.start(sheet, rows: rows, title: title)
    try table.writeHeader(sheet, row: 1, heights: &heights, measured: false)
    if entries.isEmpty {
      try table.writeNone(sheet, row: 2)
    }
    try table.write(rows, from: 2, sheet, heights: &heights)
    try heights.apply(to: sheet, minimum: 20)
    try SheetSetup.print(sheet, headerRows: 1...1)
  }
}
