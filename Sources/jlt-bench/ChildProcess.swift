import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One finished child process: its exit status, wall time and peak resident memory.
struct ChildRun {
  var status: Int32
  var wall: Double
  /// ru_maxrss of this child alone (wait4), in bytes.
  var peakRSS: Int
  /// User plus system CPU time of the child, in seconds (less sensitive to a busy machine).
  var cpu: Double
  var stderr: String
}

enum ChildProcess {
  /// Runs `argv` with stdout to /dev/null and stderr to `stderrPath`, waits with wait4 and
  /// returns the child's own rusage.
  static func run(_ argv: [String], stderrPath: String) throws -> ChildRun {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
    cArgs.append(nil)
    defer { for p in cArgs { free(p) } }
    var pid: pid_t = 0
    let start = monotonic()
    let rc = posix_spawn(&pid, argv[0], &actions, nil, cArgs, environ)
    guard rc == 0 else { throw BenchError("cannot start \(argv[0]): \(String(cString: strerror(rc)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw BenchError("wait4: \(String(cString: strerror(errno)))") }
    }
    let wall = monotonic() - start
    let exit: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let text = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return ChildRun(
      status: exit, wall: wall, peakRSS: Int(usage.ru_maxrss) * 1024,
      cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime),
      stderr: text)
  }

  /// Runs a command and returns its stdout (for machine facts such as `nproc`).
  static func output(_ argv: [String]) -> String? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: argv[0])
    p.arguments = Array(argv.dropFirst())
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

func monotonic() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The `timings_ms …` line that `jlt score --timings` prints on stderr.
struct Timings {
  var values: [String: Double] = [:]

  init?(stderr: String) {
    guard let line = stderr.split(separator: "\n").last(where: { $0.hasPrefix("timings_ms ") }) else { return nil }
    for field in line.split(separator: " ").dropFirst() {
      let kv = field.split(separator: "=", maxSplits: 1)
      if kv.count == 2, let v = Double(kv[1]) { values[String(kv[0])] = v }
    }
  }

  subscript(_ key: String) -> Double { values[key] ?? .nan }
}
