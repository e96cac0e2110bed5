import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// `jlt check PATH` on a root, a county folder or an alliance folder (SPEC §7).
@Suite("jlt check", .timeLimit(.minutes(1)))
struct CheckCommandTests {
  @Test func wholeRoot() throws {
    let run = try CheckCommand.run(path: Fixtures.path("mini"), jobs: 2)
    #expect(run.checked == 6)  // a-01 ×2, a-02, a-03 ×2, b-01
    #expect(run.failed == 1)  // a-02
    #expect(run.exitStatus == 1)
    let line = lineNumber(of: "exchanged = -3", in: try Fixtures.text("mini/县A/a-02/2024.toml"))
    #expect(run.problems.contains { $0.file == "县A/a-02/2024.toml" && $0.line == line && $0.severity == .error })
    #expect(!run.problems.contains { $0.alliance == ".hidden" })
  }

  @Test func countyFolder() throws {
    let run = try CheckCommand.run(path: Fixtures.path("mini/县B"), jobs: 1)
    #expect(run.checked == 1)
    #expect(run.failed == 0)
    #expect(run.exitStatus == 0)
    #expect(run.problems.allSatisfy { $0.file.hasPrefix("县B/b-01/") })
  }

  @Test func allianceFolder() throws {
    let run = try CheckCommand.run(path: Fixtures.path("mini/县A/a-02"), jobs: 1)
    #expect(run.checked == 1)
    #expect(run.failed == 1)
    #expect(run.problems.first { $0.severity == .error }?.file == "县A/a-02/2024.toml")
  }

  @Test func allianceFolderWithTwoYears() throws {
    let run = try CheckCommand.run(path: Fixtures.path("mini/县A/a-01"), jobs: 4)
    #expect(run.checked == 2)
    #expect(run.failed == 0)
    #expect(run.problems.contains { $0.message.contains("证据缺失") && $0.message.contains("空.pdf") })
  }

  @Test func nothingToCheck() throws {
    let s = try Scratch()
    defer { s.remove() }
    try s.mkdir("empty")
    #expect(throws: UsageError.self) { try CheckCommand.run(path: s.url("empty"), jobs: 1) }
    #expect(throws: UsageError.self) { try CheckCommand.run(path: s.url("missing"), jobs: 1) }
  }
}
