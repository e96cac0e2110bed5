import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a file atomically: into a temporary file in the same folder, then rename(2), so
/// that a previous good file is never replaced by a broken one (SPEC §5).
enum AtomicFile {
  /// The temporary name used beside `path` while it is written: `.<name>.<pid>.tmp`.
  static func temporaryPath(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().path + "/.\(url.lastPathComponent).\(getpid()).tmp"
  }

  /// Produces the file's content with `produce(temporaryPath)`, then renames it into place.
  /// On any failure the temporary file is removed and the old file is left as it was; the
  /// error names `path`, not the temporary file.
  static func write(to path: String, _ produce: (String) throws -> Void) throws {
    let temporary = temporaryPath(for: path)
    do {
      try produce(temporary)
      try flush(temporary)
      guard rename(temporary, path) == 0 else { throw OutputError.cannotRename(path, errno) }
    } catch let e as OutputError {
      unlink(temporary)
      throw e.naming(path, insteadOf: temporary)
    } catch {
      unlink(temporary)
      throw error
    }
  }

  static func write(_ data: Data, to path: String) throws {
    try write(to: path) { temporary in try writeAll(data, to: temporary) }
  }

  /// Writes `data` to a new file with write(2), so that a short write (full disk, file size
  /// limit) is reported with its errno.
  private static func writeAll(_ data: Data, to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw OutputError.cannotWrite(path, errno) }
    var failure: Int32 = 0
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      guard let base = bytes.baseAddress else { return }
      var done = 0
      while done < bytes.count {
        let n = Glibc.write(fd, base + done, bytes.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        done += n
      }
    }
    if close(fd) != 0, failure == 0 { failure = errno }
    if failure != 0 { throw OutputError.cannotWrite(path, failure) }
  }

  /// fsync the file so the rename never exposes a file whose data is not on disk.
  private static func flush(_ path: String) throws {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw OutputError.cannotWrite(path, errno) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw OutputError.cannotWrite(path, errno) }
  }

  /// Removes temporary files of ours (`.<name>.<pid>.tmp`, see `temporaryPath`) left in
  /// `folder` by a run that was killed, unless that process is still alive. Other files are
  /// never touched. Returns the names removed.
  @discardableResult
  static func removeStaleTemporaries(in folder: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    var removed: [String] = []
    for name in names {
      guard let pid = temporaryOwner(name), pid != getpid(), !isAlive(pid) else { continue }
      let path = folder + "/" + name
      guard FileProbe.kind(of: path).isRegular, unlink(path) == 0 else { continue }
      removed.append(name)
    }
    return removed.sorted()
  }

  /// The pid in a name of the form `.<name>.<pid>.tmp` (name not empty), or nil.
  static func temporaryOwner(_ name: String) -> pid_t? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
    let inner = name.dropFirst().dropLast(".tmp".count)
    guard let dot = inner.lastIndex(of: "."), dot > inner.startIndex else { return nil }
    let digits = inner[inner.index(after: dot)...]
    guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let pid = pid_t(digits), pid > 0
    else { return nil }
    return pid
  }

  /// True when `pid` runs: kill(pid, 0) succeeds, and on Linux it is not a zombie (a killed
  /// run whose parent died too waits as a zombie until init reaps it).
  private static func isAlive(_ pid: pid_t) -> Bool {
    guard kill(pid, 0) == 0 || errno == EPERM else { return false }
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return true }
    let state = stat[stat.index(after: close)...].drop { $0 == " " }.first
    return state != "Z" && state != "X"
  }
}

/// Why an output file could not be written.
public enum OutputError: Error, Sendable, Equatable {
  case cannotCreateFolder(String, Int32)
  /// A file stands where a folder of the output path must be.
  case inTheWay(String, String)
  case cannotWrite(String, Int32)
  case cannotRename(String, Int32)
  case workbook(String, String)

  public var chinese: String {
    switch self {
    case .cannotCreateFolder(let p, let e): return "无法创建输出文件夹 \(p)：\(Self.reason(e))"
    case .inTheWay(let p, let file):
      return "无法创建输出文件夹 \(p)：\(file) 是一个文件，不是文件夹；请移走它，或用 --out 指定别的输出文件夹"
    case .cannotWrite(let p, let e): return "无法写入 \(p)：\(Self.reason(e))"
    case .cannotRename(let p, let e): return "无法生成 \(p)：\(Self.reason(e))"
    case .workbook(let p, let why):
      if let code = Self.systemError(in: why) { return "无法写入工作簿 \(p)：\(Self.reason(code))" }
      return "无法写入工作簿 \(p)：\(why)"
    }
  }

  /// The same error about `path` when it was about `temporary`.
  func naming(_ path: String, insteadOf temporary: String) -> OutputError {
    func swap(_ p: String) -> String { p == temporary ? path : p }
    switch self {
    case .cannotCreateFolder(let p, let e): return .cannotCreateFolder(swap(p), e)
    case .inTheWay(let p, let file): return .inTheWay(swap(p), file)
    case .cannotWrite(let p, let e): return .cannotWrite(swap(p), e)
    case .cannotRename(let p, let e): return .cannotRename(swap(p), e)
    case .workbook(let p, let why): return .workbook(swap(p), why.replacingOccurrences(of: temporary, with: path))
    }
  }

  /// Reasons a clerk meets, in Chinese, with the system's own words after them.
  static let reasons: [Int32: String] = [
    ENOSPC: "磁盘空间已满",
    EDQUOT: "超出磁盘配额",
    EFBIG: "文件超出系统允许的大小（磁盘配额或文件大小限制）",
    EACCES: "没有写入权限",
    EPERM: "没有写入权限",
    EROFS: "所在磁盘是只读的",
    ENOTDIR: "路径中有一段不是文件夹",
    ENOENT: "文件夹不存在",
    EISDIR: "同名的文件夹已存在",
    EEXIST: "同名的文件已存在",
    EIO: "磁盘读写错误",
    ENAMETOOLONG: "文件名过长",
    EMFILE: "打开的文件过多",
    ENFILE: "打开的文件过多",
  ]

  static func reason(_ code: Int32) -> String {
    let system = String(cString: strerror(code))
    guard let chinese = reasons[code] else { return system }
    return "\(chinese)（\(system)）"
  }

  /// The errno whose text libxlsxwriter's error carries as `(system: …)`, if it is one we explain.
  static func systemError(in text: String) -> Int32? {
    reasons.keys.sorted().first { text.contains("(system: \(String(cString: strerror($0))))") }
  }
}
