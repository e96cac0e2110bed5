/// The years of the assessment cycle that holds Y, up to Y (SPEC §10), for one alliance.
public struct Cycle: Sendable, Equatable {
  /// One year of the cycle.
  public struct Year: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
      case published = "已定稿"
      case rescored = "重算"
      case new = "新增"
      case unscorable = "无法评分"
    }

    public var year: Int
    public var status: Status
    public var total: Points?
    public var grade: String?

    public init(year: Int, status: Status, total: Points? = nil, grade: String? = nil) {
      self.year = year
      self.status = status
      self.total = total
      self.grade = grade
    }
  }

  public var firstYear: Int
  public var years: [Year]
  /// The grades of the rubric, highest first (to find the best and the worst).
  public var bands: [String]

  public init(firstYear: Int, years: [Year], bands: [String]) {
    self.firstYear = firstYear
    self.years = years
    self.bands = bands
  }

  /// Y's total less the total of the first year of the cycle that has one (nil when that is Y).
  public var change: Points? {
    guard let first = years.first(where: { $0.total != nil }), let last = years.last, first.year != last.year,
      let from = first.total, let to = last.total
    else { return nil }
    return to - from
  }

  var ranks: [Int] { years.compactMap { y in y.grade.flatMap { bands.firstIndex(of: $0) } } }
  /// The best grade of the cycle.
  public var best: String? { ranks.min().map { bands[$0] } }
  /// The worst grade of the cycle.
  public var worst: String? { ranks.max().map { bands[$0] } }
}
