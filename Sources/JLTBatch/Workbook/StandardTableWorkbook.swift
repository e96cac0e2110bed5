import Foundation
import JLTCore
import XLSX

/// The blank standard table (`jlt rubric`): the official layout for a year's effective rubric,
/// with 分值 filled and 自评分, 得分 and 扣分说明 left empty, for schools to fill in by hand.
enum StandardTableWorkbook {
  static func write(_ rubric: Rubric, year: Int, county: String?, to path: String) throws {
    let report = CountyReport(
      county: county ?? "", year: year, rubric: rubric, rubricDigest: rubric.digest, alliances: [], problems: [],
      found: 0)
    let form = AllianceScore(
      county: county ?? "", id: "", name: "", type: .fused, coreSchool: "", year: year,
      indicators: rubric.indicators.map {
        IndicatorScore(code: $0.code, points: $0.points, score: 0, reasons: [], selfScore: nil)
      },
      groups: [], total: 0, grade: "", selfAssessment: [:], warnings: [])
    do {
      let workbook = try Workbook(
        path: path,
        properties: DocumentProperties(
          title: "\(year)学年 教联体建设考核评价表（自评表）", subject: rubric.name, author: "jlt \(JLTVersion.version)",
          comments: "评价规则摘要 SHA-256 \(rubric.digest)", created: CountyWorkbook.fixedDate(year: year)))
      try AllianceSheet.write(form, report: report, sheetName: "评价标准", to: workbook, blank: true)
      try workbook.close()
    } catch let e as XLSXError {
      throw OutputError.workbook(path, e.description)
    }
  }
}

/// `jlt rubric`: the blank standard table (.xlsx), or the effective rubric as a rubric file (.toml).
public enum RubricCommand {
  public static func run(input: String, year: Int?, county: String?, out: String) throws {
    let source = RubricSource(root: input)
    let years = (try? InputTree.scan(root: input).years) ?? []
    let fileYears = source.allFiles().map(\.year)
    guard let y = year ?? (years + fileYears).max() else {
      throw UsageError("请用 --year 指定学年（\(input) 中没有证据清单或评分细则文件）")
    }
    if let county, FileProbe.kind(of: input + "/" + county) == .missing {
      throw UsageError("未知的县（市、区）：\(county)")
    }
    let effective = source.rubric(county: county, year: y)
    guard let rubric = effective.value else {
      throw UsageError("\(y) 年的评分细则无效：\n" + effective.problems.map(\.rendered).joined(separator: "\n"))
    }
    do {
      if out.hasSuffix(".toml") {
        try AtomicFile.write(Data(rubric.canonicalText.utf8), to: out)
      } else {
        try AtomicFile.write(to: out) { try StandardTableWorkbook.write(rubric, year: y, county: county, to: $0) }
      }
    } catch let e as OutputError {
      throw UsageError(e.chinese)
    }
  }
}
