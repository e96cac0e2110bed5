import Foundation
import TestSupport
import Testing

@testable import JLTBatch
@testable import JLTCore

/// `jlt rubric` (the blank standard table and the rubric export) and `jlt init`.
@Suite struct RubricCommandTests {
  static func input(_ scratch: Scratch, city: String? = nil) throws -> String {
    let root = scratch.path("input")
    try FileManager.default.createDirectory(atPath: root + "/县A", withIntermediateDirectories: true)
    if let city { try Data(city.utf8).write(to: URL(fileURLWithPath: root + "/rubric-2025.toml")) }
    return root
  }

  @Test func blankTableHasTheOfficialLayoutAndNoScores() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let root = try Self.input(scratch, city: "[C5]\nratio_target = 0.25\n[C13]\npoints = 6\n[C15]\npoints = 3\n")
    let out = scratch.path("自评表.xlsx")
    try RubricCommand.run(input: root, year: 2025, county: nil, out: out)
    let book = try XLSXArchive(path: out)
    #expect(book.sheetNames == ["评价标准"])
    #expect(
      book.rowValues(sheet: "评价标准", row: 3, columns: ["A", "B", "C", "G", "H", "I", "J"])
        == ["一级指标", "二级指标", "考核要点", "分值", "自评分", "得分", "扣分说明"])
    // C1 on row 4 … C23 on row 26: 分值 from the effective rubric, 自评分 and 得分 empty.
    #expect(book.cellValue(sheet: "评价标准", reference: "A4") == "A1. 管理共进（10分）")
    #expect(book.cellValue(sheet: "评价标准", reference: "G16") == "6")  // C13 raised to 6
    #expect(book.cellValue(sheet: "评价标准", reference: "G18") == "3")  // C15 lowered to 3
    for row in 4...26 {
      #expect(book.cellValue(sheet: "评价标准", reference: "H\(row)") == nil)
      #expect(book.cellValue(sheet: "评价标准", reference: "I\(row)") == nil)
    }
    let merges = book.mergedRanges(sheet: "评价标准")
    #expect(merges.contains { $0.hasPrefix("A4:") })  // 一级指标 A1 merged over C1–C3
    #expect(book.sharedStrings.contains { $0.contains("交流教师比例每学年不得低于20%") })
  }

  @Test func tomlExportReadsBackAsTheEffectiveRubric() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let root = try Self.input(scratch, city: "name = \"试行细则2025\"\n[C5]\nratio_target = 0.25\n")
    let out = scratch.path("rubric.toml")
    try RubricCommand.run(input: root, year: 2025, county: "县A", out: out)
    let data = try Data(contentsOf: URL(fileURLWithPath: out))
    let effective = try #require(RubricSource(root: root).rubric(county: "县A", year: 2025).value)
    let reread = RubricFile.apply(data, file: "rubric.toml", to: .suizhouTrial)
    #expect(reread.value == effective)
    #expect(reread.value?.digest == effective.digest)
  }

  @Test func anInvalidRubricIsAUsageError() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let root = try Self.input(scratch, city: "[C13]\npoints = 6\n")
    #expect(throws: UsageError.self) {
      try RubricCommand.run(input: root, year: 2025, county: nil, out: scratch.path("x.xlsx"))
    }
    #expect(!FileManager.default.fileExists(atPath: scratch.path("x.xlsx")))
  }

  @Test func initWritesATemplateThatPassesCheckOnceItsFilesExist() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let root = try Self.input(scratch)
    let folder = root + "/县A/a-01"
    let path = try InitCommand.run(folder: folder, year: 2025, type: .cooperative, schools: 3, input: root)
    #expect(path == folder + "/2025.toml")
    // Refuses to overwrite.
    #expect(throws: UsageError.self) {
      try InitCommand.run(folder: folder, year: 2025, type: .cooperative, schools: 3, input: root)
    }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for match in text.matches(of: /"(evidence\/[^"]+)"/) {
      let file = folder + "/" + match.1
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data("x".utf8).write(to: URL(fileURLWithPath: file))
    }
    let check = try CheckCommand.run(path: folder, jobs: 1)
    #expect(check.failed == 0, "\(check.problems)")
    #expect(!check.problems.contains { $0.message.hasPrefix("证据缺失") })
  }
}
