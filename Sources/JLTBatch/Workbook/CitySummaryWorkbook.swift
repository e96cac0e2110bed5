import Foundation
import JLTCore
import XLSX

/// `output/Y/全市汇总.xlsx` (SPEC §5), written when more than one county is scored: every
/// alliance of every county in one ranking, the reward candidates, and the yellow-card and
/// replacement cases.
public enum CitySummaryWorkbook {
  static let rankingSheet = "全市排名"
  static let rewardSheet = "奖补候选"
  static let warningSheet = "亮黄牌及调整"

  /// One alliance in the city ranking.
  public struct Entry: Sendable, Equatable {
    public var cityRank: Int
    public var alliance: AllianceScore
  }

  /// Every ranked alliance of every county by total, highest first; ties by county name, then
  /// alliance id, in code-point order; competition ranks (1, 2, 2, 4).
  public static func ranking(_ reports: [CountyReport]) -> [Entry] {
    let all = reports.flatMap(\.alliances).sorted { a, b in
      if a.total != b.total { return a.total > b.total }
      if a.county != b.county { return a.county.codePointLess(than: b.county) }
      return a.id.codePointLess(than: b.id)
    }
    var out: [Entry] = []
    for (i, a) in all.enumerated() {
      let rank = i > 0 && all[i - 1].total == a.total ? out[i - 1].cityRank : i + 1
      out.append(Entry(cityRank: rank, alliance: a))
    }
    return out
  }

  public static func write(_ reports: [CountyReport], year: Int, to path: String) throws {
    do {
      let workbook = try Workbook(
        path: path,
        properties: DocumentProperties(
          title: "随州市 \(year)学年 教联体建设考核评价汇总", subject: reports.first?.rubric.name,
          author: "jlt \(JLTVersion.version)", keywords: "教联体, 考核评价, 全市汇总, \(year)",
          created: CountyWorkbook.fixedDate(year: year)))
      let entries = ranking(reports)
      try writeRanking(entries, reports: reports, year: year, to: workbook)
      try writeList(
        entries.filter { $0.alliance.consequence == ResultsUse.reward }, name: rewardSheet,
        title: "\(year)学年 奖补候选教联体（等次为优秀）", withPrevious: false, reports: reports, to: workbook)
      try writeList(
        entries.filter {
          $0.alliance.consequence == ResultsUse.yellowCard || $0.alliance.consequence == ResultsUse.replacement
        },
        name: warningSheet, title: "\(year)学年 亮黄牌及调整核心校/牵头校校长的教联体（等次为不合格）",
        withPrevious: true, reports: reports, to: workbook)
      try workbook.close()
    } catch let e as XLSXError {
      throw OutputError.workbook(path, e.description)
    }
  }

  static func grades(_ reports: [CountyReport]) -> [String] {
    reports.first?.rubric.grades.map(\.name) ?? []
  }

