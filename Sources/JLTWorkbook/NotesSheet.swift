import Foundation
import JLTCore
import XLSX

/// Sheet `说明` (SPEC §5): program version, rubric identity and digest, year, counts, grade
/// bands, and the rule applied to each indicator in words.
enum NotesSheet {
  static let name = "说明"
  static let widths: [Double] = [20, 8, 80]

  /// The label / value lines at the top of the sheet.
  static func facts(_ report: CountyReport) -> [(String, String)] {
    let rubric = report.rubric
    var lines: [(String, String)] = [
      ("程序", "jlt \(JLTVersion.version)"),
      ("县（市、区）", report.county),
      ("评价学年", "\(report.year)学年（\(report.year)年9月至\(report.year + 1)年8月）"),
      ("评价依据", rubric.name),
      ("评价规则摘要（SHA-256）", report.rubricDigest),
      ("教联体（文件夹）", "\(report.found) 个"),
      ("已评分并排名", "\(report.scored) 个"),
      ("有错误、未排名", "\(report.withErrors) 个"),
      ("警告", "\(report.warningCount) 条"),
      ("等次", gradeBands(rubric.grades)),
      ("排名", "按总分由高到低排名；总分相同者名次相同，其后名次顺延（如 1、2、2、4），同分者按编号排列。"),
      ("得分", "每项得分限定在0分至该项分值之间，按四舍五入保留两位小数；加分项合计最高\(rubric.bonusCap.scoreText)分。"),
      ("基线年份", "C16、C18、C19 的增量以 \(rubric.baselineYear) 年为基线。"),
      (
        "结果运用",
        "优秀：\(Consequence.reward.label)；不合格且上年非不合格：\(Consequence.yellowCard.label)；连续两年不合格：\(Consequence.replacement.label)。"
      ),
      ("自评分", "自评分与核定得分相差1分及以上的，自评分单元格以橙色标出，并列入“问题”表。"),
    ]
    let types = AllianceType.allCases.filter { rubric.applicable[$0] != nil }
    for t in types {
      lines.append(("适用指标（\(t.rawValue)）", (rubric.applicable[t] ?? []).joined(separator: "、")))
    }
    return lines
  }

  static func gradeBands(_ bands: [GradeBand]) -> String {
    var parts: [String] = []
    for (i, band) in bands.enumerated() {
      if i == bands.count - 1 {
        parts.append(i == 0 ? band.name : "\(band.name)：低于\(bands[i - 1].minimum.scoreText)分")
      } else if i == 0 {
        parts.append("\(band.name)：\(band.minimum.scoreText)分及以上")
      } else {
        parts.append("\(band.name)：\(band.minimum.scoreText)分至\(bands[i - 1].minimum.scoreText)分（不含）")
      }
    }
    return parts.joined(separator: "；")
  }

  static func write(_ report: CountyReport, to workbook: Workbook) throws {
    let sheet = try workbook.addWorksheet(name: name)
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)
    try sheet.merge(
      firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 2, string: "说明", style: WorkbookStyles.title)
    try sheet.setRow(0, height: 30)
    var row = 1
    for (label, value) in facts(report) {
      try sheet.write(row: row, col: 0, string: label, style: WorkbookStyles.label)
      try sheet.merge(firstRow: row, firstCol: 1, lastRow: row, lastCol: 2, string: value, style: WorkbookStyles.text)
      heights.cell(row, cols: 1...2, value)
      heights.cell(row, cols: 0...0, label)
      row += 1
    }
    row += 1
    try sheet.merge(
      firstRow: row, firstCol: 0, lastRow: row, lastCol: 2, string: "各指标评分规则（比官方评分标准更精确的计算方法）",
      style: WorkbookStyles.subtitle.with { $0.bold = true })
    heights.atLeast(row, 24)
    row += 1
    let headerRow = row
    for (col, text) in ["指标", "分值", "评分规则"].enumerated() {
      try sheet.write(row: row, col: col, string: text, style: WorkbookStyles.header)
    }
    row += 1
    for spec in report.rubric.indicators {
      try sheet.write(row: row, col: 0, string: spec.code, style: WorkbookStyles.label)
      try sheet.write(row: row, col: 1, number: spec.points.cellValue, style: WorkbookStyles.number)
      let rule = spec.ruleDescription
      try sheet.write(row: row, col: 2, string: rule, style: WorkbookStyles.text)
      heights.cell(row, cols: 2...2, rule)
      row += 1
    }
    try heights.apply(to: sheet)
    try sheet.setPortrait()
    try sheet.setPaperA4()
    try sheet.setMargins(left: 0.4, right: 0.4, top: 0.6, bottom: 0.6)
    try sheet.fitToPages(width: 1, height: 0)
    try sheet.centerHorizontally()
    try sheet.repeatRows(first: headerRow, last: headerRow)
    try sheet.setFooter("&C第 &P 页，共 &N 页")
  }
}
