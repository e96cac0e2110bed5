import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// SPEC §2: 1,000 entries in one list — arrays of tables (`[[C21.report]]`) and a school's
/// `tags` count as lists too. (Plain lists, schools, strings and file size: DecoderErrorTests.)
@Suite("输入上限（表的数组）")
struct TableArrayLimitTests {
  typealias B = ManifestBuilder

  /// The full manifest with `count` more `[[C21.report]]` entries (it has one already).
  static func withReports(_ count: Int) -> B {
    B.full.appending(
      String(repeating: "\n[[C21.report]]\nlevel = \"市级\"\nevidence = \"paper:报道\"\n", count: count))
  }

  @Test func thousandReports() {
    let d = Fixture.decode(Self.withReports(999))
    #expect(d.problems.isEmpty, "\(d.problems.prefix(3))")
    #expect(d.value != nil)
  }

  @Test func thousandAndOneReports() throws {
    let d = Fixture.decode(Self.withReports(1000))
    #expect(d.value == nil)
    let e = try #require(d.errors.first)
    #expect(d.errors.count == 1)
    #expect(e.message == "C21.report 的条目过多（1001 条），上限为 1000")
  }

  @Test func thousandAndOneTags() throws {
    let tags = B.list(Array(repeating: "城区", count: 1001))
    let d = Fixture.decode(B.full.settingSchool(0, "tags", tags))
    #expect(d.value == nil)
    #expect(d.errors.first?.message.contains("条目过多（1001 条），上限为 1000") == true)
    let ok = Fixture.decode(B.full.settingSchool(0, "tags", B.list(Array(repeating: "城区", count: 1000))))
    #expect(!ok.errors.contains { $0.message.contains("条目过多") })
  }
}
