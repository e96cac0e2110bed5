import Foundation
import JLTCore

/// Looks at evidence on disk (SPEC §2): a path reference counts only if it resolves to a
/// non-empty regular file inside the alliance folder. Nothing is ever opened for reading.
///
/// The folder is resolved with realpath once (in a batch, the input root once). A reference
/// whose folders on the way are real directories (lstat, each looked at once per alliance)
/// and whose last component is not a symlink resolves to itself, so lstat alone answers;
/// anything else — a symlink anywhere, a missing folder on the way, `.` or `..` — goes
/// through realpath, which settles loops and links that leave the folder.
struct EvidenceProbe {
  /// The alliance folder, resolved with realpath.
  let folder: String
  /// Whether `folder` is the realpath of the alliance folder (and not the root).
  let resolved: Bool

  init(folder: String) {
    if case .success(let real) = FileProbe.realPath(folder) {
      self.init(folder: real, resolved: real != "/")
    } else {
      self.init(folder: folder, resolved: false)
    }
  }

  private init(folder: String, resolved: Bool) {
    self.folder = folder
    self.resolved = resolved
  }

  /// The alliance folder `root/county/id` of an input tree, given the realpath of the root
  /// (resolved once for the whole batch): when the county and alliance folders are real
  /// directories (lstat), their path under the resolved root is the folder's realpath.
  init(folder: String, resolvedRoot root: String, county: String, id: String) {
    let countyPath = root + "/" + county
    let alliancePath = countyPath + "/" + id
    func plainName(_ name: String) -> Bool {
      !name.isEmpty && name != "." && name != ".." && !name.utf8.contains(0x2F) && !name.containsUnprintableControl
    }
    if root.hasPrefix("/"), root != "/", plainName(county), plainName(id),
      FileProbe.kind(of: countyPath) == .directory, FileProbe.kind(of: alliancePath) == .directory
    {
      self.init(folder: alliancePath, resolved: true)
    } else {
      self.init(folder: folder)
    }
  }

  func status(of relative: String) -> EvidenceStatus {
    var folders: PathTable<Bool> = [:]
    return fact(of: relative, folders: &folders).status
  }

  /// What is at a path: its status, and its size when it is a regular file.
  typealias Fact = (status: EvidenceStatus, bytes: Int?)

  /// - Parameter folders: relative folder path → whether it is a real directory, shared by
  ///   the references of one alliance.
  func fact(of relative: String, folders: inout PathTable<Bool>) -> Fact {
    // A NUL would cut the path short in the C calls below; no control character names evidence.
    if relative.containsUnprintableControl { return (.controlCharacters, nil) }
    if let fact = plainFact(of: relative, folders: &folders) { return fact }
    let full = relative.isEmpty ? folder : folder + "/" + relative
    switch FileProbe.realPath(full) {
    case .failure(let failure):
      if failure.code == ELOOP { return (.symlinkLoop, nil) }
      // A dangling link whose text points outside still must not count; it is simply absent.
      return (.missing, nil)
    case .success(let real):
      guard real == folder || real.hasPrefix(folder + "/") else { return (.outside, nil) }
      return Self.fact(FileProbe.kind(of: real))
    }
  }

  /// The status of a file of this kind (reached without a symlink).
  static func fact(_ kind: FileKind) -> Fact {
    switch kind {
    case .regular(let size): return (size > 0 ? .present : .empty, size)
    case .directory: return (.directory, nil)
    case .missing: return (.missing, nil)
    case .symlink, .special: return (.special, nil)
    }
  }

  /// The status of a plain path without realpath: when every component is a name (not
  /// empty, `.` or `..`), every folder on the way is a real directory and the last
  /// component is not a symlink, realpath would return the path itself (or fail with
  /// ENOENT when it is not there), so its lstat is the answer. Nil when realpath is needed.
  private func plainFact(of relative: String, folders: inout PathTable<Bool>) -> Fact? {
    guard resolved, !relative.isEmpty else { return nil }
    let bytes = relative.utf8
    var componentStart = bytes.startIndex
    var index = bytes.startIndex
    while true {
      let atEnd = index == bytes.endIndex
      if atEnd || bytes[index] == 0x2F {
        let component = bytes[componentStart..<index]
        if component.isEmpty || component.elementsEqual([0x2E]) || component.elementsEqual([0x2E, 0x2E]) {
          return nil
        }
        if atEnd { break }
        let prefix = String(decoding: bytes[bytes.startIndex..<index], as: UTF8.self)
        let isDirectory: Bool
        if let known = folders[prefix] {
          isDirectory = known
        } else {
          isDirectory = FileProbe.kind(of: folder + "/" + prefix) == .directory
          folders[prefix] = isDirectory
        }
        if !isDirectory { return nil }
        componentStart = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    var st = stat()
    guard lstat(folder + "/" + relative, &st) == 0 else {
      // Not there, below real directories: realpath would fail the same way (ENOENT).
      return errno == ENOENT ? (.missing, nil) : nil
    }
    let kind = FileProbe.kind(mode: st.st_mode, size: Int(st.st_size))
    if kind == .symlink { return nil }
    return Self.fact(kind)
  }

  /// The status of every path among `refs`. A missing path whose name exists in another
  /// letter case is `.otherCase` with that name (folder listings, one per folder, only for
  /// missing paths; nothing is opened).
  func facts(_ refs: [EvidenceRef]) -> EvidenceFacts {
    var out = EvidenceFacts()
    out.statuses.reserveCapacity(refs.count)
    var folders: PathTable<Bool> = [:]
    var listings: [String: [Listed]] = [:]
    for ref in refs {
      guard case .path(let p) = ref.target, out.statuses[p] == nil else { continue }
      var (status, bytes) = fact(of: p, folders: &folders)
      if status == .missing, let other = otherCase(of: p, listings: &listings) { status = .otherCase(other) }
      out.statuses[p] = status
      if let bytes { out.sizes[p] = bytes }
    }
    return out
  }

  /// The status of every path among `refs`.
  func statuses(_ refs: [EvidenceRef]) -> PathTable<EvidenceStatus> { facts(refs).statuses }

  /// The path as it exists when every component matches ignoring letter case, else nil.
  /// A name in a folder listing, with its lowercase form (made once per listing, not per lookup).
  struct Listed {
    var name: String
    var lowercased: String
  }

  func otherCase(of relative: String, listings: inout [String: [Listed]]) -> String? {
    var found: [String] = []
    for component in relative.split(separator: "/") {
      let here = found.joined(separator: "/")
      let names: [Listed]
      if let known = listings[here] {
        names = known
      } else {
        let entries = (try? FileProbe.entries(of: here.isEmpty ? folder : folder + "/" + here)) ?? []
        names = entries.map { Listed(name: $0, lowercased: $0.lowercased()) }
        listings[here] = names
      }
      let wanted = component.lowercased()
      guard
        let name = names.first(where: { $0.name == component })?.name
          ?? names.first(where: { $0.lowercased == wanted })?.name
      else { return nil }
      found.append(name)
    }
    let path = found.joined(separator: "/")
    guard path != relative, status(of: path) == .present else { return nil }
    return path
  }
}
