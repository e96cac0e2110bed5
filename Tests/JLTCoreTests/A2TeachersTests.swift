import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// A2 师资共育: C4 (4), C5 (10), C6 (5), C7 (5), C8 (2), C9 (4).
@Suite("A2 师资共育 C4–C9")
struct A2TeachersTests {
  typealias B = ManifestBuilder

  /// The full alliance turned 共建型 with one valid form.
  static var cooperative: B {
    B.full.settingTop("type", B.q("共建型")).removing("C5", "unified_deployment")
      .setting("C5", "forms", B.list(["跨校兼课"]))
  }

  // MARK: C4

  @Test func c4Full() throws {
    #expect(try Fixture.indicator("C4", .full).score == 4)  // 1 + 3
  }

  @Test func c4ManagementAbsent() throws {
    let s = try Fixture.indicator("C4", B.full.removing("C4", "teacher_management"))
    #expect(s.score == 3)  // 0 + 3
    #expect(s.reasons.allSatisfy { $0.contains("C4.teacher_management") })
  }

  @Test(arguments: ["exchange_system", "incentive_system"])
  func c4OneSystemAbsent(key: String) throws {
    let s = try Fixture.indicator("C4", B.full.removing("C4", key))
    #expect(s.score == 1)  // 1 + 0 (both systems needed for 3)
    #expect(s.reasons.count == 1)
    #expect(s.reasons[0].contains("C4.\(key)"))
  }

  @Test func c4NothingIsZero() throws {
    let s = try Fixture.indicator("C4", B.full.removingTable("C4"))
    #expect(s.score == 0)
    #expect(s.reasons.count == 2)
  }

  // MARK: C5 ratio

  @Test(arguments: [
    // (exchanged of 100 teachers, expected): part 1 = 8 × min(1, (e/100)/0.20), part 2 = 2 × e/e = 2
    (10, "6"),  // 8 × 0.5 = 4, + 2 = 6
    (19, "9.6"),  // 8 × 0.95 = 7.6, + 2 = 9.6
    (20, "10"),  // 8 × 1 = 8, + 2
    (21, "10"),  // 8 × min(1, 1.05) = 8, + 2
    (60, "10"),  // 8 × min(1, 3) = 8, + 2
  ])
  func c5Ratio(exchanged: Int, expected: String) throws {
    let b = B.full.setting("C5", "exchanged", "\(exchanged)").setting("C5", "exchanged_one_year", "\(exchanged)")
    let s = try Fixture.indicator("C5", b)
    #expect(s.score == dec(expected))
    if exchanged < 20 {
      #expect(s.reasons.count == 1)
      #expect(s.reasons[0].contains("C5.exchanged"))
    } else {
      #expect(s.reasons.isEmpty)
    }
  }

  @Test func c5CyclePart() throws {
    let b = B.full.setting("C5", "exchanged", "20").setting("C5", "exchanged_one_year", "15")
    let s = try Fixture.indicator("C5", b)
    #expect(s.score == dec("9.5"))  // 8 + 2 × 15/20 = 8 + 1.5
    #expect(s.reasons.contains { $0.contains("C5.exchanged_one_year") })
  }

  @Test func c5ExchangedOneYearMissingCountsZero() throws {
    let s = try Fixture.indicator("C5", B.full.removing("C5", "exchanged_one_year"))
    #expect(s.score == 8)  // 8 + 2 × 0/20
    #expect(s.reasons.contains { $0.contains("C5.exchanged_one_year") })
  }

  @Test func c5ExchangedZero() throws {
    let b = B.full.setting("C5", "exchanged", "0").setting("C5", "exchanged_one_year", "0")
    let s = try Fixture.indicator("C5", b)
    #expect(s.score == 0)  // part 1: 8 × 0 = 0; part 2: exchanged = 0 → 0
    #expect(s.reasons.contains { $0.contains("C5.exchanged") })
  }

  @Test func c5HalfUpRoundingOfExactDecimal() throws {
    // 1600 teachers (1550 + 25 + 25), 261 exchanged, none for a year:
    // part 1 = 8 × (261/1600)/0.20 = 8 × 0.815625 = 6.525 exactly; part 2 = 0 → 6.525 → 6.53
    // (binary floating point would give 6.52499… → 6.52)
    let b = B.full.settingSchool(0, "teachers", "1550").settingSchool(1, "teachers", "25")
      .settingSchool(2, "teachers", "25")
      .setting("C5", "exchanged", "261").setting("C5", "exchanged_one_year", "0")
    let s = try Fixture.indicator("C5", b)
    #expect(s.score == dec("6.53"))
  }

