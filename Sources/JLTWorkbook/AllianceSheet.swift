import Foundation
import JLTCore
import XLSX

/// One alliance's sheet (SPEC §5), laid out as the official standard table:
/// 一级指标 | 二级指标 | 考核要点 | 评分标准 | 考核对象 | 评价方式 | 分值 | 自评分 | 得分 | 扣分说明,
/// one row per indicator, then 合计, 加分项, 总分, 等次 and the signature line. The blank
/// self-evaluation form (`jlt rubric`) is the same sheet without a score.
enum AllianceSheet {
  /// What the sheet shows.
  enum Content {
    /// A ranked alliance's scores.
    case scored(RankedAlliance)
    /// The blank standard table of a year: 分值 filled, 自评分, 得分 and 扣分说明 left empty for
    /// schools and reviewers to fill in by hand.
    case blank(county: String?, year: Int)

    var score: AllianceScore? {
      if case .scored(let ranked) = self { return ranked.score }
      return nil
    }
  }

  static let headers = ["一级指标", "二级指标", "考核要点", "评分标准", "考核对象", "评价方式", "分值", "自评分", "得分", "扣分说明"]
  static let widths: [Double] = [21, 16, 48, 30, 14, 9, 6, 7, 7, 38]
  static let titleRow = 0
  static let infoRow = 1
  static let headerRow = 2
  static let firstIndicatorRow = 3
  static let minimumRow = 20.0
  enum Col {
    static let group = 0, second = 1, text = 2, rule = 3, target = 4, method = 5
    static let points = 6, selfScore = 7, score = 8, reasons = 9
    static let last = 9
  }

  static func write(_ content: Content, rubric: Rubric, digest: String, sheetName: String, to workbook: Workbook) throws
  {
    let sheet = try workbook.addWorksheet(name: sheetName)
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)
    let styles = WorkbookStyles.self

    let (title, info) = heading(content, rubric: rubric, digest: digest)
    try sheet.merge(
      firstRow: titleRow, firstCol: 0, lastRow: titleRow, lastCol: Col.last, string: title, style: styles.title)
    try sheet.setRow(titleRow, height: 32)
    try sheet.merge(
      firstRow: infoRow, firstCol: 0, lastRow: infoRow, lastCol: Col.last, string: info, style: styles.info)
    heights.cell(infoRow, cols: 0...Col.last, info)
    for (col, text) in headers.enumerated() {
      try sheet.write(row: headerRow, col: col, string: text, style: styles.header)
      heights.cell(headerRow, cols: col...col, text)
    }

    // Indicator rows, in rubric order, the bonus group last as in the official table.
    let specs = rubric.indicators
    for (i, spec) in specs.enumerated() {
      try indicatorRow(firstIndicatorRow + i, spec, content, sheet, &heights)
    }

    // Merged 一级指标, 二级指标; 考核对象 and 评价方式 over equal neighbours within one 一级指标.
    // They are written once the page breaks are known, split where a page starts.
    let first = firstIndicatorRow
    let groupTitles = Dictionary(rubric.groups.map { ($0.code, $0.title) }, uniquingKeysWith: { first, _ in first })
    let merges = [
      MergedColumn(col: Col.group, specs, firstRow: first, style: styles.label) { groupTitles[$0.group] ?? $0.group },
      MergedColumn(col: Col.second, specs, firstRow: first, style: styles.text, within: { $0.group }) {
        $0.secondTitle
      },
      MergedColumn(col: Col.target, specs, firstRow: first, style: styles.centered, within: { $0.group }) { $0.target },
      MergedColumn(col: Col.method, specs, firstRow: first, style: styles.centered, within: { $0.group }) { $0.method },
    ]

    let sumRow = firstIndicatorRow + specs.count
    let signatureRow = try AllianceTotals.write(
      from: sumRow, content: content, rubric: rubric, sheet: sheet, heights: &heights)

