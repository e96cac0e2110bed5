import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// `output/Y/<county>.json` (SPEC §5): key order, number text, nulls, reasons, problems.
@Suite("JSON 报告")
struct JSONReportTests {
  typealias B = ManifestBuilder

  /// Two ranked alliances and a third with an error:
  /// - `a-01` the full alliance, 110, 优秀, previous 2023 (100, rank 1, 优秀) → reward;
  /// - `b-02` C5 6.53 (see A2TeachersTests.c5HalfUpRoundingOfExactDecimal), C7 0, a self-assessment,
  ///   two warnings (missing evidence for C7; self-score gap 5 for C7): 110 − 3.47 − 5 = 101.53.
  static func report() throws -> CountyReport {
    let a = try Fixture.score(.full, id: "a-01")
    let aBefore = PreviousYear.scored(PreviousResult(year: 2023, total: 100, rank: 1, grade: "优秀"))
    let bManifest = B.full.settingSchool(0, "teachers", "1550").settingSchool(1, "teachers", "25")
      .settingSchool(2, "teachers", "25")
      .setting("C5", "exchanged", "261").setting("C5", "exchanged_one_year", "0")
      .evidence("C7", "title_rule", "evidence/职称 \"评审\".pdf")
      .adding(B.Block(header: "[self_assessment]", lines: ["C1 = 5", "C5 = 7.5", "C7 = 5"]))
    let bScored = try Fixture.scored(bManifest, baseline: try Fixture.zeroBaseline, id: "b-02")
    let b = try #require(bScored.value)
    let error = Problem.error("C5.exchanged 应为不小于0的整数，实际为 -3", file: "测试县/c-03/2024.toml", line: 12, alliance: "c-03")
    let unknownLine = Problem.error("未提交 2024 年证据清单", file: "测试县/d-04/2024.toml", alliance: "d-04")
    let ranked = Ranking.ranked([b, a]).map { rank, s in
      let before = s.id == "a-01" ? aBefore : .new
      return RankedAlliance(
        score: s, rank: rank, previous: before,
        consequence: Consequence.of(grade: s.grade, previous: before, rubric: .suizhouTrial))
    }
    return CountyReport(
      county: "测试县", year: 2024, rubric: .suizhouTrial, rubricDigest: Rubric.suizhouTrial.digest,
      alliances: ranked, problems: (bScored.problems + [unknownLine, error]).sorted(by: Problem.reportOrder),
      found: 4)
  }

