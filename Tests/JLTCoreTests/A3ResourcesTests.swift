import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// A3 资源共享: C10 (4), C11 (6), C12 (3), C13 (4), C14 (8), C15 (5).
@Suite("A3 资源共享 C10–C15")
struct A3ResourcesTests {
  typealias B = ManifestBuilder

  // MARK: C10

  @Test func c10Full() throws {
    #expect(try Fixture.indicator("C10", .full).score == 4)
  }

  @Test(arguments: ["lesson_talk", "quality_lesson", "basic_skills", "homework_design"])
  func c10OneActivityAbsent(key: String) throws {
    let s = try Fixture.indicator("C10", B.full.removing("C10.term2", key))
    #expect(s.score == dec("3.5"))  // 4 − 0.5
    #expect(s.reasons.count == 1)
    #expect(s.reasons[0].contains("C10.term2.\(key)"))
  }

  @Test func c10DropInAbsent() throws {
    let s = try Fixture.indicator("C10", B.full.removing("C10", "drop_in"))
    #expect(s.score == 2)  // 4 − 2
    #expect(s.reasons.allSatisfy { $0.contains("C10.drop_in") })
  }

  @Test func c10OneTermAbsent() throws {
    let s = try Fixture.indicator("C10", B.full.removingTable("C10.term1"))
    #expect(s.score == 2)  // 4 − 0.5 × 4
    #expect(s.reasons.count == 4)
  }

  @Test func c10SevenAbsentAndDropInAbsent() throws {
    let b = B.full.removingTable("C10.term2").removing("C10.term1", "lesson_talk")
      .removing("C10.term1", "quality_lesson").removing("C10.term1", "basic_skills")
      .removing("C10", "drop_in")
    let s = try Fixture.indicator("C10", b)
    #expect(s.score == 0)  // 4 − 0.5 × 7 − 2 = −1.5 → clamped to 0
    #expect(s.reasons.contains { $0.contains("C10.drop_in") })
    #expect(s.reasons.contains { $0.contains("C10.term2.homework_design") })
  }

  @Test func c10NothingClampsAtZero() throws {
    let s = try Fixture.indicator(
      "C10", B.full.removingTable("C10").removingTable("C10.term1").removingTable("C10.term2"))
    #expect(s.score == 0)  // 4 − 0.5 × 8 − 2 = −2 → 0
  }

  @Test func c10SixAbsentKeepsHalf() throws {
    let b = B.full.removingTable("C10.term2").removing("C10.term1", "lesson_talk").removing(
      "C10.term1", "quality_lesson")
    #expect(try Fixture.indicator("C10", b).score == 1)  // 4 − 0.5 × 6 = 1
  }

  // MARK: C11

  @Test func c11Full() throws {
    #expect(try Fixture.indicator("C11", .full).score == 6)  // 4 + 2
  }

  @Test func c11NoResults() throws {
    let s = try Fixture.indicator("C11", B.full.setting("C11", "results", B.list(["paper:"])))
    #expect(s.score == 2)  // 0 + 2
    #expect(s.reasons.contains { $0.contains("C11.results") })
  }

  @Test func c11OneResultOfSeveralPresentIsEnough() throws {
    let b = B.full.setting("C11", "results", B.list(["r/1.pdf", "r/2.pdf"]))
    #expect(try Fixture.indicator("C11", b, evidence: ["r/1.pdf": .missing, "r/2.pdf": .present]).score == 6)
    #expect(try Fixture.indicator("C11", b, evidence: ["r/1.pdf": .missing, "r/2.pdf": .empty]).score == 2)
  }

  @Test func c11ProjectAbsent() throws {
    let s = try Fixture.indicator("C11", B.full.removing("C11", "project"))
    #expect(s.score == 4)  // 4 + 0
    #expect(s.reasons.contains { $0.contains("C11.project") })
  }

  @Test func c11ProjectMissesTheCoreSchool() throws {
    let s = try Fixture.indicator("C11", B.full.setting("C11", "project_schools", B.list([B.member1, B.member2])))
    #expect(s.score == 4)  // every school must take part, the core school included
    #expect(s.reasons.contains { $0.contains("C11.project_schools") && $0.contains(B.core) })
  }

  // MARK: C12, C13

  @Test(arguments: ["monitoring", "analysis"])
  func c12OneAbsent(key: String) throws {
    let s = try Fixture.indicator("C12", B.full.removing("C12", key))
    #expect(s.score == 0)
    #expect(s.reasons.contains { $0.contains("C12.\(key)") })
  }

  @Test func c12Full() throws {
    #expect(try Fixture.indicator("C12", .full).score == 3)
  }

  @Test func c13() throws {
    #expect(try Fixture.indicator("C13", .full).score == 4)
    let none = try Fixture.indicator("C13", B.full.setting("C13", "courses", "[]"))
    #expect(none.score == 0)
    #expect(none.reasons.contains { $0.contains("C13.courses") })
    let b = B.full.setting("C13", "courses", B.list(["c/1.pdf"]))
    #expect(try Fixture.indicator("C13", b, evidence: ["c/1.pdf": .directory]).score == 0)
    #expect(try Fixture.indicator("C13", b, evidence: ["c/1.pdf": .present]).score == 4)
  }

