import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A fresh temporary folder, removed by `remove()`.
public struct Scratch {
  public let path: String

  public init() throws {
    // realpath: the probe compares resolved paths, so the scratch folder is used resolved.
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("jlt-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    guard let real = realpath(base, nil) else { throw ScratchError.failed("realpath \(base)") }
    defer { free(real) }
    path = String(cString: real)
  }

  public func remove() { try? FileManager.default.removeItem(atPath: path) }

  public func url(_ relative: String) -> String { path + "/" + relative }

  /// The path of `name` inside this folder.
  public func path(_ name: String) -> String { url(name) }

  /// A copy of the repository's sample input (`input/`) inside this folder; returns its path.
  public func copySample(as name: String = "input") throws -> String {
    let target = url(name)
    try FileManager.default.copyItem(atPath: Fixtures.repository + "/input", toPath: target)
    return target
  }

  /// Writes a file, creating its folders.
  @discardableResult
  public func write(_ relative: String, _ text: String) throws -> String {
    let full = url(relative)
    try FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    guard FileManager.default.createFile(atPath: full, contents: Data(text.utf8)) else {
      throw ScratchError.failed("write \(full)")
    }
    return full
  }

  public func mkdir(_ relative: String) throws {
    try FileManager.default.createDirectory(atPath: url(relative), withIntermediateDirectories: true)
  }

  /// A symlink at `relative` whose text is `target` (relative or absolute).
  public func symlink(_ relative: String, to target: String) throws {
    try FileManager.default.createDirectory(
      atPath: (url(relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    guard Glibc.symlink(target, url(relative)) == 0 else { throw ScratchError.failed("symlink \(relative): \(errno)") }
  }

  public func fifo(_ relative: String) throws {
    guard mkfifo(url(relative), 0o644) == 0 else { throw ScratchError.failed("mkfifo \(relative): \(errno)") }
  }

  /// A Unix-domain socket file at `relative`.
  public func socket(_ relative: String) throws {
    let full = url(relative)
    let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw ScratchError.failed("socket") }
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(full.utf8)
    guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
      throw ScratchError.failed("socket path too long")
    }
    withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
    let rc = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    guard rc == 0 else { throw ScratchError.failed("bind \(errno)") }
  }

  /// A copy of `Tests/Fixtures/<name>` inside this folder; returns its path.
  public func copyFixture(_ name: String) throws -> String {
    let target = url(name)
    try FileManager.default.copyItem(atPath: Fixtures.path(name), toPath: target)
    return target
  }
}

public enum ScratchError: Error {
  case failed(String)
}

public enum Fixtures {
  /// Tests/Fixtures, found from this file (Tests/TestSupport).
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../Fixtures").standardizedFileURL.path

  /// The repository's top folder.
  public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardizedFileURL.path

  public static func path(_ name: String) -> String { root + "/" + name }

  public static func text(_ relative: String) throws -> String {
    try String(contentsOfFile: path(relative), encoding: .utf8)
  }
}

/// The 1-based line of the first line of `text` that contains `needle`.
public func lineNumber(of needle: String, in text: String) -> Int? {
  for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
  where line.contains(needle) {
    return i + 1
  }
  return nil
}
