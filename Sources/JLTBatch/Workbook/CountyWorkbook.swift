import Foundation
import JLTCore
import XLSX

/// `output/Y/<county>.xlsx` (SPEC §5): 排名, 同比 (when a previous year was scored), one sheet
/// per ranked alliance in rank order, 问题, 说明.
enum CountyWorkbook {
  /// - Parameter previousScores: the county's Y − 1 scores by alliance id, for the groups
  ///   shown in 同比; by default those of `report.previousYear`.
  static func write(_ report: CountyReport, previousScores: [String: AllianceScore] = [:], to path: String) throws {
    let previousScores =
      previousScores.isEmpty
      ? Dictionary(report.previousYear.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) : previousScores
    do {
      let workbook = try Workbook(path: path, properties: properties(report))
      try RankingSheet.write(report, to: workbook)
      if ComparisonSheet.applies(to: report) {
        try ComparisonSheet.write(report, previousScores: previousScores, to: workbook)
      }
      let names = SheetNamer.names(for: report.alliances.map(\.name), ids: report.alliances.map(\.id))
      for (alliance, name) in zip(report.alliances, names) {
        try AllianceSheet.write(alliance, report: report, sheetName: name, to: workbook)
      }
      try ProblemsSheet.write(report, to: workbook)
      try NotesSheet.write(report, to: workbook)
      try workbook.close()
    } catch let e as XLSXError {
      throw OutputError.workbook(path, e.description)
    }
  }

  static func properties(_ report: CountyReport) -> DocumentProperties {
    DocumentProperties(
      title: "\(report.county) \(report.year)学年 教联体建设考核评价",
      subject: report.rubric.name, author: "jlt \(JLTVersion.version)",
      keywords: "教联体, 考核评价, \(report.county), \(report.year)",
      comments: "评价规则摘要 SHA-256 \(report.rubricDigest)",
      created: fixedDate(year: report.year))
  }

  /// January 1 of `year`, 00:00 UTC: a fixed creation time keeps the output byte-identical.
  static func fixedDate(year: Int) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    if let utc = TimeZone(secondsFromGMT: 0) { calendar.timeZone = utc }
    return calendar.date(from: DateComponents(year: year, month: 1, day: 1)) ?? Date(timeIntervalSince1970: 86_400)
  }
}
