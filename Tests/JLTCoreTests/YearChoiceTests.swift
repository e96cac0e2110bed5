import Testing

@testable import JLTCore

/// The default year (SPEC §1): the latest year at least half of the folders have a manifest for.
@Suite("默认学年")
struct YearChoiceTests {
  @Test func oneEarlyManifestDoesNotDecide() throws {
    let folders = Array(repeating: [2023, 2024], count: 12) + [[2023, 2024, 2025]]
    let choice = try #require(YearChoice(folders: folders))
    #expect(choice.year == 2024)
    #expect(choice.notes == ["2025 学年已有 1 份证据清单（未过半数），本次评分 2024 学年；可用 --year 2025 评分"])
  }

  @Test func halfIsEnough() throws {
    #expect(YearChoice(folders: [[2024, 2025], [2024, 2025], [2024], [2024]])?.year == 2025)
    #expect(YearChoice(folders: [[2024, 2025], [2024], [2024], [2024]])?.year == 2024)
    #expect(YearChoice(folders: [[2024, 2025], [2024, 2025], [2024], [2024]])?.notes == [])
  }

  @Test func withoutAYearOfHalfTheLargestIsTaken() throws {
    let choice = try #require(YearChoice(folders: [[2022], [2023], [2024], []]))
    #expect(choice.year == 2024)
    #expect(choice.notes.isEmpty)
  }

  @Test func severalLaterYearsAreEachNamed() throws {
    let choice = try #require(YearChoice(folders: [[2024], [2024], [2024], [2024, 2025, 2026], [2024, 2026]]))
    #expect(choice.year == 2024)
    #expect(choice.laterYears.map(\.year) == [2025, 2026])
    #expect(choice.laterYears.map(\.manifests) == [1, 2])
    // 2026: 2 of 4 is half: it is chosen.
    #expect(YearChoice(folders: [[2024], [2024, 2026], [2024, 2025, 2026], [2024]])?.year == 2026)
  }

  @Test func noManifestNoYear() {
    #expect(YearChoice(folders: [[], []]) == nil)
  }
}
