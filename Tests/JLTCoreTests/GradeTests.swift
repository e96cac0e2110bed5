import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// Totals and 等次 (SPEC §3): ≥ 85 优秀; ≥ 75 良好; ≥ 60 合格; else 不合格, on the two-decimal total.
@Suite("总分与等次")
struct GradeTests {
  typealias B = ManifestBuilder

  @Test(arguments: [
    ("110", "优秀"), ("85", "优秀"), ("85.00", "优秀"), ("84.99", "良好"), ("75", "良好"), ("74.99", "合格"),
    ("60", "合格"), ("59.99", "不合格"), ("0", "不合格"),
  ])
  func gradeBands(total: String, grade: String) {
    #expect(Rubric.suizhouTrial.grade(for: dec(total)) == grade)
  }

  /// 85 exactly: the full alliance without the bonus (100), without C6 (5), C7 (5) and C17 (5).
  static var eightyFive: B {
    B.full.removingTable("C21.report").removingTable("C22").removingTable("C23.award")
      .removingTable("C6").removingTable("C7").removingTable("C17")
  }

  /// Every school's survey at 99.9%: C20 = 9.99, i.e. 0.01 below full.
  static func lessOneHundredth(_ b: B) -> B {
    b.settingSchool(0, "survey_satisfaction", "99.9").settingSchool(1, "survey_satisfaction", "99.9")
      .settingSchool(2, "survey_satisfaction", "99.9")
  }

  /// 75: 85 − C9 (4) − C13 (4) − C8 (2).
  static var seventyFive: B { eightyFive.removingTable("C9").removingTable("C13").removingTable("C8") }

  /// 60: 75 − C5 (10) − C12 (3) − C11's project part (2).
  static var sixty: B { seventyFive.removingTable("C5").removingTable("C12").removing("C11", "project") }

  @Test func full() throws {
    let s = try Fixture.score(.full)
    #expect(s.total == 110)  // 100 + 10
    #expect(s.grade == "优秀")
    #expect(s.indicators.map(\.code) == (1...23).map { "C\($0)" })
    #expect(s.indicators.allSatisfy { $0.score == $0.points && $0.reasons.isEmpty })
    #expect(try Fixture.warnings(.full).isEmpty)
    #expect(s.coreSchool == B.core)
    #expect(s.name == "测试教联体")
    #expect(s.type == .fused)
  }

  @Test(arguments: [
    (0, "85", "优秀"),  // 100 − 15
    (1, "84.99", "良好"),  // 85 − 0.01
    (2, "75", "良好"),  // 85 − 10
    (3, "74.99", "合格"),  // 75 − 0.01
    (4, "60", "合格"),  // 75 − 15
    (5, "59.99", "不合格"),  // 60 − 0.01
  ])
  func boundary(variant: Int, total: String, grade: String) throws {
    let b: B =
      switch variant {
      case 0: Self.eightyFive
      case 1: Self.lessOneHundredth(Self.eightyFive)
      case 2: Self.seventyFive
      case 3: Self.lessOneHundredth(Self.seventyFive)
      case 4: Self.sixty
      default: Self.lessOneHundredth(Self.sixty)
      }
    let s = try Fixture.score(b)
    #expect(s.total == dec(total))
    #expect(s.grade == grade)
    // the total is the sum of the groups, which are sums of the rounded indicators
    #expect(s.total == s.groups.reduce(0) { $0 + $1.score })
  }

  @Test func everyIndicatorBelowItsPointsHasReasonsNamingAKey() throws {
    // An alliance with nothing but its schools: every indicator is below its points.
    let b = B.full.removingTable("C1").removingTable("C2").removingTable("C3").removingTable("C4")
      .removingTable("C5").removingTable("C6").removingTable("C7").removingTable("C8").removingTable("C9")
      .removingTable("C10").removingTable("C10.term1").removingTable("C10.term2").removingTable("C11")
      .removingTable("C12").removingTable("C13").removingTable("C14").removingTable("C15.honor")
      .removingTable("C16").removingTable("C17").removingTable("C18").removingTable("C19")
      .removingTable("C21.report").removingTable("C22").removingTable("C23.award")
      .removingSchoolKey(1, "survey_evidence")
    let s = try Fixture.score(b)
    for i in s.indicators {
      #expect(i.score < i.points, "\(i.code)")
      #expect(!i.reasons.isEmpty, "\(i.code) has no reason")
      #expect(i.reasons.allSatisfy { $0.contains(i.code) }, "\(i.code): \(i.reasons)")
    }
    // C2 = 2 − 0.5 × 3 = 0.5 (the member schools keep their plans); C3 part 2 = 1.5;
    // C20 = (10 + 0 + 10) / 3 = 6.666… → 6.67; everything else 0
    #expect(s.indicator("C2")?.score == dec("0.5"))
    #expect(s.indicator("C3")?.score == dec("1.5"))
    #expect(s.indicator("C20")?.score == dec("6.67"))
    #expect(s.total == dec("8.67"))  // 0.5 + 1.5 + 6.67
    #expect(s.grade == "不合格")
  }

  @Test func reasonLinesEndWithThePointsLost() throws {
    let b = B.full.setting("C3", "meetings_term2", B.list(["paper:1", "paper:2"]))
    let s = try #require(try Fixture.score(b).indicator("C3"))
    // `C3 第二学期例会2次，少1次 −0.5`
    #expect(s.reasons == [s.reasons[0]])
    #expect(s.reasons[0].hasSuffix("−0.5"))
    #expect(s.reasons[0].contains("C3.meetings_term2"))
  }
}
