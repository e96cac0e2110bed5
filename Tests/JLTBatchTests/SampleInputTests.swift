import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// The shipped sample city (input/) against results computed independently of this code: a
/// separate implementation of SPEC §3–§4 written from the SPEC text alone (kept in
/// Tests/Fixtures/sample-expected/Y.json: the alliances found, ranks, totals, grades, every
/// indicator, the previous year and the consequence of every ranked alliance, and the ids of
/// those not scored).
@Suite(.timeLimit(.minutes(1)))
struct SampleInputTests {
  @Test(.tags(.slow), arguments: [2023, 2024])
  func sampleMatchesTheIndependentScorer(year: Int) throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let sample = try scratch.copySample()
    let tree = try InputTree.scan(root: sample)
    let reports = Batch(tree: tree, year: year, counties: tree.counties, jobs: 2).run()
    let expected = try #require(
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: Fixtures.path("sample-expected/\(year).json"))))
        as? [[String: Any]])
    #expect(reports.map(\.county) == expected.compactMap { $0["county"] as? String })
    for (report, want) in zip(reports, expected) {
      let got = try #require(
        try JSONSerialization.jsonObject(with: Data(JSONReport.render(report).utf8)) as? [String: Any])
      #expect(report.found == want["found"] as? Int, "\(report.county) found")
      let gotUnscored = try #require(got["unscored"] as? [[String: Any]]).compactMap { $0["id"] as? String }
      #expect(gotUnscored == want["unscored"] as? [String], "\(report.county) unscored")
      let gotAlliances = try #require(got["alliances"] as? [[String: Any]])
      let wantAlliances = try #require(want["alliances"] as? [[String: Any]])
      #expect(gotAlliances.count == wantAlliances.count, "\(report.county)")
      for (g, w) in zip(gotAlliances, wantAlliances) {
        let id = w["id"] as? String ?? "?"
        for key in ["id", "rank", "total", "grade", "indicators", "previous", "consequence"] {
          #expect(
            NSDictionary(dictionary: [key: g[key] ?? NSNull()]).isEqual(to: [key: w[key] ?? NSNull()]),
            "\(report.county) \(id) \(key): \(g[key] ?? "nil") ≠ \(w[key] ?? "nil")")
        }
      }
    }
  }
}