  // MARK: C14

  @Test func c14Full() throws {
    #expect(try Fixture.indicator("C14", .full).score == 8)  // 5 + 3
  }

  @Test func c14BrandAbsent() throws {
    let s = try Fixture.indicator("C14", B.full.removing("C14", "brand"))
    #expect(s.score == 3)  // 0 + 3
    #expect(s.reasons.contains { $0.contains("C14.brand") })
  }

  @Test(arguments: [0, 1, 2])
  func c14SchoolWithoutFeature(school: Int) throws {
    let s = try Fixture.indicator("C14", B.full.removingSchoolKey(school, "culture_feature"))
    #expect(s.score == 3)  // part 1 needs every school's feature: 0 + 3
    #expect(s.reasons.contains { $0.contains("culture_feature") })
  }

  @Test(arguments: ["activities_term1", "activities_term2"])
  func c14TermWithoutActivity(key: String) throws {
    let s = try Fixture.indicator("C14", B.full.setting("C14", key, "[]"))
    #expect(s.score == 5)  // 5 + 0
    #expect(s.reasons.contains { $0.contains("C14.\(key)") })
  }

  @Test func c14Nothing() throws {
    let s = try Fixture.indicator("C14", B.full.removingTable("C14"))
    #expect(s.score == 0)
    #expect(s.reasons.count == 2)
  }

  // MARK: C15

  static func honors(_ list: [(String, String, String, String)]) -> B {
    B.full.replacingEntries(
      "C15.honor",
      list.map { B.honor(school: $0.0, category: $0.1, level: $0.2, evidence: $0.3) })
  }

  @Test func c15Full() throws {
    #expect(try Fixture.indicator("C15", .full).score == 5)  // 2 + 2 + 1
  }

  @Test func c15SameCategoryCountedOnce() throws {
    let b = Self.honors([
      (B.core, "足球", "省级", "paper:a"),
      (B.member1, "足球", "省级", "paper:b"),
      (B.member2, "足球", "市级", "paper:c"),
    ])
    let s = try Fixture.indicator("C15", b)
    #expect(s.score == 2)  // 足球: best 省级 2; other 足球 honors add nothing
    #expect(s.reasons.contains { $0.contains("C15.honor") })
  }

  @Test func c15BestOfCategoryWhateverTheOrder() throws {
    let b = Self.honors([
      (B.core, "书法", "市级", "paper:a"),
      (B.member1, "书法", "省级", "paper:b"),
    ])
    #expect(try Fixture.indicator("C15", b).score == 2)  // 书法: max(1, 2) = 2
  }

  @Test func c15CategoriesAreExactStrings() throws {
    let b = Self.honors([
      (B.core, "足球", "市级", "paper:a"),
      (B.member1, "足球 ", "市级", "paper:b"),
      (B.member2, "校园足球", "市级", "paper:c"),
    ])
    #expect(try Fixture.indicator("C15", b).score == 3)  // three distinct strings: 1 + 1 + 1
  }

  @Test func c15Clamped() throws {
    let b = Self.honors([
      (B.core, "足球", "省级", "paper:a"),
      (B.member1, "书法", "省级", "paper:b"),
      (B.member2, "科技", "省级", "paper:c"),
    ])
    #expect(try Fixture.indicator("C15", b).score == 5)  // 2 + 2 + 2 = 6 → clamped to 5
  }

  @Test func c15AbsentEvidenceDoesNotCount() throws {
    let b = Self.honors([
      (B.core, "足球", "省级", "paper:"),
      (B.member1, "书法", "市级", "paper:b"),
    ])
    #expect(try Fixture.indicator("C15", b).score == 1)  // 足球 省级 without evidence; 书法 1
  }

  @Test func c15None() throws {
    let s = try Fixture.indicator("C15", B.full.removingTable("C15.honor"))
    #expect(s.score == 0)
    #expect(s.reasons.contains { $0.contains("C15.honor") })
  }

  @Test func c15UnknownLevelIsError() {
    let b = Self.honors([(B.core, "足球", "县级", "paper:a")])
    let d = Fixture.decode(b)
    #expect(d.value == nil)
    #expect(d.errors.first?.message.contains("C15.honor[1].level") == true)
    #expect(d.errors.first?.line == lineNumber(of: #"level = "县级""#, in: b.text))
  }

  // MARK: group

  @Test func a3GroupIsPlainSum() throws {
    let b = B.full.removing("C10", "drop_in").removing("C11", "project").setting("C14", "activities_term2", "[]")
    let s = try Fixture.score(b)
    // C10 2 + C11 4 + C12 3 + C13 4 + C14 5 + C15 5 = 23
    #expect(s.group("A3") == 23)
  }
}
