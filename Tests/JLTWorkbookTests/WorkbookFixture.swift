import Foundation
import TestSupport
import XLSX

@testable import JLTCore
@testable import JLTWorkbook

/// In-memory county reports for the workbook tests, built from the default rubric.
enum WorkbookFixture {
  static let rubric = Rubric.suizhouTrial

  static func d(_ text: String) -> Decimal { dec(text) }

  /// An alliance of a fixture: its score and where it stood in Y − 1.
  struct Entry {
    var score: AllianceScore
    var previous: PreviousYear
  }

  /// An alliance scored under the default rubric: every indicator at full marks unless
  /// `scores` says otherwise; indicators in `absent` are left out (not applicable).
  static func alliance(
    county: String = "曾都区", id: String, name: String, type: AllianceType = .fused, core: String = "实验小学",
    year: Int = 2024, scores: [String: Decimal] = [:], reasons: [String: [String]] = [:],
    selfScores: [String: Decimal] = [:], absent: Set<String> = [], previous: PreviousYear = .new
  ) -> Entry {
    var indicators: [IndicatorScore] = []
    for spec in rubric.indicators where !absent.contains(spec.code) {
      let score = scores[spec.code] ?? spec.points
      indicators.append(
        IndicatorScore(
          code: spec.code, points: spec.points, score: score, reasons: reasons[spec.code] ?? [],
          selfScore: selfScores[spec.code]))
    }
    var groups: [GroupScore] = []
    for g in rubric.groups {
      var sum = indicators.filter { rubric.indicator($0.code)?.group == g.code }.reduce(Decimal(0)) { $0 + $1.score }
      if g.code == Rubric.bonusGroup { sum = min(sum, rubric.bonusCap) }
      groups.append(GroupScore(code: g.code, score: sum))
    }
    let total = groups.reduce(Decimal(0)) { $0 + $1.score }
    let a = AllianceScore(
      county: county, id: id, name: name, type: type, coreSchool: core, year: year, indicators: indicators,
      groups: groups, total: total, grade: rubric.grade(for: total), selfAssessment: selfScores)
    return Entry(score: a, previous: previous)
  }

  /// A report with ranks and consequences as `CountyAssembly` gives them.
  static func report(
    county: String = "曾都区", year: Int = 2024, _ alliances: [Entry], problems: [Problem] = [], found: Int? = nil
  ) -> CountyReport {
    let previous = Dictionary(uniqueKeysWithValues: alliances.map { ($0.score.id, $0.previous) })
    let ranked = Ranking.ranked(alliances.map(\.score)).map { rank, a in
      let before = previous[a.id] ?? .new
      return RankedAlliance(
        score: a, rank: rank, previous: before,
        consequence: Consequence.of(grade: a.grade, previous: before, rubric: rubric))
    }
    return CountyReport(
      county: county, year: year, rubric: rubric, rubricDigest: rubric.digest, alliances: ranked,
      problems: problems.sorted(by: Problem.reportOrder), found: found ?? alliances.count)
  }

  /// Three alliances: zd-01 excellent with a scored previous year, zd-02 new (新增) with a
  /// reason and a self-assessment gap, zd-03 whose previous manifest had errors (无法评分).
  static var sample: CountyReport {
    let one = alliance(
      id: "zd-01", name: "曾都区实验小学教联体",
      scores: ["C21": 0, "C22": 0, "C23": 0, "C5": d("9.59")],
      reasons: ["C5": ["C5.exchanged_one_year 交流周期满1年的35人 −0.41"], "C21": ["无"], "C22": ["无"], "C23": ["无"]],
      previous: .scored(
        PreviousResult(year: 2023, total: d("83.01"), rank: 2, grade: "良好", groups: samplePrevious.score.groups)))
    let two = alliance(
      id: "zd-02", name: "曾都区东城中学教联体", type: .cooperative, core: "东城中学",
      scores: ["C2": d("1.5"), "C6": 0, "C20": d("7.5"), "C21": 0, "C22": 0, "C23": 0, "C15": 0, "C16": 0, "C17": 0],
      reasons: ["C2": ["C2.annual_summary 年度工作总结缺失 −0.5", "C2 成员校年度计划缺失 −0.5"]],
      selfScores: ["C2": 2, "C6": 5], absent: ["C19"])
    let three = alliance(
      id: "zd-03", name: "曾都区何店镇中心学校教联体",
      scores: [
        "C5": 0, "C6": 0, "C7": 0, "C9": 0, "C13": 0, "C14": 0, "C15": 0, "C16": 0, "C17": 0, "C18": 0,
        "C19": 0, "C21": 0, "C22": 0, "C23": 0, "C20": 6,
      ],
      previous: .unscorable)
    let problems = [
      Problem.error(
        "未知的键 C5.exchanged_one_yaer，是否应为 exchanged_one_year？", file: "曾都区/zd-09/2024.toml", line: 80, alliance: "zd-09"),
      Problem.warning(
        "证据缺失：C12.analysis → evidence/2024/统一质量分析报告.pdf（文件不存在）", file: "曾都区/zd-02/2024.toml", line: 121,
        alliance: "zd-02"),
    ]
    return report([three, two, one], problems: problems, found: 4)
  }

  /// zd-01's Y − 1 scores, for the 同比 groups.
  static var samplePrevious: Entry {
    alliance(
      id: "zd-01", name: "曾都区实验小学教联体", year: 2023,
      scores: [
        "C1": 4, "C5": 6, "C20": d("8.78"), "C21": 0, "C22": 0, "C23": 0, "C16": 2, "C17": 0, "C18": 0,
        "C19": d("1.5"), "C10": 2, "C11": 2,
      ])
  }
}
