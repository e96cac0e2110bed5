import JLTBatch
import JLTCore

/// The short ranking printed on stdout.
enum Summary {
  static func text(_ run: ScoreRun) -> String {
    var lines: [String] = run.notes.map { "注意：\($0)" }
    for r in run.reports where run.wasWritten(r.county) {
      lines.append(
        "\(r.county) \(run.year)学年：教联体 \(r.found) 个，已评分 \(r.scored) 个，有错误 \(r.withErrors) 个，警告 \(r.warningCount) 条")
      for a in r.alliances {
        lines.append("  \(a.rank). \(a.name)（\(a.id)）\(a.total.scoreText) 分 \(a.grade)")
      }
      if let change = run.changes[r.county] { lines.append("  \(change)") }
    }
    if !run.written.isEmpty { lines.append("已写出：" + run.written.joined(separator: "，")) }
    return lines.joined(separator: "\n")
  }
}
