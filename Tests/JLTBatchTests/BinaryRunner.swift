import Foundation
import TestSupport
import Testing

/// Runs the real `jlt` executable as a subprocess, for tests of what a clerk sees: exit status,
/// stdout, stderr, and the files left behind after faults and kills.
enum JLTBinary {
  /// `$JLT_BINARY`, else `jlt` beside the test bundle (the same build folder: `swift test`
  /// builds it), else `<repo>/.build/debug/jlt`.
  static var path: String? {
    let fm = FileManager.default
    var candidates: [String] = []
    if let env = ProcessInfo.processInfo.environment["JLT_BINARY"], !env.isEmpty { candidates.append(env) }
    var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
    for _ in 0..<4 {
      candidates.append(dir.appendingPathComponent("jlt").path)
      dir = dir.deletingLastPathComponent()
    }
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    candidates.append(repo.appendingPathComponent(".build/debug/jlt").path)
    return candidates.first { fm.isExecutableFile(atPath: $0) && !$0.hasSuffix(".xctest") }
  }

  /// The binary, or a recorded issue (a missing binary must not pass silently).
  static func require(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try #require(
      path, "jlt executable not found: build it (swift build) or set JLT_BINARY", sourceLocation: sourceLocation)
  }
}

/// The outcome of one subprocess run.
struct RunResult {
  var status: Int32
  /// True when it ended by a signal (then `status` is the signal number).
  var signalled: Bool
  var stdout: String
  var stderr: String

  var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

enum Subprocess {
  /// Runs `/bin/bash -c script arg0 args…` in `directory`. Output goes through pipes (not
  /// files: a file size limit set in the script must not apply to them), both read at once so
  /// a large stderr can never block the child.
  static func bash(_ script: String, _ args: [String], in directory: String) throws -> RunResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script] + args
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    env["LC_ALL"] = "C.UTF-8"  // strerror's words in English, whatever the machine's locale
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stdout = Collected()
    let reader = Thread { stdout.data = out.fileHandleForReading.readDataToEndOfFile() }
    reader.start()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !stdout.done { usleep(1_000) }
    return RunResult(
      status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
      stdout: String(decoding: stdout.data, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// Bytes read on another thread.
  private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: Data?
    var data: Data {
      get { lock.withLock { bytes ?? Data() } }
      set { lock.withLock { bytes = newValue } }
    }
    var done: Bool { lock.withLock { bytes != nil } }
  }

  /// `jlt score INPUT --out OUT extra…` as a plain subprocess.
  static func score(_ jlt: String, input: String, out: String, extra: [String] = [], in directory: String) throws
    -> RunResult
  {
    try bash(#"exec "$0" score "$@""#, [jlt, input, "--out", out] + extra, in: directory)
  }
}
