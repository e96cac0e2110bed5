import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

#if canImport(Glibc)
  import Glibc
#endif

/// Two `jlt publish` on one input at once (SPEC §7, §9), as real processes: the first is stopped
/// (SIGSTOP) once it holds the lock on the input root, so that the second surely finds it held;
/// the second waits and says so, then finds the year published (exit 2). One record results,
/// the first's, whole and intact.
@Suite("两个 jlt publish 同时运行", .serialized, .timeLimit(.minutes(3)))
struct PublishLockTests {
  /// Whether the process is stopped by a signal (state `T` in /proc/PID/stat).
  static func isStopped(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    return stat[stat.index(after: close)...].drop { $0 == " " }.first == "T"
  }

  static func publish(_ jlt: String, _ t: PublishedTree, by: String, date: String, out: String) throws
    -> BackgroundProcess
  {
    try BackgroundProcess(jlt, ["publish", t.input, "--year", "2024", "--by", by, "--date", date, "--out", out])
  }

  @Test func secondPublishWaitsAndOneWholeRecordResults() throws {
    let t = try PublishedTree()
    let jlt = try JLTBinary.require()
    let lockFile = t.input + "/" + RunLock.fileName
    var first: BackgroundProcess?
    for _ in 0..<5 where first == nil {
      for county in ["县A", "县B"] { try? FileManager.default.removeItem(atPath: t.recordPath(county)) }
      let run = try Self.publish(jlt, t, by: "第一局", date: "2025-09-15", out: t.scratch.url("out1"))
      let holds = BackgroundProcess.until(seconds: 60) {
        (try? String(contentsOfFile: lockFile, encoding: .utf8)) == "\(run.pid)\n" || !run.isRunning
      }
      run.signal(SIGSTOP)
      if holds, BackgroundProcess.until(seconds: 10, { Self.isStopped(run.pid) }) {
        first = run
      } else {
        run.signal(SIGCONT)
        run.wait()
      }
    }
    let a = try #require(first, "the first publish never held the lock long enough to be stopped")
    let b = try Self.publish(jlt, t, by: "第二局", date: "2025-09-16", out: t.scratch.url("out2"))
    #expect(
      BackgroundProcess.until(seconds: 30) { b.stderr.contains("另一个 jlt（进程 \(a.pid)）") },
      "the second says it waits: \(b.stderr)")
    #expect(b.stderr.contains("等它结束后再继续"))
    usleep(200_000)
    #expect(b.isRunning, "the second goes on only after the first")
    a.signal(SIGCONT)
    let ra = a.wait()
    let rb = b.wait()
    #expect(ra.status == 0, "\(ra.stderr)")
    #expect(ra.stdout.contains("已定稿：县A/定稿-2024.json"))
    #expect(rb.status == 2, "\(rb.stderr)")  // by then 2024 is published: --revise needed
    #expect(rb.stderr.contains("另一个 jlt 已结束（等待了 "))
    #expect(rb.stderrLines.contains { $0.contains("县A 2024学年已定稿（已定稿（第1版，2025-09-15，第一局））") })
    for county in ["县A", "县B"] {
      let text = try t.recordText(county)
      #expect(RecordText.isIntact(text), "\(county)")
      let record = try t.record(county)
      let published = record["published"] as? [String: Any]
      #expect(published?["by"] as? String == "第一局")
      #expect(published?["version"] as? Int == 1)
      #expect((record["history"] as? [Any])?.isEmpty == true)
    }
    // No temporary file left beside the records.
    let left = try FileManager.default.contentsOfDirectory(atPath: t.path("县A")).sorted()
    #expect(left == [".hidden", "a-01", "a-03", "notes.txt", "定稿-2024.json"])
  }
}
