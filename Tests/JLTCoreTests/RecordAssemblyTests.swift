import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// A year assembled with published records (SPEC §4, §9), without disk: Y − 1's previous
/// figures and consequences come from its record even when the folders changed since; an
/// alliance the record lacks is re-scored; a record that cannot be trusted makes Y − 1
/// unavailable; Y's own record is named and compared.
@Suite("定稿与上年结果")
struct RecordAssemblyTests {
  typealias F = RecordFixture

  static func assemble(
    _ year: Int, _ current: [AllianceOutcome], earlier: [Int: [AllianceOutcome]] = [:],
    records: [Int: Decoded<PublishedRecord>] = [:]
  ) -> CountyAssembly.Input {
    CountyAssembly.Input(
      county: F.county, year: year, rubric: .suizhouTrial, current: current, earlier: earlier, records: records,
      found: current.count)
  }

  static func previous(_ r: CountyReport, _ id: String) throws -> PreviousResult {
    guard case .scored(var p) = try F.alliance(r, id).previous else {
      Issue.record("\(id) should have a scored previous year")
      throw CancellationError()
    }
    p.groups = []
    return p
  }

  /// 2023 published: a 70 (合格, 1st), b 50 (不合格, 2nd). The folders were edited since:
  /// re-scored, 2023 reads a 90 (优秀), b 65 (合格). 2024: a 80 (良好), b 55 (不合格).
  @Test func previousYearComesFromItsRecordAlthoughTheFoldersChanged() throws {
    let record = F.published(2023, [try F.outcome("a", "70", year: 2023), try F.outcome("b", "50", year: 2023)])
    #expect(record.problems == [])
    let now = [try F.outcome("a", "80"), try F.outcome("b", "55")]
    let edited = [try F.outcome("a", "90", year: 2023), try F.outcome("b", "65", year: 2023)]
    let r = CountyAssembly.assemble(Self.assemble(2024, now, earlier: [2023: edited], records: [2023: record]))
    #expect(
      try Self.previous(r, "a") == PreviousResult(year: 2023, total: 70, rank: 1, grade: "合格", source: .published))
    #expect(
      try Self.previous(r, "b") == PreviousResult(year: 2023, total: 50, rank: 2, grade: "不合格", source: .published))
    // The record's groups travel with it (for 同比): the full alliance's A1 10 … A6 10.
    if case .scored(let p) = try F.alliance(r, "a").previous { #expect(p.group("A2") == 30) }
    #expect(try F.alliance(r, "a").change == 10)  // 80 − 70, not 80 − 90
    // b: 不合格 after a published 不合格 → 调整, though its edited folder now reads 合格.
    #expect(try F.alliance(r, "b").consequence == .replacement)
    // Each edited folder is named: published and re-scored figures, the grade when it moved.
    let file = "测试县/定稿-2023.json"
    #expect(
      r.warnings(of: "a") == [
        .warning("与2023学年定稿不一致：定稿 70，重算 90，合格 → 优秀；复核更正请用 jlt publish --revise", file: file, alliance: "a")
      ])
    #expect(
      r.warnings(of: "b") == [
        .warning("与2023学年定稿不一致：定稿 50，重算 65，不合格 → 合格；复核更正请用 jlt publish --revise", file: file, alliance: "b")
      ])
    // The JSON says where the previous figures come from.
    let json = try JSONSerialization.jsonObject(with: Data(JSONReport.render(r).utf8)) as? [String: Any]
    let b = (json?["alliances"] as? [[String: Any]])?.first { $0["id"] as? String == "b" }
    let previous = try #require(b?["previous"] as? [String: Any])
    #expect(previous["status"] as? String == "已定稿")
    #expect(previous["total"] as? Int == 50)
    #expect(previous["rank"] as? Int == 2)
    #expect(previous["grade"] as? String == "不合格")
    // Without the record, b's previous year is the re-scored 合格: a first 不合格, 亮黄牌.
    let unpublished = CountyAssembly.assemble(Self.assemble(2024, now, earlier: [2023: edited]))
    #expect(try F.alliance(unpublished, "b").consequence == .yellowCard)
    #expect(try Self.previous(unpublished, "b").source == .rescored)
  }

  /// 不合格 published in 2023 and again in 2024 (b 50, then 55): the 2024 record itself carries
  /// 调整, and 2025 (b 40 after the 2024 record) is 调整 again.
  @Test func failingInTwoPublishedYearsRunningIsReplacement() throws {
    let r2023 = F.published(2023, [try F.outcome("a", "70", year: 2023), try F.outcome("b", "50", year: 2023)])
    let input2024 = Self.assemble(
      2024, [try F.outcome("a", "80"), try F.outcome("b", "55")],
      earlier: [2023: [try F.outcome("a", "70", year: 2023), try F.outcome("b", "50", year: 2023)]],
      records: [2023: r2023])
    let y2024 = CountyAssembly.assemble(input2024)
    #expect(try F.alliance(y2024, "b").consequence == .replacement)
    let text2024 = F.text(y2024)
    #expect(text2024.contains("\"consequence\": \"通报；调整核心校/牵头校校长\""))
    let r2024 = F.record(y2024)
    #expect(r2024.value?.alliance("b")?.figures.grade == "不合格")
    // 2025: previous from the 2024 record (55, 2nd); the 2024 folder re-scored would say 合格.
    let y2025 = CountyAssembly.assemble(
      Self.assemble(
        2025, [try F.outcome("a", "82", year: 2025), try F.outcome("b", "40", year: 2025)],
        earlier: [2024: [try F.outcome("a", "80"), try F.outcome("b", "61")]], records: [2023: r2023, 2024: r2024]))
    #expect(
      try Self.previous(y2025, "b") == PreviousResult(year: 2024, total: 55, rank: 2, grade: "不合格", source: .published))
    #expect(try F.alliance(y2025, "b").consequence == .replacement)
  }

  /// The 2023 record holds only a; c had a 2023 manifest too (re-scored 60, 2nd after a's
  /// re-scored 72): c's previous is re-scored (重算) and it gets a warning naming the record.
  @Test func alliancesMissingFromTheRecordAreRescored() throws {
    let record = F.published(2023, [try F.outcome("a", "70", year: 2023)])
    let r = CountyAssembly.assemble(
      Self.assemble(
        2024, [try F.outcome("a", "80"), try F.outcome("c", "50")],
        earlier: [2023: [try F.outcome("a", "72", year: 2023), try F.outcome("c", "60", year: 2023)]],
        records: [2023: record]))
    #expect(
      try Self.previous(r, "a") == PreviousResult(year: 2023, total: 70, rank: 1, grade: "合格", source: .published))
    #expect(try Self.previous(r, "c") == PreviousResult(year: 2023, total: 60, rank: 2, grade: "合格", source: .rescored))
    #expect(try F.alliance(r, "c").consequence == .yellowCard)  // 不合格 after 合格
    #expect(
      r.warnings(of: "c") == [.warning("2023学年定稿中没有本教联体，上年结果按重算", file: "测试县/定稿-2023.json", alliance: "c")])
    #expect(r.warnings(of: "a").map(\.message) == ["与2023学年定稿不一致：定稿 70，重算 72；复核更正请用 jlt publish --revise"])
  }

  /// c's 2023 manifest, not in the record, has errors: 2023 is 无法评分 for c, with the warning
  /// it gets without a record (not "re-scored"), and 不合格 in 2024 is a first 亮黄牌.
  @Test func allianceMissingFromTheRecordWithAnUnscorableManifest() throws {
    let record = F.published(2023, [try F.outcome("a", "70", year: 2023)])
    let r = CountyAssembly.assemble(
      Self.assemble(
        2024, [try F.outcome("a", "70"), try F.outcome("c", "50")],
        earlier: [2023: [try F.outcome("a", "70", year: 2023), try F.outcome("c", nil, year: 2023)]],
        records: [2023: record]))
    #expect(try F.alliance(r, "c").previous == .unscorable)
    #expect(try F.alliance(r, "c").consequence == .yellowCard)
    #expect(
      r.warnings(of: "c") == [
        .warning("2023 年证据清单有错误，无法评分，上年结果按“无法评分”处理", file: "测试县/c/2023.toml", alliance: "c")
      ])
  }

  /// A 2023 record edited by hand: an error naming it, and 2023 counts as unavailable for every
  /// alliance with a 2023 manifest: b, 不合格 in both re-scored years, gets 亮黄牌, not 调整.
  @Test(arguments: ["hand-edited", "wrong county", "truncated"])
  func untrustedRecordMakesThePreviousYearUnavailable(how: String) throws {
    let outcomes2023 = [try F.outcome("a", "70", year: 2023), try F.outcome("b", "50", year: 2023)]
    let text = F.text(F.report(2023, outcomes2023))
    let file = "测试县/定稿-2023.json"
    let record: Decoded<PublishedRecord>
    switch how {
    case "hand-edited":
      record = RecordReader.read(
        Data(text.replacingOccurrences(of: "\"total\": 50", with: "\"total\": 60").utf8), file: file, county: F.county,
        year: 2023)
    case "wrong county":
      record = RecordReader.read(Data(text.utf8), file: file, county: F.county + "2", year: 2023)
    default:
      record = RecordReader.read(Data(text.utf8.prefix(100)), file: file, county: F.county, year: 2023)
    }
    #expect(record.value == nil)
    let r = CountyAssembly.assemble(
      Self.assemble(
        2024, [try F.outcome("a", "80"), try F.outcome("b", "55"), try F.outcome("n", "40")],
        earlier: [2023: outcomes2023], records: [2023: record]))
    #expect(try F.alliance(r, "a").previous == .unscorable)
    #expect(try F.alliance(r, "b").previous == .unscorable)
    #expect(try F.alliance(r, "n").previous == .new)  // no 2023 manifest
    #expect(try F.alliance(r, "b").consequence == .yellowCard)
    let errors = r.problems.filter { $0.severity == .error }
    #expect(errors.count == 1)
    #expect(errors.first?.file == file)
    #expect(errors.first?.message.hasPrefix("定稿文件 \(file) 不可用：") == true)
    for id in ["a", "b"] {
      #expect(r.warnings(of: id) == [.warning("2023学年定稿不可用，上年结果按“无法评分”处理", file: file, alliance: id)])
    }
    #expect(r.warnings(of: "n").isEmpty)
  }

  /// Y's own record: named in the report (排名's title), and each alliance re-scored otherwise
  /// than published gets the warning with both figures and the indicators that moved. The
  /// record has a 80 with C10 1.5, and b 70; now a reads 82.5 with C10 4 (+2.5), b 70 as
  /// published, and c, scored now, is not in the record.
  @Test func ownRecordIsNamedAndComparedWithTheRescoring() throws {
    let record = F.published(2024, [try F.outcome("a", "80", c10: "1.5"), try F.outcome("b", "70")])
    let r = CountyAssembly.assemble(
      Self.assemble(
        2024, [try F.outcome("a", "82.5"), try F.outcome("b", "70"), try F.outcome("c", "65")],
        records: [2024: record]))
    #expect(r.publication == F.publication)
    let file = "测试县/定稿-2024.json"
    #expect(
      r.warnings(of: "a") == [
        .warning("与2024学年定稿不一致：定稿 80，重算 82.5（C10 +2.5）；复核更正请用 jlt publish --revise", file: file, alliance: "a")
      ])
    #expect(r.warnings(of: "b").isEmpty)
    #expect(r.warnings(of: "c") == [.warning("2024学年定稿中没有本教联体（已重新计分，未定稿）", file: file, alliance: "c")])
    // The ranking is today's re-scoring; Y's cycle entry is the record's where it has one.
    #expect(r.alliances.map(\.id) == ["a", "b", "c"])
    #expect(
      try F.alliance(r, "a").cycle.years.last == Cycle.Year(year: 2024, status: .published, total: 80, grade: "良好"))
    #expect(
      try F.alliance(r, "c").cycle.years.last == Cycle.Year(year: 2024, status: .rescored, total: 65, grade: "合格"))
    // An untrusted record of Y is not named.
    let broken = RecordReader.read(Data("{}".utf8), file: file, county: F.county, year: 2024)
    let unnamed = CountyAssembly.assemble(Self.assemble(2024, [try F.outcome("a", "80")], records: [2024: broken]))
    #expect(unnamed.publication == nil)
    #expect(unnamed.problems.contains { $0.severity == .error && $0.file == file })
  }
}
