import Crypto
import Foundation
import JLTCore

#if canImport(Glibc)
  import Glibc
#endif

/// SHA-256 of the files a published record rests on (SPEC §9), read in bounded chunks so that
/// a 2 GB video is never held in memory. Only `publish` and `verify` hash; `score` never reads
/// evidence content. A file must be a regular file inside its alliance folder: a directory, a
/// FIFO, a device or a symlink out of the folder is never opened.
enum FileHasher {
  static let chunk = 1 << 20

  /// Why a file could not be hashed, in Chinese.
  enum Failure: Error, Equatable {
    case missing
    case notRegular(EvidenceStatus)
    case unreadable(Int32)

    var chinese: String {
      switch self {
      case .missing: return "文件已不存在"
      case .notRegular(let status): return status.chinese
      case .unreadable(let code): return "无法读取（\(String(cString: strerror(code)))）"
      }
    }
  }

  /// The digest and size of `relative` inside `folder` (an alliance folder).
  static func hash(_ relative: String, in folder: String) -> Result<(sha256: String, bytes: Int), Failure> {
    let probe = EvidenceProbe(folder: folder)
    let status = probe.status(of: relative)
    switch status {
    case .present, .empty: break
    case .missing, .otherCase: return .failure(.missing)
    default: return .failure(.notRegular(status))
    }
    guard case .success(let real) = FileProbe.realPath(probe.folder + "/" + relative) else { return .failure(.missing) }
    return hash(file: real)
  }

  /// The digest and size of a regular file. Opened without following a symlink and without
  /// blocking (a FIFO swapped in meanwhile is refused by fstat, never read).
  static func hash(file path: String) -> Result<(sha256: String, bytes: Int), Failure> {
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return .failure(errno == ENOENT ? .missing : .unreadable(errno)) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return .failure(.unreadable(errno)) }
    guard st.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular(.special)) }
    var hasher = SHA256()
    var buffer = [UInt8](repeating: 0, count: chunk)
    var total = 0
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunk) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(errno))
      }
      if n == 0 { break }
      hasher.update(data: buffer[0..<n])
      total += n
    }
    return .success((hasher.finalize().map { String(format: "%02x", $0) }.joined(), total))
  }
}
