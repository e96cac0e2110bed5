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
}
