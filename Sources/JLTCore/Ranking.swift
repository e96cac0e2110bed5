/// Competition ranking (SPEC §3): highest total first, equal totals share a rank and the next
/// rank skips (1, 2, 2, 4); equal totals are listed in `tieOrder`. One function serves the
/// county ranking and the city's.
public enum Ranking {
  public static func ranked<T>(_ items: [T], total: (T) -> Points, tieOrder: (T, T) -> Bool) -> [(rank: Int, item: T)] {
    let sorted = items.sorted { a, b in
      let ta = total(a)
      let tb = total(b)
      return ta != tb ? ta > tb : tieOrder(a, b)
    }
    var out: [(rank: Int, item: T)] = []
    out.reserveCapacity(sorted.count)
    for (i, item) in sorted.enumerated() {
      let rank = i > 0 && total(sorted[i - 1]) == total(item) ? out[i - 1].rank : i + 1
      out.append((rank, item))
    }
    return out
  }

  /// A county's alliances: ties by id in code-point order.
  public static func ranked(_ scores: [AllianceScore]) -> [(rank: Int, item: AllianceScore)] {
    ranked(scores, total: \.total) { $0.id.codePointLess(than: $1.id) }
  }
}
