import JLTCore

/// `output/Y/<county>.xlsx` (SPEC §5).
enum CountyWorkbook {
  static func write(_ report: CountyReport, to path: String) throws {
    throw OutputError.workbook(path, "尚未实现")
  }
}
