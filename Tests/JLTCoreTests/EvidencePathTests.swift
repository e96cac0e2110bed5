import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// Evidence references (SPEC §2): `paper:…`, blank, or a path relative to the alliance folder.
@Suite("证据引用")
struct EvidencePathTests {
  typealias B = ManifestBuilder

  @Test(arguments: [
    ("paper:党建档案盒2024-06", EvidenceTarget.paper("党建档案盒2024-06")),
    ("paper: 档案 ", .paper("档案")),
    ("paper:", .blank),
    ("paper:   ", .blank),
    ("", .blank),
    ("   ", .blank),
    ("evidence/章程.pdf", .path("evidence/章程.pdf")),
    ("evidence\\2024\\章程.pdf", .path("evidence/2024/章程.pdf")),
    ("./evidence//a.pdf", .path("evidence/a.pdf")),
    ("evidence/2024/../a.pdf", .path("evidence/a.pdf")),
    ("evidence\\..\\a.pdf", .path("a.pdf")),
    ("a/b/../../c.pdf", .path("c.pdf")),
    ("Paper:x", .path("Paper:x")),  // only `paper:` marks a paper record
    ("1:2.pdf", .path("1:2.pdf")),  // a digit is no drive letter
    ("证据:一.pdf", .path("证据:一.pdf")),
  ])
  func classifies(text: String, target: EvidenceTarget) {
    #expect(EvidenceRef.classify(text) == .success(target))
  }

  @Test(arguments: [
    ("/etc/passwd", EvidencePathError.absolute),
    ("\\evidence\\a.pdf", .absolute),
    ("\\\\server\\share\\a.pdf", .absolute),
    (" /a.pdf", .absolute),
    ("D:\\证据\\a.pdf", .drive),
    ("d:/a.pdf", .drive),
    ("C:a.pdf", .drive),
    ("z:", .drive),
    ("../a.pdf", .escapes),
    ("..", .escapes),
    ("..\\a.pdf", .escapes),
    ("evidence/../../a.pdf", .escapes),
    ("a/../b/../../c.pdf", .escapes),
    ("./../a.pdf", .escapes),
  ])
  func rejects(text: String, error: EvidencePathError) {
    #expect(EvidenceRef.classify(text) == .failure(error))
  }

  @Test func errorsAreExplainedInChinese() {
    for e in [EvidencePathError.absolute, .drive, .escapes] {
      #expect(!e.chinese.isEmpty)
      #expect(e.chinese.unicodeScalars.contains { $0.value >= 0x4E00 })
    }
  }

  // MARK: statuses in the scorer

  @Test(arguments: [
    EvidenceStatus.missing, .empty, .directory, .special, .symlinkLoop,
  ])
  func absentStatusesWarnAndDoNotCount(status: EvidenceStatus) throws {
    let b = B.full.evidence("C12", "analysis", "evidence/质量分析.pdf")
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline, evidence: ["evidence/质量分析.pdf": status])
    let s = try #require(scored.value)
    #expect(s.indicator("C12")?.score == 0)  // analysis absent → 0
    let w = scored.problems.filter { $0.message.contains("证据缺失") }
    #expect(w.count == 1)
    #expect(w.first?.severity == .warning)
    #expect(w.first?.message.contains("C12.analysis") == true)
    #expect(w.first?.message.contains("evidence/质量分析.pdf") == true)
    #expect(w.first?.line == lineNumber(of: "analysis = ", in: b.text))
    #expect(scored.problems.filter { $0.severity == .warning }.count == 1)
  }

  @Test func outsideIsAnError() throws {
    let b = B.full.evidence("C12", "analysis", "evidence/外链.pdf")
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline, evidence: ["evidence/外链.pdf": .outside])
    #expect(scored.value == nil)
    let e = scored.problems.filter { $0.severity == .error }
    #expect(e.count == 1)
    #expect(e.first?.message.contains("C12.analysis") == true)
    #expect(e.first?.line == lineNumber(of: "analysis = ", in: b.text))
  }

  @Test func outsideInABaselineIsAnErrorOfTheAlliance() throws {
    let baseline = try Fixture.baseline("[C16]\nnational = 0\nevidence = \"基线/外链.pdf\"\n")
    let scored = try Fixture.scored(.full, baseline: baseline, evidence: ["基线/外链.pdf": .outside])
    #expect(scored.value == nil)
    #expect(scored.problems.first { $0.severity == .error }?.file == Fixture.baselineFile)
  }

  @Test func oneFileBacksSeveralKeys() throws {
    let b = B.full.evidence("C4", "teacher_management", "evidence/制度汇编.pdf")
      .evidence("C4", "exchange_system", "evidence/制度汇编.pdf")
      .evidence("C4", "incentive_system", "evidence\\制度汇编.pdf")
    #expect(try Fixture.indicator("C4", b, evidence: ["evidence/制度汇编.pdf": .present]).score == 4)
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline, evidence: ["evidence/制度汇编.pdf": .empty])
    #expect(scored.value?.indicator("C4")?.score == 0)
    // one warning for the file, naming every key that cites it
    let missing = scored.problems.filter { $0.message.contains("证据缺失") }
    #expect(missing.count == 1)
    #expect(missing.first?.message.contains("C4.teacher_management、C4.exchange_system、C4.incentive_system") == true)
  }

  @Test func blankReferencesWarn() throws {
    let b = B.full.evidence("C7", "title_rule", "").setting("C13", "courses", B.list(["paper:"]))
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline)
    let s = try #require(scored.value)
    #expect(s.indicator("C7")?.score == 0)
    #expect(s.indicator("C13")?.score == 0)
    let w = scored.problems.filter { $0.message.contains("证据缺失") }
    #expect(
      w.contains { $0.message.contains("C7.title_rule") && $0.line == lineNumber(of: "title_rule = ", in: b.text) })
    #expect(w.contains { $0.message.contains("C13.courses") })
  }

  @Test func paperReferencesNeedNoMap() throws {
    #expect(try Fixture.score(.full, evidence: [:]).total == 110)
  }

  @Test func allEvidenceListsEveryCountedReference() throws {
    let b = B.full.evidence("C7", "title_rule", "evidence/职称.pdf")
      .settingSchool(0, "annual_plan", B.q("evidence/核心计划.pdf"))  // member-only key on the core school
      .setting("C5", "forms", B.list(["跨校兼课"]))  // the other type's key
    let m = try #require(Fixture.decode(b).value)
    let paths = m.allEvidence.compactMap { ref -> String? in
      if case .path(let p) = ref.target { return p }
      return nil
    }
    #expect(paths == ["evidence/职称.pdf"])
    #expect(m.allEvidence.first { $0.text == "evidence/职称.pdf" }?.key == "C7.title_rule")
  }
}
