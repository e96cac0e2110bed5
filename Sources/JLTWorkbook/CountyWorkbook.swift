import Foundation
import JLTCore
import XLSX

/// `output/Y/<county>.xlsx` (SPEC §5): the sheets of `sheets` in that order, the alliance
/// sheets (one per ranked alliance, in rank order) where `.alliances` stands.
public enum CountyWorkbook {
  /// A sheet of the county workbook.
  enum Sheet: CaseIterable {
    case ranking, comparison, cycle, memberSchools, focus, alliances, evidence, problems, notes

    /// The fixed name, nil for the alliance sheets (named after their alliances).
    var name: String? {
      switch self {
      case .ranking: return RankingSheet.name
      case .comparison: return ComparisonSheet.name
      case .cycle: return CycleSheet.name
      case .memberSchools: return MemberSchoolsSheet.name
      case .focus: return FocusSheet.name
      case .alliances: return nil
      case .evidence: return EvidenceSheet.name
      case .problems: return ProblemsSheet.name
      case .notes: return NotesSheet.name
      }
    }
  }

  /// The order of the sheets.
  static let sheets: [Sheet] = [
    .ranking, .comparison, .cycle, .memberSchools, .focus, .alliances, .evidence, .problems, .notes,
  ]

  /// Names no alliance sheet may take: the fixed sheets'.
  public static let fixedSheetNames = sheets.compactMap(\.name)

  public static func write(_ report: CountyReport, to path: String) throws {
    try WorkbookError.wrapping(path) {
      let workbook = try Workbook(path: path, properties: properties(report))
      for sheet in sheets { try write(sheet, report, workbook) }
      try workbook.close()
    }
  }

  static func write(_ sheet: Sheet, _ report: CountyReport, _ workbook: Workbook) throws {
    switch sheet {
    case .ranking: try RankingSheet.write(report, to: workbook)
    case .comparison:
      if ComparisonSheet.applies(to: report) { try ComparisonSheet.write(report, to: workbook) }
    case .cycle: try CycleSheet.write(report, to: workbook)
    case .memberSchools: try MemberSchoolsSheet.write(report, to: workbook)
    case .focus: try FocusSheet.write(report, to: workbook)
    case .evidence: try EvidenceSheet.write(report, to: workbook)
    case .alliances:
      let names = SheetNamer.names(for: report.alliances.map(\.name), ids: report.alliances.map(\.id))
      for (alliance, name) in zip(report.alliances, names) {
        try AllianceSheet.write(
          .scored(alliance), rubric: report.rubric, digest: report.rubricDigest, sheetName: name, to: workbook)
      }
    case .problems: try ProblemsSheet.write(report, to: workbook)
    case .notes: try NotesSheet.write(report, to: workbook)
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
