import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// A4 整体提升: C16, C18, C19 (increase over the 2021 baseline, 5 each) and C17 (5).
@Suite("A4 整体提升 C16–C19")
struct A4ImprovementTests {
  typealias B = ManifestBuilder

  static func baselineText(_ tables: [(String, Int, Int, Int)], year: String = "year = 2021") -> String {
    var lines = [year]
    for (code, n, p, m) in tables {
      lines += ["", "[\(code)]", "national = \(n)", "provincial = \(p)", "municipal = \(m)"]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test(arguments: ["C16", "C18", "C19"])
  func fullIncrease(code: String) throws {
    // this year (1, 2, 2) over a zero baseline: 2×1 + 1×2 + 0.5×2 = 5
    #expect(try Fixture.indicator(code, .full).score == 5)
  }

  @Test func missingBaselineFile() throws {
    let scored = try Fixture.scored(.full, baseline: nil)
    let s = try #require(scored.value)
    for code in ["C16", "C18", "C19"] {
      let i = try #require(s.indicator(code))
      #expect(i.score == 0)  // no baseline → 0
      #expect(!i.reasons.isEmpty)
      #expect(i.reasons.allSatisfy { $0.contains(code) })
    }
    #expect(s.indicator("C17")?.score == 5)  // C17 needs no baseline
    let warnings = scored.problems.filter { $0.severity == .warning && $0.message.contains("缺少2021年基线") }
    #expect(warnings.count == 3)  // one per incremental indicator
    #expect(s.group("A4") == 5)  // 0 + 5 + 0 + 0
    #expect(s.total == 95)  // 110 − 15
  }

  @Test func baselineWithoutC16Table() throws {
    let baseline = try Fixture.baseline(Self.baselineText([("C18", 0, 0, 0), ("C19", 0, 0, 0)]))
    let scored = try Fixture.scored(.full, baseline: baseline)
    let s = try #require(scored.value)
    #expect(s.indicator("C16")?.score == 0)  // no [C16] → 0 with warning
    #expect(s.indicator("C18")?.score == 5)
    #expect(s.indicator("C19")?.score == 5)
    let w = scored.problems.filter { $0.message.contains("缺少2021年基线") }
    #expect(w.count == 1)
    #expect(w.first?.message.contains("C16") == true)
    #expect(w.first?.severity == .warning)
  }

  @Test func baselineYearOfTheRubricIsNamed() throws {
    var rubric = Rubric.suizhouTrial
    rubric.baselineYear = 2022
    let scored = try Fixture.scored(.full, baseline: nil, rubric: rubric)
    #expect(scored.problems.filter { $0.message.contains("缺少2022年基线") }.count == 3)
    #expect(!scored.problems.contains { $0.message.contains("2021") })
  }

  @Test func negativeDeltaClampsPerLevel() throws {
    // baseline (3, 0, 0), this year (1, 2, 2): Δ = (max(0, −2), 2, 2) = (0, 2, 2) → 0 + 2 + 1 = 3
    // (a signed sum would give 2×(−2) + 2 + 1 = −1)
    let baseline = try Fixture.baseline(Self.baselineText([("C16", 3, 0, 0), ("C18", 0, 0, 0), ("C19", 0, 0, 0)]))
    let s = try Fixture.score(.full, baseline: baseline)
    let c16 = try #require(s.indicator("C16"))
    #expect(c16.score == 3)
    #expect(c16.reasons.contains { $0.contains("C16") })
  }

  @Test func everyLevelBelowBaselineIsZero() throws {
    let baseline = try Fixture.baseline(Self.baselineText([("C16", 5, 5, 5), ("C18", 0, 0, 0), ("C19", 0, 0, 0)]))
    #expect(try Fixture.score(.full, baseline: baseline).indicator("C16")?.score == 0)  // Δ = (0, 0, 0)
  }

  @Test func partialIncrease() throws {
    // baseline (0, 1, 1), this year (1, 2, 2): Δ = (1, 1, 1) → 2 + 1 + 0.5 = 3.5
    let baseline = try Fixture.baseline(Self.baselineText([("C16", 0, 0, 0), ("C18", 0, 1, 1), ("C19", 0, 0, 0)]))
    let s = try Fixture.score(.full, baseline: baseline)
    #expect(s.indicator("C18")?.score == dec("3.5"))
    #expect(s.indicator("C18")?.reasons.isEmpty == false)
  }

  @Test func increaseClampedAtFive() throws {
    let b = B.full.replacingLevels("C19", 3, 0, 1)
    // Δ = (3, 0, 1): 2×3 + 0.5 = 6.5 → clamped to 5
    #expect(try Fixture.indicator("C19", b).score == 5)
  }

  @Test func onlyMunicipalIncrease() throws {
    let b = B.full.replacingLevels("C16", 0, 0, 3)
    let s = try Fixture.indicator("C16", b)
    #expect(s.score == dec("1.5"))  // 0.5 × 3
    #expect(s.reasons.contains { $0.contains("C16") })
  }

  @Test func absentEvidenceCountsZero() throws {
    let s = try Fixture.indicator("C16", B.full.removing("C16", "evidence"))
    #expect(s.score == 0)  // without evidence this year's counts are 0 → Δ = 0
    #expect(s.reasons.contains { $0.contains("C16.evidence") })
  }

  @Test func absentLevelsCountZero() throws {
    let b = B.full.removing("C16", "national").removing("C16", "municipal")
    #expect(try Fixture.indicator("C16", b).score == 2)  // provincial 2 only: 1 × 2
  }

  // MARK: C17

  @Test(arguments: [
    (1, 2, 2, "5"),  // 2 + 2 + 1
    (0, 1, 1, "1.5"),  // 1 + 0.5
    (0, 0, 1, "0.5"),
    (3, 0, 0, "5"),  // 6 → clamped to 5
    (0, 0, 0, "0"),
  ])
  func c17(national: Int, provincial: Int, municipal: Int, expected: String) throws {
    let s = try Fixture.indicator("C17", B.full.replacingLevels("C17", national, provincial, municipal))
    #expect(s.score == dec(expected))
    if s.score < 5 { #expect(s.reasons.contains { $0.contains("C17") }) }
  }

  @Test func c17EvidenceAbsent() throws {
    let s = try Fixture.indicator("C17", B.full.evidence("C17", "evidence", "paper:"))
    #expect(s.score == 0)
    #expect(s.reasons.contains { $0.contains("C17.evidence") })
  }

  @Test func c17IgnoresBaseline() throws {
    let baseline = try Fixture.baseline(Self.baselineText([("C16", 9, 9, 9), ("C18", 9, 9, 9), ("C19", 9, 9, 9)]))
    #expect(try Fixture.score(.full, baseline: baseline).indicator("C17")?.score == 5)
  }

  @Test func a4Group() throws {
    let baseline = try Fixture.baseline(Self.baselineText([("C16", 0, 1, 1), ("C18", 3, 0, 0), ("C19", 0, 0, 0)]))
    let s = try Fixture.score(B.full.replacingLevels("C17", 0, 1, 1), baseline: baseline)
    // C16 3.5 + C17 1.5 + C18 3 + C19 5 = 13
    #expect(s.group("A4") == 13)
  }

  // MARK: baseline decoding

  @Test func baselineErrors() {
    func decode(_ text: String) -> Decoded<Baseline> {
      BaselineDecoder.decode(Data(text.utf8), file: Fixture.baselineFile, alliance: "t-01", baselineYear: 2021)
    }
    let wrongYear = decode(Self.baselineText([("C16", 0, 0, 0)], year: "year = 2020"))
    #expect(wrongYear.value == nil)
    #expect(wrongYear.errors.first?.line == 1)
    #expect(wrongYear.errors.first?.file == Fixture.baselineFile)

    let c17 = decode("year = 2021\n\n[C17]\nnational = 1\n")
    #expect(c17.value == nil)
    #expect(c17.errors.first?.line == 3)

    let negative = decode("year = 2021\n[C16]\nnational = 0\nprovincial = -1\n")
    #expect(negative.value == nil)
    #expect(negative.errors.first?.line == 4)
    #expect(negative.errors.first?.message.contains("C16.provincial") == true)

    let unknown = decode("year = 2021\n[C16]\nnationl = 1\n")
    #expect(unknown.value == nil)
    #expect(unknown.errors.first?.message.contains("national") == true)
    #expect(unknown.errors.first?.line == 3)

    let noYear = decode("[C16]\nnational = 1\n")
    #expect(noYear.value?.counts["C16"] == LevelCounts(national: 1, provincial: 0, municipal: 0))

    let withEvidence = decode("[C16]\nnational = 1\nevidence = \"../x.pdf\"\n")
    #expect(withEvidence.value == nil)  // `..` leaving the folder is an error in the baseline too
    #expect(withEvidence.errors.first?.line == 3)
  }

  @Test func baselineEvidenceIsChecked() throws {
    let baseline = try Fixture.baseline("[C16]\nnational = 0\nevidence = \"evidence/基线.pdf\"\n")
    let scored = try Fixture.scored(.full, baseline: baseline, evidence: [:])
    let w = scored.problems.filter { $0.message.contains("证据缺失") && $0.message.contains("基线.pdf") }
    #expect(w.count == 1)
    #expect(w.first?.file == Fixture.baselineFile)
    #expect(w.first?.line == 3)
  }
}

extension ManifestBuilder {
  /// Replaces the counts of `[code]` (C16–C19), keeping its evidence.
  func replacingLevels(_ code: String, _ n: Int, _ p: Int, _ m: Int) -> Self {
    setting(code, "national", "\(n)").setting(code, "provincial", "\(p)").setting(code, "municipal", "\(m)")
  }
}
