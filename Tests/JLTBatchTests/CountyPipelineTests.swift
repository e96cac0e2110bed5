import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// `score` writes each county as soon as it is scored (`CountyPipeline`); what it writes is what
/// scoring everything first and then writing (as `publish` does) writes, byte for byte.
@Suite("边评分边写出", .timeLimit(.minutes(2)))
struct CountyPipelineTests {
  typealias Task = CountyPipeline.Task

  @Test(arguments: [true, false])
  func everyTaskOnceAndEachAfterWhatItNeeds(city: Bool) {
    let counts = [3, 0, 2, 4, 1]
    let tasks = CountyPipeline.order(jobCounts: counts, city: city)
    let expected =
      counts.enumerated().flatMap { c, n in (0..<n).map { Task.alliance(county: c, job: $0) } + [.files(county: c)] }
      + (city ? [.city] : [])
    #expect(tasks.count == expected.count)
    #expect(Set(tasks.map { "\($0)" }) == Set(expected.map { "\($0)" }))
    func position(_ t: Task) -> Int { tasks.firstIndex(of: t) ?? -1 }
    for (c, n) in counts.enumerated() {
      let files = position(.files(county: c))
      // A county's files come after its own alliances and after the next county's.
      for j in 0..<n { #expect(position(.alliance(county: c, job: j)) < files) }
      if c + 1 < counts.count {
        for j in 0..<counts[c + 1] { #expect(position(.alliance(county: c + 1, job: j)) < files) }
      }
      for other in 0..<c { #expect(position(.files(county: other)) < files, "county order kept") }
    }
    if city {
      let at = position(.city)
      for (c, n) in counts.enumerated() {
        for j in 0..<n { #expect(position(.alliance(county: c, job: j)) < at) }
      }
      #expect(at == tasks.count - 2, "全市汇总 beside the last county's files, not after it alone")
    }
    #expect(CountyPipeline.order(jobCounts: [], city: city) == (city ? [.city] : []))
  }

  /// The sample city plus a county whose only alliance has no manifest of the year (a county of
  /// no alliance jobs, assembled before any worker starts), with 1 and 3 jobs.
  @Test(arguments: [1, 3])
  func sameFilesAsScoringEverythingFirst(jobs: Int) throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let input = try scratch.copySample()
    let manifest = try String(contentsOfFile: input + "/随县/sx-01/2024.toml", encoding: .utf8)
    try scratch.write("input/新县/xx-01/2031.toml", manifest)

    let piped = try ScoreCommand.run(input: input, output: scratch.url("piped"), year: 2024, counties: [], jobs: jobs)
    let plan = try ScoreCommand.Plan(input: input, output: scratch.url("phased"), year: 2024, counties: [])
    let full = Batch(tree: plan.tree, year: 2024, counties: plan.counties, jobs: jobs).run()
    var phased = ScoreRun(year: 2024, reports: full, written: [], failures: [])
    ScoreCommand.write(full, year: 2024, city: plan.city, to: scratch.url("phased"), jobs: jobs, into: &phased)

    #expect(Set(full.map(\.county)) == ["广水市", "新县", "曾都区", "随县"])
    #expect(full.first { $0.county == "新县" }?.alliances.isEmpty == true)
    #expect(piped.written == phased.written)
    #expect(piped.written.contains("2024/全市汇总.xlsx"))
    #expect(piped.failures.isEmpty && phased.failures.isEmpty)
    for file in piped.written {
      let a = FileManager.default.contents(atPath: scratch.url("piped/" + file))
      let b = FileManager.default.contents(atPath: scratch.url("phased/" + file))
      #expect(a != nil && a == b, "\(file) differs")
    }
    // The reports kept are the full ones without their registers, which were there to drop.
    #expect(piped.reports == full.map { $0.withoutRegisters() })
    #expect(full.contains { $0.alliances.contains { !$0.score.evidence.isEmpty } })
    #expect(full.contains { $0.alliances.contains { !$0.score.uncited.isEmpty } })
    #expect(
      piped.reports.allSatisfy { $0.alliances.allSatisfy { $0.score.evidence.isEmpty && $0.score.uncited.isEmpty } })
    let jobsPlanned = Batch(tree: plan.tree, year: 2024, counties: plan.counties, jobs: jobs).plan().map(\.jobs.count)
    #expect(jobsPlanned.contains(0))
    #expect(piped.times.manifests == jobsPlanned.reduce(0, +) && piped.times.manifests > 0)
  }

  /// 全市汇总 and stdout read nothing of the registers: the same from the slim reports.
  @Test func citySummaryIsTheSameWithoutRegisters() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let input = try scratch.copySample()
    let plan = try ScoreCommand.Plan(input: input, output: scratch.url("out"), year: 2024, counties: [])
    let full = Batch(tree: plan.tree, year: 2024, counties: plan.counties, jobs: 2).run()
    let slim = full.map { $0.withoutRegisters() }
    #expect(slim != full)
    // The workbook written from either is the same, byte for byte.
    try OutputFiles.writeCitySummary(CitySummary(slim, year: 2024), to: scratch.url("slim.xlsx"))
    try OutputFiles.writeCitySummary(CitySummary(full, year: 2024), to: scratch.url("full.xlsx"))
    let a = FileManager.default.contents(atPath: scratch.url("slim.xlsx"))
    #expect(a != nil && a == FileManager.default.contents(atPath: scratch.url("full.xlsx")))
    #expect(zip(slim, full).allSatisfy { $0.problems == $1.problems && $0.unscored == $1.unscored })
    for (s, f) in zip(slim, full) {
      #expect(s.alliances.map(\.total) == f.alliances.map(\.total))
      #expect(s.alliances.map(\.score.schools) == f.alliances.map(\.score.schools))
    }
  }
}
