import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// A1 管理共进: C1 (5), C2 (2), C3 (3).
@Suite("A1 管理共进 C1–C3")
struct A1ManagementTests {
  typealias B = ManifestBuilder

  // MARK: C1

  @Test func c1FullIsFive() throws {
    let s = try Fixture.indicator("C1", .full)
    #expect(s.score == 5)  // nothing absent, 90% ≥ 60%
    #expect(s.reasons.isEmpty)
  }

  @Test func c1ParentSatisfactionJustBelowSixty() throws {
    let s = try Fixture.indicator("C1", B.full.setting("C1", "parent_satisfaction", "59.99"))
    #expect(s.score == 4)  // 5 − 1 (59.99 < 60)
    #expect(s.reasons.count == 1)
    #expect(s.reasons.allSatisfy { $0.contains("C1.parent_satisfaction") })
  }

  @Test func c1ParentSatisfactionAtSixty() throws {
    let s = try Fixture.indicator("C1", B.full.setting("C1", "parent_satisfaction", "60"))
    #expect(s.score == 5)  // 60 is not < 60
    let f = try Fixture.indicator("C1", B.full.setting("C1", "parent_satisfaction", "60.0"))
    #expect(f.score == 5)  // the float 60.0 likewise
  }

  @Test func c1ParentSatisfactionMissing() throws {
    let s = try Fixture.indicator("C1", B.full.removing("C1", "parent_satisfaction"))
    #expect(s.score == 4)  // 5 − 1 (missing rate)
    #expect(s.reasons.contains { $0.contains("C1.parent_satisfaction") })
  }

  @Test func c1ParentSurveyAbsent() throws {
    let s = try Fixture.indicator("C1", B.full.removing("C1", "parent_survey"))
    #expect(s.score == 4)  // 5 − 1 (rate without its survey)
    #expect(s.reasons.contains { $0.contains("C1.parent_survey") })
  }

  @Test func c1LowRateAndNoSurveyLoseOnlyOnePoint() throws {
    let b = B.full.setting("C1", "parent_satisfaction", "40").removing("C1", "parent_survey")
    let s = try Fixture.indicator("C1", b)
    #expect(s.score == 4)  // one deduction of 1 for the satisfaction item: 5 − 1
  }

  @Test(arguments: ["charter", "organization", "staffing", "party_building"])
  func c1SystemAbsent(key: String) throws {
    let s = try Fixture.indicator("C1", B.full.removing("C1", key))
    #expect(s.score == dec("4.5"))  // 5 − 0.5
    #expect(s.reasons.count == 1)
    #expect(s.reasons.allSatisfy { $0.contains("C1.\(key)") })
  }

  @Test(arguments: ["leadership_unity", "teacher_morale"])
  func c1ReviewFindingAbsent(key: String) throws {
    let s = try Fixture.indicator("C1", B.full.removing("C1", key))
    #expect(s.score == 4)  // 5 − 1
    #expect(s.reasons.allSatisfy { $0.contains("C1.\(key)") })
  }

  @Test func c1EverythingAbsentIsZero() throws {
    let s = try Fixture.indicator("C1", B.full.removingTable("C1"))
    // 5 − 0.5×4 − 1 − 1 − 1 = 0
    #expect(s.score == 0)
    #expect(s.reasons.count == 7)
    for key in [
      "charter", "organization", "staffing", "party_building", "leadership_unity", "teacher_morale",
      "parent_satisfaction",
    ] {
      #expect(s.reasons.contains { $0.contains("C1.\(key)") }, "no reason names C1.\(key)")
    }
  }

