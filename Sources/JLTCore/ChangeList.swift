import Foundation

/// What changed overnight (SPEC §10): the alliances whose total, grade or rank differ from the
/// county's JSON of the run before, with the indicators that moved. Printed on stdout only:
/// the files written never depend on the earlier output.
public enum ChangeList {
  /// The figures of an earlier county JSON, nil when it cannot be read as one.
  public static func figures(ofEarlierJSON data: Data) -> [PublishedRecord.Figures]? {
    struct Earlier: Decodable {
      struct Alliance: Decodable {
        var id: String
        var rank: Int
        var total: Decimal
        var grade: String
        var indicators: [String: Decimal]
      }
      var alliances: [Alliance]
    }
    guard let earlier = try? JSONDecoder().decode(Earlier.self, from: data) else { return nil }
    return earlier.alliances.map {
      PublishedRecord.Figures(
        id: $0.id, total: $0.total, grade: $0.grade, rank: $0.rank, indicators: RecordReader.ordered($0.indicators))
    }
  }

  /// `变动：zd-03 66.35 → 68.85（C10 +2.5）；sx-04 首次评分`, nil when nothing changed.
  public static func text(earlier: [PublishedRecord.Figures], now report: CountyReport) -> String? {
    let before = Dictionary(earlier.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var items: [String] = []
    for a in report.alliances {
      guard let old = before[a.id] else {
        items.append("\(a.id) 首次评分")
        continue
      }
      let new = RecordDifferences.figures(a)
      if let change = RecordDifferences.changeWithRank(from: old, to: new) { items.append("\(a.id) \(change)") }
    }
    let now = Set(report.alliances.map(\.id))
    for old in earlier where !now.contains(old.id) { items.append("\(old.id) 本次未评分") }
    return items.isEmpty ? nil : "变动：" + items.joined(separator: "；")
  }
}
