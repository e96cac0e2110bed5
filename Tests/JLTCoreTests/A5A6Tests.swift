import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// A5 社会评价 (C20, 10) and A6 加分项 (C21 3, C22 3, C23 4; capped at 10).
@Suite("A5 社会评价 C20, A6 加分项 C21–C23")
struct A5A6Tests {
  typealias B = ManifestBuilder

  static func surveys(_ values: [String?], evidence: [Bool] = [true, true, true]) -> B {
    var b = B.full
    for (i, v) in values.enumerated() {
      b = v.map { b.settingSchool(i, "survey_satisfaction", $0) } ?? b.removingSchoolKey(i, "survey_satisfaction")
      if !evidence[i] { b = b.removingSchoolKey(i, "survey_evidence") }
    }
    return b
  }

  // MARK: C20

  @Test func c20Full() throws {
    #expect(try Fixture.indicator("C20", .full).score == 10)  // (10 + 10 + 10) / 3
  }

  @Test func c20Mean() throws {
    let s = try Fixture.indicator("C20", Self.surveys(["90", "80", "70"]))
    #expect(s.score == 8)  // (9 + 8 + 7) / 3 = 8
    #expect(!s.reasons.isEmpty)
  }

  @Test func c20SchoolWithoutSurveyEvidenceCountsZero() throws {
    let b = Self.surveys(["90", "80", "70"], evidence: [true, false, true])
    let s = try Fixture.indicator("C20", b)
    // (9 + 0 + 7) / 3 = 5.3333… → 5.33
    #expect(s.score == dec("5.33"))
    #expect(s.reasons.contains { $0.contains("survey_evidence") && $0.contains(B.member1) })
  }

