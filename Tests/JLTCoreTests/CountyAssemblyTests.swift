import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// A county's year assembled from its alliances' outcomes (SPEC §3, §4), without disk: ranks,
/// the previous year from Y − 1's ranking, consequences, and the problems in one list.
@Suite("县级汇总")
struct CountyAssemblyTests {
  static func score(_ id: String, _ total: String, year: Int = 2024) throws -> AllianceScore {
    var s = try Fixture.score(.full)
    s.id = id
    s.year = year
    s.total = dec(total)
    s.grade = Rubric.suizhouTrial.grade(for: s.total)
    return s
  }

  static func outcome(_ id: String, _ total: String?, year: Int = 2024, problems: [Problem] = []) throws
    -> AllianceOutcome
  {
    AllianceOutcome(
      county: "测试县", id: id, year: year, score: try total.map { try score(id, $0, year: year) }, problems: problems)
  }

  static func assemble(_ current: [AllianceOutcome], previous: [AllianceOutcome] = [], rubricProblems: [Problem] = [])
    -> CountyReport
  {
    CountyAssembly.assemble(
      county: "测试县", year: 2024, rubric: .suizhouTrial, rubricProblems: rubricProblems, current: current,
      previous: previous, found: current.count)
  }

  @Test func ranksAndOrder() throws {
    let r = Self.assemble([
      try Self.outcome("c", "80"), try Self.outcome("a", "90"), try Self.outcome("b", "80"),
      try Self.outcome("d", nil, problems: [.error("坏", file: "测试县/d/2024.toml", alliance: "d")]),
    ])
    #expect(r.alliances.map(\.id) == ["a", "b", "c"])
    #expect(r.alliances.map(\.rank) == [1, 2, 2])
    #expect(r.scored == 3)
    #expect(r.withErrors == 1)
  }

  /// Y − 1 ranks are among the alliances scored in Y − 1: b was 2nd of two, c had errors.
  @Test func previousYearComesFromTheRankingOfTheYearBefore() throws {
    let r = Self.assemble(
      [
        try Self.outcome("a", "90"), try Self.outcome("b", "50"), try Self.outcome("c", "55"),
        try Self.outcome("n", "70"),
      ],
      previous: [
        try Self.outcome("a", "70", year: 2023), try Self.outcome("b", "59", year: 2023),
        try Self.outcome("c", nil, year: 2023, problems: [.error("坏", file: "测试县/c/2023.toml", alliance: "c")]),
      ])
    let byId = Dictionary(uniqueKeysWithValues: r.alliances.map { ($0.id, $0) })
    #expect(
      byId["a"]?.previous
        == .scored(PreviousResult(year: 2023, total: 70, rank: 1, grade: "合格", groups: byId["a"]?.score.groups ?? [])))
    if case .scored(let b)? = byId["b"]?.previous {
      #expect(b.rank == 2)
      #expect(b.grade == "不合格")
    } else {
      Issue.record("b should have a scored previous year")
    }
    #expect(byId["c"]?.previous == .unscorable)
    #expect(byId["n"]?.previous == .new)
    #expect(byId["a"]?.change == 20)
    #expect(byId["n"]?.change == nil)
    // Consequences: a 优秀; b 不合格 twice; c 不合格 after an unscorable year; n 合格.
    #expect(byId["a"]?.consequence == .reward)
    #expect(byId["b"]?.consequence == .replacement)
    #expect(byId["c"]?.consequence == .yellowCard)
    #expect(byId["n"]?.consequence == nil)
    // The unscorable previous year is a warning of c in Y, and Y − 1's own problems are not listed.
    #expect(r.warnings(of: "c").map(\.message) == ["2023 年证据清单有错误，无法评分，上年结果按“无法评分”处理"])
    #expect(r.warnings(of: "c").first?.file == "测试县/c/2023.toml")
    #expect(!r.problems.contains { $0.message == "坏" })
  }

  @Test func problemsInReportOrderAfterTheRubricsProblems() throws {
    let rubric = Problem.error("评分细则无效", file: "rubric-2024.toml")
    let r = Self.assemble(
      [
        try Self.outcome("b", "80", problems: [.warning("乙", file: "测试县/b/2024.toml", line: 3, alliance: "b")]),
        try Self.outcome("a", "80", problems: [.warning("甲", file: "测试县/a/2024.toml", line: 9, alliance: "a")]),
      ], rubricProblems: [rubric])
    #expect(r.problems.map(\.message) == ["评分细则无效", "甲", "乙"])
    #expect(r.warnings(of: "a").map(\.message) == ["甲"])
    #expect(r.warningCount == 2)
  }

  @Test func cityRankingBreaksTiesByCountyThenId() throws {
    func report(_ county: String, _ totals: [(String, String)]) throws -> CountyReport {
      CountyAssembly.assemble(
        county: county, year: 2024, rubric: .suizhouTrial,
        current: try totals.map { id, total in
          var o = try Self.outcome(id, total)
          o.county = county
          o.score?.county = county
          return o
        }, previous: [], found: totals.count)
    }
    let summary = CitySummary(
      [try report("随县", [("s1", "95"), ("s2", "40")]), try report("广水市", [("g1", "95")])], year: 2024)
    #expect(summary.entries.map(\.alliance.id) == ["g1", "s1", "s2"])
    #expect(summary.entries.map(\.cityRank) == [1, 1, 3])
    #expect(summary.rewardCandidates.map(\.alliance.id) == ["g1", "s1"])
    #expect(summary.warned.map(\.alliance.id) == ["s2"])
  }
}
