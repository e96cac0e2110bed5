import Foundation

/// What a rule returns before the indicator is clamped and rounded.
struct RuleOutcome {
  var score: Decimal
  var reasons: [String]
  /// Warnings the rule raises (e.g. a missing baseline), as (message, file suffix).
  var warnings: [String] = []
}

/// A rule: the indicator's spec and the context in, the outcome out.
typealias Rule = @Sendable (IndicatorSpec, ScoringContext) -> RuleOutcome

enum Rules {
  /// Every rule by indicator code, gathered from the groups.
  static let all: [String: Rule] = A1Management.rules
    .merging(A2Teachers.rules) { a, _ in a }
    .merging(A3Resources.rules) { a, _ in a }
    .merging(A4Improvement.rules) { a, _ in a }
    .merging(A5SocialEvaluation.rules) { a, _ in a }
    .merging(A6Bonus.rules) { a, _ in a }
}
