import Foundation

/// Checks that a rubric adds up (SPEC §8): groups A1–A5 sum to 100, each group's indicators
/// fill the group for every alliance type, each indicator's parts sum to its points, and
/// parameters are in range. Each problem names the rubric-file keys that cause it, so that the
/// message can carry the line of the key (SPEC §8).
public enum RubricValidation {
  /// One way the rubric does not add up.
  public struct Issue: Sendable, Equatable {
    public var message: String
    /// The keys (`["C5", "ratio_target"]`) that may cause it, most likely first: the line of
    /// the first one a rubric file sets is the problem's line.
    public var keys: [[String]]
  }

  /// Every way the rubric does not add up, in Chinese; empty when it is valid.
  public static func errors(_ r: Rubric) -> [String] { issues(r).map(\.message) }

  public static func issues(_ r: Rubric) -> [Issue] {
    var out: [Issue] = []
    let main = r.groups.filter { $0.code != Rubric.bonusGroup }
    let sum = main.reduce(Decimal(0)) { $0 + $1.points }
    if sum != 100 {
      out.append(
        Issue(
          message: "一级指标 \(main.map(\.code).joined(separator: "、")) 的分值合计应为100分，实际为\(sum.scoreText)分",
          keys: main.map { [$0.code, "points"] }))
    }
    for (typeKey, type) in RubricFile.typeKeys {
      for g in main {
        let filled = r.indicators(in: g.code).filter { r.applies($0.code, to: type) }
          .reduce(Decimal(0)) { $0 + $1.points }
        if filled != g.points {
          let scope = r.applicable[type] == nil ? "" : "\(type.rawValue)适用的"
          out.append(
            Issue(
              message: "\(g.code) \(g.name)：\(scope)三级指标分值合计为\(filled.scoreText)分，应等于一级指标分值\(g.points.scoreText)分",
              keys: r.indicators(in: g.code).map { [$0.code, "points"] } + [
                [g.code, "points"], ["applicable", typeKey],
              ]))
        }
      }
    }
    for i in r.indicators {
      // Indicators scored in parts (C3, C4, C5, C11, C14), as declared.
      let parts = i.definition.parts
      if !parts.isEmpty {
        let total = parts.reduce(Decimal(0)) { $0 + i[$1] }
        if total != i.points {
          out.append(
            Issue(
              message:
                "\(i.code) 各部分分值（\(parts.map(\.key).joined(separator: " + "))）合计为\(total.scoreText)分，应等于分值\(i.points.scoreText)分",
              keys: parts.map { [i.code, $0.key] } + [[i.code, "points"]]))
        }
      }
    }
    for i in r.indicators {
      for p in i.definition.parameters {
        if let problem = p.problem(i[p], code: i.code) { out.append(Issue(message: problem, keys: [[i.code, p.key]])) }
      }
    }
    if r.cycleFirstYear > 9999 {
      out.append(Issue(message: "cycle_first_year 应为四位学年，实际为 \(r.cycleFirstYear)", keys: [["cycle_first_year"]]))
    }
    if r.cycleYears > 10 {
      out.append(Issue(message: "cycle_years 应在1到10之间，实际为 \(r.cycleYears)", keys: [["cycle_years"]]))
    }
    let minima = r.grades.map(\.minimum)
    if zip(minima, minima.dropFirst()).contains(where: { $0 <= $1 }) {
      out.append(
        Issue(
          message: "等次分数线应从高到低：\(r.grades.map { "\($0.name)\($0.minimum.scoreText)" }.joined(separator: "、"))",
          keys: RubricFile.gradeKeys.map { ["grades", $0.0] }))
    }
    for (typeKey, type) in RubricFile.typeKeys {
      for code in r.applicable[type] ?? [] where r.indicator(code) == nil {
        out.append(Issue(message: "applicable 中的 \(code) 不是评价指标", keys: [["applicable", typeKey]]))
      }
    }
    var seen: Set<String> = []
    return out.filter { seen.insert($0.message).inserted }
  }

  /// Numbers a rubric file changed while the official text that states them was left as it
  /// was (SPEC §8): the printed form would then contradict the scoring. One warning per
  /// changed number, with its key.
  public static func staleTexts(from before: Rubric, to after: Rubric) -> [Issue] {
    var out: [Issue] = []
    for (old, new) in zip(before.indicators, after.indicators) where old.code == new.code {
      let texts = [("考核要点（text）", old.text, new.text), ("评分标准（rule_text）", old.ruleText, new.ruleText)]
      var changes: [(key: String, old: Decimal, new: Decimal, fraction: Bool)] = []
      if old.points != new.points { changes.append(("points", old.points, new.points, false)) }
      for p in new.definition.parameters where old[p] != new[p] {
        changes.append((p.key, old[p], new[p], p.bound == .fraction))
      }
      for change in changes {
        let shown = change.fraction ? (change.old * 100).scoreText + "%" : change.old.scoreText
        let tokens =
          change.fraction ? [shown] : ["\(shown)分", "\(shown)%", "\(shown)次", "\(shown)项"]
        for (label, oldText, newText) in texts where oldText == newText {
          guard let token = tokens.first(where: { oldText.contains($0) }) else { continue }
          out.append(
            Issue(
              message:
                "\(new.code).\(change.key) 由 \(change.old.scoreText) 改为 \(change.new.scoreText)，但\(label)仍写着“\(token)”：打印的评价表与计分不一致，请在 [\(new.code)] 中一并改写",
              keys: [[new.code, change.key]]))
          break
        }
      }
    }
    return out
  }
}
