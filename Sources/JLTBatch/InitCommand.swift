import Foundation
import JLTCore

/// `jlt init DIR --year Y --type T [--schools N]`: writes `DIR/Y.toml`, an annotated template
/// for that year's effective rubric. Never overwrites an existing manifest.
public enum InitCommand {
  /// - Returns: the path written.
  public static func run(folder: String, year: Int, type: AllianceType, schools: Int, input: String) throws
    -> String
  {
    guard (1...RubricFile.maximumYear).contains(year) else { throw UsageError("--year 应为四位年份") }
    guard (1...ManifestLimits().maximumSchools).contains(schools) else {
      throw UsageError("--schools 应在1到\(ManifestLimits().maximumSchools)之间")
    }
    let county = URL(fileURLWithPath: folder).standardizedFileURL.deletingLastPathComponent().lastPathComponent
    let rubrics = RubricSource(root: input)
    let effective = rubrics.rubric(county: county, year: year)
    guard let rubric = effective.value else {
      throw UsageError(
        "\(year) 年的评分细则无效：\n" + effective.problems.map(\.rendered).joined(separator: "\n"))
    }
    let path = folder + "/\(year).toml"
    if FileProbe.kind(of: path) != .missing { throw UsageError("\(path) 已存在，不会覆盖") }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw UsageError("无法创建文件夹 \(folder)：\(error.localizedDescription)")
    }
    let text = ManifestTemplate.text(year: year, type: type, schools: schools, rubric: rubric)
    // O_EXCL: refuse to overwrite even if the file appeared meanwhile.
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else { throw UsageError("无法创建 \(path)：\(String(cString: strerror(errno)))") }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count else { throw UsageError("无法写入 \(path)") }
    return path
  }
}
