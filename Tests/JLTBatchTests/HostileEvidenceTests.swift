import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

#if canImport(Glibc)
  import Glibc
#endif

/// Hostile evidence paths through `jlt score` (SPEC §2, §6; issue "bad input and faults"): each
/// is put into 县A/a-03's C7.title_rule (5 points if it counted). None may be read or counted;
/// each gets a warning (absent) or an error (the alliance is not ranked, the others are).
/// FIFOs and /dev/zero would block or never end if opened; the time limit catches that.
@Suite("恶意证据路径", .timeLimit(.minutes(1)))
struct HostileEvidenceTests {
  /// A copy of the mini tree whose a-03 cites `reference` for C7.title_rule.
  final class Case {
    let scratch: Scratch
    let input: String
    let alliance: String

    init(_ reference: String) throws {
      scratch = try Scratch()
      input = try scratch.copyFixture("mini")
      alliance = input + "/县A/a-03"
      try scratch.write("mini/县A/a-03/evidence/ok.pdf", "一份证据")
      try scratch.write("mini/县A/a-03/evidence/empty.pdf", "")
      try scratch.write("secret.pdf", "outside the input")  // beside the input root
      let text = try Fixtures.text("mini/县A/a-03/2024.toml") + "\n[C7]\ntitle_rule = \(Self.toml(reference))\n"
      try scratch.write("mini/县A/a-03/2024.toml", text)
    }

    deinit { scratch.remove() }

    func at(_ relative: String) -> String { alliance + "/" + relative }

    func symlink(_ relative: String, to target: String) throws {
      try scratch.symlink("mini/县A/a-03/" + relative, to: target)
    }

    func score() throws -> ScoreRun {
      try ScoreCommand.run(input: input, output: scratch.url("out"), year: 2024, counties: [], jobs: 2)
    }

