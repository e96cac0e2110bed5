import Foundation
import TestSupport
import Testing

@testable import JLTBatch

#if canImport(Glibc)
  import Glibc
#endif

/// Output faults through the real binary (SPEC §5 atomic outputs, §7 exit status; issue "bad
/// input and faults"): a previous good workbook is never replaced by a broken one, no temporary
/// file is left after a clean failure, and the exit status and a Chinese message on stderr
/// (naming the file and the reason) say what happened. As root chmod does not stop writes, so
/// the faults are: a file where a folder should be, a read-only bind mount, a file size limit
/// (`ulimit -f`, with SIGXFSZ ignored so writes fail with EFBIG), a full 64 KiB tmpfs, a folder
/// where the workbook should go, and `timeout -s KILL` at random points.
@Suite("输出故障", .serialized, .timeLimit(.minutes(5)))
struct OutputFaultTests {
  /// A scratch folder with the mini tree at `in` (a-02 removed, so every alliance is scored and
  /// only an output failure can make the exit status non-zero).
  final class Setup {
    let scratch: Scratch
    let input: String
    let jlt: String

    init(sample: Bool = false) throws {
      jlt = try JLTBinary.require()
      scratch = try Scratch()
      input = scratch.url("in")
      if sample {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
          .deletingLastPathComponent()
        try FileManager.default.copyItem(atPath: repo.appendingPathComponent("input").path, toPath: input)
      } else {
        try FileManager.default.copyItem(atPath: Fixtures.path("mini"), toPath: input)
        try FileManager.default.removeItem(atPath: input + "/县A/a-02")
      }
    }

    deinit { scratch.remove() }

    func score(out: String, extra: [String] = []) throws -> RunResult {
      try Subprocess.score(jlt, input: input, out: out, extra: extra, in: scratch.path)
    }

    /// `jlt score` with a file size limit of `blocks` KiB and SIGXFSZ ignored.
    func scoreLimited(blocks: Int, out: String) throws -> RunResult {
      try Subprocess.bash(
        #"ulimit -f "$3"; trap "" XFSZ; exec "$0" score "$1" --out "$2""#, [jlt, input, out, String(blocks)],
        in: scratch.path)
    }

    /// Renames every alliance (display name), so a new run writes different bytes than the
    /// previous one into every output.
    func changeInput() throws {
      for county in ["县A", "县B"] {
        // notes.txt and .hidden are not alliances with a manifest
        for id in try FileManager.default.contentsOfDirectory(atPath: input + "/" + county)
        where FileManager.default.fileExists(atPath: input + "/\(county)/\(id)/2024.toml") && !id.hasPrefix(".") {
          try Self.rename(input + "/\(county)/\(id)/2024.toml")
        }
      }
    }

    static func rename(_ manifest: String) throws {
      let text = try String(contentsOfFile: manifest, encoding: .utf8)
      try text.replacingOccurrences(of: "alliance = \"", with: "alliance = \"改·").write(
        toFile: manifest, atomically: false, encoding: .utf8)
    }
  }

