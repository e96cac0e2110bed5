import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One run at a time per output folder (SPEC §7): two runs of `score` (or `publish`) on the
/// same output folder never interleave; the second waits for the first and says so on stderr.
///
/// The lock is flock(2) on `OUT/.jlt.lock`, held from `take` until `release` (or until the
/// process ends, however it ends: the kernel drops the lock of a killed process, so a lock file
/// left behind never blocks the next run). The file holds the holder's pid, for the waiting
/// run's message only. It is never removed (removing it while another run waits on it would
/// let a third run lock a new file beside the two); as a dot-file it is never read as input
/// and never listed among the outputs.
public final class RunLock {
  public static let fileName = ".jlt.lock"

  private var descriptor: Int32
  public let path: String

  private init(descriptor: Int32, path: String) {
    self.descriptor = descriptor
    self.path = path
  }

  deinit { release() }

  /// Takes the lock on the output folder `folder` (which exists), waiting as long as another
  /// run holds it; `say` gets the messages about waiting (by default, lines on stderr). Nil
  /// when the lock file cannot be made (a read-only folder, a full disk): then no run can
  /// write there either, and the writes report why.
  public static func take(_ folder: String, say: (String) -> Void = RunLock.printToStandardError) -> RunLock? {
    let path = folder + "/" + fileName
    var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    if fd < 0, errno == EACCES { fd = open(path, O_RDONLY | O_CLOEXEC) }  // another user's lock file
    guard fd >= 0 else { return nil }
    let lock = RunLock(descriptor: fd, path: path)
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK else { return lock.failed() }
      let holder = lock.holder().map { "（进程 \($0)）" } ?? ""
      say("jlt: 另一个 jlt\(holder)正在写入 \(folder)，等它结束后再继续……")
      let started = Date()
      while flock(fd, LOCK_EX) != 0 {
        guard errno == EINTR else { return lock.failed() }
      }
      say("jlt: 另一个 jlt 已结束（等待了 \(String(format: "%.1f", Date().timeIntervalSince(started))) 秒），继续写入 \(folder)")
    }
    lock.record()
    return lock
  }

  /// Lets the next run go on. Closing the file is what releases the lock.
  public func release() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
  }

  public static func printToStandardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// A lock that could not be taken for a reason other than another run: the file is closed
  /// and the run goes on as without a lock file.
  private func failed() -> RunLock? {
    release()
    return nil
  }

  /// The pid written by the run that holds the lock, if it could be read.
  private func holder() -> pid_t? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let n = pread(descriptor, &buffer, buffer.count, 0)
    guard n > 0 else { return nil }
    let text = String(decoding: buffer[..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return pid_t(text).flatMap { $0 > 0 ? $0 : nil }
  }

  /// Writes this process's pid into the file (when it could be opened for writing).
  private func record() {
    let text = Array("\(getpid())\n".utf8)
    guard ftruncate(descriptor, 0) == 0 else { return }
    _ = pwrite(descriptor, text, text.count, 0)
  }
}
