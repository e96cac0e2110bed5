import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// SPEC §2 limits through `jlt score` on files on disk: a manifest, a baseline and a rubric file
/// of exactly 1 MiB (1,048,576 bytes) are read; one byte more is an error naming the file and
/// the limit. (Schools 200/201, list entries 1000/1001 and strings 4096/4097 are tested on the
/// decoder in JLTCoreTests/DecoderErrorTests.swift.)
@Suite("输入上限（文件大小）", .timeLimit(.minutes(1)))
struct InputLimitTests {
  static let limit = 1_048_576

  final class Run {
    let scratch: Scratch
    let input: String

    init() throws {
      scratch = try Scratch()
      input = try scratch.copyFixture("mini")
    }

    deinit { scratch.remove() }

    /// The file's text padded with ASCII comment lines to exactly `bytes` bytes.
    func pad(_ relative: String, to bytes: Int, text: String? = nil) throws {
      var content = try text ?? String(contentsOfFile: input + "/" + relative, encoding: .utf8)
      if !content.hasSuffix("\n") { content += "\n" }
      let line = "#" + String(repeating: "x", count: 1022) + "\n"  // 1024 bytes
      var data = Data(content.utf8)
      while data.count + line.utf8.count <= bytes { data.append(contentsOf: line.utf8) }
      let rest = bytes - data.count
      if rest > 0 { data.append(contentsOf: Array(("#" + String(repeating: "y", count: rest - 1)).utf8)) }
      #expect(data.count == bytes)
      try data.write(to: URL(fileURLWithPath: input + "/" + relative))
    }

    func score() throws -> ScoreRun {
      try ScoreCommand.run(input: input, output: scratch.url("out"), year: 2024, counties: [], jobs: 2)
    }
  }

  static let tooLarge = "文件过大（1048577 字节），上限为 1 MiB"

  @Test func manifestOfOneMebibyteIsScored() throws {
    let run = try Run()
    try run.pad("县B/b-01/2024.toml", to: Self.limit)
    let b = try run.score().reports[1]
    #expect(b.alliances.map(\.id) == ["b-01"])
    #expect(b.alliances.first?.total == 2)
  }

  @Test func manifestOneByteOverIsAnError() throws {
    let run = try Run()
    try run.pad("县B/b-01/2024.toml", to: Self.limit + 1)
    let result = try run.score()
    let b = result.reports[1]
    #expect(b.alliances.isEmpty)
    let errors = b.problems.filter { $0.severity == .error }
    #expect(errors.map(\.message) == [Self.tooLarge])
    #expect(errors.first?.file == "县B/b-01/2024.toml")
    #expect(errors.first?.rendered == "县B/b-01/2024.toml: 错误：\(Self.tooLarge)")
    #expect(result.reports[0].alliances.map(\.id) == ["a-01", "a-03"])  // the other county is untouched
  }

  @Test func baselineOfOneMebibyteIsRead() throws {
    let run = try Run()
    try run.pad("县A/a-01/baseline.toml", to: Self.limit)
    let a01 = try #require(try run.score().reports[0].alliances.first { $0.id == "a-01" })
    #expect(a01.total == Decimal(string: "73.5"))
  }

  @Test func baselineOneByteOverIsAnErrorOfTheAlliance() throws {
    let run = try Run()
    try run.pad("县A/a-01/baseline.toml", to: Self.limit + 1)
    let a = try run.score().reports[0]
    #expect(a.alliances.map(\.id) == ["a-03"])
    #expect(
      a.problems.contains {
        $0.alliance == "a-01" && $0.severity == .error && $0.file == "县A/a-01/baseline.toml"
          && $0.message == Self.tooLarge
      })
  }

  @Test func rubricFileOfOneMebibyteIsApplied() throws {
    let run = try Run()
    try run.pad("rubric-2024.toml", to: Self.limit, text: "name = \"大文件细则\"\n")
    let result = try run.score()
    #expect(result.reports.allSatisfy { $0.rubric.name == "大文件细则" })
    #expect(result.reports[1].alliances.map(\.id) == ["b-01"])
  }

  @Test func rubricFileOneByteOverIsAnErrorForEveryAllianceItGoverns() throws {
    let run = try Run()
    try run.pad("rubric-2024.toml", to: Self.limit + 1, text: "name = \"大文件细则\"\n")
    let result = try run.score()
    for report in result.reports {
      #expect(report.alliances.isEmpty)
      #expect(report.problems.contains { $0.file == "rubric-2024.toml" && $0.message == Self.tooLarge })
    }
    #expect(result.exitStatus == 1)
  }
}
