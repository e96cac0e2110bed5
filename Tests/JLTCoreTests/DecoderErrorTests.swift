import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// Errors of SPEC §6, each with the line of the offending key or table header.
@Suite("清单错误（§6）")
struct DecoderErrorTests {
  typealias B = ManifestBuilder

  /// Decodes and expects exactly one error, returning it.
  static func oneError(_ b: B, year: Int = 2024, sourceLocation: SourceLocation = #_sourceLocation) throws -> Problem {
    try oneError(b.text, year: year, sourceLocation: sourceLocation)
  }

  static func oneError(_ text: String, year: Int = 2024, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> Problem
  {
    let d = Fixture.decode(text, year: year)
    #expect(d.value == nil, "a manifest with an error has no value", sourceLocation: sourceLocation)
    #expect(d.errors.count == 1, "\(d.errors)", sourceLocation: sourceLocation)
    let e = try #require(d.errors.first, sourceLocation: sourceLocation)
    #expect(e.file == Fixture.file, sourceLocation: sourceLocation)
    #expect(e.alliance == "t-01", sourceLocation: sourceLocation)
    return e
  }

  /// Decodes, expects it to fail, and returns the error whose message contains `containing`
  /// (other errors may follow from it; the no-cascade tests below look at those).
  static func error(_ b: B, containing: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Problem {
    let d = Fixture.decode(b)
    #expect(d.value == nil, "a manifest with an error has no value", sourceLocation: sourceLocation)
    return try #require(
      d.errors.first { $0.message.contains(containing) }, "\(d.errors)", sourceLocation: sourceLocation)
  }

  /// Every 1-based line of `text` containing `needle`.
  static func lines(of needle: String, in text: String) -> [Int] {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .filter { $0.element.contains(needle) }.map { $0.offset + 1 }
  }

  @Test func fullManifestDecodesWithoutProblems() throws {
    let d = Fixture.decode(.full)
    #expect(d.problems.isEmpty)
    let m = try #require(d.value)
    #expect(m.alliance == "测试教联体")
    #expect(m.year == 2024)
    #expect(m.schools.map(\.name) == [B.core, B.member1, B.member2])
    #expect(m.totalTeachers == 100)
    #expect(m.memberSchools.count == 2)
  }

  // MARK: TOML syntax

  @Test func syntaxErrorHasItsLine() throws {
    let b = B.full.setting("C7", "title_rule", #""paper:未闭合"#)
    let e = try Self.oneError(b)
    #expect(e.message.contains("TOML"))
    #expect(e.line == lineNumber(of: "title_rule = ", in: b.text))
    #expect(e.line != nil)
  }

  @Test func syntaxErrorOnFirstLine() throws {
    let e = try Self.oneError("alliance = = \"x\"\ntype = \"融合型\"\n")
    #expect(e.line == 1)
  }

  @Test func renderedProblemNamesFileAndLine() throws {
    let b = B.full.setting("C5", "exchanged", "-3").setting("C5", "exchanged_one_year", "0")
    let e = try Self.oneError(b)
    let line = try #require(lineNumber(of: "exchanged = -3", in: b.text))
    #expect(e.rendered.hasPrefix("\(Fixture.file):\(line): "))
    #expect(e.rendered.contains("C5.exchanged 应为不小于0的整数，实际为 -3"))
  }

  // MARK: unknown keys

  @Test(arguments: [
    ("C1", "chartr", "charter"),
    ("C5", "exchanged_one_yaer", "exchanged_one_year"),
    ("C5", "exchange", "exchanged"),
    ("C9", "subsidy_payd", "subsidy_paid"),
    ("C10.term1", "lesson_tlak", "lesson_talk"),
  ])
  func unknownKeyWithHint(table: String, key: String, hint: String) throws {
    let b = B.full.setting(table, key, #""paper:x""#)
    let e = try Self.oneError(b)
    #expect(e.message.contains("未知的键 \(table).\(key)"))
    #expect(e.message.contains("是否应为 \(hint)"))
    let lines = Self.lines(of: "\(key) = ", in: b.text)
    #expect(e.line == lines.last)
  }

  @Test func unknownTopLevelKeyWithHint() throws {
    let b = B.full.settingTop("allience", #""x""#)
    let e = try Self.oneError(b)
    #expect(e.message.contains("是否应为 alliance"))
    #expect(e.line == 4)  // after alliance, type, year
  }

  @Test func unknownSchoolKeyWithHint() throws {
    let b = B.full.settingSchool(2, "teacher", "3")
    let e = try Self.oneError(b)
    #expect(e.message.contains("school[3].teacher"))
    #expect(e.message.contains("是否应为 teachers"))
    #expect(e.line == lineNumber(of: "teacher = 3", in: b.text))
  }

  @Test func unknownKeyWithoutNearMiss() throws {
    let b = B.full.setting("C12", "zzzzzzzz", "1")
    let e = try Self.oneError(b)
    #expect(e.message.contains("C12.zzzzzzzz"))
    #expect(!e.message.contains("是否应为"))
    #expect(e.line == lineNumber(of: "zzzzzzzz = 1", in: b.text))
  }

  @Test func unknownTable() throws {
    let b = B.full.setting("C20", "survey", "1")
    let e = try Self.oneError(b)
    #expect(e.message.contains("C20"))
    #expect(e.line == lineNumber(of: "[C20]", in: b.text))
  }

  @Test func severalErrorsAreAllReported() {
    let b = B.full.setting("C5", "exchanged", "-3").setting("C1", "chartr", #""x""#)
      .settingSchool(1, "teachers", "12.0")
    let d = Fixture.decode(b)
    #expect(d.value == nil)
    #expect(
      Set(d.errors.compactMap(\.line)).isSuperset(
        of: [
          lineNumber(of: "exchanged = -3", in: b.text), lineNumber(of: "chartr = ", in: b.text),
          lineNumber(of: "teachers = 12.0", in: b.text),
        ].compactMap { $0 }))
  }

  // MARK: wrong types

  @Test func integerCountWrittenAsFloat() throws {
    let b = B.full.settingSchool(1, "teachers", "12.0")
    let e = try Self.error(b, containing: "school[2].teachers")
    #expect(e.message.contains("12.0"))
    #expect(e.line == lineNumber(of: "teachers = 12.0", in: b.text))
  }

  @Test(arguments: [
    ("C5", "exchanged", #""20""#),
    ("C1", "charter", "5"),
    ("C1", "parent_satisfaction", #""90""#),
    ("C3", "meetings_term1", #""paper:1""#),
    ("C6", "subjects", #""体育""#),
    ("C16", "national", "1.0"),
    ("C16", "national", "true"),
    ("C9", "subsidy_due", "1979-05-27"),
  ])
  func wrongType(table: String, key: String, value: String) throws {
    let b = B.full.setting(table, key, value)
    let e = try Self.error(b, containing: "\(table).\(key) ")
    #expect(e.line == lineNumber(of: "\(key) = \(value)", in: b.text))
  }

  @Test func tableWrittenAsValue() throws {
    let b = B.full.removingTable("C7").settingTop("C7", "5")
    let e = try Self.oneError(b)
    #expect(e.message.contains("C7"))
    #expect(e.line == lineNumber(of: "C7 = 5", in: b.text))
  }

  @Test func yearAsText() throws {
    let e = try Self.oneError(B.full.settingTop("year", #""2024""#))
    #expect(e.line == 3)
  }

  // MARK: bad enum values

  @Test func badType() throws {
    let e = try Self.oneError(B.full.settingTop("type", #""混合型""#))
    #expect(e.message.contains("type"))
    #expect(e.message.contains("混合型"))
    #expect(e.line == 2)
  }

  @Test func badRole() throws {
    let b = B.full.settingSchool(1, "role", #""分校""#)
    let e = try Self.error(b, containing: "school[2].role")
    #expect(e.line == lineNumber(of: #"role = "分校""#, in: b.text))
  }

  @Test func badTag() throws {
    let b = B.full.settingSchool(1, "tags", #"["城区", "郊区"]"#)
    let e = try Self.oneError(b)
    #expect(e.message.contains("郊区"))
    #expect(e.line == lineNumber(of: #""郊区""#, in: b.text))
  }

  @Test func badForm() throws {
    let b = B.full.settingTop("type", #""共建型""#).setting("C5", "forms", #"["教师交流", "支教"]"#)
    let e = try Self.oneError(b)
    #expect(e.message.contains("支教"))
    #expect(e.line == lineNumber(of: "forms = ", in: b.text))
  }

  @Test func badAwardLevel() throws {
    let b = B.full.replacingEntries(
      "C23.award", [B.Block(header: "[[C23.award]]", lines: [#"level = "市级""#, #"evidence = "paper:x""#])])
    let e = try Self.oneError(b)
    #expect(e.message.contains("C23.award[1].level"))
    #expect(e.line == Self.lines(of: #"level = "市级""#, in: b.text).last)  // not the C15 honor's
  }

  @Test func badReportLevelInSecondEntry() throws {
    let b = B.full.replacingEntries(
      "C21.report",
      [
        B.Block(header: "[[C21.report]]", lines: [#"level = "国家级""#, #"evidence = "paper:x""#]),
        B.Block(header: "[[C21.report]]", lines: [#"level = "县级""#, #"evidence = "paper:y""#]),
      ])
    let e = try Self.oneError(b)
    #expect(e.message.contains("C21.report[2].level"))
    #expect(e.line == lineNumber(of: #"level = "县级""#, in: b.text))
  }

  // MARK: numbers out of range

  @Test func negativeCount() throws {
    let b = B.full.setting("C5", "exchanged", "-3").setting("C5", "exchanged_one_year", "0")
    let e = try Self.oneError(b)
    #expect(e.message == "C5.exchanged 应为不小于0的整数，实际为 -3")
    #expect(e.line == lineNumber(of: "exchanged = -3", in: b.text))
  }

  @Test(arguments: [("C16", "municipal"), ("C17", "national"), ("C5", "exchanged_one_year")])
  func otherNegativeCounts(table: String, key: String) throws {
    let b = B.full.setting(table, key, "-1")
    let e = try Self.oneError(b)
    #expect(e.message.contains("\(table).\(key) 应为不小于0的整数，实际为 -1"))
    #expect(e.line == lineNumber(of: "\(key) = -1", in: b.text))
  }

  @Test func zeroTeachers() throws {
    let b = B.full.settingSchool(2, "teachers", "0")
    let e = try Self.error(b, containing: "school[3].teachers 应为不小于1的整数")
    #expect(e.line == lineNumber(of: "teachers = 0", in: b.text))
  }

  @Test(arguments: ["100.5", "-1", "-0.01", "101", "1e3"])
  func percentOutOfRange(value: String) throws {
    let b = B.full.setting("C1", "parent_satisfaction", value)
    let e = try Self.oneError(b)
    #expect(e.message.contains("C1.parent_satisfaction"))
    #expect(e.line == lineNumber(of: "parent_satisfaction = \(value)", in: b.text))
  }

  @Test(arguments: ["0", "100", "100.0", "0.0", "59.99"])
  func percentInRange(value: String) {
    #expect(Fixture.decode(B.full.setting("C1", "parent_satisfaction", value)).problems.isEmpty)
  }

  @Test(arguments: ["nan", "inf", "+inf", "-inf", "-nan"])
  func nonFiniteNumbers(value: String) throws {
    let b = B.full.setting("C1", "parent_satisfaction", value)
    let e = try Self.oneError(b)
    #expect(e.line == lineNumber(of: "parent_satisfaction = \(value)", in: b.text))
    let money = B.full.setting("C9", "subsidy_due", value)
    #expect(try Self.oneError(money).line == lineNumber(of: "subsidy_due = \(value)", in: money.text))
  }

  @Test func exchangedAboveTeachers() throws {
    // Σ teachers = 60 + 25 + 15 = 100
    let b = B.full.setting("C5", "exchanged", "101")
    let e = try Self.oneError(b)
    #expect(e.message.contains("C5.exchanged"))
    #expect(e.message.contains("100"))
    #expect(e.line == lineNumber(of: "exchanged = 101", in: b.text))
    // exactly Σ teachers is fine
    let ok = B.full.setting("C5", "exchanged", "100").setting("C5", "exchanged_one_year", "100")
    #expect(Fixture.decode(ok).problems.isEmpty)
  }

  @Test func exchangedOneYearAboveExchanged() throws {
    let b = B.full.setting("C5", "exchanged_one_year", "21")  // > exchanged 20
    let e = try Self.oneError(b)
    #expect(e.message.contains("C5.exchanged_one_year"))
    #expect(e.line == lineNumber(of: "exchanged_one_year = 21", in: b.text))
    #expect(Fixture.decode(B.full.setting("C5", "exchanged_one_year", "20")).problems.isEmpty)
  }

  @Test func exchangedOneYearWithoutExchanged() throws {
    let b = B.full.removing("C5", "exchanged").setting("C5", "exchanged_one_year", "1")
    let e = try Self.oneError(b)
    #expect(e.line == lineNumber(of: "exchanged_one_year = 1", in: b.text))
  }

  // MARK: no cascading errors

  @Test func invalidExchangedRaisesNoFalseRangeError() throws {
    // `exchanged = -3` is one error. The cross-field check must not go on to claim
    // "exchanged_one_year = 20 超过了交流教师人数 C5.exchanged = 0": exchanged is not 0.
    let b = B.full.setting("C5", "exchanged", "-3")
    let d = Fixture.decode(b)
    #expect(d.value == nil)
    #expect(d.errors.map(\.message) == ["C5.exchanged 应为不小于0的整数，实际为 -3"])
  }

  @Test func invalidSchoolValueRaisesNoFalseUndeclaredNameErrors() throws {
    // 成员一小 is declared (its name is there); only its teachers value is wrong. C8.covered,
    // C11.project_schools and C15.honor naming it must not be reported as undeclared names.
    let b = B.full.settingSchool(1, "teachers", "12.0")
    let d = Fixture.decode(b)
    #expect(d.value == nil)
    #expect(d.errors.map(\.message) == ["school[2].teachers 应为不小于1的整数，实际为 12.0"])
    #expect(!d.errors.contains { $0.message.contains("未在 [[school]] 中声明") })
  }

  @Test func dottedKeyAtRootIsLocated() throws {
    let b = B.full.removingTable("C5").settingTop("C5.exchanged", "-3")
    let e = try Self.oneError(b)
    #expect(e.message.contains("C5.exchanged"))
    #expect(e.line == 4)
  }

  // MARK: finding the line

  @Test func errorInsideAnInlineTableHasTheLineOfItsKey() throws {
    // `C22 = { level = "国家级", … }`: the offending key is on line 4; SPEC §6 asks for the line
    // "where it can be found in the text".
    let b = B.full.removingTable("C22").settingTop("C22", #"{ level = "国家级", evidence = "paper:x" }"#)
    let e = try Self.oneError(b)
    #expect(e.message.contains("C22.level"))
    #expect(e.line == 4)
  }

  @Test func errorInAMultiLineArrayHasTheLineOfItsItem() throws {
    var b = B.full
    let i = try #require(b.blocks.firstIndex { $0.header == "[C13]" })
    b.blocks[i].lines = ["courses = [", #"  "paper:课程1","#, #"  "../../越界.pdf","#, "]"]
    let e = try Self.oneError(b)
    #expect(e.message.contains("C13.courses"))
    #expect(e.line == lineNumber(of: "越界.pdf", in: b.text))
    #expect(e.line == lineNumber(of: "courses = [", in: b.text).map { $0 + 2 })
  }

  @Test func errorUnderADottedKeyInATable() throws {
    let b = B.full.removingTable("C10.term1").setting("C10", "term1.lesson_talk", #""/abs/说课.pdf""#)
    let e = try Self.oneError(b)
    #expect(e.message.contains("C10.term1.lesson_talk"))
    #expect(e.line == lineNumber(of: "term1.lesson_talk = ", in: b.text))
  }

  @Test func errorInTheSecondOfSeveralHonors() throws {
    let b = B.full.replacingEntries(
      "C15.honor",
      [
        B.honor(school: B.core, category: "足球", level: "省级", evidence: "paper:a"),
        B.Block(header: "[[C15.honor]]", lines: [#"school = "核心小学""#, #"categroy = "书法""#, #"level = "市级""#]),
      ])
    let e = try Self.oneError(b)
    #expect(e.message.contains("C15.honor[2].categroy"))
    #expect(e.message.contains("是否应为 category"))
    #expect(e.line == lineNumber(of: "categroy = ", in: b.text))
  }

  @Test func headerWithCommentsAndSpaces() throws {
    var b = B.full
    let i = try #require(b.blocks.firstIndex { $0.header == "[C5]" })
    b.blocks[i].header = "[ C5 ]  # 教师交流 [注]"
    b.blocks[i].lines[0] = "exchanged = -3   # 填错了"
    b.blocks[i].lines[1] = "exchanged_one_year = 0"
    let e = try Self.oneError(b)
    #expect(e.message == "C5.exchanged 应为不小于0的整数，实际为 -3")
    #expect(e.line == lineNumber(of: "exchanged = -3", in: b.text))
  }

  @Test func tinyAndLargeFloats() {
    // in range, whatever the double's text form (1e-05, 1e+14)
    #expect(Fixture.decode(B.full.setting("C1", "parent_satisfaction", "0.00001")).problems.isEmpty)
    #expect(
      Fixture.decode(B.full.setting("C9", "subsidy_due", "1e14").setting("C9", "subsidy_paid", "1e14")).problems.isEmpty
    )
  }

  // MARK: duplicates

  @Test func duplicateKey() throws {
    var b = B.full
    let i = try #require(b.blocks.firstIndex { $0.header == "[C1]" })
    b.blocks[i].lines.append(#"charter = "paper:又一份""#)
    let e = try Self.oneError(b)
    #expect(e.line == lineNumber(of: "paper:又一份", in: b.text))
  }

  @Test func duplicateTable() throws {
    let b = B.full.adding(B.Block(header: "[C7]", lines: [#"title_rule = "paper:再来""#]))
    let e = try Self.oneError(b)
    let lines = Self.lines(of: "[C7]", in: b.text)
    #expect(lines.count == 2)
    #expect(e.line == lines[1] || e.line == lines[1] + 1)  // the second header (or its first key)
  }

  @Test func duplicateSchoolName() throws {
    let b = B.full.settingSchool(2, "name", B.q(B.member1))
      .setting("C8", "covered", B.list([B.member1])).setting("C11", "project_schools", B.list([B.core, B.member1]))
      .replacingEntries("C15.honor", [])
    let e = try Self.oneError(b)
    #expect(e.message.contains("学校名称重复"))
    #expect(e.message.contains(B.member1))
    let lines = Self.lines(of: #"name = "成员一小""#, in: b.text)
    #expect(lines.count == 2)
    #expect(e.line == lines[1])
  }

  // MARK: school names

  @Test func undeclaredNameInCovered() throws {
    let b = B.full.setting("C8", "covered", B.list([B.member1, B.member2, "外校"]))
    let e = try Self.oneError(b)
    #expect(e.message.contains("C8.covered"))
    #expect(e.message.contains("外校"))
    #expect(e.line == lineNumber(of: "covered = ", in: b.text))
  }

  @Test func undeclaredNameInProjectSchools() throws {
    let b = B.full.setting("C11", "project_schools", B.list([B.core, "外校"]))
    let e = try Self.oneError(b)
    #expect(e.message.contains("C11.project_schools"))
    #expect(e.message.contains("外校"))
    #expect(e.line == lineNumber(of: "project_schools = ", in: b.text))
  }

  @Test func undeclaredNameInHonor() throws {
    let b = B.full.replacingEntries(
      "C15.honor",
      [
        B.honor(school: B.core, category: "足球", level: "省级", evidence: "paper:a"),
        B.honor(school: "外校", category: "书法", level: "市级", evidence: "paper:b"),
      ])
    let e = try Self.oneError(b)
    #expect(e.message.contains("外校"))
    #expect(e.message.contains("C15.honor[2].school"))
    #expect(e.line == lineNumber(of: #"school = "外校""#, in: b.text))
  }

  // MARK: core school

  @Test func noCoreSchool() throws {
    let b = B.full.settingSchool(0, "role", B.q("成员校"))
    let e = try Self.oneError(b)
    #expect(e.message.contains("实际为 0 所"))
    #expect(e.line != nil)
  }

  @Test func twoCoreSchools() throws {
    let b = B.full.settingSchool(2, "role", B.q("牵头校"))
    let e = try Self.oneError(b)
    #expect(e.message.contains("实际为 2 所"))
    #expect(e.line != nil)
  }

  @Test func leadSchoolInsteadOfCore() throws {
    let d = Fixture.decode(B.full.settingSchool(0, "role", B.q("牵头校")))
    #expect(d.problems.isEmpty)
    #expect(d.value?.coreSchool?.name == B.core)
  }

  @Test func emptySchoolArrayIsAnError() {
    // `school = []` declares no school at all: there is not exactly one core school.
    let b = B(top: B.full.top + ["school = []"], schools: [], blocks: [])
    let d = Fixture.decode(b)
    #expect(d.hasErrors, "school = [] was accepted: \(d.problems)")
    #expect(d.value == nil)
  }

  // MARK: year

  @Test func yearDiffersFromFileName() throws {
    let e = try Self.oneError(B.full, year: 2023)
    #expect(e.message.contains("2024"))
    #expect(e.message.contains("2023"))
    #expect(e.line == 3)
  }

  // MARK: missing required keys

  @Test(arguments: ["alliance", "type", "year"])
  func missingTopLevelKey(key: String) throws {
    let e = try Self.oneError(B.full.removingTop(key))
    #expect(e.message.contains("缺少必填的键 \(key)"))
  }

  @Test(arguments: ["name", "role", "teachers"])
  func missingSchoolKey(key: String) throws {
    // removing the name of the last school also leaves the lists naming it undeclared; use school 1
    var b = B.full.removingSchoolKey(2, key)
    if key == "name" {
      b = b.setting("C8", "covered", B.list([B.member1])).setting(
        "C11", "project_schools", B.list([B.core, B.member1])
      )
      .replacingEntries("C15.honor", [])
    }
    let e = try Self.error(b, containing: "缺少必填的键 \(key)")
    #expect(e.message.contains("school[3]"))
    #expect(e.line == Self.lines(of: "[[school]]", in: b.text)[2])  // the third [[school]] header
  }

  @Test func noSchools() throws {
    let b = B.full.removingSchool(2).removingSchool(1).removingSchool(0)
      .removingTable("C8").removingTable("C11").removingTable("C15.honor").removingTable("C5")
    let e = try Self.oneError(b)
    #expect(e.message.contains("缺少必填的键 school"))
  }

  @Test func emptyText() {
    let d = Fixture.decode("")
    #expect(d.value == nil)
    #expect(d.errors.count >= 3)  // alliance, type, year, school
  }

  @Test func blankAllianceName() throws {
    let e = try Self.oneError(B.full.settingTop("alliance", #""  ""#))
    #expect(e.line == 1)
  }

  // MARK: evidence paths

  @Test(arguments: [
    "/etc/passwd", "\\\\server\\share\\a.pdf", "\\a.pdf", "D:\\证据\\a.pdf", "d:/a.pdf", "C:a.pdf", "../x.pdf",
    "evidence/../../x.pdf", "..\\x.pdf", "evidence\\..\\..\\x.pdf", "./../x.pdf",
  ])
  func pathLeavingTheFolder(path: String) throws {
    let b = B.full.evidence("C7", "title_rule", path)
    let e = try Self.oneError(b)
    #expect(e.message.contains("C7.title_rule"))
    #expect(e.line == lineNumber(of: "title_rule = ", in: b.text))
  }

  @Test func pathLeavingTheFolderInAList() throws {
    let b = B.full.setting("C13", "courses", B.list(["paper:a", "../../b.pdf"]))
    let e = try Self.oneError(b)
    #expect(e.message.contains("C13.courses"))
    #expect(e.line == lineNumber(of: "courses = ", in: b.text))
  }

  @Test func pathLeavingTheFolderInASchool() throws {
    let b = B.full.settingSchool(1, "culture_feature", B.q("/srv/x.jpg"))
    let e = try Self.oneError(b)
    #expect(e.message.contains("school[2].culture_feature"))
    #expect(e.line == lineNumber(of: "/srv/x.jpg", in: b.text))
  }

  @Test func dotDotStayingInsideIsFine() throws {
    let b = B.full.evidence("C7", "title_rule", "evidence/2024/../章程.pdf")
    let d = Fixture.decode(b)
    #expect(d.problems.isEmpty)
    let ref = try #require(d.value?.root[table: A2Teachers.C7.indicator.table!][A2Teachers.C7.titleRule])
    #expect(ref.target == .path("evidence/章程.pdf"))
    let s = try Fixture.score(b, evidence: ["evidence/章程.pdf": .present])
    #expect(s.indicator("C7")?.score == 5)
  }

  @Test func backslashSeparators() throws {
    let b = B.full.evidence("C7", "title_rule", "evidence\\2024\\职称.pdf")
    let d = Fixture.decode(b)
    #expect(d.problems.isEmpty)
    #expect(
      d.value?.root[table: A2Teachers.C7.indicator.table!][A2Teachers.C7.titleRule]?.target
        == .path("evidence/2024/职称.pdf"))
    #expect(try Fixture.score(b, evidence: ["evidence/2024/职称.pdf": .present]).indicator("C7")?.score == 5)
  }

  // MARK: limits

  static func withSchools(_ count: Int) -> B {
    var b = B.full
    for i in 0..<(count - 3) {
      b = b.addingSchool([#"name = "加\#(i)小""#, #"role = "成员校""#, "teachers = 1"])
    }
    return b
  }

  @Test func twoHundredSchools() {
    let d = Fixture.decode(Self.withSchools(200))
    #expect(d.problems.isEmpty)
    #expect(d.value?.schools.count == 200)
  }

  @Test func twoHundredAndOneSchools() throws {
    let e = try Self.oneError(Self.withSchools(201))
    #expect(e.message.contains("201"))
    #expect(e.message.contains("200"))
  }

  static func withMeetings(_ count: Int) -> B {
    B.full.setting("C3", "meetings_term1", B.list((1...count).map { "paper:例会/\($0)" }))
  }

  @Test func thousandListEntries() {
    let d = Fixture.decode(Self.withMeetings(1000))
    #expect(d.problems.isEmpty)
    #expect(d.value?.root[table: A1Management.C3.indicator.table!][list: A1Management.C3.meetingsTerm1].count == 1000)
  }

  @Test func thousandAndOneListEntries() throws {
    let b = Self.withMeetings(1001)
    let e = try Self.oneError(b)
    #expect(e.message.contains("C3.meetings_term1"))
    #expect(e.message.contains("1001"))
    #expect(e.line == lineNumber(of: "meetings_term1 = ", in: b.text))
  }

  @Test func thousandAndOneSchoolNames() throws {
    let b = B.full.setting("C8", "covered", B.list([B.member1, B.member2] + Array(repeating: B.member1, count: 999)))
    let e = try Self.oneError(b)
    #expect(e.line == lineNumber(of: "covered = ", in: b.text))
  }

  @Test func stringOf4096Characters() {
    let name = String(repeating: "教", count: 4096)  // 4096 characters, 12288 bytes
    let d = Fixture.decode(B.full.settingTop("alliance", B.q(name)))
    #expect(d.problems.isEmpty)
    #expect(d.value?.alliance == name)
  }

  @Test func stringOf4097Characters() throws {
    let e = try Self.oneError(B.full.settingTop("alliance", B.q(String(repeating: "教", count: 4097))))
    #expect(e.message.contains("4097"))
    #expect(e.line == 1)
  }

  @Test func evidenceStringOf4097Characters() throws {
    let b = B.full.evidence("C7", "title_rule", "paper:" + String(repeating: "x", count: 4091))
    let e = try Self.oneError(b)
    #expect(e.line == lineNumber(of: "title_rule = ", in: b.text))
    let ok = B.full.evidence("C7", "title_rule", "paper:" + String(repeating: "x", count: 4090))
    #expect(Fixture.decode(ok).problems.isEmpty)
  }

  /// The full manifest padded with comment lines to exactly `bytes` bytes.
  static func padded(to bytes: Int) -> Data {
    var text = B.full.text
    let line = "# " + String(repeating: "填", count: 300) + "\n"  // 2 + 900 + 1 = 903 bytes
    while text.utf8.count + line.utf8.count <= bytes { text += line }
    let rest = bytes - text.utf8.count
    if rest > 0 { text += "#" + String(repeating: "x", count: rest - 1) }
    return Data(text.utf8)
  }

  @Test func fileOfOneMebibyte() {
    let data = Self.padded(to: 1 << 20)
    #expect(data.count == 1_048_576)
    let d = ManifestDecoder.decode(data, file: Fixture.file, alliance: "t-01", year: 2024)
    #expect(d.problems.isEmpty)
    #expect(d.value != nil)
  }

  @Test func fileOfOneMebibytePlusOne() {
    let data = Self.padded(to: (1 << 20) + 1)
    #expect(data.count == 1_048_577)
    let d = ManifestDecoder.decode(data, file: Fixture.file, alliance: "t-01", year: 2024)
    #expect(d.value == nil)
    #expect(d.errors.count == 1)
    #expect(d.errors.first?.message.contains("1 MiB") == true)
    #expect(d.errors.first?.file == Fixture.file)
  }
}
