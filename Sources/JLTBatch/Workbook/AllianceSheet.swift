import Foundation
import JLTCore
import XLSX

/// One alliance's sheet (SPEC §5), laid out as the official standard table:
/// 一级指标 | 二级指标 | 考核要点 | 评分标准 | 考核对象 | 评价方式 | 分值 | 自评分 | 得分 | 扣分说明,
/// one row per indicator, then 合计, 加分项, 总分, 等次 and the signature line.
enum AllianceSheet {
  static let headers = ["一级指标", "二级指标", "考核要点", "评分标准", "考核对象", "评价方式", "分值", "自评分", "得分", "扣分说明"]
  static let widths: [Double] = [21, 16, 48, 30, 14, 9, 6, 7, 7, 38]
  static let titleRow = 0
  static let infoRow = 1
  static let headerRow = 2
  static let firstIndicatorRow = 3
  enum Col {
    static let group = 0, second = 1, text = 2, rule = 3, target = 4, method = 5
    static let points = 6, selfScore = 7, score = 8, reasons = 9
    static let last = 9
  }

  /// A run of consecutive indicator rows sharing one value in one column.
  struct Span: Equatable {
    var rows: ClosedRange<Int>
    var text: String
  }

  /// Consecutive rows whose `value` is equal (and, when `within` is given, whose `within`
  /// is equal too), as row spans starting at `firstRow`.
  static func spans(
    _ specs: [IndicatorSpec], firstRow: Int, value: (IndicatorSpec) -> String,
    within: ((IndicatorSpec) -> String)? = nil
  ) -> [Span] {
    var out: [Span] = []
    var start = 0
    for i in specs.indices {
      let next = i + 1
      let ends =
        next == specs.count || value(specs[next]) != value(specs[i])
        || (within.map { $0(specs[next]) != $0(specs[i]) } ?? false)
      if ends {
        out.append(Span(rows: (firstRow + start)...(firstRow + i), text: value(specs[i])))
        start = next
      }
    }
    return out
  }

