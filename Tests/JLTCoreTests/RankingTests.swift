import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// Ranking within a county (SPEC §3): highest total first; equal totals share a rank and the next
/// rank skips (1, 2, 2, 4); equal totals are listed by id in Unicode code-point order.
@Suite("排名")
struct RankingTests {
  static func alliance(_ id: String, _ total: String) throws -> AllianceScore {
    var s = try Fixture.score(.full)
    s.id = id
    s.total = dec(total)
    s.grade = Rubric.suizhouTrial.grade(for: s.total)
    return s
  }

  struct Entry {
    var rank: Int
    var id: String
    init(_ pair: (rank: Int, item: AllianceScore)) {
      rank = pair.rank
      id = pair.item.id
    }
  }

  static func ranked(_ scores: [AllianceScore]) -> [Entry] { Ranking.ranked(scores).map(Entry.init) }

  @Test func competitionRanks() throws {
    let input = [
      try Self.alliance("d", "70"), try Self.alliance("b", "80"), try Self.alliance("a", "90"),
      try Self.alliance("c", "80"),
    ]
    let ranked = Self.ranked(input)
    #expect(ranked.map(\.id) == ["a", "b", "c", "d"])
    #expect(ranked.map(\.rank) == [1, 2, 2, 4])
  }

  @Test func threeWayTieThenNext() throws {
    let ranked = Self.ranked([
      try Self.alliance("x", "60"), try Self.alliance("w", "80.95"), try Self.alliance("v", "80.95"),
      try Self.alliance("u", "80.95"), try Self.alliance("t", "93.59"),
    ])
    #expect(ranked.map(\.id) == ["t", "u", "v", "w", "x"])
    #expect(ranked.map(\.rank) == [1, 2, 2, 2, 5])
  }

  @Test func tiesUseTwoDecimalTotals() throws {
    let ranked = Self.ranked([try Self.alliance("b", "80.95"), try Self.alliance("a", "80.96")])
    #expect(ranked.map(\.rank) == [1, 2])  // 80.96 > 80.95: no tie
    #expect(ranked.map(\.id) == ["a", "b"])
  }

  @Test func tiesOrderedByCodePoint() throws {
    // "Z" (U+005A) < "a" (U+0061) < "zd-01" < "曾都-01" (U+66FE); equal totals.
    let ids = ["曾都-01", "a", "zd-01", "Z"]
    let ranked = Self.ranked(try ids.map { try Self.alliance($0, "75") })
    #expect(ranked.map(\.id) == ["Z", "a", "zd-01", "曾都-01"])
    #expect(ranked.allSatisfy { $0.rank == 1 })
  }

  @Test func tiesOrderedByCodePointNotSwiftStringOrder() throws {
    // "e\u{301}" (e + combining acute) and "\u{E9}" (é) are equal as Swift Strings, but their
    // code points order "e\u{301}" (U+0065 …) before "\u{E9}". U+FFFF sorts before U+10000 by
    // code point (UTF-16 order would put U+10000's surrogate D800 first).
    let ids = ["\u{10000}", "\u{E9}", "\u{FFFF}", "e\u{301}"]
    let ranked = Self.ranked(try ids.map { try Self.alliance($0, "70") })
    #expect(ranked.map { Array($0.id.unicodeScalars).map(\.value) } == [[0x65, 0x301], [0xE9], [0xFFFF], [0x10000]])
  }

  @Test func inputOrderDoesNotMatter() throws {
    let a = [
      try Self.alliance("a-2", "88"), try Self.alliance("a-10", "88"), try Self.alliance("b", "99"),
      try Self.alliance("a-1", "60"),
    ]
    let forward = Self.ranked(a)
    let backward = Self.ranked(a.reversed())
    #expect(forward.map(\.id) == backward.map(\.id))
    #expect(forward.map(\.id) == ["b", "a-10", "a-2", "a-1"])  // "a-1" "0" < "a-2" by code point
    #expect(forward.map(\.rank) == [1, 2, 2, 4])
  }

  @Test func emptyAndSingle() throws {
    #expect(Self.ranked([]).isEmpty)
    #expect(Self.ranked([try Self.alliance("a", "0")]).map(\.rank) == [1])
  }

  // MARK: code point order

  @Test(arguments: [
    ("Z", "a", true), ("a", "Z", false), ("a", "a", false), ("a", "ab", true), ("ab", "a", false),
    ("", "a", true), ("a", "", false), ("zd-02", "zd-04", true), ("z", "曾", true), ("曾", "z", false),
    ("e\u{301}", "\u{E9}", true), ("\u{E9}", "e\u{301}", false), ("\u{FFFF}", "\u{10000}", true),
    ("随县", "曾都区", false),  // 随 U+968F > 曾 U+66FE
  ])
  func codePointLess(a: String, b: String, less: Bool) {
    let expected = a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    #expect(a.codePointLess(than: b) == expected)
    #expect(expected == less)
  }
}
