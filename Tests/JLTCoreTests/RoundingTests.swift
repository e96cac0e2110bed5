import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// Decimal arithmetic (SPEC §3): rounding once to 0.01, half away from zero; score text.
@Suite("舍入与分数文字")
struct RoundingTests {
  @Test(arguments: [
    ("6.525", "6.53"),  // half up
    ("6.535", "6.54"),  // half up, not to even
    ("5.625", "5.63"),
    ("8.405", "8.41"),
    ("2.675", "2.68"),  // the double 2.675 is 2.67499…
    ("0.005", "0.01"),
    ("0.00499999", "0"),
    ("6.524999", "6.52"),
    ("87.5", "87.5"),
    ("10", "10"),
    ("-6.525", "-6.53"),  // half away from zero
    ("3.3333333333333333333333333333333333333", "3.33"),
    ("6.6666666666666666666666666666666666667", "6.67"),
  ])
  func roundedToHundredths(value: String, expected: String) {
    #expect(dec(value).roundedToHundredths() == dec(expected))
  }

  @Test(arguments: [
    ("87.5", "87.5"), ("87.50", "87.5"), ("30", "30"), ("30.00", "30"), ("6.525", "6.53"), ("0", "0"),
    ("0.1", "0.1"), ("9.99", "9.99"), ("110", "110"), ("-0.001", "0"), ("0.004", "0"), ("100.005", "100.01"),
  ])
  func scoreText(value: String, expected: String) {
    #expect(dec(value).scoreText == expected)
  }

  @Test func sumIsExactInDecimal() {
    #expect((dec("0.1") + dec("0.2")).scoreText == "0.3")
    #expect(dec("0.1") + dec("0.2") == dec("0.3"))
  }

  @Test(arguments: [
    (80.15, "80.15"), (59.99, "59.99"), (84.05, "84.05"), (100.0, "100"), (0.1, "0.1"), (99.9, "99.9"),
  ])
  func shortestTextOfDouble(double: Double, expected: String) {
    #expect(Decimal(shortestTextOf: double) == dec(expected))
  }

  @Test func nonFiniteDoublesHaveNoDecimal() {
    #expect(Decimal(shortestTextOf: .nan) == nil)
    #expect(Decimal(shortestTextOf: .infinity) == nil)
    #expect(Decimal(shortestTextOf: -.infinity) == nil)
  }

  @Test func clamped() {
    #expect(dec("-1.5").clamped(to: 3) == 0)
    #expect(dec("3.5").clamped(to: 3) == 3)
    #expect(dec("2.5").clamped(to: 3) == dec("2.5"))
  }

  @Test func indicatorScoresAreRoundedOnceAfterClamping() throws {
    // C5 8 × 16/(0.2 × 128) + 2 × 5/16 = 5.625 → 5.63, and C20 8.405 → 8.41 in one manifest;
    // the groups add the rounded scores: A2 = 4 + 5.63 + 5 + 5 + 2 + 4 = 25.63, A5 = 8.41.
    let b = ManifestBuilder.full.settingSchool(0, "teachers", "100").settingSchool(1, "teachers", "20")
      .settingSchool(2, "teachers", "8")
      .setting("C5", "exchanged", "16").setting("C5", "exchanged_one_year", "5")
      .settingSchool(0, "survey_satisfaction", "84.05").settingSchool(1, "survey_satisfaction", "84.05")
      .settingSchool(2, "survey_satisfaction", "84.05")
    let s = try Fixture.score(b)
    #expect(s.indicator("C5")?.score == dec("5.63"))
    #expect(s.indicator("C20")?.score == dec("8.41"))
    #expect(s.group("A2") == dec("25.63"))
    #expect(s.group("A5") == dec("8.41"))
    #expect(s.total == dec("104.04"))  // 110 − (10 − 5.63) − (10 − 8.41) = 110 − 4.37 − 1.59
  }
}
