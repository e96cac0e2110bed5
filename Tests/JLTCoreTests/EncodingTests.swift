import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// SPEC §2 Encoding: UTF-8 with or without BOM; UTF-16 with BOM; otherwise GB18030/GBK; CRLF is fine.
@Suite("编码")
struct EncodingTests {
  typealias B = ManifestBuilder

  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  static func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }

  static func utf16(_ text: String, littleEndian: Bool) -> Data {
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in text.utf16 {
      let lo = UInt8(unit & 0xFF)
      let hi = UInt8(unit >> 8)
      bytes += littleEndian ? [lo, hi] : [hi, lo]
    }
    return Data(bytes)
  }

  static func decode(_ data: Data, year: Int = 2024) -> Decoded<Manifest> {
    ManifestDecoder.decode(data, file: Fixture.file, alliance: "t-01", year: year)
  }

  /// The same manifest read from plain UTF-8, for comparison.
  static func expectSameAsUTF8(_ d: Decoded<Manifest>, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let plain = try #require(Fixture.decode(.full).value, sourceLocation: sourceLocation)
    #expect(d.problems.isEmpty, "\(d.problems)", sourceLocation: sourceLocation)
    let m = try #require(d.value, sourceLocation: sourceLocation)
    #expect(m.alliance == "测试教联体", sourceLocation: sourceLocation)
    #expect(m.schools.map(\.name) == plain.schools.map(\.name), sourceLocation: sourceLocation)
    #expect(m.root.values == plain.root.values, sourceLocation: sourceLocation)
    let s = Scorer.score(
      m, county: "测试县", id: "t-01", file: Fixture.file, baselineFile: Fixture.baselineFile,
      baseline: try Fixture.zeroBaseline, evidence: [:], rubric: .suizhouTrial)
    #expect(s.value?.total == 110, sourceLocation: sourceLocation)
  }

  @Test func utf8WithoutBOM() throws {
    try Self.expectSameAsUTF8(Self.decode(B.full.data))
  }

  @Test func utf8WithBOMAndCRLF() throws {
    let data = Data([0xEF, 0xBB, 0xBF]) + Data(Self.crlf(B.full.text).utf8)
    try Self.expectSameAsUTF8(Self.decode(data))
  }

  @Test func crlfKeepsLineNumbers() throws {
    let b = B.full.setting("C5", "exchanged", "-3").setting("C5", "exchanged_one_year", "0")
    let line = try #require(lineNumber(of: "exchanged = -3", in: b.text))
    let data = Data([0xEF, 0xBB, 0xBF]) + Data(Self.crlf(b.text).utf8)
    let d = Self.decode(data)
    #expect(d.value == nil)
    #expect(d.errors.map(\.line) == [line])
    #expect(d.errors.first?.message == "C5.exchanged 应为不小于0的整数，实际为 -3")
  }

  @Test func crlfSyntaxErrorLine() throws {
    let b = B.full.setting("C7", "title_rule", #""paper:未闭合"#)
    let line = lineNumber(of: "title_rule = ", in: b.text)
    let d = Self.decode(Data(Self.crlf(b.text).utf8))
    #expect(d.errors.map(\.line) == [line])
  }

  @Test func gb18030() throws {
    let data = try #require(B.full.text.data(using: Self.gb18030))
    #expect(String(data: data, encoding: .utf8) == nil)  // really not UTF-8
    try Self.expectSameAsUTF8(Self.decode(data))
  }

  @Test func gb18030WithCRLFAndErrorLine() throws {
    let b = B.full.settingSchool(1, "teachers", "12.0")
    let line = lineNumber(of: "teachers = 12.0", in: b.text)
    let data = try #require(Self.crlf(b.text).data(using: Self.gb18030))
    let d = Self.decode(data)
    let e = try #require(d.errors.first { $0.message.contains("school[2].teachers") })
    #expect(e.line == line)
  }

  @Test(arguments: [true, false])
  func utf16WithBOM(littleEndian: Bool) throws {
    try Self.expectSameAsUTF8(Self.decode(Self.utf16(B.full.text, littleEndian: littleEndian)))
  }

  @Test(arguments: [true, false])
  func utf16WithBOMAndCRLF(littleEndian: Bool) throws {
    try Self.expectSameAsUTF8(Self.decode(Self.utf16(Self.crlf(B.full.text), littleEndian: littleEndian)))
  }

  @Test func utf16ErrorLine() throws {
    let b = B.full.setting("C1", "chartr", #""paper:x""#)
    let d = Self.decode(Self.utf16(Self.crlf(b.text), littleEndian: true))
    #expect(d.errors.map(\.line) == [lineNumber(of: "chartr = ", in: b.text)])
  }

  @Test func utf16OddLengthIsAnError() {
    let data = Self.utf16(B.full.text, littleEndian: true) + Data([0x41])
    let d = Self.decode(data)
    #expect(d.value == nil)
    #expect(d.errors.count == 1)
  }

  @Test func utf16LoneSurrogateIsAnError() {
    let data = Data([0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00])  // a, lone D800, b
    #expect(TextDecoding.decode(data) == .failure(.invalidUTF16))
  }

  @Test func bomFollowedByInvalidUTF8IsAnError() throws {
    // The rest is valid GB18030, but a file with a UTF-8 BOM must be UTF-8: no fallback.
    let gb = try #require(B.full.text.data(using: Self.gb18030))
    let d = Self.decode(Data([0xEF, 0xBB, 0xBF]) + gb)
    #expect(d.value == nil)
    #expect(d.errors.count == 1)
    #expect(d.errors.first?.message.contains("UTF-8") == true)
    #expect(TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + gb) == .failure(.invalidUTF8AfterBOM))
  }

  @Test func nulByteIsAnError() throws {
    let text = B.full.text
    let line = try #require(lineNumber(of: "[C2]", in: text))
    let withNul = text.replacingOccurrences(of: "[C2]", with: "[C2]\u{0}")
    let d = Self.decode(Data(withNul.utf8))
    #expect(d.value == nil)
    #expect(d.errors.count == 1)
    #expect(d.errors.first?.message.contains("NUL") == true)
    #expect(d.errors.first?.line == line)
  }

  @Test func nulInUTF16IsAnError() {
    let data = Self.utf16("alliance = \"x\"\n\u{0}\n", littleEndian: true)
    #expect(TextDecoding.decode(data) == .failure(.nulCharacter(line: 2)))
  }

  @Test func textDecodingBasics() throws {
    #expect(TextDecoding.decode(Data()) == .success(""))
    #expect(TextDecoding.decode(Data("a = 1\n".utf8)) == .success("a = 1\n"))
    #expect(TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data("曾都区".utf8)) == .success("曾都区"))
    let gb = try #require("曾都区教联体".data(using: Self.gb18030))
    #expect(TextDecoding.decode(gb) == .success("曾都区教联体"))
    #expect(TextDecoding.decode(Self.utf16("随县", littleEndian: false)) == .success("随县"))
  }

  @Test func tooLargeBeforeDecoding() {
    #expect(TextDecoding.decode(Data(count: (1 << 20) + 1)) == .failure(.tooLarge((1 << 20) + 1)))
  }

  @Test func undecodableBytesAreAnError() throws {
    // 0xFF can start no GB18030 sequence and is never UTF-8: the file is undecodable, and must
    // not be read with replacement characters.
    let text = ManifestBuilder.full.text
    let at = try #require(text.range(of: "测试教联体"))
    let head = try #require(String(text[..<at.lowerBound]).data(using: Self.gb18030))
    let rest = try #require(String(text[at.lowerBound...]).data(using: Self.gb18030))
    let data = head + Data([0xFF, 0xFF]) + rest
    let d = Self.decode(data)
    #expect(d.value == nil, "decoded as \(d.value?.alliance ?? "")")
    #expect(d.errors.count == 1)
  }
}
