import Foundation
import JLTCore

/// Where `init` and `rubric` read rubric files from (SPEC §7): `--input DIR`, which must exist,
/// or the default `input`, which may be absent (then the built-in trial rubric is used, and the
/// clerk is told).
public struct RubricInput: Sendable {
  public var source: RubricSource
  /// Said on stderr when the default folder is missing.
  public var note: String?

  /// - Parameter given: the `--input` folder, nil for the default.
  public init(given: String?, defaultFolder: String = "input") throws {
    let folder = given ?? defaultFolder
    source = RubricSource(root: folder)
    guard FileProbe.kind(of: folder).isDirectory else {
      if let given { throw UsageError("--input 指定的文件夹不存在或不是文件夹：\(given)") }
      note = "没有找到输入文件夹 \(folder)，使用内置的评分细则（\(Rubric.suizhouTrial.name)）"
      return
    }
    note = nil
  }
}
