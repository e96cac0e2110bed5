/// Competition ranking within a county (SPEC §3): highest total first, equal totals share a
/// rank and the next rank skips (1, 2, 2, 4); equal totals are listed by id in code-point order.
public enum Ranking {
  public static func ranked(_ scores: [AllianceScore]) -> [AllianceScore] {
    var sorted = scores.sorted { a, b in
      a.total != b.total ? a.total > b.total : a.id.codePointLess(than: b.id)
    }
    for i in sorted.indices {
      sorted[i].rank = i > 0 && sorted[i].total == sorted[i - 1].total ? sorted[i - 1].rank : i + 1
    }
    return sorted
  }
}

/// 结果运用 (SPEC §4): previous year and consequence.
public enum ResultsUse {
  /// 优秀 → reward candidate.
  public static let reward = "奖补候选（5万元；核心校/牵头校校长2000元）"
  /// A first 不合格.
  public static let yellowCard = "通报；亮黄牌"
  /// 不合格 two years running.
  public static let replacement = "通报；调整核心校/牵头校校长"

  /// Sets `previous` and `consequence` of each scored alliance of year Y.
  /// - Parameter previous: the outcome of Y − 1 for each alliance id of the county.
  public static func apply(_ scores: [AllianceScore], previous: [String: PreviousYear], rubric: Rubric)
    -> [AllianceScore]
  {
    let top = rubric.grades.first?.name
    let failing = rubric.grades.last?.name
    return scores.map { s in
      var s = s
      s.previous = previous[s.id] ?? .none
      if s.grade == top {
        s.consequence = reward
      } else if s.grade == failing {
        if case .scored(_, _, _, let grade) = s.previous, grade == failing {
          s.consequence = replacement
        } else {
          s.consequence = yellowCard
        }
      } else {
        s.consequence = nil
      }
      return s
    }
  }
}
