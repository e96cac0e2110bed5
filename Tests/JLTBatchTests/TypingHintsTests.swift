import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// Friction a clerk asked to remove: the hints for what was typed nearly right.
@Suite("输入提示", .timeLimit(.minutes(1)))
struct TypingHintsTests {
  typealias Run = ScoreCommandTests.Run

  /// Scores the mini tree with `extra` appended to a-03's 2024 manifest; a-03's problems.
  static func a03(_ extra: String, files: [String] = []) throws -> [Problem] {
    let run = try Run()
    for f in files { try run.scratch.write("mini/县A/a-03/" + f, "一份证据") }
    let text = try Fixtures.text("mini/县A/a-03/2024.toml") + "\n" + extra + "\n"
    try run.scratch.write("mini/县A/a-03/2024.toml", text)
    return try run.score().reports[0].problems.filter { $0.alliance == "a-03" }
  }

  @Test(arguments: [
    ("paper：档案盒3", "是否应为 paper:档案盒3？"), ("PAPER:档案盒3", "是否应为 paper:档案盒3？"),
    ("evidence／职称.pdf", "是否应为 evidence/职称.pdf？"),
  ])
  func nearlyRightReferencesGetAHint(reference: String, hint: String) throws {
    let problems = try Self.a03("[C7]\ntitle_rule = \"\(reference)\"")
    let w = try #require(problems.first { $0.message.contains("C7.title_rule") })
    #expect(w.message.contains(hint), "\(w.message)")
  }

  @Test func aPathInAnotherLetterCaseIsNamed() throws {
    let problems = try Self.a03("[C7]\ntitle_rule = \"evidence/Title.PDF\"", files: ["evidence/title.pdf"])
    let w = try #require(problems.first { $0.message.contains("C7.title_rule") })
    #expect(w.message.contains("是否应为 evidence/title.pdf？"), "\(w.message)")
  }

  @Test func oneWarningForAMissingFileCitedThreeTimes() throws {
    let problems = try Self.a03(
      "[C7]\ntitle_rule = \"evidence/汇编.pdf\"\n[C2]\nannual_plan = \"evidence/汇编.pdf\"\n[C13]\ncourses = [\"evidence/汇编.pdf\"]"
    )
    let w = problems.filter { $0.message.contains("evidence/汇编.pdf") }
    #expect(w.count == 1, "\(problems)")
    #expect(w.first?.message.contains("C7.title_rule、C2.annual_plan、C13.courses") == true, "\(w)")
  }

  @Test func theSameRecordForBothTermsIsNoticed() throws {
    let problems = try Self.a03(
      "[C14]\nactivities_term1 = [\"paper:活动1\"]\nactivities_term2 = [\"paper:活动1\"]", files: [])
    #expect(
      problems.contains {
        $0.severity == .warning && $0.message.contains("C14.activities_term2") && $0.message.contains("两个学期")
      })
  }

  @Test func aMisspeltSchoolNameGetsTheNearestAndASpaceIsShown() throws {
    let run = try Run()
    var text = try Fixtures.text("mini/县A/a-01/2024.toml")
    let member = "甲县河口小学"
    text = text.replacingOccurrences(of: "covered = [\"\(member)\"]", with: "covered = [\"甲县河口X学\", \"\(member) \"]")
    try run.scratch.write("mini/县A/a-01/2024.toml", text)
    let errors = try run.score().reports[0].problems.filter { $0.alliance == "a-01" && $0.severity == .error }
    #expect(errors.contains { $0.message.contains("是否应为“\(member)”？") }, "\(errors)")
    #expect(errors.contains { $0.message.contains("\(member)␣") && $0.message.contains("多了空格") }, "\(errors)")
  }

  @Test func aSyntaxErrorSaysTheRestWasNotChecked() throws {
    let problems = try Self.a03("[C7\ntitle_rule = 1")
    #expect(problems.contains { $0.severity == .error && $0.message.contains("此处之后的内容未检查") })
  }
}
