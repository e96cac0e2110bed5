import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// Errors of SPEC §6 across keys: no cascading errors, lines, duplicates, school names, the core school, the year, required keys.
extension DecoderErrorTests {
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
    #expect(d.errors.map(\.message) == ["school[2].teachers 应为不小于1的整数，实际为 12.0（应写成整数 12，不带小数点）"])
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
    // in range, whatever the double's text form (1e-05, 1e+14); a percentage below 1 is taken as
    // written, with a warning that 85% is written 85
    let tiny = Fixture.decode(B.full.setting("C1", "parent_satisfaction", "0.00001"))
    #expect(tiny.value != nil)
    #expect(tiny.problems.map(\.severity) == [.warning])
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

}
