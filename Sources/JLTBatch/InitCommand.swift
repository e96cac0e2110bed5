import Foundation
import JLTCore

#if canImport(Glibc)
  import Glibc
#endif

/// `jlt init DIR --year Y --type T [--schools N]`: writes `DIR/Y.toml`, an annotated template
/// for that year's effective rubric, and `DIR/baseline.toml` when the folder has none. Never
/// overwrites a file.
public enum InitCommand {
  /// Four-digit years only (SPEC §7): `99.toml` is not a manifest name.
  public static let years = 1000...9999

  /// - Returns: the paths written.
  public static func run(folder: String, year: Int, type: AllianceType, schools: Int, input: RubricInput) throws
    -> [String]
  {
    guard years.contains(year) else { throw UsageError("--year 应为四位数的学年，如 2025（实际为 \(year)）") }
    guard (1...ManifestLimits().maximumSchools).contains(schools) else {
      throw UsageError("--schools 应在1到\(ManifestLimits().maximumSchools)之间")
    }
    let county = URL(fileURLWithPath: folder).standardizedFileURL.deletingLastPathComponent().lastPathComponent
    let effective = input.source.rubric(county: county, year: year)
    guard let rubric = effective.value else {
      throw UsageError("\(year) 年的评分细则无效：\n" + effective.problems.map(\.rendered).joined(separator: "\n"))
    }
    let path = folder + "/\(year).toml"
    if FileProbe.kind(of: path) != .missing { throw UsageError("\(path) 已存在，不会覆盖") }
    do {
      try OutputFolder.create(folder)
    } catch let e as OutputError {
      throw UsageError(e.chinese)
    }
    var written: [String] = []
    try create(path, ManifestTemplate.text(year: year, type: type, schools: schools, rubric: rubric))
    written.append(path)
    let baseline = folder + "/baseline.toml"
    if FileProbe.kind(of: baseline) == .missing {
      try create(baseline, ManifestTemplate.baseline(rubric: rubric))
      written.append(baseline)
    }
    return written
  }

  /// Writes a new file; O_EXCL refuses to overwrite even if the file appeared meanwhile.
  static func create(_ path: String, _ text: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else { throw UsageError(OutputError.cannotWrite(path, errno).chinese) }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count else { throw UsageError(OutputError.cannotWrite(path, errno).chinese) }
  }
}