  @Test func c5NoRoundingOfParts() throws {
    // 45 teachers (30 + 10 + 5), 3 exchanged, 1 for a year:
    // part 1 = 8 × (3/45)/0.2 = 2.6666…, part 2 = 2 × 1/3 = 0.6666…, sum 3.3333… → 3.33
    // (rounding the parts first would give 2.67 + 0.67 = 3.34)
    let b = B.full.settingSchool(0, "teachers", "30").settingSchool(1, "teachers", "10")
      .settingSchool(2, "teachers", "5")
      .setting("C5", "exchanged", "3").setting("C5", "exchanged_one_year", "1")
    let s = try Fixture.indicator("C5", b)
    #expect(s.score == dec("3.33"))
  }

  @Test func c5SampleBoundary() throws {
    // 128 teachers (100 + 20 + 8), 16 exchanged, 5 for a year:
    // 8 × 16/(0.2 × 128) + 2 × 5/16 = 5 + 0.625 = 5.625 → 5.63 (half up, not to even)
    let b = B.full.settingSchool(0, "teachers", "100").settingSchool(1, "teachers", "20")
      .settingSchool(2, "teachers", "8")
      .setting("C5", "exchanged", "16").setting("C5", "exchanged_one_year", "5")
    #expect(try Fixture.indicator("C5", b).score == dec("5.63"))
  }

  // MARK: C5 gates

  @Test func c5FusedWithoutUnifiedDeployment() throws {
    let s = try Fixture.indicator("C5", B.full.removing("C5", "unified_deployment"))
    #expect(s.score == 0)  // gate failed
    #expect(s.reasons.count == 1)
    #expect(s.reasons[0].contains("C5.unified_deployment"))
  }

  @Test func c5FusedWithMissingUnifiedDeploymentFile() throws {
    let b = B.full.evidence("C5", "unified_deployment", "evidence/调配.pdf")
    #expect(try Fixture.indicator("C5", b, evidence: ["evidence/调配.pdf": .missing]).score == 0)
    #expect(try Fixture.indicator("C5", b, evidence: ["evidence/调配.pdf": .present]).score == 10)
  }

  @Test func c5CooperativeWithForm() throws {
    #expect(try Fixture.indicator("C5", Self.cooperative).score == 10)  // 8 + 2
  }

  @Test func c5CooperativeWithoutForms() throws {
    let s = try Fixture.indicator("C5", Self.cooperative.setting("C5", "forms", "[]"))
    #expect(s.score == 0)  // gate failed: no form
    #expect(s.reasons.count == 1)
    #expect(s.reasons[0].contains("C5.forms"))
    let absent = try Fixture.indicator("C5", Self.cooperative.removing("C5", "forms"))
    #expect(absent.score == 0)
  }

