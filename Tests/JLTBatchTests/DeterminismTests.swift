import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// SPEC §5: outputs are byte-identical for identical input whatever the job count.
@Suite("输出与并发无关", .timeLimit(.minutes(1)))
struct DeterminismTests {
  static func outputs(jobs: Int, input: String, output: String) throws -> ScoreRun {
    try ScoreCommand.run(input: input, output: output, year: nil, counties: [], jobs: jobs)
  }

  @Test(arguments: [4, 16])
  func sameBytesWithOneAndManyJobs(jobs: Int) throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let input = try scratch.copyFixture("mini")
    // a FIFO and an outside link make the tree less tidy, and must not change with the job count
    try scratch.fifo("mini/县A/a-03/evidence-fifo")
    let one = try Self.outputs(jobs: 1, input: input, output: scratch.url("out-1"))
    let many = try Self.outputs(jobs: jobs, input: input, output: scratch.url("out-n"))
    #expect(one.reports == many.reports)
    #expect(one.exitStatus == many.exitStatus)
    #expect(one.written == many.written)
    for county in ["县A", "县B"] {
      let a = try Data(contentsOf: URL(fileURLWithPath: scratch.url("out-1/2024/\(county).json")))
      let b = try Data(contentsOf: URL(fileURLWithPath: scratch.url("out-n/2024/\(county).json")))
      #expect(!a.isEmpty)
      #expect(a == b, "\(county).json differs between 1 and \(jobs) jobs")
      // Both runs must have written the workbook: a missing one is a failure, not a pass.
      let xa = scratch.url("out-1/2024/\(county).xlsx")
      let xb = scratch.url("out-n/2024/\(county).xlsx")
      try #require(FileManager.default.fileExists(atPath: xa), "\(county).xlsx not written with 1 job")
      try #require(FileManager.default.fileExists(atPath: xb), "\(county).xlsx not written with \(jobs) jobs")
      let wa = try Data(contentsOf: URL(fileURLWithPath: xa))
      let wb = try Data(contentsOf: URL(fileURLWithPath: xb))
      #expect(!wa.isEmpty)
      #expect(wa == wb, "\(county).xlsx differs between 1 and \(jobs) jobs")
    }
    // and the city summary
    let ca = scratch.url("out-1/2024/全市汇总.xlsx")
    let cb = scratch.url("out-n/2024/全市汇总.xlsx")
    try #require(FileManager.default.fileExists(atPath: ca), "全市汇总.xlsx not written with 1 job")
    try #require(FileManager.default.fileExists(atPath: cb), "全市汇总.xlsx not written with \(jobs) jobs")
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: ca)) == Data(contentsOf: URL(fileURLWithPath: cb)),
      "全市汇总.xlsx differs between 1 and \(jobs) jobs")
  }

  @Test func repeatedRunsGiveTheSameJSON() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let input = try scratch.copyFixture("mini")
    func read(_ name: String) throws -> Data {
      let path = scratch.url("out/2024/" + name)
      try #require(FileManager.default.fileExists(atPath: path), "\(name) not written")
      return try Data(contentsOf: URL(fileURLWithPath: path))
    }
    _ = try Self.outputs(jobs: 3, input: input, output: scratch.url("out"))
    let first = try ["县A.json", "县A.xlsx", "全市汇总.xlsx"].map(read)
    _ = try Self.outputs(jobs: 3, input: input, output: scratch.url("out"))  // overwrites in place
    let second = try ["县A.json", "县A.xlsx", "全市汇总.xlsx"].map(read)
    #expect(first == second)
    #expect(first.allSatisfy { !$0.isEmpty })
  }

  @Test func concurrentMapKeepsOrder() {
    let items = Array(0..<100)
    for jobs in [1, 3, 8, 200] {
      #expect(ConcurrentMap.map(items, jobs: jobs) { $0 * 2 } == items.map { $0 * 2 })
    }
    #expect(ConcurrentMap.map([Int](), jobs: 4) { $0 }.isEmpty)
  }
}
