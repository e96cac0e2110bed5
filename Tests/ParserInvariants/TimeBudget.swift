#if canImport(Glibc)
  import Glibc
#endif

/// The CPU time a reader may spend on one input: a fixed part plus a part per byte, so that
/// anything worse than linear in the input's size shows as a violation on a long input. Thread
/// CPU time, not wall time: a fuzzer run at `nice -n 19` on a busy machine waits without using
/// it.
public struct TimeBudget: Sendable {
  public var fixed: Double
  public var perByte: Double

  public init(fixed: Double, perByte: Double) {
    self.fixed = fixed
    self.perByte = perByte
  }

  /// Generous for a debug or sanitizer build on a slow core: decoding runs at megabytes per
  /// second in release, so a one-MiB manifest gets 10.5 s against the well under one second it takes.
  public static let standard = TimeBudget(fixed: 0.5, perByte: 10e-6)

  public func seconds(for bytes: Int) -> Double { fixed + perByte * Double(bytes) }

  /// The CPU time this thread has used, in seconds.
  public static func threadCPUTime() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  /// Runs `body`, returning its result and the CPU time it took.
  public static func measure<T>(_ body: () -> T) -> (T, Double) {
    let start = threadCPUTime()
    let result = body()
    return (result, threadCPUTime() - start)
  }
}