  @Test func c5CooperativeIgnoresUnifiedDeployment() throws {
    // The other type's key is accepted and ignored: a missing path there raises no warning.
    let b = Self.cooperative.evidence("C5", "unified_deployment", "evidence/无.pdf")
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline, evidence: [:])
    #expect(scored.value?.indicator("C5")?.score == 10)
    #expect(!scored.problems.contains { $0.message.contains("unified_deployment") })
  }

  @Test func c5FusedIgnoresValidForms() throws {
    let b = B.full.setting("C5", "forms", B.list(["师徒结对"]))
    #expect(try Fixture.indicator("C5", b).score == 10)
  }

  @Test func c5FusedStillValidatesForms() {
    let b = B.full.setting("C5", "forms", B.list(["送教下乡"]))
    let d = Fixture.decode(b)
    #expect(d.value == nil)
    #expect(d.errors.count == 1)
    #expect(d.errors.first?.message.contains("C5.forms") == true)
    #expect(d.errors.first?.line == lineNumber(of: "forms = ", in: b.text))
  }

  @Test(arguments: [false, true])
  func c5RosterAbsent(cooperative: Bool) throws {
    let base = cooperative ? Self.cooperative : B.full
    let s = try Fixture.indicator("C5", base.removing("C5", "roster"))
    #expect(s.score == 0)  // without a roster both numbers count as 0
    #expect(s.reasons.contains { $0.contains("C5.roster") })
  }

  @Test func c5NoTable() throws {
    #expect(try Fixture.indicator("C5", B.full.removingTable("C5")).score == 0)
  }

  // MARK: C6, C7

  @Test func c6() throws {
    #expect(try Fixture.indicator("C6", .full).score == 5)
    let noScheme = try Fixture.indicator("C6", B.full.removing("C6", "sharing_scheme"))
    #expect(noScheme.score == 0)
    #expect(noScheme.reasons.contains { $0.contains("C6.sharing_scheme") })
    let noSubjects = try Fixture.indicator("C6", B.full.setting("C6", "subjects", "[]"))
    #expect(noSubjects.score == 0)
    #expect(noSubjects.reasons.contains { $0.contains("C6.subjects") })
    #expect(try Fixture.indicator("C6", B.full.removing("C6", "subjects")).score == 0)
  }

  @Test func c6BadSubjectIsError() {
    let b = B.full.setting("C6", "subjects", B.list(["语文"]))
    let d = Fixture.decode(b)
    #expect(d.value == nil)
    #expect(d.errors.first?.line == lineNumber(of: "subjects = ", in: b.text))
  }

  @Test func c7() throws {
    #expect(try Fixture.indicator("C7", .full).score == 5)
    let s = try Fixture.indicator("C7", B.full.removingTable("C7"))
    #expect(s.score == 0)
    #expect(s.reasons.contains { $0.contains("C7.title_rule") })
  }

  // MARK: C8

  @Test func c8() throws {
    #expect(try Fixture.indicator("C8", .full).score == 2)
    let noSystem = try Fixture.indicator("C8", B.full.removing("C8", "training_system"))
    #expect(noSystem.score == 0)
    #expect(noSystem.reasons.contains { $0.contains("C8.training_system") })
    let partial = try Fixture.indicator("C8", B.full.setting("C8", "covered", B.list([B.member1])))
    #expect(partial.score == 0)  // 成员二小 not covered
    #expect(partial.reasons.contains { $0.contains("C8.covered") && $0.contains(B.member2) })
  }

  @Test func c8WithoutMemberSchools() throws {
    // no member schools: coverage counts as met → 2
    #expect(try Fixture.indicator("C8", .coreOnly).score == 2)
    #expect(try Fixture.indicator("C8", B.coreOnly.removing("C8", "covered")).score == 2)
  }

  @Test func c8CoveringTheCoreSchoolDoesNotMatter() throws {
    let b = B.full.setting("C8", "covered", B.list([B.core, B.member1, B.member2]))
    #expect(try Fixture.indicator("C8", b).score == 2)
  }

  // MARK: C9

  @Test(arguments: [
    ("120000", "119999.99", "0"),  // paid < due → 0
    ("120000", "120000", "4"),  // paid = due → 4
    ("120000.5", "120000.50", "4"),  // equal decimals → 4
    ("100", "150", "4"),  // paid > due → 4
    ("0", "0", "4"),  // nothing owed → 4
  ])
  func c9(due: String, paid: String, expected: String) throws {
    let b = B.full.setting("C9", "subsidy_due", due).setting("C9", "subsidy_paid", paid)
    let s = try Fixture.indicator("C9", b)
    #expect(s.score == dec(expected))
    if s.score == 0 {
      #expect(s.reasons.contains { $0.contains("C9.subsidy_paid") })
    }
  }

  @Test func c9LedgerAbsent() throws {
    let s = try Fixture.indicator("C9", B.full.removing("C9", "ledger"))
    #expect(s.score == 0)
    #expect(s.reasons.contains { $0.contains("C9.ledger") })
  }

  @Test func c9NegativeMoneyIsError() {
    let b = B.full.setting("C9", "subsidy_paid", "-1")
    let d = Fixture.decode(b)
    #expect(d.value == nil)
    #expect(d.errors.first?.message.contains("C9.subsidy_paid") == true)
    #expect(d.errors.first?.line == lineNumber(of: "subsidy_paid = ", in: b.text))
  }

  // MARK: group

  @Test func a2GroupIsPlainSum() throws {
    let b = B.full.removing("C4", "teacher_management").setting("C5", "exchanged_one_year", "15")
      .removingTable("C7")
    let s = try Fixture.score(b)
    // C4 3 + C5 9.5 + C6 5 + C7 0 + C8 2 + C9 4 = 23.5
    #expect(s.group("A2") == dec("23.5"))
    #expect(s.total == dec("103.5"))  // 110 − 1 − 0.5 − 5
  }
}
