import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// The assessment cycle (SPEC §8, §10), without disk: which years form the cycle of Y, and each
/// alliance's years up to Y from the record where one exists, else re-scored, else 新增 or
/// 无法评分, with the change since the first year that has a total and the best and worst grade.
@Suite("评价周期")
struct CycleTests {
  typealias F = RecordFixture

  @Test func yearsOfTheCycleUpToY() {
    let trial = Rubric.suizhouTrial  // cycles 2022–2024, 2025–2027, …
    #expect(trial.cycleYears(upTo: 2022) == 2022...2022)
    #expect(trial.cycleYears(upTo: 2024) == 2022...2024)
    #expect(trial.cycleYears(upTo: 2025) == 2025...2025)
    #expect(trial.cycleYears(upTo: 2027) == 2025...2027)
    #expect(trial.cycleYears(upTo: 2021) == 2019...2021)
    var two = trial
    two.cycleFirstYear = 2023
    two.cycleYears = 2  // 2023–2024, 2025–2026
    #expect(two.cycleYears(upTo: 2024) == 2023...2024)
    #expect(two.cycleYears(upTo: 2025) == 2025...2025)
    #expect(two.cycleYears(upTo: 2022) == 2021...2022)
  }

  /// 2024 in the cycle 2022–2024. a: 2022 re-scored 65 (合格); 2023 published 70 (合格) though
  /// its folder now reads 75; 2024 80 (良好) → change 80 − 65 = 15, best 良好, worst 合格.
  /// b: 2022 manifest with errors (无法评分, and only the warning `2022 学年无法评分`), no 2023
  /// manifest (新增), 2024 50 → no change (Y is its first total), best = worst = 不合格.
  /// n: new in 2024 with 90 (优秀).
  static func report() throws -> CountyReport {
    CountyAssembly.assemble(
      CountyAssembly.Input(
        county: F.county, year: 2024, rubric: .suizhouTrial,
        current: [try F.outcome("a", "80"), try F.outcome("b", "50"), try F.outcome("n", "90")],
        earlier: [
          2022: [try F.outcome("a", "65", year: 2022), try F.outcome("b", nil, year: 2022)],
          2023: [try F.outcome("a", "75", year: 2023)],
        ],
        records: [2023: F.published(2023, [try F.outcome("a", "70", year: 2023)])], found: 3))
  }

  @Test func eachYearFromTheRecordElseRescoredElseNewOrUnscorable() throws {
    let r = try Self.report()
    let bands = ["优秀", "良好", "合格", "不合格"]
    let a = try F.alliance(r, "a").cycle
    #expect(
      a
        == Cycle(
          firstYear: 2022,
          years: [
            .init(year: 2022, status: .rescored, total: 65, grade: "合格"),
            .init(year: 2023, status: .published, total: 70, grade: "合格"),
            .init(year: 2024, status: .rescored, total: 80, grade: "良好"),
          ], bands: bands))
    #expect(a.change == 15)
    #expect(a.best == "良好")
    #expect(a.worst == "合格")
    let b = try F.alliance(r, "b").cycle
    #expect(
      b.years == [
        .init(year: 2022, status: .unscorable), .init(year: 2023, status: .new),
        .init(year: 2024, status: .rescored, total: 50, grade: "不合格"),
      ])
    #expect(b.change == nil)
    #expect(b.best == "不合格")
    #expect(b.worst == "不合格")
    let n = try F.alliance(r, "n").cycle
    #expect(n.years.map(\.status) == [.new, .new, .rescored])
    #expect(n.best == "优秀")
    // A year before Y − 1 with errors: that warning and nothing else (not its own error).
    #expect(r.warnings(of: "b") == [.warning("2022 学年无法评分", file: "测试县/b/2022.toml", alliance: "b")])
    #expect(!r.problems.contains { $0.message == "清单有错误" })
    #expect(r.problems.filter { $0.severity == .error }.isEmpty)
  }

  @Test func changeIsFromTheFirstYearWithATotal() {
    let bands = ["优秀", "良好", "合格", "不合格"]
    let c = Cycle(
      firstYear: 2022,
      years: [
        .init(year: 2022, status: .unscorable), .init(year: 2023, status: .published, total: dec("61.5"), grade: "合格"),
        .init(year: 2024, status: .rescored, total: dec("58.25"), grade: "不合格"),
      ], bands: bands)
    #expect(c.change == dec("-3.25"))  // 58.25 − 61.5
    #expect(c.best == "合格")
    #expect(c.worst == "不合格")
  }

  /// JSON `cycle` after `previous`: the first year and each year's total, grade and status.
  @Test func cycleInTheJSON() throws {
    let text = JSONReport.render(try Self.report())
    let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let alliances = try #require(json["alliances"] as? [[String: Any]])
    let a = try #require(alliances.first { $0["id"] as? String == "a" })
    let cycle = try #require(a["cycle"] as? [String: Any])
    #expect(cycle["first_year"] as? Int == 2022)
    let years = try #require(cycle["years"] as? [String: [String: Any]])
    #expect(years.keys.sorted() == ["2022", "2023", "2024"])
    #expect(years["2023"]?["total"] as? Int == 70)
    #expect(years["2023"]?["grade"] as? String == "合格")
    #expect(years["2023"]?["status"] as? String == "已定稿")
    #expect(years["2022"]?["status"] as? String == "重算")
    let b = try #require(alliances.first { $0["id"] as? String == "b" })
    let b2022 = try #require((b["cycle"] as? [String: Any])?["years"] as? [String: [String: Any]])["2022"]
    #expect(b2022?["status"] as? String == "无法评分")
    #expect(b2022?["total"] is NSNull)
    // In the order of SPEC §10: … "previous", "cycle", "consequence".
    let start = try #require(text.range(of: "\"id\": \"a\""))
    let rest = text[start.lowerBound...]
    let previous = try #require(rest.range(of: "\"previous\"")).lowerBound
    let cycleAt = try #require(rest.range(of: "\"cycle\"")).lowerBound
    let consequence = try #require(rest.range(of: "\"consequence\"")).lowerBound
    #expect(previous < cycleAt && cycleAt < consequence)
  }
}
