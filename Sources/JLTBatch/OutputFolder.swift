import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Creates the output folder and its parents (`mkdir -p`), saying what is in the way when a
/// part of the path is a file.
enum OutputFolder {
  static func create(_ path: String) throws {
    var built = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      built += "/" + part
      switch FileProbe.kind(of: built) {
      case .directory: continue
      case .missing:
        guard mkdir(built, 0o755) == 0 || errno == EEXIST else { throw OutputError.cannotCreateFolder(path, errno) }
      case .symlink:
        // A link to a folder is fine; anything else is in the way.
        var st = stat()
        guard stat(built, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else {
          throw OutputError.inTheWay(path, Self.shown(built))
        }
      case .regular, .special:
        throw OutputError.inTheWay(path, Self.shown(built))
      }
    }
  }

  static func shown(_ built: String) -> String { built.hasPrefix("./") ? String(built.dropFirst(2)) : built }
}
