import Foundation

/// Collects an indicator's reasons while its rule runs.
struct Tally {
  let code: String
  private(set) var reasons: [String] = []

  init(_ code: String) { self.code = code }

  /// Records `amount` points lost for `why`: `C3 第二学期例会2次，少1次 −0.5`.
  mutating func lose(_ amount: Decimal, _ why: String) {
    guard amount > 0 else { return }
    reasons.append("\(why) −\(amount.scoreText)")
  }

  /// Records a note without points (e.g. why a part was capped).
  mutating func note(_ text: String) { reasons.append(text) }

  /// A part worth `points` that starts full and loses deductions, clamped to [0, points].
  mutating func part(_ points: Decimal, _ deductions: [(Decimal, String)]) -> Decimal {
    var score = points
    for (amount, why) in deductions {
      lose(amount, why)
      score -= amount
    }
    if score < 0 {
      note("\(code) 扣分超过本部分分值 \(points.scoreText) 分，按0分计")
      return 0
    }
    return score
  }

  /// A part earned whole or not at all.
  mutating func whole(_ points: Decimal, if earned: Bool, _ why: @autoclosure () -> String) -> Decimal {
    if earned { return points }
    lose(points, why())
    return 0
  }
}
