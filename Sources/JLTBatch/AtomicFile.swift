import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a file atomically: into a temporary file in the same folder, then rename(2), so
/// that a previous good file is never replaced by a broken one (SPEC §5).
enum AtomicFile {
  /// The temporary name used beside `path` while it is written.
  static func temporaryPath(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().path + "/.\(url.lastPathComponent).\(getpid()).tmp"
  }

  /// Produces the file's content with `produce(temporaryPath)`, then renames it into place.
  /// On any failure the temporary file is removed and the old file is left as it was.
  static func write(to path: String, _ produce: (String) throws -> Void) throws {
    let temporary = temporaryPath(for: path)
    do {
      try produce(temporary)
      try flush(temporary)
      guard rename(temporary, path) == 0 else { throw OutputError.cannotRename(path, errno) }
    } catch {
      unlink(temporary)
      throw error
    }
  }

  static func write(_ data: Data, to path: String) throws {
    try write(to: path) { temporary in
      guard FileManager.default.createFile(atPath: temporary, contents: data) else {
        throw OutputError.cannotWrite(temporary, errno)
      }
    }
  }

  /// fsync the file so the rename never exposes a file whose data is not on disk.
  private static func flush(_ path: String) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw OutputError.cannotWrite(path, errno) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw OutputError.cannotWrite(path, errno) }
  }
}

/// Why an output file could not be written.
public enum OutputError: Error, Sendable, Equatable {
  case cannotCreateFolder(String, Int32)
  case cannotWrite(String, Int32)
  case cannotRename(String, Int32)
  case workbook(String, String)

  public var chinese: String {
    func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
    switch self {
    case .cannotCreateFolder(let p, let e): return "无法创建输出文件夹 \(p)：\(reason(e))"
    case .cannotWrite(let p, let e): return "无法写入 \(p)：\(reason(e))"
    case .cannotRename(let p, let e): return "无法生成 \(p)：\(reason(e))"
    case .workbook(let p, let why): return "无法写入工作簿 \(p)：\(why)"
    }
  }
}
