import Foundation

/// Scores are decimals, never binary floating point (SPEC §3).
public typealias Points = Decimal

extension Decimal {
  /// Rounded once to 0.01, half away from zero (SPEC §3).
  public func roundedToHundredths() -> Decimal {
    var value = self
    var result = Decimal()
    NSDecimalRound(&result, &value, 2, .plain)
    return result
  }

  /// Clamped to [0, upper].
  public func clamped(to upper: Decimal) -> Decimal {
    if self < 0 { return 0 }
    if self > upper { return upper }
    return self
  }

  /// A whole number as an integer, otherwise at most two decimals ("87.5", "6.53").
  public var scoreText: String {
    let rounded = roundedToHundredths()
    var text = rounded.description
    if text.containsByte(0x2E) {  // "."
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  /// The exact decimal of a TOML float, from its shortest text form (80.15 is 80.15).
  /// Values beyond ±10¹⁵ (and NaN, infinities) have no place in a manifest and are refused.
  public init?(shortestTextOf double: Double) {
    guard double.isFinite, abs(double) <= 1e15 else { return nil }
    self.init(string: "\(double)", locale: Locale(identifier: "en_US_POSIX"))
  }
}
