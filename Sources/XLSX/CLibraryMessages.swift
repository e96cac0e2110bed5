import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// libxlsxwriter prints its own English `[ERROR]` and `[WARNING]` lines on stderr; the Swift
/// error it returns carries the same facts, which jlt reports in Chinese. While a call into the
/// library runs, stderr (fd 2) is sent to a temporary file; afterwards the library's lines are
/// dropped and anything else is passed on. Calls may overlap (workbooks are closed
/// concurrently): the first one redirects, the last one restores.
enum CLibraryMessages {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var depth = 0
  nonisolated(unsafe) private static var saved: Int32 = -1
  nonisolated(unsafe) private static var capture: UnsafeMutablePointer<FILE>?

  static func silenced<T>(_ body: () throws -> T) rethrows -> T {
    begin()
    defer { end() }
    return try body()
  }

  private static func begin() {
    lock.lock()
    defer { lock.unlock() }
    depth += 1
    guard depth == 1 else { return }
    fflush(nil)  // every stream, stderr included
    guard let file = tmpfile() else { return }
    let copy = dup(2)
    guard copy >= 0, dup2(fileno(file), 2) >= 0 else {
      if copy >= 0 { close(copy) }
      fclose(file)
      return
    }
    saved = copy
    capture = file
  }

  private static func end() {
    lock.lock()
    defer { lock.unlock() }
    depth -= 1
    guard depth == 0, let file = capture, saved >= 0 else { return }
    fflush(nil)  // every stream, stderr included
    dup2(saved, 2)
    close(saved)
    saved = -1
    capture = nil
    defer { fclose(file) }
    let fd = fileno(file)
    guard lseek(fd, 0, SEEK_SET) == 0 else { return }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = read(fd, &buffer, buffer.count)
      if n <= 0 { break }
      bytes += buffer[0..<n]
    }
    let kept = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("[ERROR]") && !$0.hasPrefix("[WARNING]") && !$0.isEmpty }
    for line in kept { FileHandle.standardError.write(Data((line + "\n").utf8)) }
  }
}
