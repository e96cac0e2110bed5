import Foundation
import JLTCore
import JLTWorkbook

/// `jlt rubric`: the blank standard table (.xlsx), or the effective rubric as a rubric file (.toml).
public enum RubricCommand {
  public static func run(input: String, year: Int?, county: String?, out: String) throws {
    let source = RubricSource(root: input)
    let years = (try? InputTree.scan(root: input).years) ?? []
    let fileYears = source.allFiles().map(\.year)
    guard let y = year ?? (years + fileYears).max() else {
      throw UsageError("请用 --year 指定学年（\(input) 中没有证据清单或评分细则文件）")
    }
    if let county, FileProbe.kind(of: input + "/" + county) == .missing {
      throw UsageError("未知的县（市、区）：\(county)")
    }
    let effective = source.rubric(county: county, year: y)
    guard let rubric = effective.value else {
      throw UsageError("\(y) 年的评分细则无效：\n" + effective.problems.map(\.rendered).joined(separator: "\n"))
    }
    do {
      if out.hasSuffix(".toml") {
        try AtomicFile.write(Data(rubric.canonicalText.utf8), to: out)
      } else {
        try OutputFiles.workbook(out) { try SelfEvaluationForm.write(rubric, year: y, county: county, to: $0) }
      }
    } catch let e as OutputError {
      throw UsageError(e.chinese)
    }
  }
}
