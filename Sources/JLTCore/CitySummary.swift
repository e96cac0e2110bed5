/// `全市汇总` (SPEC §5): every ranked alliance of every county in one ranking, and the lists
/// that follow from it. A value the city workbook renders.
public struct CitySummary: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var cityRank: Int
    public var alliance: RankedAlliance
  }

  public var year: Int
  public var counties: [String]
  /// The rubric of the first county, for group names and grade bands.
  public var rubric: Rubric?
  /// Highest total first; ties by county name, then alliance id, in code-point order.
  public var entries: [Entry]

  public init(_ reports: [CountyReport], year: Int) {
    self.year = year
    counties = reports.map(\.county)
    rubric = reports.first?.rubric
    entries = Ranking.ranked(reports.flatMap(\.alliances), total: \.total) { a, b in
      a.county != b.county ? a.county.codePointLess(than: b.county) : a.id.codePointLess(than: b.id)
    }.map { Entry(cityRank: $0.rank, alliance: $0.item) }
  }

  /// 奖补候选: the alliances graded 优秀.
  public var rewardCandidates: [Entry] { entries.filter { $0.alliance.consequence == .reward } }

  /// 亮黄牌及调整: the alliances graded 不合格.
  public var warned: [Entry] {
    entries.filter { $0.alliance.consequence == .yellowCard || $0.alliance.consequence == .replacement }
  }
}
