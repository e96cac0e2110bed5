import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// SPEC §3: "Every deduction and every part not earned produces a reason line (扣分说明) naming
/// the key", e.g. `C3.meetings_term2 …`. For each indicator, one variant of the full alliance
/// puts it below its points; every line that takes points off must name the manifest key.
@Suite("扣分说明")
struct ReasonTests {
  typealias B = ManifestBuilder

  static let variants: [(String, String)] = [
    ("C1", "charter absent"), ("C2", "development_plan absent"), ("C3", "two meetings in term 2"),
    ("C4", "teacher_management absent"), ("C5", "10 of 100 exchanged"), ("C6", "no subjects"),
    ("C7", "title_rule absent"), ("C8", "one member not covered"), ("C9", "paid < due"),
    ("C10", "term2.basic_skills absent"), ("C11", "project absent"), ("C12", "analysis absent"),
    ("C13", "no courses"), ("C14", "no activity in term 1"), ("C15", "one honor"),
    ("C16", "increase 1 provincial"), ("C17", "1 provincial"), ("C18", "increase 1 provincial"),
    ("C19", "increase 1 provincial"), ("C20", "every survey 90%"), ("C21", "市级 report"),
    ("C22", "市级 model"), ("C22", "no [C22]"), ("C23", "省级 award"),
  ]

  static func variant(_ code: String, _ what: String) -> B {
    let b = B.full
    switch (code, what) {
    case ("C1", _): return b.removing("C1", "charter")
    case ("C2", _): return b.removing("C2", "development_plan")
    case ("C3", _): return b.setting("C3", "meetings_term2", B.list(["paper:1", "paper:2"]))
    case ("C4", _): return b.removing("C4", "teacher_management")
    case ("C5", _): return b.setting("C5", "exchanged", "10").setting("C5", "exchanged_one_year", "10")
    case ("C6", _): return b.setting("C6", "subjects", "[]")
    case ("C7", _): return b.removing("C7", "title_rule")
    case ("C8", _): return b.setting("C8", "covered", B.list([B.member1]))
    case ("C9", _): return b.setting("C9", "subsidy_paid", "100")
    case ("C10", _): return b.removing("C10.term2", "basic_skills")
    case ("C11", _): return b.removing("C11", "project")
    case ("C12", _): return b.removing("C12", "analysis")
    case ("C13", _): return b.setting("C13", "courses", "[]")
    case ("C14", _): return b.setting("C14", "activities_term1", "[]")
    case ("C15", _):
      return b.replacingEntries(
        "C15.honor", [B.honor(school: B.core, category: "足球", level: "省级", evidence: "paper:a")])
    case ("C16", _), ("C17", _), ("C18", _), ("C19", _): return b.replacingLevels(code, 0, 1, 0)
    case ("C20", _):
      return b.settingSchool(0, "survey_satisfaction", "90").settingSchool(1, "survey_satisfaction", "90")
        .settingSchool(2, "survey_satisfaction", "90")
    case ("C21", _):
      return b.replacingEntries(
        "C21.report", [B.Block(header: "[[C21.report]]", lines: [#"level = "市级""#, #"evidence = "paper:x""#])])
    case ("C22", "市级 model"): return b.setting("C22", "level", B.q("市级"))
    case ("C22", _): return b.removingTable("C22")
    default:
      return b.replacingEntries(
        "C23.award", [B.Block(header: "[[C23.award]]", lines: [#"level = "省级""#, #"evidence = "paper:x""#])])
    }
  }

  /// A manifest key: `C3.meetings_term2`, `C10.term2.basic_skills`, `[C16]` (a baseline table), or a
  /// school's key such as `survey_satisfaction`.
  static let key =
    #"C\d{1,2}\.[a-z_]+|\[C\d{1,2}\]|annual_plan|annual_summary|principal_meeting_records|culture_feature|survey_satisfaction|survey_evidence"#

  /// A line that takes points off ends with `−<points>`.
  static let deduction = #"−\d+(\.\d+)?$"#

  static func matches(_ line: String, _ pattern: String) -> Bool {
    line.range(of: pattern, options: .regularExpression) != nil
  }

  @Test(arguments: variants)
  func everyDeductionNamesAKey(code: String, what: String) throws {
    let s = try #require(try Fixture.score(Self.variant(code, what)).indicator(code))
    #expect(s.score < s.points, "the variant should lose points")
    #expect(!s.reasons.isEmpty)
    let deductions = s.reasons.filter { Self.matches($0, Self.deduction) }
    #expect(!deductions.isEmpty, "\(s.reasons)")
    for line in deductions {
      #expect(Self.matches(line, Self.key), "\(code) reason names no key: \(line)")
    }
  }

  @Test func deductionsAddUpToThePointsLost() throws {
    // C10 with two activities absent: −0.5 −0.5, score 3
    let s = try #require(
      try Fixture.score(B.full.removing("C10.term1", "lesson_talk").removing("C10.term2", "lesson_talk")).indicator(
        "C10"))
    #expect(s.score == 3)
    #expect(s.reasons.count == 2)
    #expect(s.reasons.allSatisfy { $0.hasSuffix("−0.5") })
  }

  @Test func fullIndicatorsHaveNoReasons() throws {
    let s = try Fixture.score(.full)
    #expect(s.indicators.allSatisfy { $0.reasons.isEmpty })
  }
}
