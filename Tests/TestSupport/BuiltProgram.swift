import Foundation

/// An executable of this package run by a test (the build folder's `toml-tagged`, or a tool on
/// the machine such as python3), with what it printed.
public enum BuiltProgram {
  /// `name` in the build folder of the running tests (beside the test bundle: `swift test`
  /// builds every executable), else in `<repo>/.build/debug`; nil when it is not built.
  public static func path(_ name: String) -> String? {
    var candidates: [String] = []
    var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
    for _ in 0..<4 {
      candidates.append(dir.appendingPathComponent(name).path)
      dir = dir.deletingLastPathComponent()
    }
    candidates.append(Fixtures.repository + "/.build/debug/" + name)
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  public struct Output: Sendable {
    public var status: Int32
    public var stdout: Data
    public var stderr: Data
  }

  /// Runs `executable` with `arguments` (no shell), stdin empty, reading stdout and stderr at
  /// once so that neither pipe can fill up and block the child.
  public static func run(_ executable: String, _ arguments: [String]) throws -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stderr = Collected()
    let reader = Thread { stderr.set(err.fileHandleForReading.readDataToEndOfFile()) }
    reader.start()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(status: process.terminationStatus, stdout: stdout, stderr: stderr.wait())
  }

  /// Whether `/usr/bin/env python3 -c program` runs and exits 0 (e.g. `import tomllib`).
  public static func pythonRuns(_ program: String) -> Bool {
    (try? run("/usr/bin/env", ["python3", "-c", program]).status) == 0
  }

  private final class Collected: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?
    func set(_ d: Data) {
      condition.lock()
      data = d
      condition.signal()
      condition.unlock()
    }
    func wait() -> Data {
      condition.lock()
      defer { condition.unlock() }
      while data == nil { condition.wait() }
      return data ?? Data()
    }
  }
}
