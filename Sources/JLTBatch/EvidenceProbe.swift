import Foundation
import JLTCore

/// Looks at evidence on disk (SPEC §2): a path reference counts only if it resolves to a
/// non-empty regular file inside the alliance folder. Nothing is ever opened for reading.
struct EvidenceProbe {
  /// The alliance folder, resolved with realpath.
  let folder: String

  init(folder: String) {
    if case .success(let real) = FileProbe.realPath(folder) {
      self.folder = real
    } else {
      self.folder = folder
    }
  }

  func status(of relative: String) -> EvidenceStatus {
    // A NUL would cut the path short in the C calls below; no control character names evidence.
    if relative.containsUnprintableControl { return .controlCharacters }
    let full = relative.isEmpty ? folder : folder + "/" + relative
    switch FileProbe.realPath(full) {
    case .failure(let failure):
      if failure.code == ELOOP { return .symlinkLoop }
      // A dangling link whose text points outside still must not count; it is simply absent.
      return .missing
    case .success(let real):
      guard real == folder || real.hasPrefix(folder + "/") else { return .outside }
      switch FileProbe.kind(of: real) {
      case .regular(let size): return size > 0 ? .present : .empty
      case .directory: return .directory
      case .missing: return .missing
      case .symlink, .special: return .special
      }
    }
  }

  /// The status of every path among `refs`.
  func statuses(_ refs: [EvidenceRef]) -> [String: EvidenceStatus] {
    var out: [String: EvidenceStatus] = [:]
    for ref in refs {
      if case .path(let p) = ref.target, out[p] == nil { out[p] = status(of: p) }
    }
    return out
  }
}