  /// - Parameter blank: the blank standard table (`jlt rubric`): 分值 only, 自评分 and 得分 left
  ///   empty for schools and reviewers to fill in by hand.
  static func write(
    _ a: AllianceScore, report: CountyReport, sheetName: String, to workbook: Workbook, blank: Bool = false
  ) throws {
    let sheet = try workbook.addWorksheet(name: sheetName)
    let rubric = report.rubric
    let bands = rubric.grades.map(\.name)
    try SheetSetup.columns(sheet, widths)
    var heights = RowHeights(widths: widths)
    let styles = WorkbookStyles.self

    let title = blank ? "\(a.year)学年 教联体建设考核评价表（自评表）" : "\(a.name) \(a.year)学年 考核评价表"
    try sheet.merge(
      firstRow: titleRow, firstCol: 0, lastRow: titleRow, lastCol: Col.last, string: title, style: styles.title)
    try sheet.setRow(titleRow, height: 32)
    let blankLine = String(repeating: "　", count: 8)
    let info =
      blank
      ? "县（市、区）：\(a.county.isEmpty ? blankLine : a.county)　　教联体：\(blankLine)　　类型：融合型 / 共建型　　核心校/牵头校：\(blankLine)　　评价依据：\(rubric.name)（摘要 \(report.rubricDigest.prefix(12))）"
      : "县（市、区）：\(a.county)　　类型：\(a.type.rawValue)　　核心校/牵头校：\(a.coreSchool)　　编号：\(a.id)　　评价依据：\(rubric.name)"
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
      let row = firstIndicatorRow + i
      try sheet.write(row: row, col: Col.text, string: spec.title, style: styles.text)
      heights.cell(row, cols: Col.text...Col.text, spec.title)
      try sheet.write(row: row, col: Col.rule, string: spec.ruleText, style: styles.text)
      heights.cell(row, cols: Col.rule...Col.rule, spec.ruleText)
      guard let s = a.indicator(spec.code) else {
        try sheet.write(row: row, col: Col.points, string: "—", style: styles.centered)
        try sheet.write(row: row, col: Col.selfScore, string: "—", style: styles.centered)
        try sheet.write(row: row, col: Col.score, string: "不适用", style: styles.centered)
        let note = "本项不适用于\(a.type.rawValue)教联体"
        try sheet.write(row: row, col: Col.reasons, string: note, style: styles.text)
        heights.cell(row, cols: Col.reasons...Col.reasons, note)
        continue
      }
      try sheet.write(row: row, col: Col.points, number: s.points.cellValue, style: styles.number)
      if blank {
        for col in [Col.selfScore, Col.score, Col.reasons] {
          try sheet.writeBlank(row: row, col: col, style: styles.number)
        }
        heights.atLeast(row, 36)
        continue
      }
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

    // Merged 一级指标, 二级指标; 考核对象 and 评价方式 over equal neighbours within one 一级指标.
    // They are written once the page breaks are known, split where a page starts.
    let first = firstIndicatorRow
    // `rubric.group(code)?.title` of each group (the first group with that code), made once.
    let groupTitles = Dictionary(rubric.groups.map { ($0.code, $0.title) }, uniquingKeysWith: { first, _ in first })
    let merges: [(col: Int, spans: [Span], style: CellStyle)] = [
      (Col.group, spans(specs, firstRow: first, value: { groupTitles[$0.group] ?? $0.group }), styles.label),
      (Col.second, spans(specs, firstRow: first, value: { $0.secondTitle }, within: { $0.group }), styles.text),
      (Col.target, spans(specs, firstRow: first, value: { $0.target }, within: { $0.group }), styles.centered),
      (Col.method, spans(specs, firstRow: first, value: { $0.method }, within: { $0.group }), styles.centered),
    ]

    // 合计 (A1–A5), 加分项 (A6), 总分, 等次.
    let bonus = Rubric.bonusGroup
    let mainSpecs = specs.enumerated().filter { $0.element.group != bonus }
    let bonusSpecs = specs.enumerated().filter { $0.element.group == bonus }
    let sumRow = firstIndicatorRow + specs.count
    let bonusRow = sumRow + 1
    let totalRow = sumRow + 2
    let gradeRow = sumRow + 3
    let scoreLetter = "I"

    func labelCell(_ row: Int, _ text: String) throws {
      try sheet.merge(firstRow: row, firstCol: 0, lastRow: row, lastCol: Col.method, string: text, style: styles.label)
    }
    func note(_ row: Int, _ text: String) throws {
      try sheet.write(row: row, col: Col.reasons, string: text, style: styles.text)
      heights.cell(row, cols: Col.reasons...Col.reasons, text)
    }
    func selfSum(_ codes: [String]) -> Decimal? {
      let given = codes.compactMap { a.selfAssessment[$0] }
      return given.isEmpty ? nil : given.reduce(0, +)
    }
    func writeSelf(_ row: Int, _ value: Decimal?) throws {
      if let value {
        try sheet.write(row: row, col: Col.selfScore, number: value.cellValue, style: styles.number)
      } else {
        try sheet.writeBlank(row: row, col: Col.selfScore, style: styles.number)
      }
    }

    let mainGroups = rubric.groups.filter { $0.code != bonus }
    let mainPoints = mainGroups.reduce(Decimal(0)) { $0 + $1.points }
    let mainScore = mainGroups.reduce(Decimal(0)) { $0 + a.group($1.code) }
    try labelCell(sumRow, "合计（\(mainGroups.first?.code ?? "A1")–\(mainGroups.last?.code ?? "A5")）")
    try sheet.write(row: sumRow, col: Col.points, number: mainPoints.cellValue, style: styles.boldNumber)
    try writeSelf(sumRow, selfSum(mainSpecs.map(\.element.code)))
    if blank {
      try sheet.writeBlank(row: sumRow, col: Col.score, style: styles.boldNumber)
    } else if let firstMain = mainSpecs.first?.offset, let lastMain = mainSpecs.last?.offset {
      let range = "\(scoreLetter)\(firstIndicatorRow + firstMain + 1):\(scoreLetter)\(firstIndicatorRow + lastMain + 1)"
      try sheet.writeFormula(
        row: sumRow, col: Col.score, formula: "=SUM(\(range))", cachedResult: mainScore.cellValue,
        style: styles.boldNumber)
    } else {
      try sheet.write(row: sumRow, col: Col.score, number: mainScore.cellValue, style: styles.boldNumber)
    }
    try note(sumRow, blank ? "" : mainGroups.map { "\($0.name) \(a.group($0.code).scoreText)" }.joined(separator: "；"))

    let bonusCap = rubric.bonusCap
    let bonusScore = a.group(bonus)
    let bonusName = rubric.group(bonus)?.name ?? "加分项"
    try labelCell(bonusRow, "\(bonusName)（\(bonus)，最高\(bonusCap.scoreText)分）")
    try sheet.write(row: bonusRow, col: Col.points, number: bonusCap.cellValue, style: styles.boldNumber)
    try writeSelf(bonusRow, selfSum(bonusSpecs.map(\.element.code)).map { min($0, bonusCap) })
    if blank {
      try sheet.writeBlank(row: bonusRow, col: Col.score, style: styles.boldNumber)
    } else {
      try sheet.write(row: bonusRow, col: Col.score, number: bonusScore.cellValue, style: styles.boldNumber)
    }
    let bonusRaw = bonusSpecs.reduce(Decimal(0)) { $0 + (a.indicator($1.element.code)?.score ?? 0) }
    try note(
      bonusRow,
      blank ? "各项合计超过上限时按上限计" : bonusRaw > bonusCap ? "各项合计 \(bonusRaw.scoreText) 分，按上限 \(bonusCap.scoreText) 分计" : "")

    try labelCell(totalRow, "总分")
    try sheet.write(row: totalRow, col: Col.points, number: (mainPoints + bonusCap).cellValue, style: styles.boldNumber)
    try writeSelf(totalRow, a.selfTotal)
    if blank {
      try sheet.writeBlank(row: totalRow, col: Col.score, style: styles.boldNumber)
    } else {
      try sheet.writeFormula(
        row: totalRow, col: Col.score, formula: "=\(scoreLetter)\(sumRow + 1)+\(scoreLetter)\(bonusRow + 1)",
        cachedResult: a.total.cellValue, style: styles.boldNumber)
    }
    try note(totalRow, blank ? "" : previousText(a.previous, year: a.year))

    try labelCell(gradeRow, "等次")
    let bandText = rubric.grades.map { "\($0.name) ≥ \($0.minimum.scoreText)" }.joined(separator: "；")
    try sheet.merge(
      firstRow: gradeRow, firstCol: Col.points, lastRow: gradeRow, lastCol: Col.score, string: blank ? "" : a.grade,
      style: blank ? styles.centered : styles.grade(a.grade, bands: bands))
    try note(gradeRow, blank ? "等次分数线：\(bandText)" : "结果运用：\(a.consequence ?? "无")")
    for row in sumRow...gradeRow { heights.atLeast(row, 22) }

    // Signature line with room to sign.
    let signatureRow = gradeRow + 2
    let gap = String(repeating: "　", count: 12)
    try sheet.merge(
      firstRow: signatureRow, firstCol: 0, lastRow: signatureRow, lastCol: Col.last,
      string: "评分人：\(gap)复核人：\(gap)日期：　　　　年　　月　　日", style: styles.signature)
    heights.atLeast(signatureRow, 40)

    // Pages: break before a 一级指标 where possible, keep the totals and signatures together,
    // and split the merged cells at each break (the text repeats on the new page, as in the
    // official table), so that no merged cell is cut by a page edge.
    let page = PageLayout(landscape: true)
    let scale = page.scale(fitting: widths)
    let groupStarts = Set(merges[0].spans.map(\.rows.lowerBound) + [sumRow])
    let secondStarts = Set(merges[1].spans.map(\.rows.lowerBound))
    var breaks: [Int] = []
    var final = heights
    for _ in 0..<3 {
      final = heights
      for merge in merges {
        for span in merge.spans {
          for part in split(span.rows, at: breaks) { final.merged(rows: part, cols: merge.col...merge.col, span.text) }
        }
      }
      let resolved = final.resolved(minimum: minimumRow)
      func height(_ r: Int) -> Double { max(resolved[r] ?? 15, r >= firstIndicatorRow ? minimumRow : 0) }
      let next = PageLayout.breaks(
        heights: height, rows: firstIndicatorRow...signatureRow,
        firstPageUsed: (0..<firstIndicatorRow).reduce(0) { $0 + height($1) }, repeatedHeight: height(headerRow),
        capacity: page.rowCapacity(scale: scale), preferred: [groupStarts, secondStarts],
        together: [sumRow...signatureRow])
      if next == breaks { break }
      breaks = next
    }
    for merge in merges {
      for span in merge.spans {
        for part in split(span.rows, at: breaks) {
          try sheet.merge(
            firstRow: part.lowerBound, firstCol: merge.col, lastRow: part.upperBound, lastCol: merge.col,
            string: span.text, style: merge.style)
        }
      }
    }
    try final.apply(to: sheet, minimum: minimumRow)
    try SheetSetup.print(sheet, headerRows: headerRow...headerRow, freezeColumn: 0)
    try sheet.setRowBreaks(breaks)
  }

  static let minimumRow = 20.0

  /// `rows` cut before each of `breaks` that falls inside it.
  static func split(_ rows: ClosedRange<Int>, at breaks: [Int]) -> [ClosedRange<Int>] {
    var parts: [ClosedRange<Int>] = []
    var start = rows.lowerBound
    for b in breaks.sorted() where b > start && b <= rows.upperBound {
      parts.append(start...(b - 1))
      start = b
    }
    parts.append(start...rows.upperBound)
    return parts
  }

  /// 上年（2023学年）：总分 83.01，第 2 名，良好 — or 新增 / 无法评分.
  static func previousText(_ previous: PreviousYear, year: Int) -> String {
    switch previous {
    case .none: return "上年（\(year - 1)学年）：新增"
    case .unavailable: return "上年（\(year - 1)学年）：无法评分"
    case .scored(let y, let total, let rank, let grade):
      return "上年（\(y)学年）：总分 \(total.scoreText)，第 \(rank) 名，\(grade)"
    }
  }
}
