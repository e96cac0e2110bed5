import Foundation
import TestSupport
import Testing

@testable import JLTBatch

#if canImport(Glibc)
  import Glibc
#endif

/// One run at a time (SPEC §7): two `jlt score` on one output folder never interleave, the
/// second waits and says so on stderr, and a lock left by a killed process never blocks the
/// next run. With real processes: the first run is stopped (SIGSTOP) once it holds the lock, so
/// that the second surely finds it held, then continued; or killed with SIGKILL.
@Suite("同一输出文件夹一次只运行一个", .serialized, .timeLimit(.minutes(3)))
struct RunLockTests {
  // MARK: in one process

  @Test func secondTakerWaitsUntilTheFirstReleases() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let first = try #require(RunLock.take(scratch.path) { Issue.record("the first taker must not wait: \($0)") })
    let pidText = try String(contentsOfFile: scratch.url(RunLock.fileName), encoding: .utf8)
    #expect(pidText == "\(getpid())\n")
    let said = Said()
    let taken = Said()
    let folder = scratch.path
    let thread = Thread {
      let second = RunLock.take(folder) { said.append($0) }
      taken.append(second == nil ? "nil" : "taken")
      second?.release()
    }
    thread.start()
    #expect(BackgroundProcess.until(seconds: 10) { !said.lines.isEmpty }, "the second taker says it waits")
    usleep(100_000)
    #expect(taken.lines.isEmpty, "the second taker goes on only after the first released")
    first.release()
    #expect(BackgroundProcess.until(seconds: 10) { !taken.lines.isEmpty })
    #expect(taken.lines == ["taken"])
    #expect(said.lines.count == 2)
    #expect(said.lines.first == "jlt: 另一个 jlt（进程 \(getpid())）正在写入 \(scratch.path)，等它结束后再继续……")
    #expect(said.lines.last?.hasPrefix("jlt: 另一个 jlt 已结束（等待了 ") == true, "\(said.lines)")
  }

  @Test func noLockFileWhereNothingCanBeWritten() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("a-file", "x")
    #expect(RunLock.take(scratch.url("missing")) { Issue.record("\($0)") } == nil)
    #expect(RunLock.take(scratch.url("a-file")) { Issue.record("\($0)") } == nil)
  }

  // MARK: two real processes

  final class Said: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [String] = []
    func append(_ s: String) { lock.withLock { all.append(s) } }
    var lines: [String] { lock.withLock { all } }
  }

  /// The sample input twice (the second with other alliance names, so that every output differs),
  /// and the outputs of the second scored alone.
  final class TwoInputs {
    let setup: OutputFaultTests.Setup
    let other: String
    let reference: [String: Data]

    init() throws {
      setup = try OutputFaultTests.Setup(sample: true)
      other = setup.scratch.url("other")
      try FileManager.default.copyItem(atPath: setup.input, toPath: other)
      for manifest in ["曾都区/zd-01/2024.toml", "随县/sx-01/2024.toml", "广水市/gs-01/2024.toml"] {
        try OutputFaultTests.Setup.rename(other + "/" + manifest)
      }
      let alone = setup.scratch.url("alone")
      #expect(try Subprocess.score(setup.jlt, input: other, out: alone, in: setup.scratch.path).status == 1)
      reference = OutputFaultTests.files(alone + "/2024")
      #expect(reference.count == 7)
    }

    /// Starts `jlt score INPUT --out out` and waits until it holds the lock (its pid is in the
    /// lock file), then stops it there; nil if it ended before that could be seen.
    func startAndStopHoldingTheLock(input: String, out: String) throws -> BackgroundProcess? {
      try Self.startAndStop(setup.jlt, ["score", input, "--out", out], holdingTheLockOf: out)
    }

    /// Starts `jlt ARGUMENTS` and waits until it holds the lock of `folder`, then stops it
    /// there; nil if it ended before that could be seen.
    static func startAndStop(_ jlt: String, _ arguments: [String], holdingTheLockOf folder: String) throws
      -> BackgroundProcess?
    {
      let run = try BackgroundProcess(jlt, arguments)
      let lockFile = folder + "/" + RunLock.fileName
      let holds = BackgroundProcess.until(seconds: 60) {
        (try? String(contentsOfFile: lockFile, encoding: .utf8)) == "\(run.pid)\n" || !run.isRunning
      }
      run.signal(SIGSTOP)
      guard holds, BackgroundProcess.until(seconds: 10, { isStopped(run.pid) }) else {
        run.signal(SIGCONT)
        run.wait()
        return nil
      }
      return run
    }

    /// Whether the process is stopped by a signal (state `T` in /proc/PID/stat), not ended.
    static func isStopped(_ pid: pid_t) -> Bool {
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return false }
      return stat[stat.index(after: close)...].drop { $0 == " " }.first == "T"
    }
  }

  @Test(.tags(.slow)) func secondRunWaitsForTheFirstAndOutputsAreNotAMix() throws {
    let inputs = try TwoInputs()
    let s = inputs.setup
    let out = s.scratch.url("out")
    var attempt = 0
    var first: BackgroundProcess?
    while first == nil, attempt < 5 {
      attempt += 1
      try? FileManager.default.removeItem(atPath: out)
      first = try inputs.startAndStopHoldingTheLock(input: s.input, out: out)
    }
    let a = try #require(first, "the first run never held the lock long enough to be stopped")
    let b = try BackgroundProcess(s.jlt, ["score", inputs.other, "--out", out])
    let waiting = "jlt: 另一个 jlt（进程 \(a.pid)）正在写入 \(out)，等它结束后再继续……"
    #expect(BackgroundProcess.until(seconds: 60) { b.stderr.contains(waiting) }, "\(b.stderr)")
    usleep(300_000)
    #expect(b.isRunning, "the second run waits while the first holds the lock")
    a.signal(SIGCONT)
    let ra = a.wait()
    let rb = b.wait()
    #expect(ra.status == 1, "\(ra.stderr)")  // the sample has alliances with errors
    #expect(rb.status == 1, "\(rb.stderr)")
    #expect(!ra.stderr.contains("另一个 jlt"), "\(ra.stderr)")
    #expect(rb.stderr.contains("jlt: 另一个 jlt 已结束（等待了 "), "\(rb.stderr)")
    // The second run wrote after the first had finished: every output is its own, none a mix.
    #expect(OutputFaultTests.files(out + "/2024") == inputs.reference)
    #expect(OutputFaultTests.temporaries(out + "/2024").isEmpty)
  }

  @Test(.tags(.slow)) func lockOfAKilledRunNeverBlocks() throws {
    let inputs = try TwoInputs()
    let s = inputs.setup
    let out = s.scratch.url("out")
    var attempt = 0
    var first: BackgroundProcess?
    while first == nil, attempt < 5 {
      attempt += 1
      try? FileManager.default.removeItem(atPath: out)
      first = try inputs.startAndStopHoldingTheLock(input: s.input, out: out)
    }
    let a = try #require(first, "the first run never held the lock long enough to be stopped")
    a.signal(SIGKILL)  // kill -9 while it holds the lock, stopped mid-run
    let ra = a.wait()
    #expect(ra.signalled && ra.status == SIGKILL)
    #expect(FileManager.default.fileExists(atPath: out + "/" + RunLock.fileName), "the lock file is left behind")
    let started = Date()
    let rb = try Subprocess.score(s.jlt, input: inputs.other, out: out, in: s.scratch.path)
    #expect(rb.status == 1, "\(rb.stderr)")
    #expect(!rb.stderr.contains("另一个 jlt"), "the next run does not wait: \(rb.stderr)")
    #expect(Date().timeIntervalSince(started) < 60)
    #expect(OutputFaultTests.files(out + "/2024") == inputs.reference)
    #expect(OutputFaultTests.temporaries(out + "/2024").isEmpty, "the killed run's temporaries are removed")
    // A lock file naming a process that is gone, not locked by anyone: no wait either.
    try "4194000\n".write(toFile: out + "/" + RunLock.fileName, atomically: false, encoding: .utf8)
    let rc = try Subprocess.score(s.jlt, input: inputs.other, out: out, in: s.scratch.path)
    #expect(rc.status == 1 && !rc.stderr.contains("另一个 jlt"), "\(rc.stderr)")
  }
  /// A run already waiting when the holder is killed with SIGKILL goes on at once: the kernel
  /// drops the dead process's lock, and the waiting run writes all of its outputs.
  @Test(.tags(.slow)) func waitingRunGoesOnWhenTheHolderIsKilled() throws {
    let inputs = try TwoInputs()
    let s = inputs.setup
    let out = s.scratch.url("out")
    var attempt = 0
    var first: BackgroundProcess?
    while first == nil, attempt < 5 {
      attempt += 1
      try? FileManager.default.removeItem(atPath: out)
      first = try inputs.startAndStopHoldingTheLock(input: s.input, out: out)
    }
    let a = try #require(first, "the first run never held the lock long enough to be stopped")
    let b = try BackgroundProcess(s.jlt, ["score", inputs.other, "--out", out])
    let waiting = "jlt: 另一个 jlt（进程 \(a.pid)）正在写入 \(out)，等它结束后再继续……"
    #expect(BackgroundProcess.until(seconds: 60) { b.stderr.contains(waiting) }, "\(b.stderr)")
    usleep(300_000)
    #expect(b.isRunning, "the second run waits while the first holds the lock")
    a.signal(SIGKILL)  // kill -9 while the second waits
    let ra = a.wait()
    #expect(ra.signalled && ra.status == SIGKILL)
    #expect(BackgroundProcess.until(seconds: 60) { !b.isRunning }, "the waiting run ends once the holder is dead")
    let rb = b.wait()
    #expect(rb.status == 1, "\(rb.stderr)")
    #expect(rb.stderr.contains("jlt: 另一个 jlt 已结束（等待了 "), "\(rb.stderr)")
    #expect(OutputFaultTests.files(out + "/2024") == inputs.reference)
    #expect(OutputFaultTests.temporaries(out + "/2024").isEmpty, "the killed run's temporaries are removed")
  }
  // MARK: publish

  /// `jlt publish` on the mini tree without a-02 (every alliance scored, so both counties can
  /// be published), into `out`.
  static func publish(_ s: OutputFaultTests.Setup, out: String) -> [String] {
    ["publish", s.input, "--year", "2024", "--by", "测试", "--date", "2025-09-15", "--out", out]
  }

  /// Two `jlt publish` on one input never interleave either (SPEC §7, §9): the second waits
  /// while the first holds the input folder's lock, says so, and then finds the year published
  /// by the first (exit 2: it would need --revise), so the records are the first's alone.
  @Test(.tags(.slow)) func secondPublishWaitsAndFindsTheYearPublished() throws {
    let s = try OutputFaultTests.Setup()
    let out = s.scratch.url("out")
    var attempt = 0
    var first: BackgroundProcess?
    while first == nil, attempt < 5 {
      attempt += 1
      for county in ["县A", "县B"] { try? FileManager.default.removeItem(atPath: s.input + "/\(county)/定稿-2024.json") }
      first = try TwoInputs.startAndStop(s.jlt, Self.publish(s, out: out), holdingTheLockOf: s.input)
    }
    let a = try #require(first, "the first publish never held the lock long enough to be stopped")
    let b = try BackgroundProcess(s.jlt, Self.publish(s, out: out))
    let waiting = "jlt: 另一个 jlt（进程 \(a.pid)）正在写入 \(s.input)，等它结束后再继续……"
    #expect(BackgroundProcess.until(seconds: 60) { b.stderr.contains(waiting) }, "\(b.stderr)")
    usleep(300_000)
    #expect(b.isRunning, "the second publish waits while the first holds the lock")
    #expect(!FileManager.default.fileExists(atPath: s.input + "/县A/定稿-2024.json"))
    a.signal(SIGCONT)
    let ra = a.wait()
    let rb = b.wait()
    #expect(ra.status == 0, "\(ra.stderr)")
    #expect(ra.stdout.contains("已定稿：县A/定稿-2024.json"), "\(ra.stdout)")
    #expect(!ra.stderr.contains("另一个 jlt"), "\(ra.stderr)")
    #expect(rb.status == 2, "the second finds 2024 published: \(rb.stderr)")
    #expect(rb.stderr.contains("jlt: 另一个 jlt 已结束（等待了 "), "\(rb.stderr)")
    #expect(rb.stderr.contains("县A 2024学年已定稿"), "\(rb.stderr)")
    #expect(!rb.stdout.contains("已定稿："), "\(rb.stdout)")
  }

  /// A publish killed with SIGKILL while it holds the lock never blocks the next one, which
  /// publishes at once (the killed run had written no record yet).
  @Test(.tags(.slow)) func lockOfAKilledPublishNeverBlocks() throws {
    let s = try OutputFaultTests.Setup()
    let out = s.scratch.url("out")
    var attempt = 0
    var first: BackgroundProcess?
    while first == nil, attempt < 5 {
      attempt += 1
      for county in ["县A", "县B"] { try? FileManager.default.removeItem(atPath: s.input + "/\(county)/定稿-2024.json") }
      first = try TwoInputs.startAndStop(s.jlt, Self.publish(s, out: out), holdingTheLockOf: s.input)
    }
    let a = try #require(first, "the first publish never held the lock long enough to be stopped")
    a.signal(SIGKILL)
    let ra = a.wait()
    #expect(ra.signalled && ra.status == SIGKILL)
    #expect(FileManager.default.fileExists(atPath: s.input + "/" + RunLock.fileName), "the lock file is left behind")
    #expect(!FileManager.default.fileExists(atPath: s.input + "/县A/定稿-2024.json"))
    let rb = try Subprocess.bash(#"exec "$0" "$@""#, [s.jlt] + Self.publish(s, out: out), in: s.scratch.path)
    #expect(rb.status == 0, "\(rb.stderr)")
    #expect(!rb.stderr.contains("另一个 jlt"), "the next publish does not wait: \(rb.stderr)")
    #expect(rb.stdout.contains("已定稿：县A/定稿-2024.json"), "\(rb.stdout)")
  }
}
