/// 结果运用 (SPEC §4): what follows from a year's grade and the year before.
public enum Consequence: Sendable, Equatable, CaseIterable {
  /// 优秀 → reward candidate.
  case reward
  /// A first 不合格.
  case yellowCard
  /// 不合格 two years running.
  case replacement

  /// The words shown in every output.
  public var label: String {
    switch self {
    case .reward: return "奖补候选（5万元；核心校/牵头校校长2000元）"
    case .yellowCard: return "通报；亮黄牌"
    case .replacement: return "通报；调整核心校/牵头校校长"
    }
  }

  /// The consequence of `grade` under `rubric`, given the previous year; nil for the grades
  /// between the highest and the lowest (良好, 合格).
  public static func of(grade: String, previous: PreviousYear, rubric: Rubric) -> Consequence? {
    let top = rubric.grades.first?.name
    let failing = rubric.grades.last?.name
    if grade == top { return .reward }
    guard grade == failing else { return nil }
    if case .scored(let before) = previous, before.grade == failing { return .replacement }
    return .yellowCard
  }
}

/// Where an alliance stood in the previous year (SPEC §4).
public enum PreviousYear: Sendable, Equatable {
  /// No Y − 1 manifest: a new alliance (新增).
  case new
  /// A Y − 1 manifest with errors (无法评分).
  case unscorable
  case scored(PreviousResult)
}

/// An alliance's result of the previous year, as far as year Y uses it.
public struct PreviousResult: Sendable, Equatable {
  /// Where the figures come from (SPEC §5 `previous.status`).
  public enum Source: String, Sendable, Equatable {
    /// The published record of Y − 1 (§9).
    case published = "已定稿"
    /// Re-scored from the alliance's folder.
    case rescored = "重算"
  }

  public var year: Int
  public var total: Points
  public var rank: Int
  public var grade: String
  /// A1…A6, for the year-over-year sheet.
  public var groups: [GroupScore]
  public var source: Source

  public init(
    year: Int, total: Points, rank: Int, grade: String, groups: [GroupScore] = [], source: Source = .rescored
  ) {
    self.year = year
    self.total = total
    self.rank = rank
    self.grade = grade
    self.groups = groups
    self.source = source
  }

  public func group(_ code: String) -> Points? { groups.first { $0.code == code }?.score }
}
