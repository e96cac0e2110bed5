/// "Did you mean" hints for near-miss keys.
enum Hints {
  /// The closest candidate within edit distance 2 (or 1 for short keys), if any.
  static func nearest(_ key: String, among candidates: [String]) -> String? {
    let limit = key.count <= 4 ? 1 : 2
    var best: (String, Int)?
    for c in candidates {
      let d = distance(Array(key.lowercased()), Array(c.lowercased()))
      if d <= limit, d < (best?.1 ?? Int.max) { best = (c, d) }
    }
    return best?.0
  }

  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = Swift.min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
