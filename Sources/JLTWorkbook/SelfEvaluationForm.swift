import Foundation
import JLTCore
import XLSX

/// The blank standard table (`jlt rubric`): the official layout for a year's effective rubric,
/// with 分值 filled and 自评分, 得分 and 扣分说明 left empty, for schools to fill in by hand.
public enum SelfEvaluationForm {
  static let sheetName = "评价标准"

  public static func write(_ rubric: Rubric, year: Int, county: String?, to path: String) throws {
    try WorkbookError.wrapping(path) {
      let workbook = try Workbook(
        path: path,
        properties: DocumentProperties(
          title: "\(year)学年 教联体建设考核评价表（自评表）", subject: rubric.name, author: "jlt \(JLTVersion.version)",
          comments: "评价规则摘要 SHA-256 \(rubric.digest)", created: CountyWorkbook.fixedDate(year: year)))
      try AllianceSheet.write(
        .blank(county: county, year: year), rubric: rubric, digest: rubric.digest, sheetName: sheetName, to: workbook)
      try workbook.close()
    }
  }
}
