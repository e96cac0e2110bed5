import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A `jlt` (or any program) running beside the test, whose output can be looked at while it
/// runs and which can be stopped, continued and killed by signal: for the tests of one run at a
/// time (RunLockTests).
final class BackgroundProcess: @unchecked Sendable {
  private let process = Process()
  private let lock = NSLock()
  private var out = Data()
  private var err = Data()

  init(_ executable: String, _ arguments: [String]) throws {
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["LC_ALL"] = "C.UTF-8"
    process.environment = env
    process.standardInput = FileHandle.nullDevice
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    stdout.fileHandleForReading.readabilityHandler = { [weak self] h in self?.append(h.availableData, error: false) }
    stderr.fileHandleForReading.readabilityHandler = { [weak self] h in self?.append(h.availableData, error: true) }
    try process.run()
  }

  private func append(_ data: Data, error: Bool) {
    lock.withLock {
      if error { err.append(data) } else { out.append(data) }
    }
  }

  var pid: pid_t { process.processIdentifier }
  var isRunning: Bool { process.isRunning }
  var stderr: String { lock.withLock { String(decoding: err, as: UTF8.self) } }
  var stdout: String { lock.withLock { String(decoding: out, as: UTF8.self) } }

  func signal(_ number: Int32) { kill(pid, number) }

  /// Waits for the end, then for the last of its output; the exit status (or the signal).
  @discardableResult
  func wait() -> RunResult {
    process.waitUntilExit()
    for pipe in [process.standardOutput, process.standardError] {
      guard let handle = (pipe as? Pipe)?.fileHandleForReading else { continue }
      handle.readabilityHandler = nil
      append(handle.readDataToEndOfFile(), error: pipe as AnyObject === process.standardError as AnyObject)
    }
    return RunResult(
      status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal, stdout: stdout,
      stderr: stderr)
  }

  /// Polls `condition` every millisecond for up to `seconds`; whether it came true.
  static func until(seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition() { return true }
      usleep(1_000)
    }
    return condition()
  }
}
