import Foundation

/// The built-in rubric: the Suizhou trial standard (SPEC §3). Texts come from the official
/// table; every number of every rule is its indicator's declared default (`Indicators.all`),
/// so that rubric files can replace it.
extension Rubric {
  public static let suizhouTrial: Rubric = {
    let rows = Dictionary(StandardTable.rows.map { ($0.cCode, $0) }, uniquingKeysWith: { first, _ in first })
    var groups: [GroupSpec] = []
    var indicators: [IndicatorSpec] = []
    // A test keeps the registry and the official table's C1…C23 the same, in the same order.
    for definition in Indicators.all {
      guard let row = rows[definition.code] else { continue }
      if !groups.contains(where: { $0.code == row.aCode }) {
        groups.append(GroupSpec(code: row.aCode, name: row.aName, points: row.aPoints))
      }
      indicators.append(
        IndicatorSpec(
          definition: definition, group: row.aCode, secondCode: row.bCode, secondName: row.bName,
          text: row.cText, ruleText: row.ruleText, target: row.target, method: row.method, points: row.cPoints,
          parameters: definition.parameters.map {
            RuleParameter(key: $0.key, value: $0.defaultValue, meaning: $0.meaning)
          }))
    }
    return Rubric(
      name: "随州市教联体建设考核评价办法（试行）",
      baselineYear: 2021,
      groups: groups,
      indicators: indicators,
      grades: [
        GradeBand(name: "优秀", minimum: 85),
        GradeBand(name: "良好", minimum: 75),
        GradeBand(name: "合格", minimum: 60),
        GradeBand(name: "不合格", minimum: 0),
      ],
      applicable: [:])
  }()
}