  @Test func c1BlankPaperReferenceIsAbsent() throws {
    let b = B.full.evidence("C1", "charter", "paper:")
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline)
    let s = try #require(scored.value?.indicator("C1"))
    #expect(s.score == dec("4.5"))  // 5 − 0.5
    #expect(
      scored.problems.contains {
        $0.severity == .warning && $0.message.contains("证据缺失") && $0.message.contains("C1.charter")
      })
  }

  @Test(arguments: [
    (EvidenceStatus.present, "5"),  // present: 5
    (.missing, "4.5"),  // 5 − 0.5
    (.empty, "4.5"),
    (.directory, "4.5"),
    (.special, "4.5"),
    (.symlinkLoop, "4.5"),
  ])
  func c1PathEvidence(status: EvidenceStatus, expected: String) throws {
    let b = B.full.evidence("C1", "charter", "evidence/章程.pdf")
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline, evidence: ["evidence/章程.pdf": status])
    let score = try #require(scored.value)
    #expect(score.indicator("C1")?.score == dec(expected))
    let missing = scored.problems.filter { $0.message.contains("证据缺失") }
    if status == .present {
      #expect(missing.isEmpty)
    } else {
      #expect(missing.count == 1)
      #expect(missing.first?.severity == .warning)
      #expect(missing.first?.message.contains("C1.charter") == true)
      #expect(missing.first?.message.contains("evidence/章程.pdf") == true)
      #expect(missing.first?.line == lineNumber(of: "charter = ", in: b.text))
    }
  }

  @Test func c1PathNotInEvidenceMapIsMissing() throws {
    let b = B.full.evidence("C1", "staffing", "evidence/无此文件.pdf")
    let s = try Fixture.score(b, evidence: [:])
    #expect(s.indicator("C1")?.score == dec("4.5"))  // 5 − 0.5
  }

  // MARK: C2

  @Test func c2Full() throws {
    #expect(try Fixture.indicator("C2", .full).score == 2)
  }

  @Test(arguments: ["development_plan", "annual_plan", "annual_summary"])
  func c2AllianceDocumentAbsent(key: String) throws {
    let s = try Fixture.indicator("C2", B.full.removing("C2", key))
    #expect(s.score == dec("1.5"))  // 2 − 0.5
    #expect(s.reasons.allSatisfy { $0.contains("C2.\(key)") })
  }

  @Test(arguments: ["annual_plan", "annual_summary"])
  func c2MemberDocumentAbsent(key: String) throws {
    let s = try Fixture.indicator("C2", B.full.removingSchoolKey(1, key))
    #expect(s.score == dec("1.5"))  // 2 − 0.5 (成员一小 lacks one document)
    #expect(s.reasons.count == 1)
    #expect(s.reasons[0].contains(key))
    #expect(s.reasons[0].contains(B.member1))
  }

  @Test func c2CoreSchoolDocumentsAreIgnored() throws {
    // Member-only keys given for the core school are accepted and ignored: a missing path there
    // neither costs a point nor raises "证据缺失".
    let b = B.full.settingSchool(0, "annual_plan", B.q("evidence/核心计划.pdf"))
      .settingSchool(0, "principal_meeting_records", B.q("evidence/核心办公会.pdf"))
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline, evidence: [:])
    let s = try #require(scored.value)
    #expect(s.indicator("C2")?.score == 2)
    #expect(s.indicator("C3")?.score == 3)
    #expect(!scored.problems.contains { $0.message.contains("核心计划") || $0.message.contains("核心办公会") })
  }

  @Test func c2ClampsAtZero() throws {
    let b = B.full.removingTable("C2")
      .removingSchoolKey(1, "annual_plan").removingSchoolKey(1, "annual_summary")
      .removingSchoolKey(2, "annual_plan").removingSchoolKey(2, "annual_summary")
    let s = try Fixture.indicator("C2", b)
    // 2 − 0.5×3 − 0.5×4 = −1.5 → clamped to 0
    #expect(s.score == 0)
    #expect(s.reasons.contains { $0.contains("C2.development_plan") })
  }

  @Test func c2WithoutMemberSchools() throws {
    #expect(try Fixture.indicator("C2", .coreOnly).score == 2)  // no member deductions
  }

  // MARK: C3

  @Test func c3Full() throws {
    #expect(try Fixture.indicator("C3", .full).score == 3)  // 1.5 + 1.5
  }

  @Test func c3ThreeAndTwoMeetings() throws {
    let b = B.full.setting("C3", "meetings_term2", B.list(["paper:例会/2-1", "paper:例会/2-2"]))
    let s = try Fixture.indicator("C3", b)
    // part 1: 1.5 − 0.5 × (max(0, 3−3) + max(0, 3−2)) = 1.0; part 2: 1.5 → 2.5
    #expect(s.score == dec("2.5"))
    #expect(!s.reasons.isEmpty)
    #expect(s.reasons.contains { $0.contains("C3.meetings_term2") })
  }

  @Test func c3NoMeetingsAtAll() throws {
    let b = B.full.setting("C3", "meetings_term1", "[]").setting("C3", "meetings_term2", "[]")
    let s = try Fixture.indicator("C3", b)
    // n1 + n2 = 0 → part 1 = 0; part 2 = 1.5
    #expect(s.score == dec("1.5"))
    #expect(s.reasons.contains { $0.contains("C3.meetings_term1") })
  }

  @Test func c3NoTable() throws {
    let s = try Fixture.indicator("C3", B.full.removingTable("C3"))
    #expect(s.score == dec("1.5"))  // part 1 = 0 (no meetings), part 2 = 1.5
  }

  @Test func c3PartClampsWhenFirstTermEmpty() throws {
    let b = B.full.setting("C3", "meetings_term1", "[]").setting("C3", "meetings_term2", B.list(["paper:例会/2-1"]))
    let s = try Fixture.indicator("C3", b)
    // part 1: 1.5 − 0.5 × (3 + 2) = −1 → clamped to 0; part 2: 1.5 → 1.5
    #expect(s.score == dec("1.5"))
    #expect(s.reasons.contains { $0.contains("C3.meetings_term1") })
    #expect(s.reasons.contains { $0.contains("C3.meetings_term2") })
  }

  @Test func c3MoreMeetingsEarnNoMore() throws {
    let b = B.full.setting(
      "C3", "meetings_term1", B.list(["paper:1", "paper:2", "paper:3", "paper:4", "paper:5"]))
    #expect(try Fixture.indicator("C3", b).score == 3)  // part 1 capped at 1.5, + 1.5
  }

  @Test func c3DuplicateRecordCountsOnce() throws {
    let b = B.full.setting("C3", "meetings_term2", B.list(["paper:例会/2-1", "paper:例会/2-1", "paper:例会/2-2"]))
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline)
    let s = try #require(scored.value?.indicator("C3"))
    #expect(s.score == dec("2.5"))  // n2 = 2: 1.5 − 0.5 = 1.0, + 1.5
    #expect(scored.problems.contains { $0.severity == .warning && $0.message.contains("重复证据") })
  }

  @Test func c3DuplicatePathAfterNormalisationCountsOnce() throws {
    let b = B.full.setting(
      "C3", "meetings_term1", B.list(["evidence/a.pdf", "evidence/./a.pdf", "evidence\\b.pdf"]))
    let ev: PathTable<EvidenceStatus> = ["evidence/a.pdf": .present, "evidence/b.pdf": .present]
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline, evidence: ev)
    // evidence/a.pdf twice → n1 = 2: part 1 = 1.5 − 0.5 = 1.0, + 1.5 → 2.5
    #expect(scored.value?.indicator("C3")?.score == dec("2.5"))
    #expect(scored.problems.contains { $0.message.contains("重复证据") })
  }

  @Test func c3MissingPathRecordsDoNotCount() throws {
    let b = B.full.setting("C3", "meetings_term1", B.list(["m/1.pdf", "m/2.pdf", "m/3.pdf"]))
    let s = try Fixture.indicator("C3", b, evidence: ["m/1.pdf": .present, "m/2.pdf": .present, "m/3.pdf": .empty])
    #expect(s.score == dec("2.5"))  // n1 = 2: 1.5 − 0.5 = 1.0, + 1.5
  }

  @Test func c3MemberPrincipalRecordsAbsent() throws {
    let s = try Fixture.indicator("C3", B.full.removingSchoolKey(2, "principal_meeting_records"))
    #expect(s.score == dec("1.5"))  // part 1 1.5 + part 2 0
    #expect(s.reasons.count == 1)
    #expect(s.reasons[0].contains("principal_meeting_records"))
    #expect(s.reasons[0].contains(B.member2))
  }

  @Test func c3WithoutMemberSchoolsPartTwoIsMet() throws {
    #expect(try Fixture.indicator("C3", .coreOnly).score == 3)  // 1.5 + 1.5 (no member schools)
  }
}
