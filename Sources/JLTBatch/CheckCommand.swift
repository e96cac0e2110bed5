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
    let (root, folders) = try alliances(at: path)
    let rubrics = RubricSource(root: root)
    var work: [AllianceJob] = []
    for a in folders {
      for y in a.years {
        let rubric = rubrics.rubric(county: a.county, year: y)
        work.append(AllianceJob(folder: a, year: y, rubric: rubric, limits: ManifestLimits()))
      }
    }
    // Rubric files are validated even for years without manifests.
    var rubricProblems: [Problem] = []
    let counties = Set(folders.map(\.county))
    for (county, year) in rubrics.allFiles() where county == nil || counties.contains(county ?? "") {
      rubricProblems += rubrics.rubric(county: county, year: year).problems
    }
    rubricProblems = Array(Set(rubricProblems))
    guard !work.isEmpty || !rubricProblems.isEmpty else {
      throw UsageError("\(path) 中没有任何证据清单（YYYY.toml）")
    }
    let outcomes = ConcurrentMap.map(work, jobs: jobs) { $0.run().outcome }
    let problems = rubricProblems + outcomes.flatMap(\.problems)
    let unique = Array(Set(problems)).sorted(by: Problem.reportOrder)
    let badRubrics = rubricProblems.contains { $0.severity == .error } ? 1 : 0
    return CheckRun(
      problems: unique, checked: outcomes.count,
      failed: outcomes.filter { $0.score == nil }.count + badRubrics)
  }

  /// The input root and the alliance folders under `path`, whichever level it is.
  static func alliances(at path: String) throws -> (String, [AllianceFolder]) {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    let folder = url.path
    guard FileProbe.kind(of: folder).isDirectory else {
      throw UsageError("不存在或不是文件夹：\(path)")
    }
    let names = try FileProbe.entries(of: folder)
    if names.contains(where: { InputTree.manifestYear($0) != nil }) {
      let county = url.deletingLastPathComponent().lastPathComponent
      let root = url.deletingLastPathComponent().deletingLastPathComponent().path
      return (root, [try InputTree.alliance(county: county, id: url.lastPathComponent, path: folder)])
    }
    let subfolders = names.filter { FileProbe.kind(of: folder + "/" + $0).isDirectory }
    let isCounty = try subfolders.contains { sub in
      try FileProbe.entries(of: folder + "/" + sub).contains { InputTree.manifestYear($0) != nil }
    }
    if isCounty {
      let root = url.deletingLastPathComponent().path
      return (
        root,
        try subfolders.map {
          try InputTree.alliance(county: url.lastPathComponent, id: $0, path: folder + "/" + $0)
        }
      )
    }
    do {
      return (folder, try InputTree.scan(root: folder).counties.flatMap(\.alliances))
    } catch let e as InputError {
      throw UsageError(e.chinese)
    }
  }
}
