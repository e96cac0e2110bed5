import Testing

@testable import JLTCore

/// PathTable keys paths by their UTF-8 bytes (PathTable.swift).
@Suite struct PathTableTests {
  @Test func storesAndFindsPaths() {
    var t: PathTable<Int> = ["evidence/2024/章程.pdf": 1, "a.pdf": 2]
    #expect(t["evidence/2024/章程.pdf"] == 1)
    #expect(t["a.pdf"] == 2)
    #expect(t["b.pdf"] == nil)
    t["b.pdf"] = 3
    t["a.pdf"] = nil
    #expect(t.count == 2 && t["a.pdf"] == nil && t["b.pdf"] == 3)
    // a key built piece by piece (another storage) is the same key
    let built = ["evidence", "2024", "章程.pdf"].joined(separator: "/")
    #expect(t[built] == 1)
    #expect(t["evidence/2024/章程.pdf "] == nil)
    #expect(PathTable<Int>().isEmpty)
  }

  @Test func twoSpellingsOfOneLetterAreTwoFiles() {
    // On Linux "é" (U+00E9) and "e" + U+0301 name two different files.
    let composed = "evidence/caf\u{E9}.pdf"
    let decomposed = "evidence/cafe\u{301}.pdf"
    #expect(composed == decomposed)  // Swift's String equality is canonical
    var t: PathTable<String> = [:]
    t[composed] = "composed"
    t[decomposed] = "decomposed"
    #expect(t.count == 2 && t[composed] == "composed" && t[decomposed] == "decomposed")
  }

  @Test func equalTablesCompareEqual() {
    let a: PathTable<Int> = ["x": 1, "章程": 2]
    var b: PathTable<Int> = [:]
    b["章程"] = 2
    b["x"] = 1
    #expect(a == b)
    b["x"] = 3
    #expect(a != b)
    #expect(Set(a.entries.map(\.path)) == ["x", "章程"])
  }
}