  /// The regular files of a folder by name (dot-files included), with their bytes.
  static func files(_ folder: String) -> [String: Data] {
    var out: [String: Data] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
      if let data = FileManager.default.contents(atPath: folder + "/" + name) { out[name] = data }
    }
    return out
  }

  static func temporaries(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
      $0.hasPrefix(".") || $0.hasSuffix(".tmp")
    }
  }

  static let outputs = ["县A.json", "县A.xlsx", "县B.json", "县B.xlsx", "全市汇总.xlsx"]

  /// What this machine lets a test stage, each probed once. CI runs as root, where all of them
  /// can be staged; elsewhere the cases that need them are skipped, with the reason, not passed.
  enum Staging {
    /// Runs `script` with a fresh empty folder as `$0`; whether it exits 0.
    static func probe(_ script: String) -> Bool {
      guard let scratch = try? Scratch() else { return false }
      defer { scratch.remove() }
      return (try? Subprocess.bash(script, [scratch.path], in: scratch.path).status) == 0
    }

    static let readOnlyBindMount = probe(
      #"mount --bind "$0" "$0" || exit 1; mount -o remount,bind,ro "$0"; s=$?; umount "$0"; exit $s"#)

    static let tmpfsMount = probe(#"mount -t tmpfs -o size=64k tmpfs "$0" && umount "$0""#)

    /// Whether jlt starts at all under a file size limit (`ulimit -f`). A build with the Thread
    /// Sanitizer does not: its runtime dies with SIGBUS on its own memory before main. The full
    /// tmpfs case still covers a full disk there.
    static let fileSizeLimit: Bool = {
      // Without a built jlt the cases run, and fail on `JLTBinary.require()`.
      guard let jlt = JLTBinary.path else { return true }
      guard let scratch = try? Scratch() else { return false }
      defer { scratch.remove() }
      let r = try? Subprocess.bash(#"ulimit -f 16; trap "" XFSZ; exec "$0" --help"#, [jlt], in: scratch.path)
      return r?.status == 0
    }()

    static let fileSizeLimitReason: Comment =
      "jlt does not start under `ulimit -f` here (a Thread Sanitizer build)"
  }

  // MARK: the output folder cannot be made

  @Test func outputParentIsAFile() throws {
    let s = try Setup()
    try s.scratch.write("not-a-folder", "x")
    let r = try s.score(out: s.scratch.url("not-a-folder/out"))
    #expect(r.status == 2)  // nothing could be written
    // Defect 9: say what is in the way, and print no ranking when nothing was written.
    #expect(
      r.stderr.contains(
        "jlt: 无法创建输出文件夹 \(s.scratch.url("not-a-folder/out/2024"))：\(s.scratch.url("not-a-folder")) 是一个文件，不是文件夹"),
      "\(r.stderr)")
    #expect(!r.stdout.contains("已写出"))
    #expect(!r.stdout.contains("县A 2024学年"))
  }

  @Test(.enabled(if: Staging.readOnlyBindMount, "a read-only bind mount needs root (CAP_SYS_ADMIN)"))
  func outputFolderOnAReadOnlyMount() throws {
    let s = try Setup()
    let ro = s.scratch.url("ro")
    try s.scratch.mkdir("ro")
    let mounted = try Subprocess.bash(
      #"mount --bind "$0" "$0" && mount -o remount,bind,ro "$0""#, [ro], in: s.scratch.path)
    try #require(mounted.status == 0, "the probe could mount, this time not: \(mounted.stderr)")
    defer { _ = try? Subprocess.bash(#"umount "$0""#, [ro], in: s.scratch.path) }
    let r = try s.score(out: ro + "/out")
    #expect(r.status == 2)
    #expect(r.stderr.contains("jlt: 无法创建输出文件夹 \(ro)/out/2024：所在磁盘是只读的（Read-only file system）"), "\(r.stderr)")
  }

  // MARK: a full disk

  /// A file size limit between the sizes of the JSON files (and the city summary) and those of
  /// the county workbooks: the workbooks fail, the rest is written. The old workbooks stay as they were.
  @Test(.enabled(if: Staging.fileSizeLimit, Staging.fileSizeLimitReason))
  func fileSizeLimitKeepsTheOldWorkbooks() throws {
    let s = try Setup()
    let out = s.scratch.url("out")
    let good = try s.score(out: out)
    #expect(good.status == 0, "\(good.stderr)")
    let before = Self.files(out + "/2024")
    #expect(before.keys.sorted() == Self.outputs.sorted())
    // A limit between the largest JSON or city summary and the smallest county workbook.
    let small = ["县A.json", "县B.json", "全市汇总.xlsx"].compactMap { before[$0]?.count }.max() ?? .max
    let large = ["县A.xlsx", "县B.xlsx"].compactMap { before[$0]?.count }.min() ?? 0
    #expect(small < large)
    let blocks = (small + large) / 2 / 1024

    try s.changeInput()
    let r = try s.scoreLimited(blocks: blocks, out: out)
    #expect(!r.signalled)
    #expect(r.status == 1, "some outputs written, some not: \(r.stderr)")
    for county in ["县A", "县B"] {
      let line = "jlt: 无法写入工作簿 \(out)/2024/\(county).xlsx：文件超出系统允许的大小（磁盘配额或文件大小限制）（File too large）"
      #expect(r.stderr.contains(line), "\(r.stderr)")
    }
    // jlt's own messages name the file, not our temporary (libxlsxwriter prints its own lines too)
    #expect(!r.stderrLines.contains { $0.hasPrefix("jlt:") && $0.contains(".tmp") }, "\(r.stderr)")
    let after = Self.files(out + "/2024")
    #expect(after.keys.sorted() == Self.outputs.sorted())  // no temporary left behind
    #expect(after["县A.xlsx"] == before["县A.xlsx"])  // the previous good workbooks are untouched
    #expect(after["县B.xlsx"] == before["县B.xlsx"])
    #expect(after["县B.json"] != before["县B.json"])  // the JSON was written anew
    #expect(r.stdout.contains("已写出：2024/县A.json，2024/县B.json，2024/全市汇总.xlsx"), "\(r.stdout)")
  }

  @Test(.enabled(if: Staging.fileSizeLimit, Staging.fileSizeLimitReason))
  func nothingWrittenIsStatusTwo() throws {
    let s = try Setup()
    let out = s.scratch.url("out")
    #expect(try s.score(out: out).status == 0)
    let before = Self.files(out + "/2024")
    try s.changeInput()
    let r = try s.scoreLimited(blocks: 0, out: out)
    #expect(r.status == 2, "\(r.stderr)")
    #expect(r.stderr.components(separatedBy: "文件超出系统允许的大小").count - 1 == Self.outputs.count, "\(r.stderr)")
    for name in Self.outputs { #expect(r.stderr.contains("\(out)/2024/\(name)："), "\(name)") }
    #expect(Self.files(out + "/2024") == before)
  }

  /// A real full disk: a 64 KiB tmpfs (when mounting is allowed here). The sample input's
  /// outputs (about 160 KB) cannot all fit: whatever was written is complete, the rest is
  /// reported with ENOSPC, and no temporary file is left.
  @Test(.enabled(if: Staging.tmpfsMount, "mounting a tmpfs needs root (CAP_SYS_ADMIN)"), .tags(.slow))
  func fullTmpfs() throws {
    let s = try Setup(sample: true)
    let reference = s.scratch.url("reference")
    let ok = try s.score(out: reference)
    #expect(ok.status == 1)  // the sample has alliances with errors
    let complete = Self.files(reference + "/2024")
    let disk = s.scratch.url("disk")
    try s.scratch.mkdir("disk")
    let mounted = try Subprocess.bash(#"mount -t tmpfs -o size=64k tmpfs "$0""#, [disk], in: s.scratch.path)
    try #require(mounted.status == 0, "the probe could mount, this time not: \(mounted.stderr)")
    defer { _ = try? Subprocess.bash(#"umount "$0""#, [disk], in: s.scratch.path) }
    let r = try s.score(out: disk + "/out")
    let written = Self.files(disk + "/out/2024")
    #expect(!written.isEmpty && written.count < complete.count, "\(written.keys.sorted())")
    for (name, data) in written { #expect(complete[name] == data, "\(name) is not complete") }
    #expect(Self.temporaries(disk + "/out/2024").isEmpty)
    #expect(r.status == 1)  // alliances with errors, and some outputs not written
    let failed = complete.keys.filter { written[$0] == nil }
    for name in failed {
      #expect(r.stderr.contains("\(disk)/out/2024/\(name)：磁盘空间已满（No space left on device）"), "\(name): \(r.stderr)")
    }
  }

  // MARK: one county's output cannot be written

  @Test func oneCountyNotWrittenIsStatusOne() throws {
    let s = try Setup()
    let out = s.scratch.url("out")
    try s.scratch.mkdir("out/2024/县A.xlsx/in-the-way")  // a folder where the workbook goes
    let r = try s.score(out: out)
    #expect(r.status == 1, "\(r.stderr)")
    #expect(r.stderr.contains("jlt: 无法生成 \(out)/2024/县A.xlsx：同名的文件夹已存在（Is a directory）"), "\(r.stderr)")
    let files = Self.files(out + "/2024")
    #expect(files.keys.sorted() == ["县A.json", "县B.json", "县B.xlsx", "全市汇总.xlsx"].sorted())
    #expect(Self.temporaries(out + "/2024").isEmpty)
  }

  // MARK: killed mid-write

  /// First a good run; then the input changes and jlt is killed at random points while it
  /// writes into the same folder. After each kill every output is either the old file or the
  /// complete new one, byte for byte, never a truncated one; JSON always parses. A later
  /// complete run removes the temporaries the killed runs left.
  @Test(.tags(.slow)) func killedMidWriteNeverLeavesABrokenFile() throws {
    let s = try Setup(sample: true)
    let out = s.scratch.url("out")
    var started = Date()
    #expect(try s.score(out: out).status == 1)
    let duration = Date().timeIntervalSince(started)
    let old = Self.files(out + "/2024")
    #expect(old.count == 7)

    try Setup.rename(s.input + "/曾都区/zd-01/2024.toml")
    try Setup.rename(s.input + "/随县/sx-01/2024.toml")
    try Setup.rename(s.input + "/广水市/gs-01/2024.toml")
    let fresh = s.scratch.url("fresh")
    #expect(try s.score(out: fresh).status == 1)
    let new = Self.files(fresh + "/2024")
    #expect(new.keys.sorted() == old.keys.sorted())
    #expect(new.contains { old[$0.key] != $0.value }, "the change must show in some output")

    // Seeded, so that a failure can be run again: JLT_KILL_SEED=<seed> swift test --filter killedMidWrite
    let seed = SeededRandom.seed(fromEnvironment: "JLT_KILL_SEED")
    print("killedMidWriteNeverLeavesABrokenFile: JLT_KILL_SEED=\(seed)")
    var rng = SeededRandom(seed: seed)
    var killed = 0
    let runs = Int(ProcessInfo.processInfo.environment["JLT_KILLS"] ?? "") ?? 16
    let longest = max(0.5, duration * 1.2)
    for n in 0..<runs {
      let delay = Double.random(in: 0.01...longest, using: &rng)
      started = Date()
      let r = try Subprocess.bash(
        #"exec timeout -s KILL "$3" "$0" score "$1" --out "$2""#,
        [s.jlt, s.input, out, String(format: "%.3f", delay)], in: s.scratch.path)
      let wasKilled = r.status == 124 || r.status == 137 || r.signalled
      if wasKilled { killed += 1 } else { #expect(r.status == 1, "JLT_KILL_SEED=\(seed), run \(n): \(r.stderr)") }
      for (name, data) in Self.files(out + "/2024") where !name.hasPrefix(".") {
        #expect(
          data == old[name] || data == new[name],
          "JLT_KILL_SEED=\(seed), run \(n) killed after \(delay) s: \(name) is neither the old nor the new file (\(data.count) bytes)"
        )
        if name.hasSuffix(".json") {
          #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "run \(n): \(name) does not parse")
        }
      }
      for name in old.keys {
        #expect(FileManager.default.fileExists(atPath: out + "/2024/" + name), "run \(n): \(name) gone")
      }
    }
    #expect(killed > 0, "JLT_KILL_SEED=\(seed): no run was killed, every delay was longer than a run")

    let last = try s.score(out: out)
    #expect(last.status == 1)
    #expect(Self.temporaries(out + "/2024").isEmpty, "stale temporaries: \(Self.temporaries(out + "/2024"))")
    #expect(Self.files(out + "/2024") == new)
  }

  // MARK: temporaries

  @Test func staleTemporariesOfOursAreRemovedOthersKept() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let mine = getpid()
    try scratch.write(".县A.xlsx.4194000.tmp", "left by a killed run")  // above any live pid here
    try scratch.write(".县A.json.4194001.tmp", "{")
    try scratch.write(".县B.xlsx.\(mine).tmp", "this process is writing it")
    try scratch.write(".县B.json.1.tmp", "pid 1 is alive")
    try scratch.write("县A.xlsx", "a result")
    try scratch.write(".notes.tmp", "not our pattern")
    try scratch.write(".x.abc.tmp", "not a pid")
    try scratch.write("y.123.tmp", "no leading dot")
    try scratch.mkdir(".folder.4194002.tmp")
    let removed = AtomicFile.removeStaleTemporaries(in: scratch.path)
    #expect(removed == [".县A.json.4194001.tmp", ".县A.xlsx.4194000.tmp"])
    let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
    #expect(
      left
        == [
          ".folder.4194002.tmp", ".notes.tmp", ".x.abc.tmp", ".县B.json.1.tmp", ".县B.xlsx.\(mine).tmp", "y.123.tmp",
          "县A.xlsx",
        ].sorted())
  }

  @Test(arguments: [
    (".县A.xlsx.123.tmp", Int32(123)),
    (".a.b.c.json.9.tmp", 9),
    (".x.0.tmp", nil),
    ("..5.tmp", nil),
    (".x.5.tmp.bak", nil),
    (".x.-5.tmp", nil),
    (".x.12345678901.tmp", nil),
    ("x.5.tmp", nil),
  ])
  func temporaryNames(name: String, pid: Int32?) {
    #expect(AtomicFile.temporaryOwner(name) == pid)
  }

  @Test func failedWriteNamesTheFileNotTheTemporary() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.mkdir("target.json/in-the-way")
    let path = scratch.url("target.json")
    #expect(throws: OutputError.cannotRename(path, EISDIR)) { try AtomicFile.write(Data("{}".utf8), to: path) }
    #expect(throws: OutputError.cannotWrite(scratch.url("missing/x.json"), ENOENT)) {
      try AtomicFile.write(Data("{}".utf8), to: scratch.url("missing/x.json"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["target.json"])
    #expect(OutputError.cannotWrite("/o/x.json", ENOSPC).chinese == "无法写入 /o/x.json：磁盘空间已满（No space left on device）")
    #expect(
      OutputError.workbook("/o/x.xlsx", "XLSXError(5): Zip … [writing workbook '/o/x.xlsx' (system: File too large)]")
        .chinese
        == "无法写入工作簿 /o/x.xlsx：文件超出系统允许的大小（磁盘配额或文件大小限制）（File too large）")
    #expect(OutputError.cannotWrite("/o/x.json", ENXIO).chinese.hasPrefix("无法写入 /o/x.json："))
  }
}
