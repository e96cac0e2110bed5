import Foundation
import TestSupport
import Testing
import XLSX

@Suite struct WorkbookContentTests {
  @Test func sampleWorkbookContainsExpectedXML() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let path = directory.path("sample.xlsx")
    try Fixture.writeSample(to: path)

    let archive = try XLSXArchive(path: path)
    #expect(archive.sheetNames == [Fixture.summarySheet, Fixture.detailSheet])

    let sheet = try #require(archive["xl/worksheets/sheet1.xml"])
    #expect(archive.worksheetXML(named: Fixture.summarySheet) == sheet)
    #expect(sheet.contains("<mergeCell ref=\"A1:D1\"/>"))

    let pageSetup = try #require(XLSXArchive.elements("pageSetup", in: sheet).first)
    #expect(XLSXArchive.attribute("orientation", in: pageSetup) == "landscape")
    #expect(XLSXArchive.attribute("paperSize", in: pageSetup) == "9")
    #expect(XLSXArchive.attribute("fitToHeight", in: pageSetup) == "0")
    #expect(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"))
    #expect(sheet.contains("horizontalCentered=\"1\""))

    // Formula with its cached value.
    #expect(archive.cellFormula(sheet: Fixture.summarySheet, reference: "D4") == "SUM(B4:C4)")
    #expect(archive.cellValue(sheet: Fixture.summarySheet, reference: "D4") == "7.5")
    #expect(sheet.contains("<f>SUM(B3:C3)</f><v>3</v>"))

    // Strings and numbers.
    #expect(archive.cellValue(sheet: Fixture.summarySheet, reference: "A1") == "2024 年度测评结果")
    #expect(archive.cellValue(sheet: Fixture.summarySheet, reference: "A4") == "李四")
    #expect(archive.cellValue(sheet: Fixture.summarySheet, reference: "B4") == "3.5")
    #expect(archive.sharedStrings.contains("张三"))
    #expect(archive.sharedStrings.contains("长文本长文本长文本"))

    // Column widths, frozen pane, footer.
    #expect(sheet.contains("<col min=\"1\" max=\"1\""))
    #expect(sheet.contains("<col min=\"2\" max=\"4\""))
    let pane = try #require(XLSXArchive.elements("pane", in: sheet).first)
    #expect(XLSXArchive.attribute("state", in: pane) == "frozen")
    #expect(XLSXArchive.attribute("ySplit", in: pane) == "2")
    #expect(sheet.contains("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>"))

    // Repeat rows become a Print_Titles defined name with the quoted sheet name.
    let workbookXML = try #require(archive["xl/workbook.xml"])
    #expect(workbookXML.contains("_xlnm.Print_Titles"))
    #expect(workbookXML.contains("'成绩汇总'!$1:$2"))

    // Chart: clustered column, Chinese sheet name quoted, point colours, labels.
    let chart = try #require(archive["xl/charts/chart1.xml"])
    #expect(chart.contains("<c:barDir val=\"col\"/>"))
    #expect(chart.contains("<c:grouping val=\"clustered\"/>"))
    #expect(chart.contains("<c:f>'成绩汇总'!$A$3:$A$5</c:f>"))
    #expect(chart.contains("<c:f>'成绩汇总'!$B$3:$B$5</c:f>"))
    // Values cached from the number cells (formula cells would be cached as 0).
    let numCache = try #require(XLSXArchive.blocks("c:numCache", in: chart).first)
    #expect(XLSXArchive.blocks("c:v", in: numCache) == ["1", "3.5", "10"])
    #expect(XLSXArchive.blocks("c:v", in: chart).contains("李四"))
    #expect(XLSXArchive.blocks("c:dPt", in: chart).count == 2)
    #expect(chart.contains("FF0000"))
    #expect(chart.contains("00B050"))
    #expect(chart.contains("<c:dLbls>"))
    #expect(chart.contains("合计得分"))
    #expect(chart.contains("<c:delete val=\"1\"/>") || !chart.contains("<c:legend>"))
    #expect(archive["xl/drawings/drawing1.xml"] != nil)

