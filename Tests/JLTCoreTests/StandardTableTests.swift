import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// The official standard table and the default rubric built from it.
@Suite("评价标准表与默认细则")
struct StandardTableTests {
  /// shared/standard/standard-table.tsv, found from this file: Tests/JLTCoreTests → ../../../shared.
  static let sharedTable: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("../../../shared/standard/standard-table.tsv")
    .standardizedFileURL

  static var sharedTableExists: Bool { FileManager.default.fileExists(atPath: sharedTable.path) }

  @Test(.enabled(if: sharedTableExists, "shared/standard/standard-table.tsv is not present"))
  func embeddedTableEqualsTheSharedFile() throws {
    let file = try String(contentsOf: Self.sharedTable, encoding: .utf8)
    #expect(StandardTable.tsv == file)
  }

  @Test func tableHas23Indicators() {
    let rows = StandardTable.rows
    #expect(rows.count == 23)
    #expect(rows.map(\.cCode) == (1...23).map { "C\($0)" })
  }

  @Test func defaultRubricPoints() {
    let r = Rubric.suizhouTrial
    #expect(r.groups.map(\.code) == ["A1", "A2", "A3", "A4", "A5", "A6"])
    #expect(r.groups.map(\.points) == [10, 30, 30, 20, 10, 10])
    // groups A1–A5 sum to 100
    #expect(r.groups.filter { $0.code != "A6" }.reduce(0) { $0 + $1.points } == 100)
    #expect(r.bonusCap == 10)
    // each group's indicators fill it
    for g in r.groups {
      #expect(r.indicators(in: g.code).reduce(0) { $0 + $1.points } == g.points, "\(g.code)")
    }
    let points = r.indicators.map(\.points)
    #expect(points == [5, 2, 3, 4, 10, 5, 5, 2, 4, 4, 6, 3, 4, 8, 5, 5, 5, 5, 5, 10, 3, 3, 4])
    #expect(r.baselineYear == 2021)
    #expect(r.grades.map(\.name) == ["优秀", "良好", "合格", "不合格"])
    #expect(r.grades.map(\.minimum) == [85, 75, 60, 0])
  }

  @Test func partsFillTheirIndicators() {
    let r = Rubric.suizhouTrial
    func v(_ c: String, _ k: String) -> Decimal { r.indicator(c)?.value(k) ?? -1 }
    #expect(v("C3", "meetings_points") + v("C3", "principals_points") == 3)  // 1.5 + 1.5
    #expect(v("C4", "management_points") + v("C4", "systems_points") == 4)  // 1 + 3
    #expect(v("C5", "ratio_points") + v("C5", "cycle_points") == 10)  // 8 + 2
    #expect(v("C11", "results_points") + v("C11", "project_points") == 6)  // 4 + 2
    #expect(v("C14", "brand_points") + v("C14", "activities_points") == 8)  // 5 + 3
    #expect(v("C5", "ratio_target") == dec("0.2"))
    #expect(v("C1", "satisfaction_threshold") == 60)
    #expect(v("C3", "meetings_per_term") == 3)
  }

  @Test func officialTitles() throws {
    let r = Rubric.suizhouTrial
    #expect(r.group("A1")?.title == "A1. 管理共进（10分）")
    #expect(r.group("A6")?.title == "A6. 加分项（10分）")
    let c1 = try #require(r.indicator("C1"))
    #expect(c1.title.hasPrefix("C1. 依法制定教联体章程"))
    #expect(c1.secondTitle.hasPrefix("B1. 制定科学规范的教联体章程"))
    #expect(c1.ruleText == "教联体各项制度缺一项扣0.5分。家长满意度低于60%扣1分。")
    #expect(r.indicators.allSatisfy { !$0.ruleInWords.isEmpty })
  }

  @Test func digestIsStableAndPinsTheRubric() {
    let d = Rubric.suizhouTrial.digest
    #expect(d.count == 64)
    #expect(d.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    #expect(Rubric.suizhouTrial.digest == d)
    #expect(Rubric.suizhouTrial.canonicalText.hasPrefix("name = \"随州市教联体建设考核评价办法（试行）\"\n"))

    var changed = Rubric.suizhouTrial
    let i = changed.indicators.firstIndex { $0.code == "C5" }!
    let p = changed.indicators[i].parameters.firstIndex { $0.key == "ratio_target" }!
    changed.indicators[i].parameters[p].value = dec("0.25")
    #expect(changed.digest != d)

    var year = Rubric.suizhouTrial
    year.baselineYear = 2022
    #expect(year.digest != d)

    var applicable = Rubric.suizhouTrial
    applicable.applicable[.cooperative] = ["C1"]
    #expect(applicable.digest != d)
  }
}
