import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// SPEC §1 input layout.
@Suite("输入目录")
struct InputTreeTests {
  @Test func scansTheMiniTree() throws {
    let tree = try InputTree.scan(root: Fixtures.path("mini"))
    #expect(tree.counties.map(\.name) == ["县A", "县B"])  // README.txt and notes.txt ignored
    let a = tree.counties[0]
    #expect(a.alliances.map(\.id) == ["a-01", "a-02", "a-03"])  // .hidden ignored
    #expect(a.alliances.map(\.years) == [[2023, 2024], [2024], [2023, 2024]])
    #expect(a.alliances.map(\.hasBaseline) == [true, false, false])
    #expect(a.alliances[0].county == "县A")
    #expect(tree.years == [2023, 2024])
  }

  @Test(arguments: [
    ("2024.toml", 2024), ("1999.toml", 1999),
  ])
  func manifestNames(name: String, year: Int) {
    #expect(InputTree.manifestYear(name) == year)
  }

  @Test(arguments: [
    "baseline.toml", "2024.TOML", "24.toml", "20245.toml", "2024.toml.bak", "２０２４.toml", "2024 .toml",
    "rubric-2025.toml",
    "abcd.toml", ".2024.toml",
  ])
  func notManifestNames(name: String) {
    #expect(InputTree.manifestYear(name) == nil)
  }

  @Test func onlyRegularManifestsCount() throws {
    let s = try Scratch()
    defer { s.remove() }
    try s.write("root/县/a/2023.toml", "x")
    try s.symlink("root/县/a/2024.toml", to: "2023.toml")
    try s.mkdir("root/县/a/2022.toml")
    try s.write("root/县/.b/2024.toml", "x")
    try s.write("root/.县/c/2024.toml", "x")
    try s.write("root/县/d/evidence/2021.toml", "x")  // deeper files are evidence
    let tree = try InputTree.scan(root: s.url("root"))
    #expect(tree.counties.map(\.name) == ["县"])
    #expect(tree.counties[0].alliances.map(\.id) == ["a", "d"])
    #expect(tree.counties[0].alliances.map(\.years) == [[2023], []])
  }

  @Test func alliancesInCodePointOrder() throws {
    let s = try Scratch()
    defer { s.remove() }
    for id in ["曾-1", "a", "Z", "zd-10", "zd-02"] { try s.write("root/县/\(id)/2024.toml", "x") }
    let tree = try InputTree.scan(root: s.url("root"))
    #expect(tree.counties[0].alliances.map(\.id) == ["Z", "a", "zd-02", "zd-10", "曾-1"])
  }

  @Test func missingRootThrows() {
    #expect(throws: InputError.self) { try InputTree.scan(root: "/nonexistent-jlt-root") }
  }
}