    // Pages: break before a 一级指标 where possible, keep the totals and signatures together,
    // and split the merged cells at each break (the text repeats on the new page, as in the
    // official table), so that no merged cell is cut by a page edge.
    let pages = Pagination.layout(
      heights: heights, merges: merges, rows: firstIndicatorRow...signatureRow, headerRows: 0..<firstIndicatorRow,
      repeatedRow: headerRow, widths: widths, minimumRow: minimumRow,
      preferred: [Set(merges[0].spans.map(\.rows.lowerBound) + [sumRow]), Set(merges[1].spans.map(\.rows.lowerBound))],
      together: [sumRow...signatureRow])
    for merge in merges {
      for span in merge.spans {
        for part in Pagination.split(span.rows, at: pages.breaks) {
          try sheet.merge(
            firstRow: part.lowerBound, firstCol: merge.col, lastRow: part.upperBound, lastCol: merge.col,
            string: span.text, style: merge.style)
        }
      }
    }
    try pages.heights.apply(to: sheet, minimum: minimumRow)
    try SheetSetup.print(sheet, headerRows: headerRow...headerRow, freezeColumn: 0)
    try sheet.setRowBreaks(pages.breaks)
  }

  /// The title and the line under it.
  static func heading(_ content: Content, rubric: Rubric, digest: String) -> (String, String) {
    switch content {
    case .blank(let county, let year):
      let blankLine = String(repeating: "　", count: 8)
      let place = county.flatMap { $0.isEmpty ? nil : $0 } ?? blankLine
      return (
        "\(year)学年 教联体建设考核评价表（自评表）",
        "县（市、区）：\(place)　　教联体：\(blankLine)　　类型：融合型 / 共建型　　核心校/牵头校：\(blankLine)　　评价依据：\(rubric.name)（摘要 \(digest.prefix(12))）"
      )
    case .scored(let ranked):
      let a = ranked.score
      return (
        "\(a.name) \(a.year)学年 考核评价表",
        "县（市、区）：\(a.county)　　类型：\(a.type.rawValue)　　核心校/牵头校：\(a.coreSchool)　　编号：\(a.id)　　评价依据：\(rubric.name)"
      )
    }
  }

  /// 考核要点, 评分标准, then 分值 | 自评分 | 得分 | 扣分说明 of one indicator.
  static func indicatorRow(
    _ row: Int, _ spec: IndicatorSpec, _ content: Content, _ sheet: Worksheet, _ heights: inout RowHeights
  ) throws {
    let styles = WorkbookStyles.self
    try sheet.write(row: row, col: Col.text, string: spec.title, style: styles.text)
    heights.cell(row, cols: Col.text...Col.text, spec.title)
    try sheet.write(row: row, col: Col.rule, string: spec.ruleText, style: styles.text)
    heights.cell(row, cols: Col.rule...Col.rule, spec.ruleText)
    guard let a = content.score else {
      try sheet.write(row: row, col: Col.points, number: spec.points.cellValue, style: styles.number)
      for col in [Col.selfScore, Col.score, Col.reasons] {
        try sheet.writeBlank(row: row, col: col, style: styles.number)
      }
      heights.atLeast(row, 36)
      return
    }
    guard let s = a.indicator(spec.code) else {
      try sheet.write(row: row, col: Col.points, string: "—", style: styles.centered)
      try sheet.write(row: row, col: Col.selfScore, string: "—", style: styles.centered)
      try sheet.write(row: row, col: Col.score, string: "不适用", style: styles.centered)
      let note = "本项不适用于\(a.type.rawValue)教联体"
      try sheet.write(row: row, col: Col.reasons, string: note, style: styles.text)
      heights.cell(row, cols: Col.reasons...Col.reasons, note)
      return
    }
    try sheet.write(row: row, col: Col.points, number: s.points.cellValue, style: styles.number)
    if let own = s.selfScore {
      try sheet.write(
        row: row, col: Col.selfScore, number: own.cellValue, style: s.selfGap ? styles.gapFlag : styles.number)
    } else {
      try sheet.writeBlank(row: row, col: Col.selfScore, style: styles.number)
    }
    try sheet.write(row: row, col: Col.score, number: s.score.cellValue, style: styles.boldNumber)
    let reasons = s.reasons.joined(separator: "\n")
    try sheet.write(row: row, col: Col.reasons, string: reasons, style: styles.text)
    heights.cell(row, cols: Col.reasons...Col.reasons, reasons)
  }

  /// 上年（2023学年）：总分 83.01，第 2 名，良好 — or 新增 / 无法评分.
  static func previousText(_ previous: PreviousYear, year: Int) -> String {
    switch previous {
    case .new: return "上年（\(year - 1)学年）：新增"
    case .unscorable: return "上年（\(year - 1)学年）：无法评分"
    case .scored(let before):
      return "上年（\(before.year)学年）：总分 \(before.total.scoreText)，第 \(before.rank) 名，\(before.grade)"
    }
  }
}
