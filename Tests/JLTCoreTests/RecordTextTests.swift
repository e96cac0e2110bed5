import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// The text of a published record (SPEC §9), without disk: what is written reads back as the
/// same value, the digest catches an edit of one character, the bytes depend only on the input
/// and the date, and every record that cannot be trusted is refused with a message naming it.
@Suite("定稿文件的文本")
struct RecordTextTests {
  static let file = "测试县/定稿-2024.json"
  static let chapter = "evidence/2024/章程.pdf"

  /// Two alliances: z-02 87.45 (优秀, rank 1) and z-01 66.35 (合格, rank 2, C10 1.35) with a
  /// present file, a missing one and a paper record cited twice (once by the baseline).
  static func report() throws -> CountyReport {
    var z1 = try RecordFixture.outcome("z-01", "66.35", c10: "1.35")
    z1.score?.evidence = [
      EvidenceEntry(ref: chapter, keys: ["C1.charter"], kind: .present, status: .present, bytes: 48213),
      EvidenceEntry(ref: "evidence/缺.pdf", keys: ["C2.annual_plan"], kind: .absent, status: .missing, bytes: nil),
      EvidenceEntry(
        ref: "paper:C2/规划", keys: ["C2.development_plan", "baseline.C16.evidence"], kind: .paper, status: nil,
        bytes: nil),
    ]
    return RecordFixture.report(2024, [z1, try RecordFixture.outcome("z-02", "87.45")])
  }

  static let revision = PublishedRecord.Publication(version: 2, date: "2024-10-08", by: "测试县教育局", reason: "复核：补交记录")
  static let earlier = PublishedRecord.Version(
    published: RecordFixture.publication,
    alliances: [
      .init(id: "z-01", total: dec("60.1"), grade: "合格", rank: 2, indicators: [("C1", 5), ("C10", dec("0.1"))])
    ])
  static let chapterSHA = String(repeating: "ab", count: 32)

  static func hashes(_ report: CountyReport) -> [String: RecordText.Hashes] {
    var h = RecordFixture.hashes(report)
    h["z-01"]?.evidence = [chapter: chapterSHA]
    h["z-02"]?.baseline = nil
    return h
  }

  static func text() throws -> String {
    let r = try report()
    return RecordText.render(r, publication: revision, hashes: hashes(r), history: [earlier])
  }

  static func read(_ text: String, county: String = "测试县", year: Int = 2024) -> Decoded<PublishedRecord> {
    RecordReader.read(Data(text.utf8), file: file, county: county, year: year)
  }

  @Test func writtenThenReadGivesTheSameRecord() throws {
    let r = try Self.report()
    let read = Self.read(try Self.text())
    #expect(read.problems == [])
    let record = try #require(read.value)
    // Expected: exactly what went in. z-02 first (rank 1); each present file with its digest,
    // absent and paper entries with neither bytes nor digest; z-02 without a baseline.
    let z1 = try RecordFixture.alliance(r, "z-01").score
    let z2 = try RecordFixture.alliance(r, "z-02").score
    func figures(_ s: AllianceScore, rank: Int) -> PublishedRecord.Figures {
      .init(id: s.id, total: s.total, grade: s.grade, rank: rank, indicators: s.indicators.map { ($0.code, $0.score) })
    }
    let expected = PublishedRecord(
      county: "测试县", year: 2024, published: Self.revision, rubric: (Rubric.suizhouTrial.name, r.rubricDigest),
      alliances: [
        .init(
          figures: figures(z2, rank: 1), name: "测试县z-02教联体", groups: z2.groups,
          evidence: z2.evidence.map {
            .init(ref: $0.ref, keys: $0.keys, status: $0.kind, bytes: $0.bytes, sha256: nil)
          },
          manifest: .init(file: "测试县/z-02/2024.toml", sha256: String(repeating: "1", count: 64)), baseline: nil),
        .init(
          figures: figures(z1, rank: 2), name: "测试县z-01教联体", groups: z1.groups,
          evidence: [
            .init(ref: Self.chapter, keys: ["C1.charter"], status: .present, bytes: 48213, sha256: Self.chapterSHA),
            .init(ref: "evidence/缺.pdf", keys: ["C2.annual_plan"], status: .absent, bytes: nil, sha256: nil),
            .init(
              ref: "paper:C2/规划", keys: ["C2.development_plan", "baseline.C16.evidence"], status: .paper, bytes: nil,
              sha256: nil),
          ],
          manifest: .init(file: "测试县/z-01/2024.toml", sha256: String(repeating: "1", count: 64)),
          baseline: .init(file: "测试县/z-01/baseline.toml", sha256: String(repeating: "2", count: 64))),
      ],
      history: [Self.earlier])
    #expect(record == expected)
    // Decimals come back exactly (66.35 is not a binary fraction).
    #expect(record.alliance("z-01")?.figures.total == dec("66.35"))
    #expect(record.alliance("z-01")?.figures.indicator("C10") == dec("1.35"))
    #expect(record.alliance("z-02")?.figures.total == dec("87.45"))
  }

