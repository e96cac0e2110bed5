import Foundation
import TestSupport
import Testing

@testable import JLTCore

enum Fixture {
  static let file = "测试县/t-01/2024.toml"
  static let baselineFile = "测试县/t-01/baseline.toml"

  /// A baseline of zeros for C16, C18 and C19.
  static let zeroBaselineText = """
    year = 2021

    [C16]
    national = 0
    provincial = 0
    municipal = 0

    [C18]
    national = 0
    provincial = 0
    municipal = 0

    [C19]
    national = 0
    provincial = 0
    municipal = 0
    """

  static func baseline(_ text: String) throws -> Baseline {
    let d = BaselineDecoder.decode(
      Data(text.utf8), file: baselineFile, alliance: "t-01", baselineYear: 2021)
    return try #require(d.value, "baseline should decode: \(d.problems)")
  }

  static var zeroBaseline: Baseline {
    get throws { try baseline(zeroBaselineText) }
  }

  static func decode(_ text: String, year: Int = 2024, limits: ManifestLimits = ManifestLimits())
    -> Decoded<Manifest>
  {
    ManifestDecoder.decode(Data(text.utf8), file: file, alliance: "t-01", year: year, limits: limits)
  }

  static func decode(_ b: ManifestBuilder, year: Int = 2024) -> Decoded<Manifest> {
    decode(b.text, year: year)
  }

  /// Decodes (which must succeed) and scores. Like the batch, the decoder's problems (e.g. blank
  /// references, 重复证据) are joined to the scorer's, in report order.
  static func scored(
    _ b: ManifestBuilder, baseline: Baseline?, evidence: PathTable<EvidenceStatus> = [:],
    rubric: Rubric = .suizhouTrial, id: String = "t-01"
  ) throws -> Decoded<AllianceScore> {
    let d = ManifestDecoder.decode(b.data, file: file, alliance: id, year: 2024)
    let manifest = try #require(d.value, "manifest should decode: \(d.problems)")
    var scored = Scorer.score(
      manifest, county: "测试县", id: id, file: file, baselineFile: baselineFile, baseline: baseline,
      evidence: evidence, rubric: rubric)
    scored.problems = (d.problems + scored.problems).sorted(by: Problem.reportOrder)
    return scored
  }

  /// The warnings of scoring `b` with a zero baseline.
  static func warnings(_ b: ManifestBuilder) throws -> [Problem] {
    try scored(b, baseline: try zeroBaseline).problems.filter { $0.severity == .warning }
  }

  /// Decodes and scores with a zero baseline; the scoring must succeed.
  static func score(
    _ b: ManifestBuilder, evidence: PathTable<EvidenceStatus> = [:], rubric: Rubric = .suizhouTrial,
    id: String = "t-01"
  ) throws -> AllianceScore {
    let s = try scored(b, baseline: try zeroBaseline, evidence: evidence, rubric: rubric, id: id)
    return try #require(s.value, "alliance should be scored: \(s.problems)")
  }

  static func score(_ b: ManifestBuilder, baseline: Baseline?, evidence: PathTable<EvidenceStatus> = [:])
    throws -> AllianceScore
  {
    let s = try scored(b, baseline: baseline, evidence: evidence)
    return try #require(s.value, "alliance should be scored: \(s.problems)")
  }

  /// The score of one indicator.
  static func indicator(_ code: String, _ b: ManifestBuilder, evidence: PathTable<EvidenceStatus> = [:])
    throws -> IndicatorScore
  {
    try #require(try score(b, evidence: evidence).indicator(code))
  }
}

extension Decoded {
  var errors: [Problem] { problems.filter { $0.severity == .error } }
  var warnings: [Problem] { problems.filter { $0.severity == .warning } }
}

extension ManifestBuilder {
  /// The full alliance reduced to its core school (60 teachers): no member schools; the lists
  /// that named member schools now name only the core school, so that every indicator stays full.
  static var coreOnly: ManifestBuilder {
    full.removingSchool(2).removingSchool(1)
      .setting("C8", "covered", "[]")
      .setting("C11", "project_schools", list([core]))
      .replacingEntries(
        "C15.honor",
        [
          honor(school: core, category: "足球", level: "省级", evidence: "paper:C15/足球"),
          honor(school: core, category: "书法", level: "省级", evidence: "paper:C15/书法"),
          honor(school: core, category: "科技", level: "市级", evidence: "paper:C15/科技"),
        ])
  }
}
