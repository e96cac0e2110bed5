import Foundation
import TestSupport
import Testing

@testable import JLTCore
@testable import JLTWorkbook

/// `全市汇总.xlsx`: one city ranking, reward candidates, yellow cards and replacements.
@Suite struct CitySummaryTests {
  typealias F = WorkbookFixture

  static var reports: [CountyReport] {
    // 随县: 95 (优秀), 69, 42 (不合格 twice → replacement).
    let sx = F.report(
      county: "随县",
      [
        F.alliance(county: "随县", id: "sx-01", name: "随县一教联体", scores: ["C21": 0, "C22": 0, "C23": 0, "C5": 5]),
        F.alliance(
          county: "随县", id: "sx-02", name: "随县二教联体",
          scores: [
            "C21": 0, "C22": 0, "C23": 0, "C5": 0, "C6": 0, "C7": 0, "C8": 0, "C9": 0, "C10": 4, "C20": 10, "C1": 5,
            "C15": 0,
          ]),
        F.alliance(
          county: "随县", id: "sx-03", name: "随县三教联体",
          scores: [
            "C21": 0, "C22": 0, "C23": 0, "C5": 0, "C6": 0, "C7": 0, "C8": 0, "C9": 0, "C13": 0, "C14": 0, "C15": 0,
            "C16": 0, "C17": 0, "C18": 0,
          ],
          previous: .scored(PreviousResult(year: 2023, total: 55, rank: 3, grade: "不合格"))),
      ])
    // 广水市: 95 (ties 随县's 95; 广 sorts before 随), 42 (first 不合格 → yellow card).
    let gs = F.report(
      county: "广水市",
      [
        F.alliance(county: "广水市", id: "gs-01", name: "广水一教联体", scores: ["C21": 0, "C22": 0, "C23": 0, "C5": 5]),
        F.alliance(
          county: "广水市", id: "gs-02", name: "广水二教联体",
          scores: [
            "C21": 0, "C22": 0, "C23": 0, "C5": 0, "C6": 0, "C7": 0, "C8": 0, "C9": 0, "C13": 0, "C14": 0, "C15": 0,
            "C16": 0, "C17": 0, "C18": 0,
          ],
          previous: .scored(PreviousResult(year: 2023, total: 70, rank: 1, grade: "合格"))),
      ])
    return [sx, gs]
  }

  @Test func cityRankingOrderAndRanks() {
    let entries = CitySummary(Self.reports, year: 2024).entries
    #expect(entries.map(\.alliance.id) == ["gs-01", "sx-01", "sx-02", "gs-02", "sx-03"])
    #expect(entries.map(\.cityRank) == [1, 1, 3, 4, 4])
    #expect(entries.map(\.alliance.total) == [95, 95, 69, 42, 42])
  }

  @Test func summaryWorkbook() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let path = directory.path("全市汇总.xlsx")
    try CitySummaryWorkbook.write(CitySummary(Self.reports, year: 2024), to: path)
    let archive = try XLSXArchive(path: path)
    #expect(archive.sheetNames == ["全市排名", "奖补候选", "亮黄牌及调整", "成员校通报", "重点关注"])

    let ranking = "全市排名"
    #expect(archive.cellValue(sheet: ranking, reference: "A1") == "随州市 2024学年 教联体建设考核评价全市排名")
    #expect(
      archive.rowValues(sheet: ranking, row: 3, columns: workbookColumnLetters(15)) == [
        "全市排名", "县（市、区）", "县内排名", "教联体", "类型", "核心校/牵头校", "管理共进", "师资共育", "资源共享", "整体提升",
        "社会评价", "加分项", "总分", "等次", "结果运用",
      ])
    #expect(
      archive.rowValues(sheet: ranking, row: 4, columns: ["A", "B", "C", "D", "M", "N", "O"])
        == ["1", "广水市", "1", "广水一教联体", "95", "优秀", Consequence.reward.label])
    #expect(archive.rowValues(sheet: ranking, row: 5, columns: ["A", "B", "D"]) == ["1", "随县", "随县一教联体"])
    #expect(
      archive.rowValues(sheet: ranking, row: 7, columns: ["A", "B", "C", "N", "O"])
        == ["4", "广水市", "2", "不合格", Consequence.yellowCard.label])
    #expect(
      archive.rowValues(sheet: ranking, row: 8, columns: ["A", "B", "O"]) == ["4", "随县", Consequence.replacement.label])

    let reward = "奖补候选"
    #expect(
      archive.rowValues(sheet: reward, row: 2, columns: ["A", "B", "C", "D", "E", "F", "G"])
        == ["序号", "县（市、区）", "教联体", "核心校/牵头校", "全市排名", "总分", "等次"])
    #expect(
      archive.rowValues(sheet: reward, row: 3, columns: ["B", "C", "D", "F", "G"]) == [
        "广水市", "广水一教联体", "实验小学", "95", "优秀",
      ])
    #expect(archive.rowValues(sheet: reward, row: 4, columns: ["B", "C"]) == ["随县", "随县一教联体"])
    #expect(archive.cellValue(sheet: reward, reference: "A5") == nil)

    let cards = "亮黄牌及调整"
    #expect(archive.rowValues(sheet: cards, row: 2, columns: ["H", "I", "J"]) == ["上年总分", "上年等次", "结果运用"])
    #expect(
      archive.rowValues(sheet: cards, row: 3, columns: ["B", "C", "F", "H", "I", "J"])
        == ["广水市", "广水二教联体", "42", "70", "合格", Consequence.yellowCard.label])
    #expect(
      archive.rowValues(sheet: cards, row: 4, columns: ["B", "C", "H", "I", "J"])
        == ["随县", "随县三教联体", "55", "不合格", Consequence.replacement.label])
  }

  @Test func emptyListsSayNone() throws {
    let directory = try Scratch()
    defer { directory.remove() }
    let path = directory.path("全市汇总.xlsx")
    let plain = [
      F.report(
        county: "甲",
        [
          F.alliance(
            county: "甲", id: "a", name: "甲一", scores: ["C5": 0, "C6": 0, "C7": 0, "C21": 0, "C22": 0, "C23": 0])
        ]),
      F.report(
        county: "乙",
        [
          F.alliance(
            county: "乙", id: "b", name: "乙一", scores: ["C5": 0, "C6": 0, "C7": 0, "C21": 0, "C22": 0, "C23": 0])
        ]),
    ]
    try CitySummaryWorkbook.write(CitySummary(plain, year: 2024), to: path)
    let archive = try XLSXArchive(path: path)
    #expect(archive.cellValue(sheet: "奖补候选", reference: "A3") == "无")
    #expect(archive.cellValue(sheet: "亮黄牌及调整", reference: "A3") == "无")
  }
}
