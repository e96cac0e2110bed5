import Foundation

/// Checks that a rubric adds up (SPEC §8): groups A1–A5 sum to 100, each group's indicators
/// fill the group for every alliance type, each indicator's parts sum to its points, and
/// thresholds are in range.
public enum RubricValidation {
  /// Every way the rubric does not add up, in Chinese; empty when it is valid.
  public static func errors(_ r: Rubric) -> [String] {
    var out: [String] = []
    let main = r.groups.filter { $0.code != Rubric.bonusGroup }
    let sum = main.reduce(Decimal(0)) { $0 + $1.points }
    if sum != 100 {
      out.append("一级指标 \(main.map(\.code).joined(separator: "、")) 的分值合计应为100分，实际为\(sum.scoreText)分")
    }
    for type in AllianceType.allCases {
      for g in main {
        let filled = r.indicators(in: g.code).filter { r.applies($0.code, to: type) }
          .reduce(Decimal(0)) { $0 + $1.points }
        if filled != g.points {
          let scope = r.applicable[type] == nil ? "" : "\(type.rawValue)适用的"
          out.append("\(g.code) \(g.name)：\(scope)三级指标分值合计为\(filled.scoreText)分，应等于一级指标分值\(g.points.scoreText)分")
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
            "\(i.code) 各部分分值（\(parts.map(\.key).joined(separator: " + "))）合计为\(total.scoreText)分，应等于分值\(i.points.scoreText)分"
          )
        }
      }
    }
    for i in r.indicators {
      for p in i.definition.parameters {
        if let problem = p.problem(i[p], code: i.code) { out.append(problem) }
      }
    }
    let minima = r.grades.map(\.minimum)
    if zip(minima, minima.dropFirst()).contains(where: { $0 <= $1 }) {
      out.append("等次分数线应从高到低：\(r.grades.map { "\($0.name)\($0.minimum.scoreText)" }.joined(separator: "、"))")
    }
    for type in AllianceType.allCases {
      for code in r.applicable[type] ?? [] where r.indicator(code) == nil {
        out.append("applicable 中的 \(code) 不是评价指标")
      }
    }
    var seen: Set<String> = []
    return out.filter { seen.insert($0).inserted }
  }
}