    // Fixed document date and properties.
    let core = try #require(archive["docProps/core.xml"])
    #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(Fixture.createdText)</dcterms:created>"))
    #expect(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(Fixture.createdText)</dcterms:modified>"))
    #expect(core.contains("<dc:title>测试报告</dc:title>"))
    let app = try #require(archive["docProps/app.xml"])

    // Second sheet: explicit row height for wrapped text.
    let detail = try #require(archive.worksheetXML(named: Fixture.detailSheet))
    #expect(detail.contains("customHeight=\"1\""))
  }

  @Test func outputIsByteIdenticalAcrossRuns() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let first = directory.path("first.xlsx")
    let second = directory.path("second.xlsx")
    try Fixture.writeSample(to: first)
    try Fixture.writeSample(to: second)
    let a = try Data(contentsOf: URL(fileURLWithPath: first))
    let b = try Data(contentsOf: URL(fileURLWithPath: second))
    #expect(!a.isEmpty)
    #expect(a == b)
  }

  @Test func stylesAreSharedAndColoursWritten() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let path = directory.path("styles.xlsx")
    let workbook = try Workbook(path: path, properties: Fixture.properties)
    let sheet = try workbook.addWorksheet(name: "Styles")
    let red = CellStyle(bold: true, fontColor: 0xFF0000, fill: 0xFFFF00, border: .thin)
    for row in 0..<50 {
      try sheet.write(row: row, col: 0, string: "x\(row)", style: red)
    }
    try sheet.write(row: 0, col: 1, string: "black", style: CellStyle(fontColor: 0x000000))
    try sheet.write(row: 1, col: 1, number: 1, style: .plain)
    try workbook.close()

    let archive = try XLSXArchive(path: path)
    let styles = try #require(archive["xl/styles.xml"])
    // Default + red + black font.
    #expect(styles.contains("<cellXfs count=\"3\">"))
    #expect(styles.contains("FFFF0000"))
    #expect(styles.contains("FFFFFF00"))
    #expect(styles.contains("<color rgb=\"FF000000\"/>"))
    #expect(styles.contains("<left style=\"thin\">"))
  }

  @Test func awkwardStringsDoNotTrap() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let path = directory.path("strings.xlsx")
    let workbook = try Workbook(path: path, properties: Fixture.properties)
    let sheet = try workbook.addWorksheet(name: "Strings")
    try sheet.write(row: 0, col: 0, string: "a\0b\0c")
    let long = String(repeating: "字", count: 40_000)
    try sheet.write(row: 1, col: 0, string: long)
    let emoji = String(repeating: "😀", count: 20_000)  // 2 UTF-16 units each
    try sheet.write(row: 2, col: 0, string: emoji)
    try sheet.write(row: 3, col: 0, string: "<&>\"'\u{1}")
    try sheet.write(row: 4, col: 0, string: "")
    try sheet.merge(firstRow: 5, firstCol: 0, lastRow: 5, lastCol: 0, string: "single")
    try workbook.close()

    let archive = try XLSXArchive(path: path)
    #expect(archive.cellValue(sheet: "Strings", reference: "A1") == "abc")
    #expect(archive.cellValue(sheet: "Strings", reference: "A2")?.count == 32_767)
    #expect(archive.cellValue(sheet: "Strings", reference: "A3")?.utf16.count == 32_766)
    #expect(archive.cellValue(sheet: "Strings", reference: "A4")?.hasPrefix("<&>\"'") == true)
    #expect(archive.cellXML(sheet: "Strings", reference: "A5") == nil)
    #expect(archive.cellValue(sheet: "Strings", reference: "A6") == "single")
    #expect(archive["xl/worksheets/sheet1.xml"]?.contains("<mergeCell") == false)
  }
}
