import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

#if canImport(Glibc)
  import Glibc
#endif

/// `jlt verify` (SPEC §9) after `jlt publish` of mini's 2024 (a-01 73.5, a-03 2, b-01 2): one
/// line per alliance, each kind of difference named (exit 1), exit 2 for a usage error or no
/// record, nothing written, and evidence that is no longer a regular file never read.
@Suite("jlt verify 核对定稿", .timeLimit(.minutes(2)))
struct VerifyCommandTests {
  static func published() throws -> PublishedTree {
    let t = try PublishedTree()
    let run = try t.publish()
    #expect(run.published == ["县A/定稿-2024.json", "县B/定稿-2024.json"])
    return t
  }

  @Test func untouchedTreeMatches() throws {
    let t = try Self.published()
    let run = try t.verify()
    #expect(run.lines == ["县A/定稿-2024.json：", "  a-01 一致", "  a-03 一致", "县B/定稿-2024.json：", "  b-01 一致"])
    #expect(run.exitStatus == 0)
    let r = try Self.binary(t, [])
    #expect(r.status == 0)
    #expect(r.stdout == run.lines.joined(separator: "\n") + "\n")
  }

  /// Each edit and the lines it gives for 县A (expected by hand from mini/README.txt: C1.charter
  /// is worth 0.5, so a-01 without 章程.pdf is 73; C16.provincial 3 over the baseline's 1 is
  /// C16 2.5, a-01 74.5; a comment changes a file's digest, not its score; a-04, a copy of
  /// a-03 made after publication, scores 2 like a-03).
  static let cases: [(name: String, lines: [String])] = [
    ("证据改动", ["  a-01 证据已改动：evidence/章程.pdf（C1.charter）", "  a-03 一致"]),
    ("证据删除", ["  a-01 证据已删除：evidence/章程.pdf（C1.charter）", "  a-01 重算结果不同：73.5 → 73（C1 −0.5）", "  a-03 一致"]),
    ("清单改动", ["  a-01 一致", "  a-03 清单已改动：2024.toml"]),
    ("基线改动", ["  a-01 基线已改动", "  a-03 一致"]),
    ("重算不同", ["  a-01 清单已改动：2024.toml", "  a-01 重算结果不同：73.5 → 74.5（C16 +1）", "  a-03 一致"]),
    ("定稿被改", ["  定稿文件被改动（摘要与内容不符）", "  a-01 一致", "  a-03 一致"]),
    ("基线新增", ["  a-01 一致", "  a-03 基线已改动（定稿时没有 baseline.toml）"]),
    ("文件夹删除", ["  a-01 一致", "  a-03 教联体文件夹已不存在"]),
    ("新教联体", ["  a-01 一致", "  a-03 一致", "  a-04 不在定稿中（重算 2）"]),
    ("清单删除", ["  a-01 一致", "  a-03 清单已删除：2024.toml", "  a-03 重算时未评分：未提交 2024 年证据清单"]),
  ]

  static func edit(_ name: String, _ t: PublishedTree) throws {
    switch name {
    case "证据改动": try t.append("县A/a-01/evidence/章程.pdf", "（第二页）")
    case "证据删除": try FileManager.default.removeItem(atPath: t.path("县A/a-01/evidence/章程.pdf"))
    case "清单改动": try t.append("县A/a-03/2024.toml", "# 复核\n")
    case "基线改动": try t.append("县A/a-01/baseline.toml", "# 复核\n")
    case "重算不同": try t.replace("县A/a-01/2024.toml", "provincial = 2", "provincial = 3")
    case "定稿被改": try t.replace("县A/定稿-2024.json", "\"by\": \"甲县教育局\"", "\"by\": \"甲县教育厅\"")
    // a-03 claims no honours: with a baseline its C16, C18, C19 stay 0 (Δ ≤ 0), total 2.
    case "基线新增":
      try FileManager.default.copyItem(atPath: t.path("县A/a-01/baseline.toml"), toPath: t.path("县A/a-03/baseline.toml"))
    case "新教联体": try FileManager.default.copyItem(atPath: t.path("县A/a-03"), toPath: t.path("县A/a-04"))
    case "文件夹删除": try FileManager.default.removeItem(atPath: t.path("县A/a-03"))
    default: try FileManager.default.removeItem(atPath: t.path("县A/a-03/2024.toml"))
    }
  }

  @Test(arguments: 0..<10)
  func eachDifferenceIsNamed(index: Int) throws {
    let (name, lines) = Self.cases[index]
    let t = try Self.published()
    try Self.edit(name, t)
    let run = try t.verify(counties: ["县A"])
    #expect(run.lines == ["县A/定稿-2024.json："] + lines, "\(name)")
    #expect(run.exitStatus == 1, "\(name)")
  }

  /// 县B's only alliance lost its only manifest (its folder is now empty): a difference of the
  /// record (exit 1), not "no manifest for the year" (exit 2).
  @Test func countyWhoseManifestsWereAllDeletedDiffers() throws {
    let t = try Self.published()
    try FileManager.default.removeItem(atPath: t.path("县B/b-01/2024.toml"))
    let run = try t.verify(counties: ["县B"])
    #expect(run.lines == ["县B/定稿-2024.json：", "  b-01 清单已删除：2024.toml"])
    #expect(run.exitStatus == 1)
    let r = try Self.binary(t, ["--county", "县B"])
    #expect(r.status == 1, "\(r.stderr)")
  }

