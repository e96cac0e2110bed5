import Foundation
import TestSupport
import XLSX

@testable import JLTBatch
@testable import JLTCore

/// In-memory county reports for the workbook tests, built from the default rubric.
enum WorkbookFixture {
  static let rubric = Rubric.suizhouTrial

  static func d(_ text: String) -> Decimal { dec(text) }

  /// An alliance scored under the default rubric: every indicator at full marks unless
  /// `scores` says otherwise; indicators in `absent` are left out (not applicable).
  static func alliance(
    county: String = "曾都区", id: String, name: String, type: AllianceType = .fused, core: String = "实验小学",
    year: Int = 2024, scores: [String: Decimal] = [:], reasons: [String: [String]] = [:],
    selfScores: [String: Decimal] = [:], absent: Set<String> = [], previous: PreviousYear = .none
  ) -> AllianceScore {
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
    var a = AllianceScore(
      county: county, id: id, name: name, type: type, coreSchool: core, year: year, indicators: indicators,
      groups: groups, total: total, grade: rubric.grade(for: total), selfAssessment: selfScores, warnings: [])
    a.previous = previous
    return a
  }

  /// A report with ranks and consequences applied as the batch does.
  static func report(
    county: String = "曾都区", year: Int = 2024, _ alliances: [AllianceScore], problems: [Problem] = [], found: Int? = nil
  ) -> CountyReport {
    let previous = Dictionary(uniqueKeysWithValues: alliances.map { ($0.id, $0.previous) })
    let ranked = ResultsUse.apply(Ranking.ranked(alliances), previous: previous, rubric: rubric)
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
      previous: .scored(year: 2023, total: d("83.01"), rank: 2, grade: "良好"))
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
      previous: .unavailable)
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
  static var samplePrevious: [String: AllianceScore] {
    [
      "zd-01": alliance(
        id: "zd-01", name: "曾都区实验小学教联体", year: 2023,
        scores: [
          "C1": 4, "C5": 6, "C20": d("8.78"), "C21": 0, "C22": 0, "C23": 0, "C16": 2, "C17": 0, "C18": 0,
          "C19": d("1.5"), "C10": 2, "C11": 2,
        ])
    ]
  }
}

/// A fresh temporary directory, removed by `cleanup()`.
struct ScratchDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "jlt-wb-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  func cleanup() { try? FileManager.default.removeItem(at: url) }
}

extension XLSXArchive {
  /// The merged ranges of a sheet, e.g. ["A1:J1", "A4:A6"].
  func mergedRanges(sheet: String) -> [String] {
    guard let xml = worksheetXML(named: sheet) else { return [] }
    return Self.elements("mergeCell", in: xml).compactMap { Self.attribute("ref", in: $0) }
  }

  /// Row `row` (1-based) values of columns `columns` ("A"…).
  func rowValues(sheet: String, row: Int, columns: [String]) -> [String?] {
    columns.map { cellValue(sheet: sheet, reference: "\($0)\(row)") }
  }

  /// Manual page breaks: the 1-based rows after which a new page starts.
  func rowBreaks(sheet: String) -> [Int] {
    guard let xml = worksheetXML(named: sheet), let list = Self.blocks("rowBreaks", in: xml).first else { return [] }
    return Self.elements("brk", in: list).compactMap { Self.attribute("id", in: $0).flatMap(Int.init) }
  }

  /// A one-column range such as "A7:A12" cut where pages start (`breaks` as `rowBreaks`).
  static func parts(of range: String, breaks: [Int]) -> [String] {
    let ends = range.split(separator: ":")
    guard ends.count == 2 else { return [range] }
    let column = String(ends[0].prefix { $0.isLetter })
    guard let first = Int(ends[0].drop { $0.isLetter }), let last = Int(ends[1].drop { $0.isLetter }) else {
      return [range]
    }
    var out: [String] = []
    var start = first
    for b in breaks.sorted() where b >= start && b < last {
      out.append(start == b ? "\(column)\(b)" : "\(column)\(start):\(column)\(b)")
      start = b + 1
    }
    out.append(start == last ? "\(column)\(last)" : "\(column)\(start):\(column)\(last)")
    return out
  }

  /// The height attribute of row `row` (1-based), when set.
  func rowHeight(sheet: String, row: Int) -> Double? {
    guard let xml = worksheetXML(named: sheet),
      let tag = Self.elements("row", in: xml).first(where: { Self.attribute("r", in: $0) == "\(row)" }),
      let ht = Self.attribute("ht", in: tag)
    else { return nil }
    return Double(ht)
  }
}

/// Spreadsheet column letters A…Z, AA…
func workbookColumnLetters(_ count: Int) -> [String] {
  (0..<count).map { i in
    var n = i + 1
    var s = ""
    while n > 0 {
      let r = (n - 1) % 26
      s = String(UnicodeScalar(UInt8(65 + r))) + s
      n = (n - 1) / 26
    }
    return s
  }
}
