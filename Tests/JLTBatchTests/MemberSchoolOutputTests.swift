import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// SPEC §11 read back from the written files: the 成员校, 重点关注 and 证据 sheets of the county
/// workbook, 全市汇总's 成员校通报 and 重点关注, 排名's 结果运用 and the JSON, for the prepared
/// input Tests/Fixtures/schools (expected values in its README.txt, computed by hand).
@Suite("成员校与重点关注的输出")
struct MemberSchoolOutputTests {
  /// The fixture copied into a scratch folder, with what git cannot keep: links into and out of
  /// s-01's folder, and a linked folder outside it (none may be entered or listed).
  struct Written {
    let directory: Scratch
    let run: ScoreRun
    var county: XLSXArchive { get throws { try XLSXArchive(path: directory.path("out/2024/测试县.xlsx")) } }
    var city: XLSXArchive { get throws { try XLSXArchive(path: directory.path("out/2024/全市汇总.xlsx")) } }
    func json(_ county: String) throws -> [String: Any] {
      let data = try Data(contentsOf: URL(fileURLWithPath: directory.path("out/2024/\(county).json")))
      return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
  }

  static func written() throws -> Written {
    let directory = try Scratch()
    let input = try directory.copyFixture("schools")
    let s01 = "schools/测试县/s-01"
    try directory.write("外部/证据.pdf", "outside")
    try directory.write("外部/目录/文件.pdf", "outside")
    try directory.symlink("\(s01)/evidence/链接-内.pdf", to: "特色/河口小学.pdf")
    try directory.symlink("\(s01)/evidence/链接-外.pdf", to: directory.path("外部/证据.pdf"))
    try directory.symlink("\(s01)/evidence/外部目录", to: directory.path("外部/目录"))
    try directory.symlink("\(s01)/evidence/断链.pdf", to: "不存在.pdf")
    let run = try ScoreCommand.run(input: input, output: directory.path("out"), year: 2024, counties: [], jobs: 2)
    return Written(directory: directory, run: run)
  }

  static let columns = workbookColumnLetters(17)

