import Foundation
import ParserInvariants

#if canImport(Glibc)
  import Glibc
#endif

/// One input from libFuzzer: the reader's invariants are checked, and any violation is printed
/// and ends the process with `abort()`, which libFuzzer reports as a crash and saves the input.
public enum FuzzEntry {
  /// The CPU seconds one input may take before it counts as a hang: then SIGPROF ends the
  /// process with `abort()` and libFuzzer saves the input. CPU time, where libFuzzer's own
  /// `-timeout` is wall time: a fuzzer stopped with SIGSTOP (as during a benchmark) or starved
  /// at nice 19 uses none, and is never taken for a hang (`make fuzz-parser` passes
  /// `-timeout=0`). Far above `TimeBudget`, which reports anything worse than linear first.
  public static let hangSeconds = 20

  public static func run(_ reader: ReaderInvariants.Reader, _ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    _ = hangHandler
    setHangTimer(seconds: hangSeconds)
    defer { setHangTimer(seconds: 0) }
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    let violations = ReaderInvariants.violations(reader, data)
    guard violations.isEmpty else {
      for v in violations { FileHandle.standardError.write(Data("jlt fuzz-\(reader.rawValue): \(v)\n".utf8)) }
      abort()
    }
    return 0
  }

  /// Installed once: SIGPROF (the CPU timer ran out) says so on stderr and aborts.
  private static let hangHandler: Void = {
    _ = signal(SIGPROF) { _ in
      let message: StaticString = "jlt fuzz: one input took more than 20 s of CPU time (a hang)\n"
      _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
      abort()
    }
  }()

  /// Arms the process CPU timer (ITIMER_PROF) for `seconds`, or disarms it with 0.
  private static func setHangTimer(seconds: Int) {
    var timer = itimerval(
      it_interval: timeval(tv_sec: 0, tv_usec: 0), it_value: timeval(tv_sec: seconds, tv_usec: 0))
    _ = setitimer(__itimer_which_t(ITIMER_PROF.rawValue), &timer, nil)
  }
}
