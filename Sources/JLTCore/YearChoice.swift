/// The school year `score` takes when `--year` is not given (SPEC §1): the latest year for
/// which at least half of the alliance folders found have a manifest; if no year reaches half,
/// the largest year with any manifest. One alliance that starts next year's manifest early
/// does not turn the nightly run to a year nobody else has filed.
public struct YearChoice: Sendable, Equatable {
  public var year: Int
  /// Later years with manifests that were not chosen, with how many folders have one.
  public var laterYears: [(year: Int, manifests: Int)]

  public static func == (a: YearChoice, b: YearChoice) -> Bool {
    a.year == b.year && a.laterYears.map(\.year) == b.laterYears.map(\.year)
      && a.laterYears.map(\.manifests) == b.laterYears.map(\.manifests)
  }

  /// - Parameter folders: the years with a manifest, one list per alliance folder found.
  public init?(folders: [[Int]]) {
    var count: [Int: Int] = [:]
    for years in folders {
      for y in Set(years) { count[y, default: 0] += 1 }
    }
    guard let largest = count.keys.max() else { return nil }
    let half = count.keys.filter { 2 * (count[$0] ?? 0) >= folders.count }
    year = half.max() ?? largest
    let chosen = year
    laterYears = count.keys.filter { $0 > chosen }.sorted().map { ($0, count[$0] ?? 0) }
  }

  /// `2026 学年已有 1 份证据清单（未过半数），本次评分 2025 学年；可用 --year 2026 评分`, one per later year.
  public var notes: [String] {
    laterYears.map { "\($0.year) 学年已有 \($0.manifests) 份证据清单（未过半数），本次评分 \(year) 学年；可用 --year \($0.year) 评分" }
  }
}
