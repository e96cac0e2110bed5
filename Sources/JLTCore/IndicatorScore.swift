import Foundation

/// The verified score of one indicator, with the reason for every point not earned.
public struct IndicatorScore: Sendable, Equatable {
  public var code: String
  /// The indicator's points (分值).
  public var points: Points
  /// Clamped to [0, points] and rounded to 0.01 (得分).
  public var score: Points
  /// 扣分说明: one line per deduction or part not earned, each naming the key.
  public var reasons: [String]
  /// 自评分, when given.
  public var selfScore: Points?

  public init(code: String, points: Points, score: Points, reasons: [String], selfScore: Points?) {
    self.code = code
    self.points = points
    self.score = score
    self.reasons = reasons
    self.selfScore = selfScore
  }

  /// A self-score that differs from the verified score by 1 point or more.
  public var selfGap: Bool {
    guard let s = selfScore else { return false }
    let gap = s.roundedToHundredths() - score
    return gap >= 1 || gap <= -1
  }
}
