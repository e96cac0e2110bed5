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

/// `jlt check PATH [--year Y]`: validates every manifest of a root, a county or an alliance
/// folder, or one manifest file; with `--year`, only that year's manifests and rubric files.
public enum CheckCommand {
  public static func run(path: String, year: Int? = nil, jobs: Int) throws -> CheckRun {
    var year = year
    var target = path
    if let fileYear = InputTree.manifestYear(URL(fileURLWithPath: path).lastPathComponent),
      FileProbe.kind(of: path).isRegular
    {
      if let year, year != fileYear {
        throw UsageError("\(path) 是 \(fileYear) 学年的证据清单，与 --year \(year) 不一致")
      }
      year = fileYear
      target = URL(fileURLWithPath: path).deletingLastPathComponent().path
    }
    let (root, folders) = try alliances(at: target)
    let rubrics = RubricSource(root: root)
    var work: [AllianceJob] = []
    for a in folders {
      for y in a.years where year == nil || y == year {
        let rubric = rubrics.rubric(county: a.county, year: y)
        work.append(AllianceJob(folder: a, year: y, rubric: rubric, limits: ManifestLimits()))
      }
    }
    // Rubric files are validated even for years without manifests.
    var rubricProblems: [Problem] = []
    let counties = Set(folders.map(\.county))
    for (county, y) in rubrics.allFiles()
    where (county == nil || counties.contains(county ?? "")) && (year == nil || y == year) {
      rubricProblems += rubrics.rubric(county: county, year: y).problems
    }
    rubricProblems = Array(Set(rubricProblems))
    guard !work.isEmpty || !rubricProblems.isEmpty else {
      throw UsageError("\(path) 中没有\(year.map { "\($0) 学年的" } ?? "任何")证据清单（YYYY.toml）")
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
