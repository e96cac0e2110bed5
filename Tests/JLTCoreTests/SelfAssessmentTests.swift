import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// `[self_assessment]` (SPEC §2, §4): keys C1–C23 only, each 0 to its points, else an error;
/// a gap ≥ 1 between the rounded self-score and the verified score is a warning.
@Suite("自评分")
struct SelfAssessmentTests {
  typealias B = ManifestBuilder

  static func with(_ lines: [String]) -> B {
    B.full.adding(B.Block(header: "[self_assessment]", lines: lines))
  }

  @Test func valuesAreCarried() throws {
    let s = try Fixture.score(Self.with(["C1 = 5", "C5 = 9.5"]))
    #expect(s.indicator("C1")?.selfScore == 5)
    #expect(s.indicator("C5")?.selfScore == dec("9.5"))
    #expect(s.indicator("C2")?.selfScore == nil)
    #expect(s.selfTotal == dec("14.5"))  // 5 + 9.5
    #expect(try Fixture.warnings(Self.with(["C1 = 5", "C5 = 9.5"])).isEmpty)  // gaps 0 and 0.5
  }

  @Test func noSelfAssessment() throws {
    let s = try Fixture.score(.full)
    #expect(s.selfTotal == nil)
    #expect(s.selfAssessment.isEmpty)
  }

  @Test(arguments: [
    ("C1 = 4", true),  // |4 − 5| = 1 → warning
    ("C1 = 4.01", false),  // 0.99
    ("C20 = 9.005", false),  // rounded 9.01: |9.01 − 10| = 0.99
    ("C20 = 8.995", true),  // rounded 9.00 (half up): |9 − 10| = 1
    ("C21 = 0", true),  // |0 − 3| = 3
    ("C5 = 10", false),
  ])
  func gapWarning(line: String, warns: Bool) throws {
    let b = Self.with([line])
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline)
    let value = try #require(scored.value)
    let gap = scored.problems.filter { $0.message.contains("自评分") }
    #expect(gap.count == (warns ? 1 : 0))
    if warns {
      #expect(gap[0].severity == .warning)
      #expect(gap[0].line == lineNumber(of: line, in: b.text))
      #expect(value.indicators.contains { $0.selfGap })
    }
  }

  @Test func gapAgainstALowerScore() throws {
    // C3 verified 2.5 (n2 = 2); self-score 3.5 is out of range (> 3) → error, but 3 gives gap 0.5
    let b = Self.with(["C3 = 3"]).setting("C3", "meetings_term2", B.list(["paper:1", "paper:2"]))
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline)
    #expect(!scored.problems.contains { $0.message.contains("自评分") })
    let b2 = Self.with(["C3 = 3"]).setting("C3", "meetings_term2", "[]")  // part 1: 1.5 − 1.5 = 0 → C3 1.5
    let scored2 = try Fixture.scored(b2, baseline: try Fixture.zeroBaseline)
    #expect(
      scored2.problems.contains { $0.severity == .warning && $0.message.contains("C3") && $0.message.contains("自评分") })
  }

  /// Defect 3: a self-score out of range (for instance after a rubric change) removed the
  /// alliance from the ranking. A self-score is a claim, not evidence: a warning with its key
  /// and line, the value ignored, the alliance scored (SPEC §4).
  @Test(arguments: [
    ("C1 = 5.5", "self_assessment.C1"),  // above 5
    ("C1 = -1", "self_assessment.C1"),  // below 0
    ("C23 = 4.01", "self_assessment.C23"),
    ("C24 = 1", "self_assessment.C24"),  // not an indicator
    ("A1 = 10", "self_assessment.A1"),
    ("c1 = 5", "self_assessment.c1"),
  ])
  func invalidEntryIsAWarningAndIgnored(line: String, key: String) throws {
    let b = Self.with([line, "C2 = 2"])
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline)
    let s = try #require(scored.value, "the alliance is still scored")
    #expect(!scored.hasErrors)
    let warnings = scored.problems.filter { $0.severity == .warning && $0.message.contains(key) }
    #expect(warnings.count == 1)
    #expect(warnings.first?.message.contains("不计") == true)
    #expect(warnings.first?.line == lineNumber(of: line, in: b.text))
    #expect(warnings.first?.file == Fixture.file)
    // Only the valid value counts: 自评总分 2, with the count of the 1 indicator self-scored.
    #expect(s.selfAssessment == ["C2": 2])
    #expect(s.indicator("C1")?.selfScore == nil)
    #expect(s.selfTotalText == "2（1项）")
  }

  /// 自评总分 with fewer than all applicable indicators reads with the count (SPEC §4); with all,
  /// it is the plain sum.
  @Test func selfTotalShowsTheCountWhenPartial() throws {
    let partial = try Fixture.score(Self.with(["C1 = 5", "C5 = 9.5"]))
    #expect(partial.selfTotalText == "14.5（2项）")
    let all = (1...23).map { "C\($0) = 0" }
    #expect(try Fixture.score(Self.with(all)).selfTotalText == "0")
  }

  @Test(arguments: ["C1 = 0", "C1 = 5", "C5 = 10", "C20 = 0.01", "C23 = 4"])
  func boundaryValuesAreFine(line: String) throws {
    let scored = try Fixture.scored(Self.with([line]), baseline: try Fixture.zeroBaseline)
    #expect(scored.value != nil)
    #expect(!scored.hasErrors)
  }

  @Test func textValueIsAWarning() throws {
    let b = Self.with([#"C1 = "5""#])
    let d = Fixture.decode(b)
    let m = try #require(d.value)
    #expect(m.selfAssessment.isEmpty)
    #expect(d.problems.first { $0.severity == .warning }?.line == lineNumber(of: #"C1 = "5""#, in: b.text))
  }
}