  @Test func c20SchoolWithoutSurveyCountsZeroWithWarning() throws {
    let b = Self.surveys(["90", nil, "60"])
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline)
    let s = try #require(scored.value?.indicator("C20"))
    #expect(s.score == 5)  // (9 + 0 + 6) / 3 = 5
    #expect(s.reasons.contains { $0.contains("survey_satisfaction") && $0.contains(B.member1) })
    #expect(scored.problems.contains { $0.severity == .warning && $0.message.contains(B.member1) })
  }

  @Test func c20DecimalHalfUp() throws {
    // 84.05% everywhere: 10 × 84.05 / 100 = 8.405 → 8.41 (the double 84.05 is 84.04999…)
    #expect(try Fixture.indicator("C20", Self.surveys(["84.05", "84.05", "84.05"])).score == dec("8.41"))
    // 80.15% everywhere: 8.015 → 8.02
    #expect(try Fixture.indicator("C20", Self.surveys(["80.15", "80.15", "80.15"])).score == dec("8.02"))
  }

  @Test func c20NearlyFull() throws {
    let s = try Fixture.indicator("C20", Self.surveys(["99.9", "99.9", "99.9"]))
    #expect(s.score == dec("9.99"))  // 9.99
  }

  @Test func c20PercentBounds() {
    let over = Self.surveys(["100.5", "90", "90"])
    let d = Fixture.decode(over)
    #expect(d.value == nil)
    #expect(d.errors.first?.message.contains("school[1].survey_satisfaction") == true)
    #expect(d.errors.first?.line == lineNumber(of: "survey_satisfaction = 100.5", in: over.text))
    #expect(Fixture.decode(Self.surveys(["0", "100", "100.0"])).value != nil)
    #expect(Fixture.decode(Self.surveys(["-0.5", "100", "100"])).value == nil)
  }

  // MARK: C21

  static func reports(_ entries: [(String, String)]) -> B {
    B.full.replacingEntries(
      "C21.report",
      entries.map { B.Block(header: "[[C21.report]]", lines: ["level = \(B.q($0.0))", "evidence = \(B.q($0.1))"]) })
  }

  @Test func c21HighestOnly() throws {
    let b = Self.reports([("市级", "paper:1"), ("省级", "paper:2"), ("市级", "paper:3")])
    let s = try Fixture.indicator("C21", b)
    #expect(s.score == 2)  // highest 省级 2; not 1 + 2 + 1
    #expect(s.reasons.contains { $0.contains("C21.report") })
  }

  @Test func c21National() throws {
    let b = Self.reports([("省级", "paper:1"), ("国家级", "paper:2")])
    #expect(try Fixture.indicator("C21", b).score == 3)
  }

  @Test func c21AbsentEvidenceIsSkipped() throws {
    let b = Self.reports([("国家级", "paper:"), ("市级", "paper:2")])
    #expect(try Fixture.indicator("C21", b).score == 1)  // 国家级 without evidence; 市级 1
  }

  @Test func c21None() throws {
    let s = try Fixture.indicator("C21", B.full.removingTable("C21.report"))
    #expect(s.score == 0)
    #expect(s.reasons.contains { $0.contains("C21.report") })
  }

  // MARK: C22

  @Test(arguments: [("省级", "paper:x", "3"), ("市级", "paper:x", "1"), ("省级", "paper:", "0")])
  func c22(level: String, evidence: String, expected: String) throws {
    let b = B.full.setting("C22", "level", B.q(level)).evidence("C22", "evidence", evidence)
    let s = try Fixture.indicator("C22", b)
    #expect(s.score == dec(expected))
    if s.score < 3 { #expect(s.reasons.contains { $0.contains("C22.") }) }
  }

  @Test func c22None() throws {
    let s = try Fixture.indicator("C22", B.full.removingTable("C22"))
    #expect(s.score == 0)
    #expect(s.reasons.contains { $0.contains("C22") })
  }

  @Test func c22BadLevel() {
    let d = Fixture.decode(B.full.setting("C22", "level", B.q("国家级")))
    #expect(d.value == nil)  // only 省级 | 市级
  }

  // MARK: C23

  static func awards(_ entries: [(String, String)]) -> B {
    B.full.replacingEntries(
      "C23.award",
      entries.map { B.Block(header: "[[C23.award]]", lines: ["level = \(B.q($0.0))", "evidence = \(B.q($0.1))"]) })
  }

  @Test func c23HighestOnly() throws {
    #expect(try Fixture.indicator("C23", Self.awards([("省级", "paper:1"), ("国家级", "paper:2")])).score == 4)
    let s = try Fixture.indicator("C23", Self.awards([("省级", "paper:1"), ("省级", "paper:2")]))
    #expect(s.score == 3)  // 3, not 3 + 3 → clamped
    #expect(s.reasons.contains { $0.contains("C23.award") })
  }

  @Test func c23None() throws {
    let s = try Fixture.indicator("C23", B.full.removingTable("C23.award"))
    #expect(s.score == 0)
    #expect(s.reasons.contains { $0.contains("C23.award") })
  }

  // MARK: A6

  @Test func a6FullIsTen() throws {
    let s = try Fixture.score(.full)
    #expect(s.group("A6") == 10)  // 3 + 3 + 4 = 10 = cap
    #expect(s.total == 110)
  }

  @Test func a6Sum() throws {
    let b = Self.reports([("省级", "paper:1")]).setting("C22", "level", B.q("市级"))
      .replacingEntries(
        "C23.award", [B.Block(header: "[[C23.award]]", lines: [#"level = "省级""#, #"evidence = "paper:a""#])])
    let s = try Fixture.score(b)
    #expect(s.group("A6") == 6)  // 2 + 1 + 3
    #expect(s.total == 106)  // 100 + 6
  }

  @Test func a6Cap() throws {
    var rubric = Rubric.suizhouTrial
    let i = try #require(rubric.groups.firstIndex { $0.code == "A6" })
    rubric.groups[i].points = 5
    let s = try Fixture.score(.full, rubric: rubric)
    #expect(s.indicator("C21")?.score == 3)
    #expect(s.indicator("C22")?.score == 3)
    #expect(s.indicator("C23")?.score == 4)
    #expect(s.group("A6") == 5)  // min(5, 3 + 3 + 4)
    #expect(s.total == 105)  // 100 + 5
  }

  @Test func groupsAreNotCapped() throws {
    // Only A6 is capped: the other groups are plain sums.
    let s = try Fixture.score(.full)
    #expect(s.groups.map(\.code) == ["A1", "A2", "A3", "A4", "A5", "A6"])
    #expect(s.groups.map(\.score) == [10, 30, 30, 20, 10, 10])
  }
}
