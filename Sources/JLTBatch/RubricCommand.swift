import Foundation
import JLTCore
import JLTWorkbook

/// `jlt rubric`: the blank standard table (.xlsx), or the effective rubric as a rubric file (.toml).
public enum RubricCommand {
  public static func run(input: RubricInput, year: Int?, county: String?, out: String, force: Bool) throws {
    let lower = out.lowercased()
    guard lower.hasSuffix(".xlsx") || lower.hasSuffix(".toml") else {
      throw UsageError("--out 应以 .xlsx（空白评价标准表）或 .toml（评分细则文本）结尾：\(out)")
    }
    if !force, FileProbe.kind(of: out) != .missing {
      throw UsageError("\(out) 已存在；要覆盖请加 --force")
    }
    let source = input.source
    let years = (try? InputTree.scan(root: source.root).years) ?? []
    let fileYears = source.allFiles().map(\.year)
    guard let y = year ?? (years + fileYears).max() else {
      throw UsageError("请用 --year 指定学年（\(source.root) 中没有证据清单或评分细则文件）")
    }
    if let county, !FileProbe.kind(of: source.root + "/" + county).isDirectory {
      throw UsageError("未知的县（市、区）：\(county)（\(source.root) 中没有这个文件夹）")
    }
    let effective = source.rubric(county: county, year: y)
    guard let rubric = effective.value else {
      throw UsageError("\(y) 年的评分细则无效：\n" + effective.problems.map(\.rendered).joined(separator: "\n"))
    }
    do {
      if lower.hasSuffix(".toml") {
        try AtomicFile.write(Data(rubric.exportText.utf8), to: out)
      } else {
        try OutputFiles.workbook(out) { try SelfEvaluationForm.write(rubric, year: y, county: county, to: $0) }
      }
    } catch let e as OutputError {
      throw UsageError(e.chinese)
    }
  }
}