  @Test func memberSchoolsSheet() throws {
    let w = try Self.written()
    defer { w.directory.remove() }
    #expect(w.run.failures.isEmpty)
    let x = try w.county
    #expect(x.sheetNames == ["排名", "周期", "成员校", "重点关注", "测试县二教联体", "测试县一教联体", "证据", "问题", "说明"])
    let sheet = "成员校"
    #expect(
      x.rowValues(sheet: sheet, row: 3, columns: Self.columns) == [
        "教联体", "学校", "角色", "标签", "教师数", "年度计划", "年度总结", "校长参会", "校本培训覆盖", "参与共同课题", "一校一特色",
        "满意度", "特色创建", "接收交流教师", "核心校评价", "缺项", "说明",
      ])
    // Alliances in rank order (二 68.44 before 一 63.17), schools in manifest order.
    #expect(
      (4...9).map { x.cellValue(sheet: sheet, reference: "B\($0)") } == [
        "测试县第二中学", "测试县北郊小学", "测试县南湖小学", "测试县实验小学", "测试县河口小学", "测试县山前小学",
      ])
    // The core school: member-only items do not apply; its evaluation is ignored.
    #expect(
      x.rowValues(sheet: sheet, row: 7, columns: Self.columns) == [
        "测试县一教联体", "测试县实验小学", "核心校", "城区", "50", "—", "—", "—", "—", "✓", "✓", "90", "省0 市0", "2", "—", "0",
        nil,
      ])
    // 山前: a grade without its record, two files not there, an honor whose file is missing.
    #expect(
      x.rowValues(sheet: sheet, row: 9, columns: Self.columns) == [
        "测试县一教联体", "测试县山前小学", "成员校", "新建", "10", "✓", "✗", "✗", "✗", "✗", "✗", "无", "省0 市1", "0",
        "良好（无记录，不计）", "6", "年度总结、校长参会、校本培训覆盖、参与共同课题、一校一特色、满意度",
      ])
    #expect(
      x.rowValues(sheet: sheet, row: 8, columns: ["D", "L", "M", "N", "O", "P"]) == [
        "农村、薄弱", "80", "省1 市0", "3", "不合格", "0",
      ])
    // Numbers are numbers.
    #expect(x.cellXML(sheet: sheet, reference: "L8")?.contains("t=\"s\"") == false)
    // Highlighting: 不合格 red (南湖, untagged, and 河口), a tagged school with 缺项 yellow (山前), others none.
    for row in [6, 8] {
      #expect(x.fillColor(sheet: sheet, reference: "B\(row)") == "FFC7CE")
      #expect(x.fontColor(sheet: sheet, reference: "O\(row)") == "9C0006")
    }
    #expect(x.fillColor(sheet: sheet, reference: "B9") == "FFF2CC")
    #expect(x.fillColor(sheet: sheet, reference: "Q9") == "FFF2CC")
    for row in [4, 5, 7] { #expect(x.fillColor(sheet: sheet, reference: "B\(row)") == nil) }
    Self.expectPrintable(x, sheet: sheet, header: "$3:$3")
  }

  @Test func focusSheet() throws {
    let w = try Self.written()
    defer { w.directory.remove() }
    let x = try w.county
    let sheet = "重点关注"
    let cols = workbookColumnLetters(11)
    #expect(
      x.rowValues(sheet: sheet, row: 3, columns: cols) == [
        "分组", "学校数", "教师数", "平均满意度", "校本培训覆盖率（成员校）", "参与共同课题比例", "一校一特色比例", "接收交流教师",
        "每百名教师接收交流教师", "特色创建（省级/市级）", "核心校评价不合格",
      ])
    // The figures of Tests/Fixtures/schools/README.txt (and FocusGroupsTests).
    #expect(
      x.rowValues(sheet: sheet, row: 4, columns: cols) == [
        "农村", "2", "50", "82.5", "100%", "100%", "100%", "9", "18", "1/0", "1",
      ])
    #expect(
      x.rowValues(sheet: sheet, row: 5, columns: cols) == [
        "薄弱", "1", "20", "80", "100%", "100%", "100%", "3", "15", "1/0", "1",
      ])
    #expect(
      x.rowValues(sheet: sheet, row: 6, columns: cols) == [
        "新建", "1", "10", "—", "0%", "0%", "0%", "0", "0", "0/1", "0",
      ])
    #expect(
      x.rowValues(sheet: sheet, row: 7, columns: cols) == [
        "其他", "3", "110", "86.67", "0%", "100%", "66.67%", "3", "2.73", "1/0", "1",
      ])
    #expect(x.cellValue(sheet: sheet, reference: "A9") == "有缺项的农村、薄弱、新建学校（1 所）：")
    #expect(x.rowValues(sheet: sheet, row: 10, columns: ["A", "B", "C", "D"]) == ["教联体", "学校", "标签", "缺项"])
    #expect(
      x.rowValues(sheet: sheet, row: 11, columns: ["A", "B", "C", "D"]) == [
        "测试县一教联体", "测试县山前小学", "新建", "年度总结、校长参会、校本培训覆盖、参与共同课题、一校一特色、满意度",
      ])
    #expect(x.cellValue(sheet: sheet, reference: "A12") == nil)
    Self.expectPrintable(x, sheet: sheet, header: "$3:$3")
  }

  @Test(.tags(.slow)) func evidenceRegisterListsUncitedFilesOnly() throws {
    let w = try Self.written()
    defer { w.directory.remove() }
    let x = try w.county
    let sheet = "证据"
    #expect(
      x.rowValues(sheet: sheet, row: 2, columns: ["A", "B", "C", "D", "E"]) == ["教联体", "引用", "指标键", "状态", "大小（字节）"])
    var rows: [[String?]] = []
    var r = 3
    while let a = x.cellValue(sheet: sheet, reference: "A\(r)") {
      rows.append([a] + x.rowValues(sheet: sheet, row: r, columns: ["B", "C", "D", "E"]))
      r += 1
    }
    // s-02's references first (rank order), one row per distinct reference with every key.
    #expect(rows.first == ["测试县二教联体（s-02）", "paper:特色/二中", "school“测试县第二中学”.culture_feature", "纸质档案", "—"])
    #expect(rows.contains(["测试县二教联体（s-02）", "paper:C1/访谈", "C1.leadership_unity\nC1.teacher_morale", "纸质档案", "—"]))
    let s01 = rows.filter { $0[0] == "测试县一教联体（s-01）" }
    #expect(s01.contains(["测试县一教联体（s-01）", "evidence/评价/河口小学.pdf", "school“测试县河口小学”.evaluation_evidence", "有", "17"]))
    #expect(
      s01.contains([
        "测试县一教联体（s-01）", "evidence/办公会/山前小学.pdf", "school“测试县山前小学”.principal_meeting_records", "文件不存在", "—",
      ]))
    // Then the files nothing cites: nested folders and the top of the folder, a link that stays
    // inside; never hidden files or folders, the manifest, the baseline, links out of the
    // folder (to a file or a folder) or a broken link.
    let uncited = s01.filter { $0[3] == "未引用" }
    #expect(uncited.map { $0[1] } == ["evidence/旧/2023/草稿.docx", "evidence/说明.txt", "evidence/链接-内.pdf", "备注.txt"])
    #expect(uncited.map { $0[4] } == ["6", "15", "20", "12"])
    #expect(uncited.allSatisfy { $0[2] == "—" })
    #expect(s01.suffix(4).map { $0[3] } == ["未引用", "未引用", "未引用", "未引用"])
    #expect(rows.filter { $0[3] == "未引用" }.count == 4)  // s-02 has no other files
    #expect(x.cellValue(sheet: sheet, reference: "A1")?.contains("未引用的文件 4 个") == true)
    // 未引用 is a note, never a warning: the problems are the four of s-01's missing evidence.
    let warnings = w.run.reports.flatMap(\.problems).filter { $0.severity == .warning }
    #expect(warnings.count == 4 && !warnings.contains { $0.message.contains("未引用") })
    // A missing file is filled; an uncited one is grey; a present one plain.
    let missingRow = try #require(rows.firstIndex { $0[1] == "evidence/办公会/山前小学.pdf" }) + 3
    #expect(x.fillColor(sheet: sheet, reference: "D\(missingRow)") == "FCE4E4")
    #expect(x.fontColor(sheet: sheet, reference: "B\(r - 1)") == "7F7F7F")
    #expect(x.fillColor(sheet: sheet, reference: "B3") == nil)
    Self.expectPrintable(x, sheet: sheet, header: "$2:$2")
  }

  @Test func citySheetsAndResultsUse() throws {
    let w = try Self.written()
    defer { w.directory.remove() }
    let county = try w.county
    #expect(county.cellValue(sheet: "排名", reference: "R4") == "成员校通报：测试县南湖小学")
    #expect(county.cellValue(sheet: "排名", reference: "R5") == "成员校通报：测试县河口小学")
    let x = try w.city
    #expect(x.sheetNames.suffix(2) == ["成员校通报", "重点关注"])
    let notices = "成员校通报"
    let five = ["A", "B", "C", "D", "E"]
    #expect(x.rowValues(sheet: notices, row: 2, columns: five) == ["县（市、区）", "教联体", "学校", "标签", "核心校评价"])
    #expect(x.rowValues(sheet: notices, row: 3, columns: five) == ["乙县", "乙县中心小学教联体", "乙县西岭小学", "农村", "不合格"])
    #expect(x.rowValues(sheet: notices, row: 4, columns: five) == ["测试县", "测试县二教联体", "测试县南湖小学", "城区", "不合格"])
    #expect(x.rowValues(sheet: notices, row: 5, columns: five) == ["测试县", "测试县一教联体", "测试县河口小学", "农村、薄弱", "不合格"])
    #expect(x.cellValue(sheet: notices, reference: "A6") == nil)
    Self.expectPrintable(x, sheet: notices, header: "$2:$2")

    let focus = "重点关注"
    let cols = workbookColumnLetters(12)
    #expect(x.rowValues(sheet: focus, row: 2, columns: ["A", "B", "C"]) == ["县（市、区）", "分组", "学校数"])
    // Per county and group (乙县, then 测试县), then the city: 12 rows.
    #expect(
      (3...14).map { x.cellValue(sheet: focus, reference: "A\($0)") } == Array(repeating: "乙县", count: 4)
        + Array(repeating: "测试县", count: 4) + Array(repeating: "全市", count: 4))
    #expect(
      x.rowValues(sheet: focus, row: 3, columns: cols) == [
        "乙县", "农村", "1", "10", "60", "100%", "100%", "100%", "4", "40", "0/0", "1",
      ])
    #expect(x.rowValues(sheet: focus, row: 4, columns: ["B", "C", "E", "F", "J"]) == ["薄弱", "0", "—", "—", "—"])
    #expect(
      x.rowValues(sheet: focus, row: 7, columns: cols) == [
        "测试县", "农村", "2", "50", "82.5", "100%", "100%", "100%", "9", "18", "1/0", "1",
      ])
    // City-wide totals are over schools: 农村 (85 + 80 + 60) / 3 = 75, 13 × 100 / 60 = 21.67.
    #expect(
      x.rowValues(sheet: focus, row: 11, columns: cols) == [
        "全市", "农村", "3", "60", "75", "100%", "100%", "100%", "13", "21.67", "1/0", "2",
      ])
    #expect(
      x.rowValues(sheet: focus, row: 14, columns: cols) == [
        "全市", "其他", "4", "140", "88", "0%", "100%", "75%", "3", "2.14", "2/0", "1",
      ])
    Self.expectPrintable(x, sheet: focus, header: "$2:$2", wide: 0)
  }

  @Test func jsonSchoolsAndEvidenceInTheirKeyOrder() throws {
    let w = try Self.written()
    defer { w.directory.remove() }
    let text = try String(contentsOfFile: w.directory.path("out/2024/测试县.json"), encoding: .utf8)
    // Key order as written (JSONSerialization does not keep it): schools after warnings, then evidence.
    func order(_ keys: [String], in text: Substring) -> Bool {
      let at = keys.map { text.range(of: "\"\($0)\":")?.lowerBound }
      return at.allSatisfy { $0 != nil } && zip(at, at.dropFirst()).allSatisfy { $0! < $1! }
    }
    let s01 = try #require(text.range(of: "\"id\": \"s-01\"").map { text[$0.lowerBound...] })
    #expect(order(["warnings", "schools", "evidence", "previous"], in: s01))
    let school = try #require(s01.range(of: "\"schools\": [").map { s01[$0.upperBound...] })
    #expect(order(["name", "role", "tags", "teachers", "evaluation", "exchange_in", "items", "missing"], in: school))
    let member = try #require(school.range(of: "\"name\": \"测试县河口小学\"").map { school[$0.upperBound...] })
    #expect(
      order(
        ["年度计划", "年度总结", "校长参会", "校本培训覆盖", "参与共同课题", "一校一特色", "满意度", "特色创建", "接收交流教师", "核心校评价"],
        in: member))
    let evidence = try #require(s01.range(of: "\"evidence\": [").map { s01[$0.upperBound...] })
    #expect(order(["ref", "keys", "status", "bytes"], in: evidence))
    #expect(!text.contains("sha256") && !text.contains("未引用"))

    let json = try w.json("测试县")
    let alliances = try #require(json["alliances"] as? [[String: Any]])
    let one = try #require(alliances.first { $0["id"] as? String == "s-01" })
    let schools = try #require(one["schools"] as? [[String: Any]])
    let core = try #require(schools.first)
    let coreItems = try #require(core["items"] as? [String: Any])
    // Member-only items are absent from the core school's items; its evaluation is null.
    #expect(Set(coreItems.keys) == ["参与共同课题", "一校一特色", "满意度", "特色创建", "接收交流教师"])
    #expect(core["evaluation"] is NSNull && core["exchange_in"] as? Int == 2)
    let shanqian = schools[2]
    let items = try #require(shanqian["items"] as? [String: Any])
    #expect(shanqian["evaluation"] as? String == "良好" && items["核心校评价"] is NSNull)
    #expect(items["满意度"] is NSNull && items["年度计划"] as? Bool == true && items["年度总结"] as? Bool == false)
    #expect(items["特色创建"] as? [String: Int] == ["省级": 0, "市级": 1])
    #expect(shanqian["missing"] as? [String] == ["年度总结", "校长参会", "校本培训覆盖", "参与共同课题", "一校一特色", "满意度"])
    let hekou = try #require(schools[1]["items"] as? [String: Any])
    #expect(hekou["核心校评价"] as? String == "不合格" && hekou["满意度"] as? Double == 80)
    let evidenceList = try #require(one["evidence"] as? [[String: Any]])
    let first = try #require(evidenceList.first { $0["ref"] as? String == "evidence/评价/河口小学.pdf" })
    #expect(first["status"] as? String == "present" && first["bytes"] as? Int == 17)
    #expect(first["keys"] as? [String] == ["school“测试县河口小学”.evaluation_evidence"])
  }

  /// A bad school key is an error for that alliance only; the others are scored and written.
  @Test func aBadSchoolKeyLosesNoOtherAlliance() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let input = try directory.copyFixture("schools")
    let file = input + "/测试县/s-02/2024.toml"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try text.replacingOccurrences(of: "exchange_in = 6", with: "exchange_in = -6")
      .write(toFile: file, atomically: true, encoding: .utf8)
    let run = try ScoreCommand.run(input: input, output: directory.path("out"), year: 2024, counties: [], jobs: 2)
    let report = try #require(run.reports.first { $0.county == "测试县" })
    #expect(report.alliances.map(\.id) == ["s-01"])
    let error = try #require(report.problems.first { $0.severity == .error })
    #expect(error.file == "测试县/s-02/2024.toml" && error.line == lineNumber(of: "exchange_in = 6", in: text))
    #expect(error.message.contains("school[2].exchange_in 应为不小于0的整数"))
    let x = try XLSXArchive(path: directory.path("out/2024/测试县.xlsx"))
    #expect(x.cellValue(sheet: "成员校", reference: "B4") == "测试县实验小学")
  }

  static func expectPrintable(
    _ x: XLSXArchive, sheet: String, header: String, wide column: Int = 1,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let setup = x.printSetup(sheet: sheet)
    #expect(setup?.paperSize == "9", sourceLocation: sourceLocation)
    #expect(setup?.orientation == "landscape", sourceLocation: sourceLocation)
    #expect(setup?.fitsToPage == true && setup?.fitToHeight == "0", sourceLocation: sourceLocation)
    #expect(setup?.repeatedRows == header, sourceLocation: sourceLocation)
    // Widths are set for Chinese text: a name column holds 7 characters at 2 units each.
    #expect((x.columnWidth(sheet: sheet, column: column) ?? 0) >= 14, sourceLocation: sourceLocation)
  }
}
