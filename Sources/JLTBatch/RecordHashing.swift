import Foundation
import JLTCore

/// The fingerprints of the files each county's result rests on, for its record (SPEC §9): each
/// ranked alliance's manifest, baseline and present evidence files, hashed `jobs` alliances at a
/// time. A county whose files changed since they were scored (gone, emptied, no longer a file)
/// gets the list of them instead: no partial record is ever written.
enum RecordHashing {
  /// Files that could not be hashed as they were scored.
  struct Changed: Error, Equatable {
    var messages: [String]
  }

  static func hash(_ reports: [CountyReport], tree: InputTree, jobs: Int)
    -> [String: Result<[String: RecordText.Hashes], Changed>]
  {
    let folders = Dictionary(
      tree.counties.flatMap(\.alliances).map { ("\($0.county)/\($0.id)", $0) }, uniquingKeysWith: { a, _ in a })
    let work = reports.flatMap { r in r.alliances.map { (report: r, alliance: $0) } }
    let results = ConcurrentMap.map(work, jobs: jobs) { item -> (String, String, Result<RecordText.Hashes, Changed>) in
      let a = item.alliance
      guard let folder = folders["\(a.county)/\(a.id)"] else {
        return (a.county, a.id, .failure(Changed(messages: ["\(a.county)/\(a.id) 已不存在"])))
      }
      return (a.county, a.id, hashes(a.score, folder: folder, year: item.report.year))
    }
    var out: [String: Result<[String: RecordText.Hashes], Changed>] = [:]
    for r in reports { out[r.county] = .success([:]) }
    for (county, id, result) in results {
      switch (out[county], result) {
      case (.success(var all)?, .success(let h)):
        all[id] = h
        out[county] = .success(all)
      case (.success?, .failure(let changed)):
        out[county] = .failure(changed)
      case (.failure(var changed)?, .failure(let more)):
        changed.messages += more.messages
        out[county] = .failure(changed)
      default: continue
      }
    }
    return out
  }

  /// One alliance's fingerprints, or the files that are no longer as they were scored.
  static func hashes(_ score: AllianceScore, folder: AllianceFolder, year: Int) -> Result<RecordText.Hashes, Changed> {
    var problems: [String] = []
    let base = "\(folder.county)/\(folder.id)"
    func file(_ name: String) -> PublishedRecord.FileHash? {
      switch FileHasher.hash(file: folder.path + "/" + name) {
      case .success(let h): return PublishedRecord.FileHash(file: "\(base)/\(name)", sha256: h.sha256)
      case .failure(let why):
        problems.append("\(base)/\(name)（\(why.chinese)）")
        return nil
      }
    }
    let manifest = file("\(year).toml")
    let baseline = folder.hasBaseline ? file("baseline.toml") : nil
    var evidence: [String: String] = [:]
    for entry in score.evidence where entry.kind == .present {
      guard let path = entry.path else { continue }
      switch FileHasher.hash(path, in: folder.path) {
      case .success(let h) where h.bytes == entry.bytes && h.bytes > 0: evidence[path] = h.sha256
      case .success: problems.append("\(base)/\(path)（计分后内容已改变）")
      case .failure(let why): problems.append("\(base)/\(path)（\(why.chinese)）")
      }
    }
    guard problems.isEmpty, let manifest else { return .failure(Changed(messages: problems)) }
    return .success(RecordText.Hashes(manifest: manifest, baseline: baseline, evidence: evidence))
  }
}
