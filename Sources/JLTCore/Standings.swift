/// Where each alliance stood in the years before Y (SPEC §4, §9, §10): from a year's published
/// record when it has one that can be trusted, else ranked among the county's alliances
/// re-scored that year; and the warnings this gives.
struct Standings {
  /// A year's result of one alliance; absent means no manifest that year (新增).
  enum Result: Equatable {
    case scored(PreviousResult)
    case unscorable
  }

  let county: String
  let year: Int
  let bands: [String]
  let cycleYears: ClosedRange<Int>
  /// Year → alliance id → result, for the years before Y.
  private var results: [Int: [String: Result]] = [:]
  /// Y's record, when it can be trusted (for Y's own cycle entry).
  private let currentRecord: PublishedRecord?
  private var notes: [String: [Problem]] = [:]

  init(_ input: CountyAssembly.Input) {
    county = input.county
    year = input.year
    bands = input.rubric.grades.map(\.name)
    cycleYears = input.rubric.cycleYears(upTo: input.year)
    currentRecord = input.records[input.year]?.value
    let previous = input.year - 1
    let years = Set(input.earlier.keys).union(cycleYears.filter { $0 < input.year }).union([previous])
    for y in years.sorted() {
      let outcomes = input.earlier[y] ?? []
      var rescored = Self.rescored(outcomes, year: y)
      let record = input.records[y]
      if let record = record?.value {
        for (id, result) in rescored where record.alliance(id) == nil {
          if result == .unscorable {
            noteUnscorable(id, year: y)
          } else if y == previous {
            note(id, "\(y)学年定稿中没有本教联体，上年结果按重算", file: CountyAssembly.recordFile(county, y))
          }
        }
        for a in record.alliances {
          rescored[a.id] = .scored(
            PreviousResult(
              year: y, total: a.figures.total, rank: a.figures.rank, grade: a.figures.grade, groups: a.groups,
              source: .published))
        }
      } else if record != nil, y == previous {
        // A record that cannot be trusted: Y − 1 counts as unavailable (no 调整 follows from it).
        for id in rescored.keys {
          rescored[id] = .unscorable
          note(id, "\(y)学年定稿不可用，上年结果按“无法评分”处理", file: CountyAssembly.recordFile(county, y))
        }
      } else {
        for outcome in outcomes where outcome.score == nil { noteUnscorable(outcome.id, year: y) }
      }
      results[y] = rescored
    }
  }

  /// Each alliance's result in `year`: ranked among those scored, 无法评分 when it had errors.
  static func rescored(_ outcomes: [AllianceOutcome], year: Int) -> [String: Result] {
    var out: [String: Result] = [:]
    for o in outcomes { out[o.id] = .unscorable }
    for (rank, s) in Ranking.ranked(outcomes.compactMap(\.score)) {
      out[s.id] = .scored(PreviousResult(year: year, total: s.total, rank: rank, grade: s.grade, groups: s.groups))
    }
    return out
  }

  /// The warning of a manifest of an earlier year that has errors: Y − 1 counts as 无法评分; a
  /// cycle year before it is only named.
  private mutating func noteUnscorable(_ id: String, year y: Int) {
    let file = "\(county)/\(id)/\(y).toml"
    if y == year - 1 {
      note(id, "\(y) 年证据清单有错误，无法评分，上年结果按“无法评分”处理", file: file)
    } else if cycleYears.contains(y) {
      note(id, "\(y) 学年无法评分", file: file)
    }
  }

  private mutating func note(_ id: String, _ message: String, file: String) {
    notes[id, default: []].append(.warning(message, file: file, alliance: id))
  }

  /// The warnings of an alliance scored in Y.
  func warnings(for id: String) -> [Problem] { notes[id] ?? [] }

  func previous(_ id: String) -> PreviousYear {
    switch results[year - 1]?[id] {
    case .scored(let r)?: return .scored(r)
    case .unscorable?: return .unscorable
    case nil: return .new
    }
  }

  /// The alliance's cycle up to Y: records where they exist, else re-scored, else 新增 / 无法评分.
  func cycle(_ score: AllianceScore, year: Int) -> Cycle {
    let years = cycleYears.map { y -> Cycle.Year in
      if y == year {
        if let published = currentRecord?.alliance(score.id) {
          return Cycle.Year(year: y, status: .published, total: published.figures.total, grade: published.figures.grade)
        }
        return Cycle.Year(year: y, status: .rescored, total: score.total, grade: score.grade)
      }
      switch results[y]?[score.id] {
      case .scored(let r)?:
        return Cycle.Year(
          year: y, status: r.source == .published ? .published : .rescored, total: r.total, grade: r.grade)
      case .unscorable?: return Cycle.Year(year: y, status: .unscorable)
      case nil: return Cycle.Year(year: y, status: .new)
      }
    }
    return Cycle(firstYear: cycleYears.lowerBound, years: years, bands: bands)
  }
}
