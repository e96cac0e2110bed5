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
  /// 重点关注 of each county, and of the whole city (SPEC §11).
  public var focus: [(county: String, groups: FocusGroups)]
  public var cityFocus: FocusGroups
  /// The member schools 通报'd for a 不合格 evaluation, county by county in rank order.
  public var memberNotices: [(county: String, alliance: String, school: SchoolItems)]

  public static func == (a: CitySummary, b: CitySummary) -> Bool {
    a.year == b.year && a.counties == b.counties && a.rubric == b.rubric && a.entries == b.entries
      && a.cityFocus == b.cityFocus && a.focus.map(\.groups) == b.focus.map(\.groups)
      && a.memberNotices.map(\.school) == b.memberNotices.map(\.school)
  }

  public init(_ reports: [CountyReport], year: Int) {
    self.year = year
    counties = reports.map(\.county)
    rubric = reports.first?.rubric
    entries = Ranking.ranked(reports.flatMap(\.alliances), total: \.total) { a, b in
      a.county != b.county ? a.county.codePointLess(than: b.county) : a.id.codePointLess(than: b.id)
    }.map { Entry(cityRank: $0.rank, alliance: $0.item) }
    focus = reports.map { ($0.county, FocusGroups($0)) }
    cityFocus = FocusGroups(
      reports.flatMap { r in r.alliances.flatMap { a in a.score.schools.map { (r.county, a.name, $0) } } })
    memberNotices = reports.flatMap { r in
      r.alliances.flatMap { a in a.score.failingMembers.map { (r.county, a.name, $0) } }
    }
  }

  /// 奖补候选: the alliances graded 优秀.
  public var rewardCandidates: [Entry] { entries.filter { $0.alliance.consequence == .reward } }

  /// 亮黄牌及调整: the alliances graded 不合格.
  public var warned: [Entry] {
    entries.filter { $0.alliance.consequence == .yellowCard || $0.alliance.consequence == .replacement }
  }
}
