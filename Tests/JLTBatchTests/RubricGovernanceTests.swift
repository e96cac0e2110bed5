import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// Rubric files in a run (SPEC §8): a county file governs only its county, a bad one makes
/// every alliance it governs an error and no other, and outputs record the effective rubric.
@Suite(.timeLimit(.minutes(1)))
struct RubricGovernanceTests {
  static func run(_ files: [String: String]) throws -> (ScoreRun, Scratch) {
    let scratch = try Scratch()
    let input = try scratch.copyFixture("mini")
    for (path, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: input + "/" + path)) }
    let run = try ScoreCommand.run(input: input, output: scratch.url("out"), year: 2024, counties: [], jobs: 2)
    return (run, scratch)
  }

  @Test func aBadCountyRubricStopsOnlyThatCounty() throws {
    let (run, scratch) = try Self.run(["县B/rubric-2024.toml": "[C13]\npoints = 6\n"])
    defer { scratch.remove() }
    let a = try #require(run.reports.first { $0.county == "县A" })
    let b = try #require(run.reports.first { $0.county == "县B" })
    #expect(b.alliances.isEmpty)
    #expect(b.problems.contains { $0.file == "县B/rubric-2024.toml" && $0.message.contains("A3 资源共享") })
    #expect(b.problems.contains { $0.alliance == "b-01" && $0.severity == .error && $0.message.contains("评分细则无效") })
    #expect(a.alliances.map(\.id).sorted() == ["a-01", "a-03"])
    #expect(a.rubric == Rubric.suizhouTrial)
    #expect(run.exitStatus == 1)
  }

  @Test func aCityRubricChangesEveryCountyAndIsRecorded() throws {
    let city = "name = \"2024年度目标清单\"\n[C13]\npoints = 6\n[C15]\npoints = 3\n"
    let (run, scratch) = try Self.run(["rubric-2024.toml": city])
    defer { scratch.remove() }
    for report in run.reports {
      #expect(report.rubric.name == "2024年度目标清单")
      #expect(report.rubric.indicator("C13")?.points == 6)
      #expect(report.rubricDigest == report.rubric.digest)
      #expect(report.rubricDigest != Rubric.suizhouTrial.digest)
      for a in report.alliances { #expect(a.score.indicator("C13")?.points == 6) }
      let json = try String(contentsOfFile: scratch.url("out/2024/\(report.county).json"), encoding: .utf8)
      #expect(json.contains("\"name\": \"2024年度目标清单\""))
      #expect(json.contains("\"digest\": \"\(report.rubricDigest)\""))
    }
  }

  @Test func previousYearIsScoredWithItsOwnRubric() throws {
    // A 2023 rubric that makes C7 worth nothing would change 2023 totals only: here it is
    // invalid, so 2023 cannot be scored and the previous year reads as unavailable.
    let (run, scratch) = try Self.run(["rubric-2023.toml": "[C7]\npoints = 0\n"])
    defer { scratch.remove() }
    let a = try #require(run.reports.first { $0.county == "县A" })
    let a01 = try #require(a.alliances.first { $0.id == "a-01" })
    #expect(a01.previous == .unscorable)
    #expect(a.rubric == Rubric.suizhouTrial)
  }
}