  static func writeRanking(_ entries: [Entry], reports: [CountyReport], year: Int, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: rankingSheet)
    let groups = reports.first?.rubric.groups ?? []
    let bands = grades(reports)
    let headers =
      ["全市排名", "县（市、区）", "县内排名", "教联体", "类型", "核心校/牵头校"] + groups.map(\.name)
      + ["总分", "等次", "结果运用"]
    let lastCol = headers.count - 1
    let names = entries.map(\.alliance.name)
    var widths: [Double] = [8, 14, 8, RowHeights.fitting(names, minimum: 16, maximum: 34), 8]
    widths.append(RowHeights.fitting(entries.map(\.alliance.coreSchool), minimum: 14, maximum: 26))
    widths += Array(repeating: 9, count: groups.count) + [8, 8]
    widths.append(RowHeights.fitting(entries.compactMap(\.alliance.consequence), minimum: 12, maximum: 52))
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)
    try sheet.merge(
      firstRow: 0, firstCol: 0, lastRow: 0, lastCol: lastCol, string: "随州市 \(year)学年 教联体建设考核评价全市排名",
      style: WorkbookStyles.title)
    try sheet.setRow(0, height: 30)
    let counties = reports.map(\.county).joined(separator: "、")
    let subtitle = "\(counties)共 \(entries.count) 个教联体参加排名；总分相同者名次相同，按县（市、区）名称、编号排列"
    try sheet.merge(
      firstRow: 1, firstCol: 0, lastRow: 1, lastCol: lastCol, string: subtitle, style: WorkbookStyles.subtitle)
    heights.cell(1, cols: 0...lastCol, subtitle)
    for (col, text) in headers.enumerated() {
      try sheet.write(row: 2, col: col, string: text, style: WorkbookStyles.header)
      heights.cell(2, cols: col...col, text)
    }
    if entries.isEmpty {
      try sheet.merge(
        firstRow: 3, firstCol: 0, lastRow: 3, lastCol: lastCol, string: "无", style: WorkbookStyles.centered)
    }
    for (i, e) in entries.enumerated() {
      let row = 3 + i
      let a = e.alliance
      var cells = RowWriter(sheet, row: row)
      try cells.number(Decimal(e.cityRank))
      try cells.text(a.county, heights: &heights)
      try cells.number(Decimal(a.rank))
      try cells.text(a.name, WorkbookStyles.text, heights: &heights)
      try cells.text(a.type.rawValue, heights: &heights)
      try cells.text(a.coreSchool, WorkbookStyles.text, heights: &heights)
      for g in groups { try cells.number(a.group(g.code)) }
      try cells.number(a.total, WorkbookStyles.boldNumber)
      try cells.text(a.grade, WorkbookStyles.grade(a.grade, bands: bands), heights: &heights)
      try cells.text(
        a.consequence ?? "—", a.consequence == nil ? WorkbookStyles.centered : WorkbookStyles.text, heights: &heights)
    }
    try heights.apply(to: sheet)
    try SheetSetup.print(sheet, headerRows: 2...2, freezeColumn: 4)
    try sheet.activate()
  }

  static func writeList(
    _ entries: [Entry], name: String, title: String, withPrevious: Bool, reports: [CountyReport], to workbook: Workbook
  ) throws {
    let sheet = try workbook.addWorksheet(name: name)
    let bands = grades(reports)
    var headers = ["序号", "县（市、区）", "教联体", "核心校/牵头校", "全市排名", "总分", "等次"]
    if withPrevious { headers += ["上年总分", "上年等次"] }
    headers.append("结果运用")
    let lastCol = headers.count - 1
    var widths: [Double] = [
      6, 14, RowHeights.fitting(entries.map(\.alliance.name), minimum: 16, maximum: 34),
      RowHeights.fitting(entries.map(\.alliance.coreSchool), minimum: 14, maximum: 26), 8, 8, 8,
    ]
    if withPrevious { widths += [9, 9] }
    widths.append(RowHeights.fitting(entries.compactMap(\.alliance.consequence), minimum: 12, maximum: 52))
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)
    try sheet.merge(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: lastCol, string: title, style: WorkbookStyles.title)
    heights.cell(0, cols: 0...lastCol, title, fontSize: WorkbookStyles.titleSize)
    for (col, text) in headers.enumerated() {
      try sheet.write(row: 1, col: col, string: text, style: WorkbookStyles.header)
    }
    if entries.isEmpty {
      try sheet.merge(
        firstRow: 2, firstCol: 0, lastRow: 2, lastCol: lastCol, string: "无", style: WorkbookStyles.centered)
    }
    for (i, e) in entries.enumerated() {
      let row = 2 + i
      let a = e.alliance
      var cells = RowWriter(sheet, row: row)
      try cells.number(Decimal(i + 1))
      try cells.text(a.county, heights: &heights)
      try cells.text(a.name, WorkbookStyles.text, heights: &heights)
      try cells.text(a.coreSchool, WorkbookStyles.text, heights: &heights)
      try cells.number(Decimal(e.cityRank))
      try cells.number(a.total, WorkbookStyles.boldNumber)
      try cells.text(a.grade, WorkbookStyles.grade(a.grade, bands: bands), heights: &heights)
      if withPrevious {
        switch a.previous {
        case .scored(_, let total, _, let grade):
          try cells.number(total)
          try cells.text(grade, WorkbookStyles.grade(grade, bands: bands), heights: &heights)
        case .none:
          try cells.text("新增", heights: &heights)
          try cells.text("—", heights: &heights)
        case .unavailable:
          try cells.text("无法评分", heights: &heights)
          try cells.text("—", heights: &heights)
        }
      }
      try cells.text(a.consequence ?? "—", WorkbookStyles.text, heights: &heights)
    }
    try heights.apply(to: sheet, minimum: 20)
    try SheetSetup.print(sheet, headerRows: 1...1)
  }
}
