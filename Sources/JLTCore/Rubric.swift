import Foundation

/// Alliance type (教联体类型).
public enum AllianceType: String, Sendable, Equatable, Hashable, CaseIterable {
  case fused = "融合型"
  case cooperative = "共建型"
}

/// A first-level indicator (一级指标): A1…A5, and A6 the bonus (加分项).
public struct GroupSpec: Sendable, Equatable {
  public var code: String
  public var name: String
  public var points: Points

  /// `A1. 管理共进（10分）` as in the official table.
  public var title: String { "\(code). \(name)（\(points.scoreText)分）" }
}

/// A grade band: totals at or above `minimum` get `name` (bands ordered high to low).
public struct GradeBand: Sendable, Equatable {
  public var name: String
  public var minimum: Points
}

/// A named number of an indicator's rule: a part's points, a threshold, a deduction, a level's points.
public struct RuleParameter: Sendable, Equatable {
  public var key: String
  public var value: Decimal
  /// What the number means, in Chinese (shown in 说明 and in rubric files).
  public var meaning: String
}

/// A third-level indicator (三级指标) C1…C23 as a rubric has it: its official texts and its
/// rule's numbers, starting from its declaration (`definition`) and changed by rubric files.
public struct IndicatorSpec: Sendable, Equatable {
  /// The declaration in the registry: keys, parameters, parts and rule.
  public let definition: Indicator
  public var code: String { definition.code }
  public var group: String
  /// Second-level indicator (二级指标): code and text.
  public var secondCode: String
  public var secondName: String
  /// 考核要点, without the `C1. ` prefix.
  public var text: String
  /// 评分标准
  public var ruleText: String
  /// 考核对象
  public var target: String
  /// 评价方式
  public var method: String
  public var points: Points
  /// The rule's numbers, in a fixed order.
  public var parameters: [RuleParameter]

  /// The rule in words (SPEC §3) with this rubric's numbers, for the 说明 sheet.
  public var ruleDescription: String {
    var text = definition.words.replacingASCII("{points}", with: points.scoreText)
    for p in parameters {
      text = text.replacingASCII("{\(p.key)%}", with: (p.value * 100).scoreText + "%")
      text = text.replacingASCII("{\(p.key)}", with: p.value.scoreText)
    }
    return text
  }

  /// The value of a declared parameter in this rubric (its default when a rubric left it out).
  subscript(parameter: Parameter) -> Decimal {
    parameters.first { $0.key == parameter.key }?.value ?? parameter.defaultValue
  }

  /// `C1.charter 教联体章程（职责、权利和义务）`: a key of the indicator's table and what it
  /// means, for reason lines.
  func label<V>(_ field: Field<V>) -> String { "\(code).\(field.key) \(field.meaning)" }

  /// `C1. 依法制定…` as in the official table.
  public var title: String { "\(code). \(text)" }
  /// `B1. 制定科学规范…` as in the official table.
  public var secondTitle: String { "\(secondCode). \(secondName)" }
}

/// The whole rule set that scores a year: official texts and every number of every rule.
public struct Rubric: Sendable, Equatable {
  /// Identity shown in every output, e.g. `随州市教联体建设考核评价办法（试行）`.
  public var name: String
  /// The year of the baseline counts for C16, C18, C19.
  public var baselineYear: Int
  /// The assessment cycle (SPEC §8, §10): cycles of `cycleYears` years from `cycleFirstYear`
  /// (2022–2024, 2025–2027, …).
  public var cycleFirstYear = Rubric.defaultCycle.firstYear
  public var cycleYears = Rubric.defaultCycle.years

  public static let defaultCycle = (firstYear: 2022, years: 3)

  /// The years of the cycle that holds `year`, up to `year`.
  public func cycleYears(upTo year: Int) -> ClosedRange<Int> {
    let length = max(cycleYears, 1)
    let offset = year - cycleFirstYear
    let start = cycleFirstYear + (offset >= 0 ? offset / length : -((-offset + length - 1) / length)) * length
    return start...year
  }
  /// A1…A6; A6 is the bonus and its points are the bonus cap.
  public var groups: [GroupSpec]
  public var indicators: [IndicatorSpec]
  /// Ordered from the highest band down; the last band's minimum is 0.
  public var grades: [GradeBand]
  /// Indicators that apply to each type; nil means all.
  public var applicable: [AllianceType: [String]]

  public static let bonusGroup = "A6"

  public func indicator(_ code: String) -> IndicatorSpec? { indicators.first { $0.code == code } }
  public func group(_ code: String) -> GroupSpec? { groups.first { $0.code == code } }

  public var bonusCap: Points { group(Self.bonusGroup)?.points ?? 0 }

  public func indicators(in group: String) -> [IndicatorSpec] { indicators.filter { $0.group == group } }

  public func applies(_ code: String, to type: AllianceType) -> Bool {
    guard let list = applicable[type] else { return true }
    return list.contains(code)
  }

  public func grade(for total: Points) -> String {
    for band in grades where total >= band.minimum { return band.name }
    return grades.last?.name ?? ""
  }
}
