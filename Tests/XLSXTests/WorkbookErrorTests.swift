import Foundation
import TestSupport
import Testing
import XLSX

@Suite struct WorkbookErrorTests {
  private func makeWorkbook(_ directory: Scratch, _ name: String = "e.xlsx") throws -> Workbook {
    try Workbook(path: directory.path(name), properties: Fixture.properties)
  }

  @Test(arguments: [
    ("", XLSXError.Code.parameterValidation),
    ("a[b", .invalidSheetNameCharacter),
    ("a]b", .invalidSheetNameCharacter),
    ("a:b", .invalidSheetNameCharacter),
    ("a*b", .invalidSheetNameCharacter),
    ("a?b", .invalidSheetNameCharacter),
    ("a/b", .invalidSheetNameCharacter),
    ("a\\b", .invalidSheetNameCharacter),
    ("a\0b", .invalidSheetNameCharacter),
    ("'quoted", .sheetNameStartEndApostrophe),
    ("quoted'", .sheetNameStartEndApostrophe),
    (String(repeating: "表", count: 32), .sheetNameLengthExceeded),
    ("History", .parameterValidation),
  ])
  func invalidSheetNamesThrow(name: String, code: XLSXError.Code) throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let workbook = try makeWorkbook(directory)
    let error = try #require(throws: XLSXError.self) { try workbook.addWorksheet(name: name) }
    #expect(error.code == code)
    #expect(!error.message.isEmpty)
    #expect(workbook.worksheetNames.isEmpty)
  }

  @Test func maximumLengthChineseNameIsAccepted() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let workbook = try makeWorkbook(directory)
    _ = try workbook.addWorksheet(name: String(repeating: "表", count: 31))
    _ = try workbook.addWorksheet(name: "it's fine")
    try workbook.close()
  }

  @Test func duplicateNamesThrowIgnoringCase() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let workbook = try makeWorkbook(directory)
    _ = try workbook.addWorksheet(name: "汇总")
    _ = try workbook.addWorksheet(name: "Sheet")
    #expect(throws: XLSXError.self) { try workbook.addWorksheet(name: "汇总") }
    let error = try #require(throws: XLSXError.self) { try workbook.addWorksheet(name: "SHEET") }
    #expect(error.code == .sheetNameAlreadyUsed)
    #expect(error.message == "Worksheet name is already in use.")
    #expect(error.context.contains("SHEET"))
    #expect(workbook.worksheetNames == ["汇总", "Sheet"])
  }

  @Test func closeIntoMissingDirectoryThrows() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let path = directory.path("no/such/dir/out.xlsx")
    let workbook = try Workbook(path: path, properties: Fixture.properties)
    let sheet = try workbook.addWorksheet(name: "A")
    try sheet.write(row: 0, col: 0, string: "x")
    let error = try #require(throws: XLSXError.self) { try workbook.close() }
    #expect(error.code == .creatingXLSXFile)
    #expect(error.context.contains(path))
    // Closed: a second close throws.
    #expect(throws: XLSXError.self) { try workbook.close() }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func closeTwiceAndUseAfterCloseThrow() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let workbook = try makeWorkbook(directory)
    let sheet = try workbook.addWorksheet(name: "A")
    let chart = try workbook.addChart(type: .bar)
    try workbook.close()
    #expect(throws: XLSXError.self) { try workbook.close() }
    #expect(throws: XLSXError.self) { try sheet.write(row: 0, col: 0, string: "late") }
    #expect(throws: XLSXError.self) { try sheet.setLandscape() }
    #expect(throws: XLSXError.self) { try workbook.addWorksheet(name: "B") }
    #expect(throws: XLSXError.self) { try chart.setTitle("late") }
  }

  @Test func unclosedWorkbookWritesNothing() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let path = directory.path("never.xlsx")
    do {
      let workbook = try Workbook(path: path, properties: Fixture.properties)
      let sheet = try workbook.addWorksheet(name: "A")
      try sheet.write(row: 0, col: 0, string: "dropped")
      let chart = try workbook.addChart(type: .column)
      try chart.addSeries(values: .column(0, rows: 0...0, sheet: "A"))
      try sheet.insertChart(row: 1, col: 1, chart: chart)
    }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func cellArgumentsAreChecked() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let workbook = try makeWorkbook(directory)
    let sheet = try workbook.addWorksheet(name: "A")
    var error = try #require(throws: XLSXError.self) { try sheet.write(row: 1_048_576, col: 0, string: "x") }
    #expect(error.code == .indexOutOfRange)
    #expect(throws: XLSXError.self) { try sheet.write(row: -1, col: 0, number: 1) }
    #expect(throws: XLSXError.self) { try sheet.write(row: 0, col: 16_384, number: 1) }
    #expect(throws: XLSXError.self) { try sheet.write(row: 0, col: Int.max, number: 1) }
    try sheet.write(row: 1_048_575, col: 16_383, number: 1)
    error = try #require(throws: XLSXError.self) { try sheet.write(row: 0, col: 0, number: .nan) }
    #expect(error.code == .parameterValidation)
    #expect(error.context.contains("A1"))
    #expect(throws: XLSXError.self) { try sheet.write(row: 0, col: 0, number: .infinity) }
    #expect(throws: XLSXError.self) {
      try sheet.writeFormula(row: 0, col: 0, formula: "=1/0", cachedResult: .nan)
    }
    #expect(throws: XLSXError.self) { try sheet.writeFormula(row: 0, col: 0, formula: "=", cachedResult: 0) }
    #expect(throws: XLSXError.self) { try sheet.setColumn(0, width: -1) }
    #expect(throws: XLSXError.self) { try sheet.setRow(0, height: 500) }
    #expect(throws: XLSXError.self) {
      try sheet.write(row: 0, col: 0, string: "x", style: CellStyle(fontSize: 0))
    }
    #expect(throws: XLSXError.self) {
      try sheet.write(row: 0, col: 0, string: "x", style: CellStyle(numberFormat: String(repeating: "0", count: 200)))
    }
    #expect(throws: XLSXError.self) { try sheet.fitToPages(width: -1, height: 0) }
    #expect(throws: XLSXError.self) { try sheet.setFooter("&C&G") }
    #expect(throws: XLSXError.self) { try sheet.setFooter(String(repeating: "页", count: 256)) }
    try workbook.close()
  }

  @Test func overlappingMergesThrow() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let workbook = try makeWorkbook(directory)
    let sheet = try workbook.addWorksheet(name: "A")
    try sheet.merge(firstRow: 0, firstCol: 0, lastRow: 1, lastCol: 2, string: "a")
    let error = try #require(throws: XLSXError.self) {
      try sheet.merge(firstRow: 1, firstCol: 2, lastRow: 3, lastCol: 3, string: "b")
    }
    #expect(error.context.contains("A1:C2"))
    try sheet.merge(firstRow: 2, firstCol: 0, lastRow: 2, lastCol: 3, string: "c", style: .number("0"))
    try workbook.close()
  }

  @Test func chartArgumentsAreChecked() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let workbook = try makeWorkbook(directory)
    let sheet = try workbook.addWorksheet(name: "数据")
    let chart = try workbook.addChart(type: .bar)
    // No series yet.
    #expect(throws: XLSXError.self) { try sheet.insertChart(row: 0, col: 0, chart: chart) }
    #expect(throws: XLSXError.self) { try chart.addSeries(values: .column(0, rows: 0...2, sheet: "missing")) }
    #expect(throws: XLSXError.self) { try chart.setSeriesGap(501) }
    try chart.addSeries(name: "s", values: .column(1, rows: 0...2, sheet: "数据"))
    try chart.setValueAxisRange(min: 0, max: 100, majorUnit: 20)
    try sheet.insertChart(row: 0, col: 0, chart: chart)
    // Inserted twice.
    #expect(throws: XLSXError.self) { try sheet.insertChart(row: 10, col: 0, chart: chart) }
    let pie = try workbook.addChart(type: .pie)
    #expect(throws: XLSXError.self) { try pie.setValueAxisTitle("n/a") }
    try workbook.close()

    let archive = try XLSXArchive(path: directory.path("e.xlsx"))
    let xml = try #require(archive["xl/charts/chart1.xml"])
    #expect(xml.contains("<c:barDir val=\"bar\"/>"))
    #expect(xml.contains("<c:max val=\"100\"/>"))
  }

  @Test func errorsAreEquatableAndDescribed() {
    let a = XLSXError(code: .parameterValidation, message: "m", context: "c")
    let b = XLSXError(code: .parameterValidation, message: "m", context: "c")
    #expect(a == b)
    #expect(a.description.contains("c"))
  }
}
