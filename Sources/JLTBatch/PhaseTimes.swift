import Dispatch

/// Time spent in each phase of the batch, in seconds (for `--timings` and `make bench`).
/// Per-alliance phases are summed over all alliances (CPU-side time across threads).
public struct PhaseTimes: Sendable, Equatable {
  public var read = 0.0
  public var decode = 0.0
  public var evidence = 0.0
  public var score = 0.0

  public init() {}

  static func + (a: PhaseTimes, b: PhaseTimes) -> PhaseTimes {
    var r = a
    r.read += b.read
    r.decode += b.decode
    r.evidence += b.evidence
    r.score += b.score
    return r
  }

  /// Runs `body` and adds its duration to the phase at `path`.
  static func measure<T>(_ into: inout Double, _ body: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    defer { into += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
    return try body()
  }
}

/// Wall-clock times of a whole `score` run, in seconds.
public struct RunTimes: Sendable, Equatable {
  public var scan = 0.0
  /// Reading, decoding, evidence checks and scoring of every alliance (concurrent). `score`
  /// scores and writes at once (`CountyPipeline`): there both are the time of their tasks summed
  /// over the workers and divided by their number, the wall time each would take alone.
  public var scoring = 0.0
  public var writing = 0.0
  /// The per-phase sums inside `scoring`.
  public var phases = PhaseTimes()
  public var manifests = 0

  public init() {}

  /// One line for `make bench` to read.
  public var line: String {
    func f(_ x: Double) -> String { String(Int((x * 1000).rounded())) }
    return "timings_ms scan=\(f(scan)) scoring=\(f(scoring)) writing=\(f(writing)) "
      + "read=\(f(phases.read)) decode=\(f(phases.decode)) evidence=\(f(phases.evidence)) "
      + "score=\(f(phases.score)) manifests=\(manifests)"
  }
}
