import Foundation
import TestSupport
import Testing
import XLSX

@testable import JLTWorkbook

@Suite struct SheetNamerTests {
  @Test func plainNamesAreKept() {
    #expect(SheetNamer.names(for: ["曾都区实验小学教联体", "Alliance 2"]) == ["曾都区实验小学教联体", "Alliance 2"])
  }

  @Test func forbiddenCharactersAreRemoved() {
    #expect(SheetNamer.names(for: ["a[b]:c*d?e/f\\g"]) == ["abcdefg"])
    #expect(SheetNamer.names(for: ["教联体：一[二]"]) == ["教联体：一二"])  // the full-width colon is allowed
  }

  @Test func longNamesAreCutTo31UTF16Units() {
    let long = String(repeating: "教", count: 40)
    #expect(SheetNamer.names(for: [long]) == [String(repeating: "教", count: 31)])
    // An emoji is two UTF-16 units and is never split.
    let withEmoji = String(repeating: "a", count: 30) + "😀b"
    #expect(SheetNamer.names(for: [withEmoji]) == [String(repeating: "a", count: 30)])
  }

  @Test func apostrophesAtEitherEndAreRemoved() {
    #expect(SheetNamer.names(for: ["'x'", "''y", "a'b"]) == ["x", "y", "a'b"])
    // A cut that leaves an apostrophe at the end drops it too.
    let name = String(repeating: "z", count: 30) + "'q"
    #expect(SheetNamer.names(for: [name]) == [String(repeating: "z", count: 30)])
  }

  @Test func duplicatesGetNumberedIgnoringCase() {
    #expect(SheetNamer.names(for: ["甲", "甲", "甲"]) == ["甲", "甲(2)", "甲(3)"])
    #expect(SheetNamer.names(for: ["ABC", "abc", "Abc"]) == ["ABC", "abc(2)", "Abc(3)"])
    // A literal "(2)" name already taken moves the suffix on.
    #expect(SheetNamer.names(for: ["甲(2)", "甲", "甲"]) == ["甲(2)", "甲", "甲(3)"])
    // Names equal only after cleaning are duplicates.
    #expect(SheetNamer.names(for: ["a/b", "ab"]) == ["ab", "ab(2)"])
  }

  @Test func suffixedNamesStayWithin31() {
    let long = String(repeating: "长", count: 35)
    let names = SheetNamer.names(for: [long, long, long])
    #expect(names[0] == String(repeating: "长", count: 31))
    #expect(names[1] == String(repeating: "长", count: 28) + "(2)")
    #expect(names[2] == String(repeating: "长", count: 28) + "(3)")
    #expect(names.allSatisfy { $0.utf16.count <= 31 })
  }

  @Test func fixedSheetNamesAreNeverUsed() {
    #expect(
      SheetNamer.names(for: ["排名", "同比", "问题", "说明", "HISTORY"])
        == ["排名(2)", "同比(2)", "问题(2)", "说明(2)", "HISTORY(2)"])
  }

  @Test func emptyNamesFallBackToTheId() {
    #expect(SheetNamer.names(for: ["???", "", "'"], ids: ["zd-01", "zd-02", "[]"]) == ["zd-01", "zd-02", "教联体3"])
    #expect(SheetNamer.names(for: ["", ""], ids: ["x", "X"]) == ["x", "X(2)"])
  }

  /// Every name produced is accepted by the workbook (libxlsxwriter's own checks included).
  @Test func namesAreValidWorksheetNames() throws {
    let awkward = [
      "排名", "'引号'", "a:b", String(repeating: "教", count: 40), String(repeating: "教", count: 40), "ABC", "abc",
      "???", "history", "x\u{0007}y", " 空格 ",
    ]
    let names = SheetNamer.names(for: awkward, ids: awkward.indices.map { "id-\($0)" })
    let directory = try Scratch()
    defer { directory.remove() }
    let workbook = try Workbook(
      path: directory.path("names.xlsx"),
      properties: DocumentProperties(created: Date(timeIntervalSince1970: 1_700_000_000)))
    for fixed in ["排名", "同比", "问题", "说明"] { _ = try workbook.addWorksheet(name: fixed) }
    for name in names { _ = try workbook.addWorksheet(name: name) }
    try workbook.close()
    let archive = try XLSXArchive(path: directory.path("names.xlsx"))
    #expect(archive.sheetNames == ["排名", "同比", "问题", "说明"] + names)
    #expect(names[7] == "id-7")
    #expect(names[9] == "xy")
  }
}
