import Foundation
import TestSupport
import Testing

@testable import JLTBatch
@testable import JLTCore

/// `jlt rubric` (the blank standard table and the rubric export) and `jlt init`.
@Suite struct RubricCommandTests {
  static func rubrics(_ root: String) throws -> RubricInput { try RubricInput(given: root) }

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
    try RubricCommand.run(input: Self.rubrics(root), year: 2025, county: nil, out: out, force: false)
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
    try RubricCommand.run(input: Self.rubrics(root), year: 2025, county: "县A", out: out, force: false)
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
      try RubricCommand.run(
        input: Self.rubrics(root), year: 2025, county: nil, out: scratch.path("x.xlsx"), force: false)
    }
    #expect(!FileManager.default.fileExists(atPath: scratch.path("x.xlsx")))
  }

  /// Defect 6: `rubric --out x.pdf` wrote an XLSX named .pdf, and an existing file was overwritten.
  @Test func outMustBeXlsxOrTomlAndIsNotOverwrittenWithoutForce() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let root = try Self.input(scratch)
    let pdf = scratch.path("自评表.pdf")
    let error = try #require(throws: UsageError.self) {
      try RubricCommand.run(input: Self.rubrics(root), year: 2025, county: nil, out: pdf, force: false)
    }
    #expect(error.message.contains(".xlsx") && error.message.contains(".toml"))
    #expect(!FileManager.default.fileExists(atPath: pdf))
    let out = scratch.path("自评表.xlsx")
    try Data("旧".utf8).write(to: URL(fileURLWithPath: out))
    let refused = try #require(throws: UsageError.self) {
      try RubricCommand.run(input: Self.rubrics(root), year: 2025, county: nil, out: out, force: false)
    }
    #expect(refused.message.contains("--force"))
    #expect(try String(contentsOfFile: out, encoding: .utf8) == "旧")
    try RubricCommand.run(input: Self.rubrics(root), year: 2025, county: nil, out: out, force: true)
    #expect(try XLSXArchive(path: out).sheetNames == ["评价标准"])
  }

  /// Defect 5: a wrong `--input` silently used the built-in rubric.
  @Test func aMissingInputIsAUsageErrorAndAMissingDefaultIsSaid() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    #expect(throws: UsageError.self) { try RubricInput(given: scratch.path("没有")) }
    let missingDefault = try RubricInput(given: nil, defaultFolder: scratch.path("input"))
    #expect(missingDefault.note?.contains("使用内置的评分细则") == true)
    let root = try Self.input(scratch)
    #expect(try RubricInput(given: root).note == nil)
  }

  /// Defect 6: `init --year 99` wrote a `99.toml` nobody reads.
  @Test(arguments: [99, 202, 20250]) func initTakesAFourDigitYear(year: Int) throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let root = try Self.input(scratch)
    #expect(throws: UsageError.self) {
      try InitCommand.run(folder: root + "/县A/a-01", year: year, type: .fused, schools: 2, input: Self.rubrics(root))
    }
    #expect(!FileManager.default.fileExists(atPath: root + "/县A/a-01/\(year).toml"))
  }

  /// Defect 2: an unfilled template passed `check` and was scored. Now every placeholder is an
  /// error with its line; once filled in (and its evidence files exist) it passes.
  @Test func initWritesATemplateThatPassesCheckOnlyOnceFilledIn() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let root = try Self.input(scratch)
    let folder = root + "/县A/a-01"
    let paths = try InitCommand.run(
      folder: folder, year: 2025, type: .cooperative, schools: 3, input: Self.rubrics(root))
    #expect(paths == [folder + "/2025.toml", folder + "/baseline.toml"])
    // Refuses to overwrite.
    #expect(throws: UsageError.self) {
      try InitCommand.run(folder: folder, year: 2025, type: .cooperative, schools: 3, input: Self.rubrics(root))
    }
    let path = folder + "/2025.toml"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    let baselineText = try String(contentsOfFile: folder + "/baseline.toml", encoding: .utf8)
    for match in (text + baselineText).matches(of: /"(evidence\/[^"]+)"/) {
      let file = folder + "/" + match.1
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data("x".utf8).write(to: URL(fileURLWithPath: file))
    }
    let unfilled = try CheckCommand.run(path: folder, jobs: 1)
    #expect(unfilled.failed == 1)
    let placeholders = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .filter { !$0.element.hasPrefix("#") && $0.element.contains("（请填写") }.map { $0.offset + 1 }
    let manifestErrors = unfilled.problems.filter { $0.severity == .error && $0.file.hasSuffix("2025.toml") }
    #expect(placeholders.count >= 8)  // names, headcounts, surveys, counts, money
    #expect(Set(manifestErrors.compactMap(\.line)) == Set(placeholders))
    #expect(manifestErrors.allSatisfy { $0.line != nil })
    #expect(manifestErrors.allSatisfy { $0.message.contains("尚未填写") })
    let baselineErrors = unfilled.problems.filter { $0.file.hasSuffix("baseline.toml") }
    #expect(baselineErrors.count == 9 && baselineErrors.allSatisfy { $0.line != nil })

    // Filled in: each name from its placeholder (so that lists of names still match), every number 2.
    text = text.replacing(/"（请填写([^"]*)）"/) { match in
      match.1.hasSuffix("名称") ? "\"\(match.1.dropLast(2))\"" : "2"
    }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let baseline = try String(contentsOfFile: folder + "/baseline.toml", encoding: .utf8)
      .replacing(/"（请填写[^"]*"/) { _ in "0" }
    try Data(baseline.utf8).write(to: URL(fileURLWithPath: folder + "/baseline.toml"))
    let check = try CheckCommand.run(path: folder, jobs: 1)
    #expect(check.failed == 0, "\(check.problems)")
    #expect(!check.problems.contains { $0.message.hasPrefix("证据缺失") })
  }
}