  static func json() throws -> (String, [String: Any]) {
    let text = JSONReport.render(try report())
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    return (text, try #require(object))
  }

  /// Asserts that `keys` appear in this order in `text` (from `start`), each as `"key": `.
  static func expectOrder(_ keys: [String], in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    var from = text.startIndex
    for k in keys {
      guard let r = text.range(of: "\"\(k)\": ", range: from..<text.endIndex) else {
        Issue.record("key \(k) not found in order", sourceLocation: sourceLocation)
        return
      }
      from = r.upperBound
    }
  }

  @Test func isValidJSONEndingWithNewline() throws {
    let (text, object) = try Self.json()
    #expect(text.hasSuffix("}\n"))
    #expect(object["county"] as? String == "测试县")
    #expect(object["year"] as? Int == 2024)
  }

  @Test func topLevelKeyOrder() throws {
    let (text, _) = try Self.json()
    Self.expectOrder(["county", "year", "rubric", "name", "digest", "alliances", "problems"], in: text)
    #expect(text.hasPrefix("{\n  \"county\": \"测试县\",\n  \"year\": 2024,\n  \"rubric\": {"))
  }

  @Test func rubricIdentity() throws {
    let (_, object) = try Self.json()
    let rubric = try #require(object["rubric"] as? [String: Any])
    #expect(rubric["name"] as? String == "随州市教联体建设考核评价办法（试行）")
    #expect(rubric["digest"] as? String == Rubric.suizhouTrial.digest)
  }

  @Test func allianceKeyOrder() throws {
    let (text, _) = try Self.json()
    Self.expectOrder(
      [
        "id", "name", "type", "core_school", "rank", "total", "grade", "groups", "A1", "A6", "indicators", "C1",
        "C23", "self_assessment", "reasons", "warnings", "previous", "consequence",
      ], in: text)
  }

  @Test func indicatorsInOrderC1ToC23() throws {
    let (text, _) = try Self.json()
    let start = try #require(text.range(of: "\"indicators\": {"))
    let end = try #require(text.range(of: "}", range: start.upperBound..<text.endIndex))
    let block = String(text[start.upperBound..<end.lowerBound])
    let keys = block.split(separator: "\n").compactMap { line -> String? in
      let t = line.trimmingCharacters(in: .whitespaces)
      guard t.hasPrefix("\"") else { return nil }
      return String(t.dropFirst().prefix { $0 != "\"" })
    }
    #expect(keys == (1...23).map { "C\($0)" })
  }

  @Test func alliancesInRankOrderWithNumbers() throws {
    let (text, object) = try Self.json()
    let alliances = try #require(object["alliances"] as? [[String: Any]])
    #expect(alliances.map { $0["id"] as? String } == ["a-01", "b-02"])
    #expect(alliances.map { $0["rank"] as? Int } == [1, 2])
    // whole numbers as integers, others with at most two decimals
    #expect(text.contains("\"total\": 110,"))
    #expect(text.contains("\"total\": 101.53,"))  // 110 − (10 − 6.53) − 5
    #expect(text.contains("\"C5\": 6.53"))
    #expect(text.contains("\"A2\": 21.53"))  // 4 + 6.53 + 5 + 0 + 2 + 4
    #expect(!text.contains("110.0"))
    #expect(!text.contains("6.530"))
    let groups = try #require(alliances[0]["groups"] as? [String: Any])
    #expect(groups.count == 6)
    #expect(alliances[0]["type"] as? String == "融合型")
    #expect(alliances[0]["core_school"] as? String == B.core)
    #expect(alliances[0]["grade"] as? String == "优秀")
  }

  @Test func selfAssessmentNullOrObject() throws {
    let (text, object) = try Self.json()
    let alliances = try #require(object["alliances"] as? [[String: Any]])
    #expect(alliances[0]["self_assessment"] is NSNull)
    let sa = try #require(alliances[1]["self_assessment"] as? [String: Any])
    #expect(sa.count == 3)
    #expect(text.contains("\"C5\": 7.5"))
  }

  @Test func reasonsOnlyForIndicatorsBelowTheirPoints() throws {
    let (_, object) = try Self.json()
    let alliances = try #require(object["alliances"] as? [[String: Any]])
    let fullReasons = try #require(alliances[0]["reasons"] as? [String: Any])
    #expect(fullReasons.isEmpty)
    let reasons = try #require(alliances[1]["reasons"] as? [String: [String]])
    #expect(Set(reasons.keys) == ["C5", "C7"])
    #expect(reasons["C5"]?.isEmpty == false)
    #expect(reasons["C7"]?.contains { $0.contains("C7.title_rule") } == true)
  }

  @Test func warningsAndPrevious() throws {
    let (_, object) = try Self.json()
    let alliances = try #require(object["alliances"] as? [[String: Any]])
    #expect((alliances[0]["warnings"] as? [Any])?.isEmpty == true)
    let w = try #require(alliances[1]["warnings"] as? [String])
    #expect(w.contains { $0.contains("证据缺失") && $0.contains("职称 \"评审\".pdf") })  // escaped quotes survive
    let prev = try #require(alliances[0]["previous"] as? [String: Any])
    #expect(prev["year"] as? Int == 2023)
    #expect(prev["total"] as? Int == 100)
    #expect(prev["rank"] as? Int == 1)
    #expect(prev["grade"] as? String == "优秀")
    #expect(alliances[1]["previous"] is NSNull)
    #expect(alliances[0]["consequence"] as? String == Consequence.reward.label)
    #expect(alliances[1]["consequence"] as? String == Consequence.reward.label)  // 101.53 is 优秀 too
  }

  @Test func problems() throws {
    let (text, object) = try Self.json()
    let problems = try #require(object["problems"] as? [[String: Any]])
    // ordered by alliance id: b-02 (warnings), c-03, d-04
    #expect(problems.map { $0["alliance"] as? String } == ["b-02", "b-02", "c-03", "d-04"])
    let c03 = problems[2]
    #expect(c03["file"] as? String == "测试县/c-03/2024.toml")
    #expect(c03["line"] as? Int == 12)
    #expect(c03["severity"] as? String == "error")
    #expect(c03["message"] as? String == "C5.exchanged 应为不小于0的整数，实际为 -3")
    #expect(problems[3]["line"] is NSNull)
    #expect(problems[0]["severity"] as? String == "warning")
    Self.expectOrder(
      ["alliance", "file", "line", "severity", "message"],
      in: String(text[text.range(of: "\"problems\"")!.lowerBound...]))
  }

  @Test func escaping() {
    #expect(JSONWriter.quoted("a\"b\\c\nd\te\u{1}") == #""a\"b\\c\nd\te\u0001""#)
    #expect(JSONWriter.quoted("曾都区") == "\"曾都区\"")
  }

  /// The writer's bytes: nesting and indentation, empty containers, keys and strings escaped
  /// the way `quoted` escapes them (plain text straight into the buffer, the rest through it).
  @Test func writerOutput() {
    let o = JSONWriter()
    o.object {
      o.key("名"); o.string("曾都区")
      o.key("esc\"k"); o.string("a\u{2028}b\\")
      o.key("list"); o.array([1, 2]) { o.int($0) }
      o.key("empty"); o.array([Int]()) { o.int($0) }
      o.key("obj"); o.object {}
      o.key("n"); o.null()
      o.key("b"); o.bool(false)
    }
    let expected = """
      {
        "名": "曾都区",
        "esc\\"k": "a\\u2028b\\\\",
        "list": [
          1,
          2
        ],
        "empty": [],
        "obj": {},
        "n": null,
        "b": false
      }
      """
    #expect(o.text == expected)
    #expect(JSONWriter.isPlain("曾都区/a.pdf") && !JSONWriter.isPlain("a\u{2029}") && !JSONWriter.isPlain("\t"))
  }

  @Test func renderingIsDeterministic() throws {
    let r = try Self.report()
    #expect(JSONReport.render(r) == JSONReport.render(r))
  }

  @Test func emptyCounty() {
    let r = CountyReport(
      county: "空县", year: 2024, rubric: .suizhouTrial, rubricDigest: "d", alliances: [], problems: [], found: 0)
    let text = JSONReport.render(r)
    #expect(text.contains("\"alliances\": []"))
    #expect(text.contains("\"problems\": []"))
    #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil)
  }
}
