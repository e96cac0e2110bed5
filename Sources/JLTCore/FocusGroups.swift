import Foundation

/// 重点关注 (SPEC §11): how rural, weak and new schools (农村 薄弱 新建) fare against the others,
/// from the school items of the ranked alliances. A school may count in several groups.
public struct FocusGroups: Sendable, Equatable {
  /// One group's figures.
  public struct Row: Sendable, Equatable {
    public var group: String
    public var schools = 0
    public var teachers = 0
    /// Counted survey results (with evidence), for the mean.
    public var satisfactionSum: Decimal = 0
    public var satisfactionCount = 0
    public var members = 0
    public var membersCovered = 0
    public var inJointProject = 0
    public var withCultureFeature = 0
    public var exchangeIn = 0
    public var provincialHonors = 0
    public var municipalHonors = 0
    public var failingEvaluations = 0

    public init(group: String) { self.group = group }

    public var meanSatisfaction: Decimal? {
      satisfactionCount == 0 ? nil : (satisfactionSum / Decimal(satisfactionCount)).roundedToHundredths()
    }
    /// 校本培训覆盖率, of member schools.
    public var trainingCoverage: Decimal? { Self.share(membersCovered, of: members) }
    public var jointProjectShare: Decimal? { Self.share(inJointProject, of: schools) }
    public var cultureFeatureShare: Decimal? { Self.share(withCultureFeature, of: schools) }
    /// 每百名教师接收交流教师.
    public var exchangeInPerHundredTeachers: Decimal? {
      teachers == 0 ? nil : (Decimal(exchangeIn) * 100 / Decimal(teachers)).roundedToHundredths()
    }

    /// A share in percent, two decimals.
    static func share(_ n: Int, of total: Int) -> Decimal? {
      total == 0 ? nil : (Decimal(n) * 100 / Decimal(total)).roundedToHundredths()
    }

    mutating func add(_ s: SchoolItems) {
      schools += 1
      teachers += s.teachers
      if let v = s.satisfaction {
        satisfactionSum += v
        satisfactionCount += 1
      }
      if s.isMember {
        members += 1
        if s.trainingCovered == true { membersCovered += 1 }
        if s.isFailing { failingEvaluations += 1 }
      }
      if s.inJointProject { inJointProject += 1 }
      if s.cultureFeature { withCultureFeature += 1 }
      exchangeIn += s.exchangeIn ?? 0
      provincialHonors += s.honors.provincial
      municipalHonors += s.honors.municipal
    }
  }

  /// A tagged school with 缺项.
  public struct Flagged: Sendable, Equatable {
    public var county: String
    public var alliance: String
    public var school: SchoolItems
  }

  public static let tagged = ["农村", "薄弱", "新建"]
  public static let other = "其他"

  public var rows: [Row]
  public var flagged: [Flagged]

  /// The groups of these schools: 农村, 薄弱, 新建, then 其他 (none of the three).
  public init(_ schools: [(county: String, alliance: String, school: SchoolItems)]) {
    var rows = (Self.tagged + [Self.other]).map(Row.init(group:))
    var flagged: [Flagged] = []
    for (county, alliance, s) in schools {
      let groups = Self.tagged.filter { s.tags.contains($0) }
      for (i, name) in (Self.tagged + [Self.other]).enumerated()
      where groups.contains(name) || (name == Self.other && groups.isEmpty) {
        rows[i].add(s)
      }
      if !groups.isEmpty, !s.missing.isEmpty { flagged.append(Flagged(county: county, alliance: alliance, school: s)) }
    }
    self.rows = rows
    self.flagged = flagged
  }

  /// A county's groups, from its ranked alliances in rank order.
  public init(_ report: CountyReport) {
    self.init(report.alliances.flatMap { a in a.score.schools.map { (report.county, a.name, $0) } })
  }
}
