import Foundation
import JLTCore
import XLSX

/// The rows under an alliance sheet's indicators: 合计 (A1–A5), 加分项 (A6), 总分, 等次, and
/// the signature line 评分人 / 复核人 / 日期.
enum AllianceTotals {
  typealias Col = AllianceSheet.Col
  /// Column letter of 得分, for the formulas.
  static let scoreLetter = "I"

  /// Writes the rows from `sumRow`; returns the signature row.
  static func write(
    from sumRow: Int, content: AllianceSheet.Content, rubric: Rubric, sheet: Worksheet, heights: inout RowHeights
  ) throws -> Int {
    let styles = WorkbookStyles.self
    let a = content.score
    let specs = rubric.indicators
    let bonus = Rubric.bonusGroup
    let first = AllianceSheet.firstIndicatorRow
    let mainRows = specs.indices.filter { specs[$0].group != bonus }
    let bonusCodes = specs.filter { $0.group == bonus }.map(\.code)
    let bonusRow = sumRow + 1
    let totalRow = sumRow + 2
    let gradeRow = sumRow + 3

    func labelCell(_ row: Int, _ text: String) throws {
      try sheet.merge(firstRow: row, firstCol: 0, lastRow: row, lastCol: Col.method, string: text, style: styles.label)
    }
    func note(_ row: Int, _ text: String) throws {
      try sheet.write(row: row, col: Col.reasons, string: text, style: styles.text)
      heights.cell(row, cols: Col.reasons...Col.reasons, text)
    }
    func writeSelf(_ row: Int, _ value: Decimal?) throws {
      if let value {
        try sheet.write(row: row, col: Col.selfScore, number: value.cellValue, style: styles.number)
      } else {
        try sheet.writeBlank(row: row, col: Col.selfScore, style: styles.number)
      }
    }
    /// 得分 of a total row: a formula with its cached result, or blank on the form.
    func writeScore(_ row: Int, _ value: Decimal?, formula: String?) throws {
      guard let value else { return try sheet.writeBlank(row: row, col: Col.score, style: styles.boldNumber) }
      if let formula {
        try sheet.writeFormula(
          row: row, col: Col.score, formula: formula, cachedResult: value.cellValue, style: styles.boldNumber)
      } else {
        try sheet.write(row: row, col: Col.score, number: value.cellValue, style: styles.boldNumber)
      }
    }
    func selfSum(_ codes: [String]) -> Decimal? {
      let given = codes.compactMap { a?.selfAssessment[$0] }
      return given.isEmpty ? nil : given.reduce(0, +)
    }

    let mainGroups = rubric.groups.filter { $0.code != bonus }
    let mainPoints = mainGroups.reduce(Decimal(0)) { $0 + $1.points }
    try labelCell(sumRow, "合计（\(mainGroups.first?.code ?? "A1")–\(mainGroups.last?.code ?? "A5")）")
    try sheet.write(row: sumRow, col: Col.points, number: mainPoints.cellValue, style: styles.boldNumber)
    try writeSelf(sumRow, selfSum(mainRows.map { specs[$0].code }))
    let sumFormula = mainRows.first.flatMap { firstMain in
      mainRows.last.map { "=SUM(\(scoreLetter)\(first + firstMain + 1):\(scoreLetter)\(first + $0 + 1))" }
    }
    try writeScore(sumRow, a.map { s in mainGroups.reduce(Decimal(0)) { $0 + s.group($1.code) } }, formula: sumFormula)
    try note(
      sumRow, a.map { s in mainGroups.map { "\($0.name) \(s.group($0.code).scoreText)" }.joined(separator: "；") } ?? "")

    let bonusCap = rubric.bonusCap
    let bonusName = rubric.group(bonus)?.name ?? "加分项"
    try labelCell(bonusRow, "\(bonusName)（\(bonus)，最高\(bonusCap.scoreText)分）")
    try sheet.write(row: bonusRow, col: Col.points, number: bonusCap.cellValue, style: styles.boldNumber)
    try writeSelf(bonusRow, selfSum(bonusCodes).map { min($0, bonusCap) })
    try writeScore(bonusRow, a?.group(bonus), formula: nil)
    if let a {
      let raw = bonusCodes.reduce(Decimal(0)) { $0 + (a.indicator($1)?.score ?? 0) }
      try note(bonusRow, raw > bonusCap ? "各项合计 \(raw.scoreText) 分，按上限 \(bonusCap.scoreText) 分计" : "")
    } else {
      try note(bonusRow, "各项合计超过上限时按上限计")
    }

    try labelCell(totalRow, "总分")
    try sheet.write(row: totalRow, col: Col.points, number: (mainPoints + bonusCap).cellValue, style: styles.boldNumber)
    if let a, let text = a.selfTotalText, let total = a.selfTotal, text != total.scoreText {
      try sheet.write(row: totalRow, col: Col.selfScore, string: text, style: styles.centered)
      heights.cell(totalRow, cols: Col.selfScore...Col.selfScore, text)
    } else {
      try writeSelf(totalRow, a?.selfTotal)
    }
    try writeScore(
      totalRow, a?.total, formula: "=\(scoreLetter)\(sumRow + 1)+\(scoreLetter)\(bonusRow + 1)")

    switch content {
    case .scored(let ranked): try note(totalRow, AllianceSheet.previousText(ranked.previous, year: ranked.score.year))
    case .blank: try note(totalRow, "")
    }

    try labelCell(gradeRow, "等次")
    let bandText = rubric.grades.map { "\($0.name) ≥ \($0.minimum.scoreText)" }.joined(separator: "；")
    switch content {
    case .scored(let ranked):
      try sheet.merge(
        firstRow: gradeRow, firstCol: Col.points, lastRow: gradeRow, lastCol: Col.score, string: ranked.grade,
        style: styles.grade(ranked.grade, bands: rubric.grades.map(\.name)))
      try note(gradeRow, "结果运用：\(ranked.consequence?.label ?? "无")")
    case .blank:
      try sheet.merge(
        firstRow: gradeRow, firstCol: Col.points, lastRow: gradeRow, lastCol: Col.score, string: "",
        style: styles.centered)
      try note(gradeRow, "等次分数线：\(bandText)")
    }
    for row in sumRow...gradeRow { heights.atLeast(row, 22) }

    // Signature line with room to sign.
    let signatureRow = gradeRow + 2
    let gap = String(repeating: "　", count: 12)
    try sheet.merge(
      firstRow: signatureRow, firstCol: 0, lastRow: signatureRow, lastCol: Col.last,
      string: "评分人：\(gap)复核人：\(gap)日期：　　　　年　　月　　日", style: styles.signature)
    heights.atLeast(signatureRow, 40)
    return signatureRow
  }
}