  @Test func differencesExitOneThroughTheBinary() throws {
    let t = try Self.published()
    try Self.edit("证据删除", t)
    let r = try Self.binary(t, [])
    #expect(r.status == 1)
    #expect(r.stdout.contains("  a-01 证据已删除：evidence/章程.pdf（C1.charter）\n"))
    #expect(r.stdout.contains("  b-01 一致"))
  }

  @Test(arguments: [
    (["--year", "2023"], "没有 2023 学年的定稿"),
    (["--year", "2024", "--county", "县X"], "未知的县（市、区）：县X"),
    (["--year", "二〇二四"], "--year <year> 的取值 二〇二四 无效"),
    ([], "缺少参数 --year"),
  ])
  func usageErrorOrNoRecordExitsTwo(arguments: [String], message: String) throws {
    let t = try Self.published()
    let r = try Self.binary(t, arguments, year: nil)
    #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
    #expect(r.stderr.contains(message), "\(r.stderr)")
  }

  @Test func noRecordAtAllExitsTwo() throws {
    let t = try PublishedTree()
    #expect(throws: UsageError.self) { try t.verify() }
    #expect(try Self.binary(t, []).status == 2)
  }

  /// A record that cannot be read is named with the reason; it differs from what was published.
  @Test func unreadableRecordIsNamed() throws {
    let t = try Self.published()
    let text = try t.recordText("县B")
    try String(text.prefix(300)).write(toFile: t.recordPath("县B"), atomically: false, encoding: .utf8)
    let run = try t.verify(counties: ["县B"])
    #expect(
      run.lines == ["县B/定稿-2024.json：", "  定稿文件无法读取：定稿文件 县B/定稿-2024.json 不可用：不是完整的定稿 JSON（可能被截断或改动过）"])
    #expect(run.exitStatus == 1)
  }

  /// Nothing under the scratch folder (input, outputs) is created, changed or touched by
  /// verify, whether the records match or not.
  @Test func writesNothing() throws {
    let t = try Self.published()
    let before = PublishedTree.listing(t.scratch.path)
    _ = try t.verify()
    #expect(try Self.binary(t, []).status == 0)
    #expect(PublishedTree.listing(t.scratch.path) == before)
    try Self.edit("重算不同", t)
    let edited = PublishedTree.listing(t.scratch.path)
    #expect(try Self.binary(t, []).status == 1)
    #expect(PublishedTree.listing(t.scratch.path) == edited)
  }

  /// 章程.pdf replaced after publication by a folder, a FIFO (a read would block for ever), or a
  /// link out of the alliance folder to a FIFO: reported, never opened (the binary, with a time
  /// limit).
  @Test(arguments: ["文件夹", "FIFO", "外链"])
  func evidenceThatIsNoLongerARegularFileIsNeverRead(kind: String) throws {
    let t = try Self.published()
    let chapter = "mini/县A/a-01/evidence/章程.pdf"
    try FileManager.default.removeItem(atPath: t.scratch.url(chapter))
    switch kind {
    case "文件夹": try t.scratch.mkdir(chapter)
    case "FIFO": try t.scratch.fifo(chapter)
    default:
      try t.scratch.fifo("外部.pdf")
      try t.scratch.symlink(chapter, to: t.scratch.url("外部.pdf"))
    }
    let why = ["文件夹": "指向的是文件夹而不是文件", "FIFO": "不是普通文件", "外链": "符号链接指向教联体文件夹之外"][kind] ?? ""
    let jlt = try JLTBinary.require()
    let run = try BackgroundProcess(jlt, ["verify", t.input, "--year", "2024", "--county", "县A"])
    let ended = BackgroundProcess.until(seconds: 60) { !run.isRunning }
    if !ended { run.signal(SIGKILL) }
    let r = run.wait()
    #expect(ended, "verify must not block on \(kind)")
    #expect(r.status == 1)
    #expect(r.stdout.contains("  a-01 证据已改动：evidence/章程.pdf（C1.charter；\(why)，未读取）\n"), "\(r.stdout)")
    let rescored =
      kind == "外链"
      ? "  a-01 重算时未评分：C1.charter = \"evidence/章程.pdf\"：符号链接指向教联体文件夹之外" : "  a-01 重算结果不同：73.5 → 73（C1 −0.5）"
    #expect(r.stdout.contains(rescored + "\n"), "\(r.stdout)")
  }

  /// `jlt verify INPUT --year 2024 arguments…` (without `--year` when `year` is nil).
  static func binary(_ t: PublishedTree, _ arguments: [String], year: Int? = 2024) throws -> RunResult {
    let jlt = try JLTBinary.require()
    let y = year.map { ["--year", "\($0)"] } ?? []
    return try Subprocess.bash(#"exec "$0" verify "$@""#, [jlt, t.input] + y + arguments, in: t.scratch.path)
  }
}
