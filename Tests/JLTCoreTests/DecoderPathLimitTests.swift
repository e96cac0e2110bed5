import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// Errors of SPEC §6 about evidence paths and input limits.
extension DecoderErrorTests {
  // MARK: evidence paths

  @Test(arguments: [
    "/etc/passwd", "\\\\server\\share\\a.pdf", "\\a.pdf", "D:\\证据\\a.pdf", "d:/a.pdf", "C:a.pdf", "../x.pdf",
    "evidence/../../x.pdf", "..\\x.pdf", "evidence\\..\\..\\x.pdf", "./../x.pdf",
  ])
  func pathLeavingTheFolder(path: String) throws {
    let b = B.full.evidence("C7", "title_rule", path)
    let e = try Self.oneError(b)
    #expect(e.message.contains("C7.title_rule"))
    #expect(e.line == lineNumber(of: "title_rule = ", in: b.text))
  }

  @Test func pathLeavingTheFolderInAList() throws {
    let b = B.full.setting("C13", "courses", B.list(["paper:a", "../../b.pdf"]))
    let e = try Self.oneError(b)
    #expect(e.message.contains("C13.courses"))
    #expect(e.line == lineNumber(of: "courses = ", in: b.text))
  }

  @Test func pathLeavingTheFolderInASchool() throws {
    let b = B.full.settingSchool(1, "culture_feature", B.q("/srv/x.jpg"))
    let e = try Self.oneError(b)
    #expect(e.message.contains("school[2].culture_feature"))
    #expect(e.line == lineNumber(of: "/srv/x.jpg", in: b.text))
  }

  @Test func dotDotStayingInsideIsFine() throws {
    let b = B.full.evidence("C7", "title_rule", "evidence/2024/../章程.pdf")
    let d = Fixture.decode(b)
    #expect(d.problems.isEmpty)
    let ref = try #require(d.value?.root[table: A2Teachers.C7.indicator.table!][A2Teachers.C7.titleRule])
    #expect(ref.target == .path("evidence/章程.pdf"))
    let s = try Fixture.score(b, evidence: ["evidence/章程.pdf": .present])
    #expect(s.indicator("C7")?.score == 5)
  }

  @Test func backslashSeparators() throws {
    let b = B.full.evidence("C7", "title_rule", "evidence\\2024\\职称.pdf")
    let d = Fixture.decode(b)
    #expect(d.problems.isEmpty)
    #expect(
      d.value?.root[table: A2Teachers.C7.indicator.table!][A2Teachers.C7.titleRule]?.target
        == .path("evidence/2024/职称.pdf"))
    #expect(try Fixture.score(b, evidence: ["evidence/2024/职称.pdf": .present]).indicator("C7")?.score == 5)
  }

  // MARK: limits

  static func withSchools(_ count: Int) -> B {
    var b = B.full
    for i in 0..<(count - 3) {
      b = b.addingSchool([#"name = "加\#(i)小""#, #"role = "成员校""#, "teachers = 1"])
    }
    return b
  }

  @Test func twoHundredSchools() {
    let d = Fixture.decode(Self.withSchools(200))
    #expect(d.problems.isEmpty)
    #expect(d.value?.schools.count == 200)
  }

  @Test func twoHundredAndOneSchools() throws {
    let e = try Self.oneError(Self.withSchools(201))
    #expect(e.message.contains("201"))
    #expect(e.message.contains("200"))
  }

  static func withMeetings(_ count: Int) -> B {
    B.full.setting("C3", "meetings_term1", B.list((1...count).map { "paper:例会/\($0)" }))
  }

  @Test func thousandListEntries() {
    let d = Fixture.decode(Self.withMeetings(1000))
    #expect(d.problems.isEmpty)
    #expect(d.value?.root[table: A1Management.C3.indicator.table!][list: A1Management.C3.meetingsTerm1].count == 1000)
  }

  @Test func thousandAndOneListEntries() throws {
    let b = Self.withMeetings(1001)
    let e = try Self.oneError(b)
    #expect(e.message.contains("C3.meetings_term1"))
    #expect(e.message.contains("1001"))
    #expect(e.line == lineNumber(of: "meetings_term1 = ", in: b.text))
  }

  @Test func thousandAndOneSchoolNames() throws {
    let b = B.full.setting("C8", "covered", B.list([B.member1, B.member2] + Array(repeating: B.member1, count: 999)))
    let e = try Self.oneError(b)
    #expect(e.line == lineNumber(of: "covered = ", in: b.text))
  }

  @Test func stringOf4096Characters() {
    let name = String(repeating: "教", count: 4096)  // 4096 characters, 12288 bytes
    let d = Fixture.decode(B.full.settingTop("alliance", B.q(name)))
    #expect(d.problems.isEmpty)
    #expect(d.value?.alliance == name)
  }

  @Test func stringOf4097Characters() throws {
    let e = try Self.oneError(B.full.settingTop("alliance", B.q(String(repeating: "教", count: 4097))))
    #expect(e.message.contains("4097"))
    #expect(e.line == 1)
  }

  @Test func evidenceStringOf4097Characters() throws {
    let b = B.full.evidence("C7", "title_rule", "paper:" + String(repeating: "x", count: 4091))
    let e = try Self.oneError(b)
    #expect(e.line == lineNumber(of: "title_rule = ", in: b.text))
    let ok = B.full.evidence("C7", "title_rule", "paper:" + String(repeating: "x", count: 4090))
    #expect(Fixture.decode(ok).problems.isEmpty)
  }

  /// The full manifest padded with comment lines to exactly `bytes` bytes.
  static func padded(to bytes: Int) -> Data {
    var text = B.full.text
    let line = "# " + String(repeating: "填", count: 300) + "\n"  // 2 + 900 + 1 = 903 bytes
    while text.utf8.count + line.utf8.count <= bytes { text += line }
    let rest = bytes - text.utf8.count
    if rest > 0 { text += "#" + String(repeating: "x", count: rest - 1) }
    return Data(text.utf8)
  }

  @Test func fileOfOneMebibyte() {
    let data = Self.padded(to: 1 << 20)
    #expect(data.count == 1_048_576)
    let d = ManifestDecoder.decode(data, file: Fixture.file, alliance: "t-01", year: 2024)
    #expect(d.problems.isEmpty)
    #expect(d.value != nil)
  }

  @Test func fileOfOneMebibytePlusOne() {
    let data = Self.padded(to: (1 << 20) + 1)
    #expect(data.count == 1_048_577)
    let d = ManifestDecoder.decode(data, file: Fixture.file, alliance: "t-01", year: 2024)
    #expect(d.value == nil)
    #expect(d.errors.count == 1)
    #expect(d.errors.first?.message.contains("1 MiB") == true)
    #expect(d.errors.first?.file == Fixture.file)
  }
}
