import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The progress line on stderr (SPEC §7): only when stderr is a terminal and the run is long,
/// redrawn at most five times a second, erased when the batch is done.
final class ProgressLine: @unchecked Sendable {
  /// Runs with fewer manifests than this finish too fast to need a progress line.
  static let threshold = 200

  private let lock = NSLock()
  private var lastDraw = 0.0
  private var drawn = false

  /// A progress reporter, or nil when stderr is not a terminal.
  static func make() -> ProgressLine? { isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil }

  func report(done: Int, total: Int) {
    guard total >= Self.threshold else { return }
    lock.lock()
    defer { lock.unlock() }
    let now = Date().timeIntervalSince1970
    guard done == total || now - lastDraw >= 0.2 else { return }
    lastDraw = now
    drawn = true
    write("\r评分中：\(done)/\(total) 份证据清单（\(done * 100 / max(total, 1))%）")
  }

  /// Erases the line so that what follows starts clean.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if drawn { write("\r\u{1B}[K") }
    drawn = false
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
