import Foundation
import JLTCore

/// What `jlt check` found.
public struct CheckRun: Sendable {
  public var problems: [Problem]
  /// Manifests checked.
  public var checked: Int
  public var failed: Int

  public var exitStatus: Int32 { failed > 0 ? 1 : 0 }

  public var summary: String {
    let warnings = problems.filter { $0.severity == .warning }.count
    return "已检查证据清单 \(checked) 份：有错误 \(failed) 份，警告 \(warnings) 条"
  }
}

/// `jlt check PATH`: validates every manifest of a root, a county or an alliance folder.
public enum CheckCommand {
  public static func run(path: String, jobs: Int) throws -> CheckRun {
    let folders = try alliances(at: path)
    var work: [AllianceJob] = []
    for a in folders {
      for y in a.years {
        work.append(AllianceJob(folder: a, year: y, rubric: .suizhouTrial, limits: ManifestLimits()))
      }
    }
    guard !work.isEmpty else { throw UsageError("\(path) 中没有任何证据清单（YYYY.toml）") }
    let outcomes = ConcurrentMap.map(work, jobs: jobs) { $0.run() }
    let problems = outcomes.flatMap(\.problems).sorted(by: Problem.reportOrder)
    return CheckRun(problems: problems, checked: outcomes.count, failed: outcomes.filter { $0.score == nil }.count)
  }

  /// The alliance folders under `path`, whichever level it is.
  static func alliances(at path: String) throws -> [AllianceFolder] {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    let folder = url.path
    guard FileProbe.kind(of: folder).isDirectory else {
      throw UsageError("不存在或不是文件夹：\(path)")
    }
    let names = try FileProbe.entries(of: folder)
    if names.contains(where: { InputTree.manifestYear($0) != nil }) {
      let county = url.deletingLastPathComponent().lastPathComponent
      return [try InputTree.alliance(county: county, id: url.lastPathComponent, path: folder)]
    }
    let subfolders = names.filter { FileProbe.kind(of: folder + "/" + $0).isDirectory }
    let isCounty = try subfolders.contains { sub in
      try FileProbe.entries(of: folder + "/" + sub).contains { InputTree.manifestYear($0) != nil }
    }
    if isCounty {
      return try subfolders.map {
        try InputTree.alliance(county: url.lastPathComponent, id: $0, path: folder + "/" + $0)
      }
    }
    do {
      return try InputTree.scan(root: folder).counties.flatMap(\.alliances)
    } catch let e as InputError {
      throw UsageError(e.chinese)
    }
  }
}
