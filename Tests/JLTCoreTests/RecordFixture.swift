import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// Published records (SPEC §9) made without disk for the core tests: alliances of 测试县 with
/// totals set by hand (from the full alliance of `ManifestBuilder`, 110, whose indicators are
/// listed there), their county report, and the record text rendered and read back.
enum RecordFixture {
  static let county = "测试县"
  static let publication = PublishedRecord.Publication(version: 1, date: "2024-09-15", by: "测试县教育局", reason: nil)

  /// The full alliance renamed `id`, of `year`, with `total` (its grade from the trial rubric's
  /// bands: 优秀 ≥ 85, 良好 ≥ 75, 合格 ≥ 60, else 不合格) and, when given, C10 set to `c10`.
  static func score(_ id: String, _ total: String, year: Int = 2024, c10: String? = nil) throws -> AllianceScore {
    var s = try Fixture.score(.full)
    s.county = county
    s.id = id
    s.name = "测试县\(id)教联体"
    s.year = year
    s.total = dec(total)
    s.grade = Rubric.suizhouTrial.grade(for: s.total)
    if let c10, let i = s.indicators.firstIndex(where: { $0.code == "C10" }) { s.indicators[i].score = dec(c10) }
    return s
  }

  /// An outcome scored with `total`, or (total nil) one with an error in its manifest.
  static func outcome(_ id: String, _ total: String?, year: Int = 2024, c10: String? = nil) throws -> AllianceOutcome {
    let problems: [Problem] =
      total == nil ? [.error("清单有错误", file: "\(county)/\(id)/\(year).toml", line: 3, alliance: id)] : []
    return AllianceOutcome(
      county: county, id: id, year: year, score: try total.map { try score(id, $0, year: year, c10: c10) },
      problems: problems)
  }

  /// The county's year assembled with no earlier year and no record.
  static func report(_ year: Int, _ outcomes: [AllianceOutcome]) -> CountyReport {
    CountyAssembly.assemble(
      CountyAssembly.Input(county: county, year: year, rubric: .suizhouTrial, current: outcomes, found: outcomes.count))
  }

  /// Fingerprints for each alliance of `report`: the manifest (digest "1…1"), a baseline ("2…2")
  /// and no evidence file.
  static func hashes(_ report: CountyReport) -> [String: RecordText.Hashes] {
    Dictionary(
      uniqueKeysWithValues: report.alliances.map { a in
        (
          a.id,
          RecordText.Hashes(
            manifest: .init(file: "\(county)/\(a.id)/\(report.year).toml", sha256: String(repeating: "1", count: 64)),
            baseline: .init(file: "\(county)/\(a.id)/baseline.toml", sha256: String(repeating: "2", count: 64)),
            evidence: [:])
        )
      })
  }

  /// The record text of `report` as `publish` writes it.
  static func text(_ report: CountyReport, publication: PublishedRecord.Publication = publication) -> String {
    RecordText.render(report, publication: publication, hashes: hashes(report), history: [])
  }

  /// The record of `report`, rendered and read back as the batch reads it.
  static func record(_ report: CountyReport) -> Decoded<PublishedRecord> {
    RecordReader.read(
      Data(text(report).utf8), file: CountyAssembly.recordFile(county, report.year), county: county, year: report.year)
  }

  /// `year`'s outcomes published (their record, read back).
  static func published(_ year: Int, _ outcomes: [AllianceOutcome]) -> Decoded<PublishedRecord> {
    record(report(year, outcomes))
  }

  static func alliance(_ report: CountyReport, _ id: String) throws -> RankedAlliance {
    try #require(report.alliances.first { $0.id == id }, "\(id) should be ranked")
  }
}
