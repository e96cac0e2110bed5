import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a synthetic input tree (SPEC §1): `counties` × `alliances` alliance folders, each
/// with 2024 and (mostly) 2023 manifests, a 2021 baseline and its evidence files.
///
/// Every manifest is realistic: 4–8 schools, every indicator C1–C23 filled, 30–60 distinct
/// evidence paths (plus `paper:` records), comments, Chinese names and decimal percents.
/// Deliberate departures, at fixed rates: about 1 % of manifests (in each year) have one
/// out-of-range number (an error: the alliance is not scored that year), 3–28 % of an
/// alliance's evidence paths are missing or empty (warnings; the rate varies by alliance so
/// that totals spread over the grades), 5 % of alliances are new (no 2023 manifest) and 5 %
/// have no baseline. The tree depends only on the seed and the sizes, and
/// alliance (c, a) is the same in every tree that contains it.
struct TreeGenerator {
  var seed: UInt64
  var counties: Int
  var alliances: Int
  var scoredYear = 2024

  /// What was written, for the report.
  struct Stats {
    var alliances = 0
    var manifests = 0
    var evidenceFiles = 0
    var bytes = 0
    /// Distinct path references per manifest: fewest, most, sum (for the mean).
    var pathsMin = Int.max
    var pathsMax = 0
    var pathsSum = 0
    /// Manifests with a deliberate out-of-range number, as `county/id/year.toml`.
    var erroneous: [String] = []

    var pathsMean: Double { manifests == 0 ? 0 : Double(pathsSum) / Double(manifests) }
  }

  func write(to root: String) throws -> Stats {
    var stats = Stats()
    var disk = Disk()
    try disk.makeFolders(root)
    for c in 0..<counties {
      let county = Self.countyName(c)
      for a in 0..<alliances {
        let id = String(format: "a%03d", a + 1)
        var gen = AllianceGenerator(
          rng: SplitMix64(seed: seed, UInt64(c), UInt64(a)), items: SplitMix64(seed: seed, UInt64(c), UInt64(a), 1),
          county: county, id: id, year: scoredYear)
        let folder = "\(root)/\(county)/\(id)"
        try disk.makeFolders(folder)
        let output = gen.generate()
        for (name, text) in output.texts {
          try disk.write(folder + "/" + name, Array(text.utf8))
          stats.bytes += text.utf8.count
        }
        for file in output.files {
          try disk.write(folder + "/" + file.path, file.empty ? [] : Array("jlt-bench 证据 \(file.path)\n".utf8))
        }
        stats.alliances += 1
        stats.manifests += output.manifests.count
        stats.evidenceFiles += output.files.count
        for m in output.manifests {
          stats.pathsMin = min(stats.pathsMin, m.paths)
          stats.pathsMax = max(stats.pathsMax, m.paths)
          stats.pathsSum += m.paths
          if m.erroneous { stats.erroneous.append("\(county)/\(id)/\(m.year).toml") }
        }
      }
    }
    return stats
  }

  /// `模拟县001`, `模拟县002`, …
  static func countyName(_ c: Int) -> String { String(format: "模拟县%03d", c + 1) }
}

/// Creates folders and small files with plain POSIX calls (hundreds of thousands of them).
struct Disk {
  private var made: Set<String> = []

  mutating func makeFolders(_ path: String) throws {
    if made.contains(path) { return }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path, parent != "/" { try makeFolders(parent) }
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw BenchError("cannot create folder \(path): \(String(cString: strerror(errno)))")
    }
    made.insert(path)
  }

  mutating func write(_ path: String, _ bytes: [UInt8]) throws {
    try makeFolders((path as NSString).deletingLastPathComponent)
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw BenchError("cannot create \(path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var done = 0
    while done < bytes.count {
      let n = bytes[done...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      guard n > 0 else { throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))") }
      done += n
    }
  }
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