  /// The members in SPEC §9's order, the digest last.
  @Test func membersInTheOrderOfTheSpecification() throws {
    let text = try Self.text()
    let order = ["\"county\"", "\"year\"", "\"published\"", "\"rubric\"", "\"alliances\"", "\"history\"", "\"digest\""]
    let positions = order.compactMap { text.range(of: "\n  \($0): ")?.lowerBound }
    #expect(positions.count == order.count)
    #expect(positions == positions.sorted())
    #expect(text.hasSuffix("\"\n}\n"))
    let z1 = try #require(text.range(of: "\"id\": \"z-01\""))
    let tail = text[z1.lowerBound...]
    let keys = ["\"evidence\"", "\"previous\"", "\"cycle\"", "\"consequence\"", "\"manifest\"", "\"baseline\""]
    let at = keys.compactMap { tail.range(of: $0)?.lowerBound }
    #expect(at.count == keys.count)
    #expect(at == at.sorted())
  }

  /// The digest is SHA-256 of the text without its `digest` member: removed here line by line,
  /// and hashed by the same routine, checked against the known digest of "abc".
  @Test func digestIsTheHashOfTheTextWithoutIt() throws {
    #expect(RecordText.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let text = try Self.text()
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // … "history": [ … ],   "digest": "…",   "}",   ""
    let digestLine = lines[lines.count - 3]
    #expect(digestLine.hasPrefix("  \"digest\": \""))
    let stated = String(digestLine.dropFirst("  \"digest\": \"".count).dropLast())
    lines.remove(at: lines.count - 3)
    lines[lines.count - 3].removeLast()  // the comma after history
    #expect(RecordText.sha256(lines.joined(separator: "\n")) == stated)
    #expect(RecordText.isIntact(text))
  }

  @Test(arguments: [
    ("\"total\": 66.35", "\"total\": 66.36"),
    ("\"by\": \"测试县教育局\"", "\"by\": \"测试县教育厅\""),
    ("\"rank\": 2", "\"rank\": 1"),
    ("\"bytes\": 48213", "\"bytes\": 48214"),
  ])
  func oneCharacterEditedByHandIsRefused(from: String, to: String) throws {
    let text = try Self.text()
    #expect(text.contains(from))
    let edited = text.replacingOccurrences(of: from, with: to)
    #expect(edited.count == text.count)
    #expect(!RecordText.isIntact(edited))
    let read = Self.read(edited)
    #expect(read.value == nil)
    #expect(read.problems == [.error("定稿文件 \(Self.file) 不可用：定稿文件被改动（摘要与内容不符）", file: Self.file)])
    // `verify` still reads it, to compare the files it names.
    let unchecked = RecordReader.read(
      Data(edited.utf8), file: Self.file, county: "测试县", year: 2024, checkingDigest: false)
    #expect(unchecked.value != nil)
  }

