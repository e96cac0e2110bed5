import Foundation
import TestSupport
import Testing

@testable import JLTCore
@testable import JLTWorkbook

/// The county workbook, written from an in-memory report and read back from the .xlsx.
@Suite struct WorkbookTests {
  typealias F = WorkbookFixture

  func written(_ report: CountyReport) throws -> (XLSXArchive, Scratch) {
    let directory = try Scratch()
    let path = directory.path("\(report.county).xlsx")
    try CountyWorkbook.write(report, to: path)
    return (try XLSXArchive(path: path), directory)
  }

  /// A cell's number, to 10 significant digits (as a spreadsheet shows it).
  func number(_ text: String?) -> Double? {
    guard let text, let value = Double(text) else { return nil }
    return Double(String(format: "%.10g", value))
  }

  @Test func sheetsInOrder() throws {
    let (archive, directory) = try written(F.sample)
    defer { directory.remove() }
    #expect(
      archive.sheetNames == [
        "排名", "同比", "周期", "成员校", "重点关注", "曾都区实验小学教联体", "曾都区东城中学教联体", "曾都区何店镇中心学校教联体",
        "证据", "问题", "说明",
      ])
  }

  @Test func rankingSheet() throws {
    let (archive, directory) = try written(F.sample)
    defer { directory.remove() }
    let sheet = "排名"
    let columns = workbookColumnLetters(18)
    #expect(archive.cellValue(sheet: sheet, reference: "A1") == "曾都区 2024学年 教联体建设考核评价排名")
    #expect(archive.cellValue(sheet: sheet, reference: "A2")?.contains("随州市教联体建设考核评价办法（试行）") == true)
    #expect(
      archive.rowValues(sheet: sheet, row: 3, columns: columns) == [
        "排名", "教联体", "类型", "核心校/牵头校", "管理共进", "师资共育", "资源共享", "整体提升", "社会评价", "加分项", "总分",
        "等次", "自评总分", "上年总分", "增减", "上年排名", "上年等次", "结果运用",
      ])
    #expect(
      archive.rowValues(sheet: sheet, row: 4, columns: columns) == [
        "1", "曾都区实验小学教联体", "融合型", "实验小学", "10", "29.59", "30", "20", "10", "0", "99.59", "优秀", "—",
        archive.cellValue(sheet: sheet, reference: "N4"), "16.58", "2", "良好", Consequence.reward.label,
      ])
    // libxlsxwriter writes numbers with 16 significant digits: 83.01 may read back as 83.01000000000001.
    #expect(number(archive.cellValue(sheet: sheet, reference: "N4")) == 83.01)
    #expect(
      archive.rowValues(sheet: sheet, row: 5, columns: ["A", "B", "C", "K", "L", "M", "N", "O", "P", "Q", "R"])
        == ["2", "曾都区东城中学教联体", "共建型", "72", "合格", "7（2项）", "新增", "—", "—", "—", "—"])
    #expect(
      archive.rowValues(sheet: sheet, row: 6, columns: ["A", "K", "L", "N", "R"])
        == ["3", "35", "不合格", "无法评分", Consequence.yellowCard.label])

    // The change is a number, formatted with its sign.
    #expect(archive.cellXML(sheet: sheet, reference: "O4")?.contains("t=\"s\"") == false)
    let styles = try #require(archive["xl/styles.xml"])
    #expect(styles.contains("formatCode=\"+0.00;-0.00;0\""))
    // Grade fills: 优秀 green, 合格 yellow, 不合格 red.
    for fill in ["FFC6EFCE", "FFFFEB9C", "FFFFC7CE"] { #expect(styles.contains(fill)) }

    // Frozen under the header; the header row repeats when printed.
    let xml = try #require(archive.worksheetXML(named: sheet))
    let pane = try #require(XLSXArchive.elements("pane", in: xml).first)
    #expect(XLSXArchive.attribute("ySplit", in: pane) == "3")
    #expect(try #require(archive["xl/workbook.xml"]).contains("'排名'!$3:$3"))
    #expect(xml.contains("orientation=\"landscape\""))

    // The chart of totals reads the 总分 number cells, bars coloured by grade.
    let chart = try #require(
      archive.parts.first { $0.key.hasPrefix("xl/charts/") && $0.value.contains("'排名'!") }?.value)
    #expect(chart.contains("<c:f>'排名'!$K$4:$K$6</c:f>"))
    #expect(chart.contains("<c:f>'排名'!$B$4:$B$6</c:f>"))
    let cache = try #require(XLSXArchive.blocks("c:numCache", in: chart).first)
    #expect(XLSXArchive.blocks("c:v", in: cache) == ["99.59", "72", "35"])
    for colour in ["70AD47", "FFC000", "C00000"] { #expect(chart.contains("<a:srgbClr val=\"\(colour)\"/>")) }
  }

  @Test func allianceSheetFollowsTheOfficialTable() throws {
    let (archive, directory) = try written(F.sample)
    defer { directory.remove() }
    let sheet = "曾都区实验小学教联体"
    let rubric = F.rubric
    #expect(archive.cellValue(sheet: sheet, reference: "A1") == "曾都区实验小学教联体 2024学年 考核评价表")
    let info = try #require(archive.cellValue(sheet: sheet, reference: "A2"))
    for part in ["县（市、区）：曾都区", "类型：融合型", "核心校/牵头校：实验小学", "zd-01"] { #expect(info.contains(part)) }
    #expect(
      archive.rowValues(sheet: sheet, row: 3, columns: workbookColumnLetters(10)) == [
        "一级指标", "二级指标", "考核要点", "评分标准", "考核对象", "评价方式", "分值", "自评分", "得分", "扣分说明",
      ])
    // One row per indicator, texts as in the official table.
    for (i, spec) in rubric.indicators.enumerated() {
      let row = 4 + i
      #expect(archive.cellValue(sheet: sheet, reference: "C\(row)") == spec.title)
      #expect(archive.cellValue(sheet: sheet, reference: "D\(row)") == spec.ruleText)
      #expect(archive.cellValue(sheet: sheet, reference: "G\(row)") == spec.points.scoreText)
    }
    #expect(archive.cellValue(sheet: sheet, reference: "A4") == "A1. 管理共进（10分）")
    #expect(archive.cellValue(sheet: sheet, reference: "B4")?.hasPrefix("B1. 制定科学规范的教联体章程") == true)
    #expect(archive.cellValue(sheet: sheet, reference: "C4")?.hasPrefix("C1. 依法制定教联体章程") == true)
    #expect(archive.cellValue(sheet: sheet, reference: "A24") == "A6. 加分项（10分）")
    #expect(archive.cellValue(sheet: sheet, reference: "I8") == "9.59")
    #expect(archive.cellValue(sheet: sheet, reference: "J8") == "C5.exchanged_one_year 交流周期满1年的35人 −0.41")

    let merged = Set(archive.mergedRanges(sheet: sheet))
    // The sheet spans pages; merged cells are cut where a page starts (the text repeats).
    let breaks = archive.rowBreaks(sheet: sheet)
    #expect(!breaks.isEmpty)
    func expectMerged(_ ranges: [String]) {
      for range in ranges {
        for part in XLSXArchive.parts(of: range, breaks: breaks) where part.contains(":") {
          #expect(merged.contains(part), "\(part) of \(range), breaks \(breaks)")
        }
      }
    }
    // 一级指标 over its indicators (A5 has a single row, so no merge).
    expectMerged(["A4:A6", "A7:A12", "A13:A18", "A19:A22", "A24:A26"])
    #expect(!merged.contains { $0.hasPrefix("A23:") })
    // 二级指标 over its indicators.
    expectMerged(["B4:B6", "B7:B12", "B13:B15", "B17:B18", "B24:B26"])
    // 考核对象 and 评价方式 over equal neighbours, never across a 一级指标.
    expectMerged(["E5:E6", "E8:E9", "E11:E12", "E13:E16", "E19:E22", "E24:E26"])
    expectMerged(["F4:F6", "F7:F8", "F9:F12", "F13:F18", "F20:F22", "F24:F26"])
    #expect(!merged.contains { $0.hasPrefix("E4:") || $0.hasPrefix("F19:") })
    // No merged cell crosses a page break; each part of a cut 一级指标 repeats its title.
    for range in merged {
      let rows = range.split(separator: ":").map { Int($0.drop { $0.isLetter }) ?? 0 }
      #expect(!breaks.contains { rows[0] <= $0 && $0 < rows[rows.count - 1] }, "\(range) crosses a page break")
    }
    for part in XLSXArchive.parts(of: "A7:A12", breaks: breaks) {
      let top = part.split(separator: ":")[0]
      #expect(archive.cellValue(sheet: sheet, reference: String(top)) == "A2. 师资共育（30分）")
    }
    // The totals and signatures are never separated.
    #expect(!breaks.contains { 27 <= $0 && $0 < 32 })
    #expect(archive.cellValue(sheet: sheet, reference: "E5") == "教联体核心校或牵头校、教联体成员校")
    #expect(archive.cellValue(sheet: sheet, reference: "F9") == "查阅资料 实地察看")

    // 合计 (a formula over C1–C20 with its value cached), 加分项, 总分, 等次, signatures.
    #expect(archive.cellValue(sheet: sheet, reference: "A27") == "合计（A1–A5）")
    #expect(archive.cellFormula(sheet: sheet, reference: "I27") == "SUM(I4:I23)")
    #expect(archive.cellValue(sheet: sheet, reference: "I27") == "99.59")
    #expect(archive.cellValue(sheet: sheet, reference: "G27") == "100")
    #expect(archive.cellValue(sheet: sheet, reference: "I28") == "0")
    #expect(archive.cellFormula(sheet: sheet, reference: "I29") == "I27+I28")
    #expect(archive.cellValue(sheet: sheet, reference: "I29") == "99.59")
    #expect(archive.cellValue(sheet: sheet, reference: "G29") == "110")
    #expect(archive.cellValue(sheet: sheet, reference: "A30") == "等次")
    #expect(archive.cellValue(sheet: sheet, reference: "G30") == "优秀")
    #expect(archive.cellValue(sheet: sheet, reference: "J30") == "结果运用：\(Consequence.reward.label)")
    #expect(archive.cellValue(sheet: sheet, reference: "J29") == "上年（2023学年）：总分 83.01，第 2 名，良好")
    for range in ["A27:F27", "A30:F30", "G30:I30", "A32:J32"] { #expect(merged.contains(range), "\(range)") }
    let signature = try #require(archive.cellValue(sheet: sheet, reference: "A32"))
    #expect(signature.hasPrefix("评分人："))
    #expect(signature.contains("复核人：") && signature.contains("日期："))

    // Explicit heights: the long C1 row is tall, merged A5 (one row) still fits its title.
    let c1 = try #require(archive.rowHeight(sheet: sheet, row: 4))
    #expect(c1 > 60)
    let a5 = try #require(archive.rowHeight(sheet: sheet, row: 23))
    #expect(a5 >= 30)
    // Printing: A4 landscape, one page wide, header repeated, page numbers.
    let xml = try #require(archive.worksheetXML(named: sheet))
    let setup = try #require(XLSXArchive.elements("pageSetup", in: xml).first)
    #expect(XLSXArchive.attribute("paperSize", in: setup) == "9")
    #expect(XLSXArchive.attribute("orientation", in: setup) == "landscape")
    #expect(XLSXArchive.attribute("fitToHeight", in: setup) == "0")
    #expect(xml.contains("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>"))
    #expect(try #require(archive["xl/workbook.xml"]).contains("'曾都区实验小学教联体'!$3:$3"))
  }

  @Test func allianceSheetReasonsSelfScoresAndInapplicable() throws {
    let (archive, directory) = try written(F.sample)
    defer { directory.remove() }
    let sheet = "曾都区东城中学教联体"
    #expect(archive.cellValue(sheet: sheet, reference: "J5") == "C2.annual_summary 年度工作总结缺失 −0.5\nC2 成员校年度计划缺失 −0.5")
    #expect(archive.cellValue(sheet: sheet, reference: "I5") == "1.5")
    #expect(archive.cellValue(sheet: sheet, reference: "J4") == nil)  // full marks: no reason
    // C19 does not apply: the row is there, 得分 reads 不适用.
    #expect(archive.cellValue(sheet: sheet, reference: "C22")?.hasPrefix("C19.") == true)
    #expect(archive.cellValue(sheet: sheet, reference: "I22") == "不适用")
    // 自评分 given for C2 (gap 0.5) and C6 (gap 5, flagged with its own style).
    #expect(archive.cellValue(sheet: sheet, reference: "H5") == "2")
    #expect(archive.cellValue(sheet: sheet, reference: "H9") == "5")
    let plain = try #require(archive.cellXML(sheet: sheet, reference: "H5")).prefix { $0 != ">" }
    let flagged = try #require(archive.cellXML(sheet: sheet, reference: "H9")).prefix { $0 != ">" }
    #expect(XLSXArchive.attribute("s", in: String(plain)) != XLSXArchive.attribute("s", in: String(flagged)))
    #expect(try #require(archive["xl/styles.xml"]).contains("FFF8CBAD"))
    #expect(archive.cellValue(sheet: sheet, reference: "H29") == "7（2项）")  // 自评总分, of 2 indicators
    #expect(archive.cellValue(sheet: sheet, reference: "J29") == "上年（2023学年）：新增")
    #expect(archive.cellValue(sheet: sheet, reference: "I29") == "72")
  }

  @Test func comparisonSheet() throws {
    let (archive, directory) = try written(F.sample)
    defer { directory.remove() }
    let sheet = "同比"
    #expect(archive.cellValue(sheet: sheet, reference: "A1") == "曾都区 教联体建设考核评价同比（2023学年 → 2024学年）")
    #expect(
      archive.rowValues(sheet: sheet, row: 3, columns: ["A", "B", "C", "F", "U", "X", "Y", "Z"])
        == ["排名", "教联体", "管理共进", "师资共育", "总分", "上年排名", "上年等次", "等次"])
    #expect(
      archive.rowValues(sheet: sheet, row: 4, columns: ["C", "D", "E", "U", "V", "W"])
        == ["2023", "2024", "增减", "2023", "2024", "增减"])
    let merged = Set(archive.mergedRanges(sheet: sheet))
    for range in ["A3:A4", "B3:B4", "C3:E3", "U3:W3", "Z3:Z4"] { #expect(merged.contains(range), "\(range)") }
    // zd-01: previous groups and total from its previous year.
    #expect(
      archive.rowValues(sheet: sheet, row: 5, columns: ["A", "B", "C", "D", "E", "U", "V", "W", "X", "Y", "Z"])
        == [
          "1", "曾都区实验小学教联体", "9", "10", "1", archive.cellValue(sheet: sheet, reference: "U5"), "99.59", "16.58", "2",
          "良好", "优秀",
        ])
    #expect(number(archive.cellValue(sheet: sheet, reference: "U5")) == 83.01)
    // New and unscorable alliances: placeholders, no change.
    #expect(
      archive.rowValues(sheet: sheet, row: 6, columns: ["C", "D", "E", "U", "V", "W", "Y"])
        == ["新增", "9.5", "—", "新增", "72", "—", "新增"])
    #expect(archive.rowValues(sheet: sheet, row: 7, columns: ["C", "E", "U", "Y"]) == ["无法评分", "—", "无法评分", "无法评分"])
    // Decreases and increases are coloured.
    let styles = try #require(archive["xl/styles.xml"])
    #expect(styles.contains("FFE2EFDA"))
    // The chart: clustered columns, Y − 1 and Y totals from number cells (Y − 1 blank when absent).
    let chart = try #require(
      archive.parts.first { $0.key.hasPrefix("xl/charts/") && $0.value.contains("'同比'!") }?.value)
    #expect(chart.contains("<c:grouping val=\"clustered\"/>"))
    #expect(chart.contains("<c:f>'同比'!$C$11:$C$13</c:f>"))
    #expect(chart.contains("<c:f>'同比'!$D$11:$D$13</c:f>"))
    #expect(number(archive.cellValue(sheet: sheet, reference: "C11")) == 83.01)
    #expect(archive.cellValue(sheet: sheet, reference: "C12") == nil)
    #expect(archive.cellValue(sheet: sheet, reference: "D13") == "35")
  }

  @Test func noComparisonWithoutAScoredPreviousYear() throws {
    let report = F.report([
      F.alliance(id: "a", name: "甲教联体"), F.alliance(id: "b", name: "乙教联体", previous: .unscorable),
    ])
    let (archive, directory) = try written(report)
    defer { directory.remove() }
    #expect(archive.sheetNames == ["排名", "周期", "成员校", "重点关注", "甲教联体", "乙教联体", "证据", "问题", "说明"])
    #expect(archive.cellValue(sheet: "问题", reference: "A3") == "无")
  }

  @Test func problemsSheet() throws {
    let (archive, directory) = try written(F.sample)
    defer { directory.remove() }
    let sheet = "问题"
    #expect(
      archive.rowValues(sheet: sheet, row: 2, columns: ["A", "B", "C", "D", "E", "F"])
        == ["教联体", "名称", "文件", "行", "级别", "说明"])
    #expect(
      archive.rowValues(sheet: sheet, row: 3, columns: ["A", "B", "C", "D", "E"]) == [
        "zd-02", "曾都区东城中学教联体", "曾都区/zd-02/2024.toml", "121", "警告",
      ])
    #expect(
      archive.rowValues(sheet: sheet, row: 4, columns: ["A", "B", "C", "D", "E", "F"])
        == ["zd-09", "—", "曾都区/zd-09/2024.toml", "80", "错误", "未知的键 C5.exchanged_one_yaer，是否应为 exchanged_one_year？"])
    #expect(archive.cellValue(sheet: sheet, reference: "A5") == nil)
    // The error row is filled red; the warning row is not.
    let warning = try #require(archive.cellXML(sheet: sheet, reference: "E3")).prefix { $0 != ">" }
    let error = try #require(archive.cellXML(sheet: sheet, reference: "E4")).prefix { $0 != ">" }
    #expect(XLSXArchive.attribute("s", in: String(warning)) != XLSXArchive.attribute("s", in: String(error)))
  }

  @Test func notesSheet() throws {
    let report = F.sample
    let (archive, directory) = try written(report)
    defer { directory.remove() }
    let sheet = "说明"
    let values = (1...60).flatMap { row in
      archive.rowValues(sheet: sheet, row: row, columns: ["A", "B", "C"]).compactMap { $0 }
    }
    #expect(values.contains("jlt \(JLTVersion.version)"))
    #expect(values.contains(report.rubricDigest))
    #expect(values.contains("随州市教联体建设考核评价办法（试行）"))
    #expect(values.contains { $0.hasPrefix("2024学年") })
    #expect(values.contains("4 个"))  // found
    #expect(values.contains("1 个"))  // with errors
    #expect(values.contains { $0.contains("优秀：85分及以上") })
    for spec in F.rubric.indicators {
      #expect(values.contains(spec.code))
      #expect(values.contains(spec.ruleDescription))
    }
  }

  @Test func countyWithoutScoredAlliances() throws {
    let report = F.report(
      [], problems: [.error("未提交 2024 年证据清单", file: "随县/sx-09/2024.toml", alliance: "sx-09")], found: 1)
    let (archive, directory) = try written(report)
    defer { directory.remove() }
    #expect(archive.sheetNames == ["排名", "周期", "成员校", "重点关注", "证据", "问题", "说明"])
    #expect(archive.cellValue(sheet: "排名", reference: "A4")?.hasPrefix("无已评分的教联体") == true)
    #expect(archive.cellValue(sheet: "问题", reference: "E3") == "错误")
  }

  /// Alliances that could not be scored are listed after the ranking as 未评分 with their first
  /// error (SPEC §5), not hidden.
  @Test func unscoredAlliancesFollowTheRanking() throws {
    var report = F.sample
    report.unscored = [
      UnscoredAlliance(
        id: "zd-09", name: nil, file: "曾都区/zd-09/2024.toml", line: 80, message: "未知的键 C5.exchanged_one_yaer"),
      UnscoredAlliance(
        id: "zd-10", name: "曾都区十号教联体", file: "曾都区/zd-10/2024.toml", line: nil, message: "未提交 2024 年证据清单"),
    ]
    let (archive, directory) = try written(report)
    defer { directory.remove() }
    // Three ranked rows (4–6), then the two unscored ones.
    #expect(archive.rowValues(sheet: "排名", row: 7, columns: ["A", "B"]) == ["未评分", "zd-09"])
    #expect(
      archive.cellValue(sheet: "排名", reference: "C7")
        == "错误：未知的键 C5.exchanged_one_yaer（曾都区/zd-09/2024.toml:80；全部问题见“问题”表）")
    #expect(archive.rowValues(sheet: "排名", row: 8, columns: ["A", "B"]) == ["未评分", "曾都区十号教联体（zd-10）"])
    #expect(archive.mergedRanges(sheet: "排名").contains("C8:R8"))
    // The chart of totals still covers the ranked rows only.
    let chart = try #require(
      archive.parts.first { $0.key.hasPrefix("xl/charts/") && $0.value.contains("'排名'!") }?.value)
    #expect(chart.contains("'排名'!$K$4:$K$6"))
  }

  @Test func sameReportGivesTheSameBytes() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    try CountyWorkbook.write(F.sample, to: directory.path("a.xlsx"))
    try CountyWorkbook.write(F.sample, to: directory.path("b.xlsx"))
    let a = try Data(contentsOf: URL(fileURLWithPath: directory.path("a.xlsx")))
    let b = try Data(contentsOf: URL(fileURLWithPath: directory.path("b.xlsx")))
    #expect(!a.isEmpty)
    #expect(a == b)
  }

  @Test func workbookErrorsBecomeOutputErrors() throws {
    let path = "/nonexistent-\(UUID().uuidString)/x.xlsx"
    #expect {
      try CountyWorkbook.write(F.sample, to: path)
    } throws: { error in
      (error as? WorkbookError)?.path == path
    }
  }
}
