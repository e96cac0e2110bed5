/// How re-scored figures differ from published ones (SPEC §9, §10): `66.35 → 68.85（C10 +2.5）`.
public enum RecordDifferences {
  /// The total before and after and the indicators that moved; nil when total, grade and every
  /// indicator are the same.
  public static func change(from before: PublishedRecord.Figures, to after: PublishedRecord.Figures) -> String? {
    details(from: before, to: after).map { "\(before.total.scoreText) → \(after.total.scoreText)\($0)" }
  }

  /// `66.35 → 68.85（C10 +2.5），第3名 → 第2名`, only `第3名 → 第2名` when the rank alone moved;
  /// nil when nothing did (the change list of SPEC §10 and a revision's list of SPEC §9).
  public static func changeWithRank(from before: PublishedRecord.Figures, to after: PublishedRecord.Figures)
    -> String?
  {
    let rank = before.rank != after.rank ? "第\(before.rank)名 → 第\(after.rank)名" : nil
    switch (change(from: before, to: after), rank) {
    case (let c?, let r?): return c + "，" + r
    case (let c?, nil): return c
    case (nil, let r?): return r
    case (nil, nil): return nil
    }
  }

  /// `，良好 → 合格（C10 +2.5、C5 −1）` (the grade when it changed, the indicators that moved),
  /// nil when nothing differs.
  static func details(from before: PublishedRecord.Figures, to after: PublishedRecord.Figures) -> String? {
    var moved: [String] = []
    for (code, score) in after.indicators {
      let old = before.indicator(code) ?? 0
      if old != score { moved.append("\(code) \(signed(score - old))") }
    }
    for (code, old) in before.indicators where after.indicator(code) == nil && old != 0 {
      moved.append("\(code) \(signed(-old))")
    }
    guard before.total != after.total || before.grade != after.grade || !moved.isEmpty else { return nil }
    var text = before.grade != after.grade ? "，\(before.grade) → \(after.grade)" : ""
    if !moved.isEmpty { text += "（\(moved.joined(separator: "、"))）" }
    return text
  }

  /// `+2.5`, `−1`.
  public static func signed(_ d: Points) -> String { d < 0 ? "−" + (-d).scoreText : "+" + d.scoreText }

  /// The figures of a ranked alliance.
  public static func figures(_ a: RankedAlliance) -> PublishedRecord.Figures { figures(a.score, rank: a.rank) }

  static func figures(_ s: AllianceScore, rank: Int) -> PublishedRecord.Figures {
    PublishedRecord.Figures(
      id: s.id, total: s.total, grade: s.grade, rank: rank, indicators: s.indicators.map { ($0.code, $0.score) })
  }

  /// A warning for each alliance whose re-scored result differs from Y's record, and for each
  /// alliance scored now that the record does not hold.
  static func warnings(_ ranked: [RankedAlliance], record: PublishedRecord, file: String) -> [Problem] {
    warnings(ranked.map(\.score), record: record, file: file, notInRecord: true)
  }

  /// For an earlier year's record: a warning for each alliance whose re-scored result differs
  /// (the folders were edited after publication).
  static func warnings(_ scores: [AllianceScore], record: PublishedRecord, file: String, notInRecord: Bool)
    -> [Problem]
  {
    var out: [Problem] = []
    for a in scores {
      guard let published = record.alliance(a.id) else {
        if notInRecord {
          out.append(.warning("\(record.year)学年定稿中没有本教联体（已重新计分，未定稿）", file: file, alliance: a.id))
        }
        continue
      }
      let now = figures(a, rank: published.figures.rank)
      if let details = details(from: published.figures, to: now) {
        out.append(
          .warning(
            "与\(record.year)学年定稿不一致：定稿 \(published.figures.total.scoreText)，重算 \(now.total.scoreText)\(details)；复核更正请用 jlt publish --revise",
            file: file, alliance: a.id))
      }
    }
    return out
  }
}
