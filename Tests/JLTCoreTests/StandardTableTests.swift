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

  @Test func partsFillTheirIndicators() throws {
    let r = Rubric.suizhouTrial
    func v(_ c: String, _ p: Parameter) throws -> Decimal { try #require(r.indicator(c))[p] }
    typealias A1 = A1Management
    typealias A2 = A2Teachers
    typealias A3 = A3Resources
    #expect(try v("C3", A1.C3.meetingsPoints) + v("C3", A1.C3.principalsPoints) == 3)  // 1.5 + 1.5
    #expect(try v("C4", A2.C4.managementPoints) + v("C4", A2.C4.systemsPoints) == 4)  // 1 + 3
    #expect(try v("C5", A2.C5.ratioPoints) + v("C5", A2.C5.cyclePoints) == 10)  // 8 + 2
    #expect(try v("C11", A3.C11.resultsPoints) + v("C11", A3.C11.projectPoints) == 6)  // 4 + 2
    #expect(try v("C14", A3.C14.brandPoints) + v("C14", A3.C14.activitiesPoints) == 8)  // 5 + 3
    #expect(try v("C5", A2.C5.ratioTarget) == dec("0.2"))
    #expect(try v("C1", A1.C1.satisfactionThreshold) == 60)
    #expect(try v("C3", A1.C3.meetingsPerTerm) == 3)
    // Exactly the indicators scored in parts declare parts, and each part is one of its parameters.
    let withParts = Indicators.all.filter { !$0.parts.isEmpty }.map(\.code)
    #expect(withParts == ["C3", "C4", "C5", "C11", "C14"])
    for i in Indicators.all {
      #expect(i.parts.allSatisfy { p in i.parameters.contains(p) }, "\(i.code)")
    }
  }

  @Test func officialTitles() throws {
    let r = Rubric.suizhouTrial
    #expect(r.group("A1")?.title == "A1. 管理共进（10分）")
    #expect(r.group("A6")?.title == "A6. 加分项（10分）")
    let c1 = try #require(r.indicator("C1"))
    #expect(c1.title.hasPrefix("C1. 依法制定教联体章程"))
    #expect(c1.secondTitle.hasPrefix("B1. 制定科学规范的教联体章程"))
    #expect(c1.ruleText == "教联体各项制度缺一项扣0.5分。家长满意度低于60%扣1分。")
    #expect(r.indicators.allSatisfy { !$0.definition.words.isEmpty })
  }

  @Test func digestIsStableAndPinsTheRubric() {
    let d = Rubric.suizhouTrial.digest
    #expect(d.count == 64)
    #expect(d.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    #expect(Rubric.suizhouTrial.digest == d)
    // The digest of the built-in rubric is pinned: outputs of earlier years stay comparable.
    #expect(d == "02e01e5c88c2e4a4a0c97dd9dec2de2c51f2b317c10174b554f885def80ce4d3")
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