  @Test func editOfTheDigestItselfIsRefused() throws {
    let text = try Self.text()
    let last = try #require(text.dropLast(4).last)
    let edited = String(text.dropLast(5)) + (last == "0" ? "1" : "0") + "\"\n}\n"
    #expect(edited.count == text.count)
    #expect(Self.read(edited).value == nil)
  }

  @Test func sameInputAndDateGiveTheSameBytes() throws {
    let a = try Self.text()
    let b = try Self.text()
    #expect(a == b)
    let r = try Self.report()
    var later = Self.revision
    later.date = "2024-10-09"
    let other = RecordText.render(r, publication: later, hashes: Self.hashes(r), history: [Self.earlier])
    #expect(other != a)
    #expect(other.replacingOccurrences(of: "2024-10-09", with: "2024-10-08").dropLast(68) == a.dropLast(68))
  }

  static var refusals: [(name: String, bytes: (String) -> Data, county: String, year: Int, why: String)] {
    [
      ("截断", { Data($0.utf8.prefix($0.utf8.count / 2)) }, "测试县", 2024, "不是完整的定稿 JSON（可能被截断或改动过）"),
      ("缺结尾", { Data($0.utf8.dropLast(3)) }, "测试县", 2024, "不是完整的定稿 JSON（可能被截断或改动过）"),
      ("非 JSON", { _ in Data("定稿\n".utf8) }, "测试县", 2024, "不是完整的定稿 JSON（可能被截断或改动过）"),
      ("别的 JSON", { _ in Data(#"{"county": "测试县", "year": 2024}"#.utf8) }, "测试县", 2024, "不是完整的定稿 JSON（可能被截断或改动过）"),
      ("非 UTF-8", { _ in Data([0x7B, 0xFF, 0xFE, 0x7D]) }, "测试县", 2024, "不是 UTF-8 文本"),
      ("别县", { Data($0.utf8) }, "乙县", 2024, "其中的县（市、区）为“测试县”，与所在文件夹“乙县”不符"),
      ("别年", { Data($0.utf8) }, "测试县", 2025, "其中的学年为 2024，与文件名的 2025 不符"),
    ]
  }

  @Test(arguments: 0..<7)
  func untrustedRecordIsRefusedNamingTheFile(index: Int) throws {
    let c = Self.refusals[index]
    let read = RecordReader.read(c.bytes(try Self.text()), file: Self.file, county: c.county, year: c.year)
    #expect(read.value == nil, "\(c.name)")
    #expect(read.problems == [.error("定稿文件 \(Self.file) 不可用：\(c.why)", file: Self.file)], "\(c.name)")
  }

  @Test func fileNames() {
    #expect(PublishedRecord.fileName(year: 2024) == "定稿-2024.json")
    #expect(PublishedRecord.year(ofFileName: "定稿-2024.json") == 2024)
    for name in ["定稿-24.json", "定稿-2024.json.bak", "定稿-２０２４.json", "2024.json"] {
      #expect(PublishedRecord.year(ofFileName: name) == nil, "\(name)")
    }
    #expect(RecordFixture.publication.label == "已定稿（第1版，2024-09-15，测试县教育局）")
  }

  /// Every score with at most two decimals from 0 to 110 is read back exactly (a reader going
  /// through binary floating point would turn some of them into 0.07000000000000001 and
  /// warn that the folders differ from the record).
  @Test func everyTwoDecimalScoreReadsBackExactly() throws {
    let values = (0...11000).map { Decimal($0) / 100 }
    let indicators = values.enumerated().map { "\"C\($0.offset + 1)\": \($0.element.scoreText)" }
    let json =
      #"{"alliances": [{"id": "a", "rank": 1, "total": 1, "grade": "合格", "indicators": {"#
      + indicators.joined(separator: ", ") + "}}]}"
    let read = try #require(ChangeList.figures(ofEarlierJSON: Data(json.utf8))?.first)
    #expect(read.indicators.count == values.count)
    let wrong = zip(read.indicators, values).filter { $0.0.score != $0.1 }.map { "\($0.0.code) \($0.0.score)" }
    #expect(wrong.isEmpty, "\(wrong.prefix(5))")
  }
}
