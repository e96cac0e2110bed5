import Foundation
import JLTCore
import JLTWorkbook

/// The files `score` writes, each atomically (temporary file, then rename): per county its
/// workbook and its JSON, and the city summary.
enum OutputFiles {
  static let extensions = ["xlsx", "json"]

  static func write(_ report: CountyReport, as ext: String, to path: String) throws {
    switch ext {
    case "json": try AtomicFile.write(Data(JSONReport.render(report).utf8), to: path)
    default: try workbook(path) { try CountyWorkbook.write(report, to: $0) }
    }
  }

  static func writeCitySummary(_ summary: CitySummary, to path: String) throws {
    try workbook(path) { try CitySummaryWorkbook.write(summary, to: $0) }
  }

  /// Writes a workbook through a temporary file; a workbook the C library could not write is an
  /// `OutputError` naming `path`.
  static func workbook(_ path: String, _ write: (String) throws -> Void) throws {
    try AtomicFile.write(to: path) { temporary in
      do {
        try write(temporary)
      } catch let e as WorkbookError {
        throw OutputError.workbook(e.path, e.reason)
      }
    }
  }
}
