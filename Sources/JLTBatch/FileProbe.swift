import Foundation
import JLTCore

#if canImport(Glibc)
  import Glibc
#endif

/// What is at a path, found with lstat (a symlink is reported as such, not followed).
public enum FileKind: Sendable, Equatable {
  case missing
  case regular(size: Int)
  case directory
  case symlink
  /// FIFO, device or socket.
  case special

  var isDirectory: Bool { self == .directory }
  var isRegular: Bool {
    if case .regular = self { return true }
    return false
  }
}

/// An errno value from a failed call.
struct Errno: Error, Equatable {
  let code: Int32
}

/// The only place that looks at the file system's metadata.
enum FileProbe {
  static func kind(of path: String) -> FileKind {
    var st = stat()
    guard lstat(path, &st) == 0 else { return .missing }
    return kind(mode: st.st_mode, size: Int(st.st_size))
  }

  static func kind(mode: mode_t, size: Int) -> FileKind {
    switch mode & S_IFMT {
    case S_IFREG: return .regular(size: size)
    case S_IFDIR: return .directory
    case S_IFLNK: return .symlink
    default: return .special
    }
  }

  /// Names in a folder, without `.`-names, in code-point order.
  static func entries(of path: String) throws -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
      throw InputError.unreadable(path)
    }
    return names.filter { !$0.hasPrefix(".") }.sorted { $0.codePointLess(than: $1) }
  }

  /// realpath(3), or the errno when it fails.
  static func realPath(_ path: String) -> Result<String, Errno> {
    guard let resolved = realpath(path, nil) else { return .failure(Errno(code: errno)) }
    defer { free(resolved) }
    return .success(String(cString: resolved))
  }

  /// Reads a regular file of at most `limit` bytes. Symlinks are not followed.
  static func read(_ path: String, limit: Int) -> Result<Data, ReadFailure> {
    switch kind(of: path) {
    case .missing: return .failure(.missing)
    case .regular(let size) where size > limit: return .failure(.tooLarge(size, limit: limit))
    case .regular: break
    default: return .failure(.notRegular)
    }
    guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(.unreadable) }
    defer { try? handle.close() }
    do {
      let data = try handle.read(upToCount: limit + 1) ?? Data()
      if data.count > limit { return .failure(.tooLarge(data.count, limit: limit)) }
      return .success(data)
    } catch {
      return .failure(.unreadable)
    }
  }
}

enum ReadFailure: Error, Equatable {
  case missing
  case tooLarge(Int, limit: Int)
  case notRegular
  case unreadable

  var chinese: String {
    switch self {
    case .missing: return "文件不存在"
    case .tooLarge(let n, let limit):
      return "文件过大（\(n) 字节），上限为 \(limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) 字节")"
    case .notRegular: return "不是普通文件"
    case .unreadable: return "文件无法读取"
    }
  }
}

extension FileProbe {
  /// Every regular file below `folder` as a relative path, from one listing of each folder
  /// (readdir's file types; nothing is opened): names starting with `.` are skipped at every
  /// level, folders are entered without following links, and a symlink counts only when it
  /// resolves to a regular file inside `folder`. Manifests and the baseline at the top are not
  /// evidence and are left out.
  static func regularFiles(under folder: String) -> Set<String> {
    var out: Set<String> = []
    // realpath of the folder only when a link is met (most folders have none)
    var resolvedFolder: String?
    func resolved() -> String {
      if let resolvedFolder { return resolvedFolder }
      let r = (try? realPath(folder).get()) ?? folder
      resolvedFolder = r
      return r
    }
    func walk(_ relative: String) {
      let path = relative.isEmpty ? folder : folder + "/" + relative
      guard let dir = opendir(path) else { return }
      defer { closedir(dir) }
      while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
          $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        guard !name.hasPrefix(".") else { continue }
        let child = relative.isEmpty ? name : relative + "/" + name
        var type = Int32(entry.pointee.d_type)
        if type == Int32(DT_UNKNOWN) {
          switch kind(of: folder + "/" + child) {
          case .regular: type = Int32(DT_REG)
          case .directory: type = Int32(DT_DIR)
          case .symlink: type = Int32(DT_LNK)
          default: continue
          }
        }
        switch type {
        case Int32(DT_REG):
          if !relative.isEmpty || !(InputTree.manifestYear(name) != nil || name == "baseline.toml") {
            out.insert(child)
          }
        case Int32(DT_DIR): walk(child)
        case Int32(DT_LNK):
          if case .success(let real) = realPath(folder + "/" + child), real.hasPrefix(resolved() + "/"),
            kind(of: real).isRegular
          {
            out.insert(child)
          }
        default: continue
        }
      }
    }
    walk("")
    return out
  }
}