    /// A TOML basic string with every control character escaped.
    static func toml(_ s: String) -> String {
      var out = "\""
      for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case _ where u.value < 0x20 || u.value == 0x7F:
          let hex = String(u.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(u)
        }
      }
      return out + "\""
    }
  }

  /// a-03 scored without C7 (total 2, as in the fixture), with one 证据缺失 warning for C7.
  @discardableResult
  static func expectAbsent(
    _ run: ScoreRun, because reason: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Problem {
    let county = run.reports[0]
    let a03 = try #require(county.alliances.first { $0.id == "a-03" }, sourceLocation: sourceLocation)
    #expect(a03.total == 2, "the reference must not count", sourceLocation: sourceLocation)
    #expect(a03.score.indicator("C7")?.score == 0, sourceLocation: sourceLocation)
    let warnings = county.problems.filter { $0.alliance == "a-03" && $0.message.contains("C7.title_rule") }
    #expect(warnings.count == 1, "\(warnings)", sourceLocation: sourceLocation)
    let w = try #require(warnings.first, sourceLocation: sourceLocation)
    #expect(w.severity == .warning, sourceLocation: sourceLocation)
    #expect(w.message.hasPrefix("证据缺失："), sourceLocation: sourceLocation)
    #expect(w.message.contains(reason), "\(w.message)", sourceLocation: sourceLocation)
    #expect(w.file == "县A/a-03/2024.toml", sourceLocation: sourceLocation)
    #expect(w.line != nil, sourceLocation: sourceLocation)
    expectOthersRanked(run, sourceLocation: sourceLocation)
    return w
  }

  /// a-03 not ranked, with an error naming C7.title_rule and its line; the others ranked.
  @discardableResult
  static func expectError(
    _ run: ScoreRun, saying reason: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Problem {
    let county = run.reports[0]
    #expect(!county.alliances.contains { $0.id == "a-03" }, sourceLocation: sourceLocation)
    let errors = county.problems.filter { $0.alliance == "a-03" && $0.severity == .error }
    #expect(errors.count == 1, "\(errors)", sourceLocation: sourceLocation)
    let e = try #require(errors.first, sourceLocation: sourceLocation)
    #expect(e.message.contains("C7.title_rule"), sourceLocation: sourceLocation)
    #expect(e.message.contains(reason), "\(e.message)", sourceLocation: sourceLocation)
    #expect(e.file == "县A/a-03/2024.toml", sourceLocation: sourceLocation)
    let text = try String(contentsOfFile: Fixtures.path("mini/县A/a-03/2024.toml"), encoding: .utf8)
    #expect(
      e.line == text.split(separator: "\n", omittingEmptySubsequences: false).count + 2, sourceLocation: sourceLocation)
    #expect(run.exitStatus == 1, sourceLocation: sourceLocation)
    expectOthersRanked(run, sourceLocation: sourceLocation)
    return e
  }

  static func expectOthersRanked(_ run: ScoreRun, sourceLocation: SourceLocation) {
    #expect(
      run.reports[0].alliances.first { $0.id == "a-01" }?.total == Decimal(string: "73.5"),
      sourceLocation: sourceLocation)
    #expect(run.reports[1].alliances.map(\.id) == ["b-01"], sourceLocation: sourceLocation)
    #expect(run.written.contains("2024/县A.json"), sourceLocation: sourceLocation)
  }

  /// No message carries a raw control character, on stderr or anywhere else.
  static func expectPrintable(_ run: ScoreRun, sourceLocation: SourceLocation = #_sourceLocation) {
    for r in run.reports {
      for p in r.problems {
        #expect(
          !p.rendered.containsUnprintableControl, "\(p.rendered.debugDescription)", sourceLocation: sourceLocation)
      }
    }
  }

  // MARK: control characters

  @Test func bellInANameIsAbsentEvenWhenTheFileExists() throws {
    let c = try Case("evidence/a\u{7}b.pdf")
    try c.scratch.write("mini/县A/a-03/evidence/a\u{7}b.pdf", "a real file with a bell in its name")
    let w = try Self.expectAbsent(try c.score(), because: "控制字符")
    #expect(w.message.contains("evidence/a\\u0007b.pdf"))
    #expect(w.rendered.hasSuffix("证据缺失：C7.title_rule → evidence/a\\u0007b.pdf（路径中含有控制字符（不可见字符），不能作为证据）"))
  }

  @Test func escapeSequenceIsShownEscaped() throws {
    let c = try Case("\u{1b}[31mevidence/ok.pdf\u{1b}[0m")
    let run = try c.score()
    let w = try Self.expectAbsent(run, because: "控制字符")
    #expect(w.message.contains("\\u001B[31mevidence/ok.pdf\\u001B[0m"))
    Self.expectPrintable(run)
  }

  @Test func nulIsRefusedBeforeItCanCutThePathShort() throws {
    // File system calls take C strings: "evidence/ok.pdf\0.exe" would be looked up as
    // evidence/ok.pdf and count. The manifest is refused instead, with the line of the NUL.
    let c = try Case("evidence/ok.pdf\u{0}.exe")
    let run = try c.score()
    let county = run.reports[0]
    #expect(!county.alliances.contains { $0.id == "a-03" })
    let errors = county.problems.filter { $0.alliance == "a-03" && $0.severity == .error }
    #expect(errors.count == 1)
    let text = try Fixtures.text("mini/县A/a-03/2024.toml")
    #expect(errors.first?.line == text.split(separator: "\n", omittingEmptySubsequences: false).count + 2)
    #expect(errors.first?.message.contains("空字符") == true)
    Self.expectOthersRanked(run, sourceLocation: #_sourceLocation)
    Self.expectPrintable(run)
  }

  @Test(arguments: ["evidence/ok\u{7F}.pdf", "evidence/\u{202E}fdp.ok"])
  func otherControlCharacters(reference: String) throws {
    let c = try Case(reference)
    let run = try c.score()
    try Self.expectAbsent(run, because: "控制字符")
    Self.expectPrintable(run)
  }

  /// Defect 8: `evidence\new\term1.pdf` in a basic string reads `\n` and `\t` as escapes; the
  /// warning says so and shows both fixes, instead of "invisible characters".
  @Test(arguments: ["evidence/ok.pdf\n", "evidence/\tok.pdf", "evidence\new\term1.pdf"])
  func escapesOfAWindowsPathAreExplained(reference: String) throws {
    let c = try Case(reference)
    let run = try c.score()
    try Self.expectAbsent(run, because: "表示转义")
    let w = try #require(run.reports[0].problems.first { $0.alliance == "a-03" && $0.message.contains("表示转义") })
    #expect(w.message.contains("请改用 / 分隔"))
    #expect(w.message.contains("单引号"))
    if reference == "evidence\new\term1.pdf" {
      #expect(w.message.contains("\"evidence/new/term1.pdf\""))
      #expect(w.message.contains("'evidence\\new\\term1.pdf'"))
    }
    Self.expectPrintable(run)
  }

  @Test func controlCharactersInAnErrorAreEscapedToo() throws {
    let c = try Case("/tmp/\u{1b}]0;pwned\u{7}")
    let run = try c.score()
    let e = try Self.expectError(run, saying: "绝对路径")
    #expect(e.message.contains("/tmp/\\u001B]0;pwned\\u0007"))
    Self.expectPrintable(run)
  }

  // MARK: leaving the folder by its text

  @Test(arguments: [
    ("/dev/zero", "绝对路径"),
    ("/etc/passwd", "绝对路径"),
    ("\\\\server\\share\\a.pdf", "绝对路径"),
    ("D:\\证据\\a.pdf", "盘符"),
    ("../a-01/evidence/章程.pdf", ".."),
    ("evidence/../../a-01/evidence/章程.pdf", ".."),
    ("evidence/../../../../../../../../../../etc/passwd", ".."),
    ("..\\..\\secret.pdf", ".."),
    ("./evidence/./../../../secret.pdf", ".."),
  ])
  func pathTextLeavingTheFolderIsAnError(reference: String, reason: String) throws {
    let c = try Case(reference)
    try Self.expectError(try c.score(), saying: reason)
  }

  @Test func dotDotStayingInsideCounts() throws {
    let c = try Case("evidence/x/../../evidence/./ok.pdf")
    let run = try c.score()
    let a03 = try #require(run.reports[0].alliances.first { $0.id == "a-03" })
    #expect(a03.score.indicator("C7")?.score == 5)  // the control case: a good reference does count
    #expect(a03.total == 7)
  }

  // MARK: leaving the folder by symlink

  @Test(arguments: [
    "../../../../../../../../../../../../dev/zero",  // relative symlink to a device outside
    "../../../../../../../../../../../../dev/null",
    "/dev/zero",
    "../../../../secret.pdf",  // a regular file beside the input root
    "../../a-01/evidence/章程.pdf",  // another alliance's file
    "../..",  // a folder outside (the county)
  ])
  func symlinkLeavingTheFolderIsAnError(target: String) throws {
    let c = try Case("evidence/link.pdf")
    try c.symlink("evidence/link.pdf", to: target)
    try Self.expectError(try c.score(), saying: "符号链接指向教联体文件夹之外")
  }

  @Test func symlinkedFolderLeavingTheAlliance() throws {
    let c = try Case("evidence/out/secret.pdf")
    try c.symlink("evidence/out", to: "../../../..")
    try Self.expectError(try c.score(), saying: "符号链接指向教联体文件夹之外")
  }

  // MARK: not a regular file inside

  @Test func fifoIsAbsentAndNeverOpened() throws {
    let c = try Case("evidence/pipe.pdf")
    try c.scratch.fifo("mini/县A/a-03/evidence/pipe.pdf")
    try Self.expectAbsent(try c.score(), because: "不是普通文件")
  }

  @Test func fifoThroughASymlinkIsAbsentAndNeverOpened() throws {
    let c = try Case("evidence/link.pdf")
    try c.scratch.fifo("mini/县A/a-03/evidence/pipe")
    try c.symlink("evidence/link.pdf", to: "pipe")
    try Self.expectAbsent(try c.score(), because: "不是普通文件")
  }

  /// Whether a character device can be made here (root or CAP_MKNOD; CI runs as root).
  static let canMakeDevices: Bool = {
    guard let scratch = try? Scratch() else { return false }
    defer { scratch.remove() }
    return mknod(scratch.url("zero"), S_IFCHR | 0o666, dev_t((1 << 8) | 5)) == 0
  }()

  @Test(.enabled(if: canMakeDevices, "making a character device needs root (CAP_MKNOD)"))
  func deviceInsideTheFolderIsAbsent() throws {
    let c = try Case("evidence/zero.pdf")
    // A character device like /dev/zero (1, 5).
    let made = mknod(c.at("evidence/zero.pdf"), S_IFCHR | 0o666, dev_t((1 << 8) | 5) /* makedev(1, 5) */)
    try #require(made == 0, "mknod: \(String(cString: strerror(errno)))")
    try Self.expectAbsent(try c.score(), because: "不是普通文件")
  }

  @Test func socketIsAbsent() throws {
    let c = try Case("evidence/s")
    try c.scratch.socket("mini/县A/a-03/evidence/s")
    try Self.expectAbsent(try c.score(), because: "不是普通文件")
  }

  @Test func directoryIsAbsent() throws {
    let c = try Case("evidence")
    try Self.expectAbsent(try c.score(), because: "文件夹")
    let d = try Case("evidence/")
    try Self.expectAbsent(try d.score(), because: "文件夹")
  }

  @Test func symlinkToADirectoryInsideIsAbsent() throws {
    let c = try Case("evidence/d.pdf")
    try c.symlink("evidence/d.pdf", to: ".")
    try Self.expectAbsent(try c.score(), because: "文件夹")
  }

  @Test(arguments: [("evidence/loop", "loop"), ("evidence/a", "b")])
  func symlinkLoopIsAbsent(link: String, target: String) throws {
    let c = try Case(link)
    try c.symlink(link, to: target)
    if target != "loop" { try c.symlink("evidence/b", to: "a") }
    try Self.expectAbsent(try c.score(), because: "符号链接循环")
  }

  @Test func emptyAndMissingAreAbsent() throws {
    try Self.expectAbsent(try Case("evidence/empty.pdf").score(), because: "文件为空")
    try Self.expectAbsent(try Case("evidence/nothing.pdf").score(), because: "文件不存在")
    try Self.expectAbsent(try Case("evidence/ok.pdf/deeper.pdf").score(), because: "文件不存在")
  }

  @Test func danglingSymlinkIsAbsent() throws {
    let c = try Case("evidence/gone.pdf")
    try c.symlink("evidence/gone.pdf", to: "../../../../nothing-here.pdf")
    try Self.expectAbsent(try c.score(), because: "文件不存在")
  }

  @Test func veryLongPathIsAbsent() throws {
    let c = try Case(
      "evidence/" + Array(repeating: String(repeating: "长", count: 80), count: 20).joined(separator: "/"))
    try Self.expectAbsent(try c.score(), because: "文件不存在")
  }

  // MARK: hostile names elsewhere

  @Test func controlCharactersInTheAllianceNameNeverGarbleMessages() throws {
    let c = try Case("evidence/ok.pdf")
    var text = try String(contentsOfFile: c.at("2024.toml"), encoding: .utf8)
    text = text.replacingOccurrences(of: "alliance = \"甲县第三教联体\"", with: "alliance = \"甲县\\u001B[2J第三\\u0007\"")
    text += "\n[C5]\nforms = [\"\\u001B[31m\"]\n"  // an error that quotes the bad value
    try text.write(toFile: c.at("2024.toml"), atomically: false, encoding: .utf8)
    let run = try c.score()
    Self.expectPrintable(run)
    #expect(run.reports[0].problems.contains { $0.alliance == "a-03" && $0.severity == .error })
  }
}
