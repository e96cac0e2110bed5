import Foundation

/// A third-level indicator (三级指标) declared once, beside its official text in its group's
/// file (A1Management … A6Bonus): the manifest keys it reads, the numbers of its rule with
/// their defaults and wording, its parts, and the rule. The manifest schema, the default
/// rubric, rubric validation and the `init` template are derived from `Indicators.all`.
public struct Indicator: Sendable, Equatable {
  public let code: String
  /// Its table `[Cn]` in the manifest, when it has one.
  let table: Field<FieldTable>?
  /// The `[[school]]` keys it reads (written in every school's table).
  let schoolFields: [FieldSpec]
  /// Its table `[Cn]` in `baseline.toml`, when it is measured against the baseline.
  let baselineTable: Field<FieldTable>?
  /// The numbers of its rule, in a fixed order (rubric files may change them).
  let parameters: [Parameter]
  /// The parameters that are the points of its parts; they must add up to its points.
  let parts: [Parameter]
  /// The rule in words (SPEC §3) with `{key}` where a number goes (`{points}`, a parameter's
  /// key, or `{key%}` for a fraction shown as a percent); see `IndicatorSpec.ruleDescription`.
  let words: String
  /// Checks of its table that the declared types alone cannot make (errors of the manifest).
  let check: ManifestCheck?
  let rule: Rule

  init(
    code: String, table: Field<FieldTable>? = nil, schoolFields: [FieldSpec] = [],
    baselineTable: Field<FieldTable>? = nil, parameters: [Parameter] = [], parts: [Parameter] = [],
    words: String, check: ManifestCheck? = nil, rule: @escaping Rule
  ) {
    self.code = code
    self.table = table
    self.schoolFields = schoolFields
    self.baselineTable = baselineTable
    self.parameters = parameters
    self.parts = parts
    self.words = words
    self.check = check
    self.rule = rule
  }

  /// Indicators are identified by their code (the rule, a closure, is not compared).
  public static func == (a: Indicator, b: Indicator) -> Bool { a.code == b.code }
}

/// The registry: every indicator, in the official table's order C1…C23.
public enum Indicators {
  public static let all: [Indicator] = [
    A1Management.indicators, A2Teachers.indicators, A3Resources.indicators, A4Improvement.indicators,
    A5SocialEvaluation.indicators, A6Bonus.indicators,
  ].flatMap { $0 }
}

/// A number of an indicator's rule: a part's points, a threshold, a deduction, a level's points.
public struct Parameter: Sendable, Equatable {
  public let key: String
  public let defaultValue: Decimal
  /// What the number means, in Chinese (shown in 说明 and in rubric files).
  public let meaning: String
  /// The values a rubric file may give it beyond "a number ≥ 0".
  let bound: Bound

  enum Bound: Sendable, Equatable {
    case none
    /// 0…100, a percentage.
    case percent
    /// Above 0 and at most 1, a fraction.
    case fraction
  }

  init(_ key: String, _ value: String, _ meaning: String, bound: Bound = .none) {
    self.key = key
    self.defaultValue = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")) ?? 0
    self.meaning = meaning
    self.bound = bound
  }

  /// Why `value` is not allowed for this parameter of `code`, or nil.
  func problem(_ value: Decimal, code: String) -> String? {
    switch bound {
    case .none: return nil
    case .percent: return value > 100 ? "\(code).\(key) 应在0到100之间，实际为\(value.scoreText)" : nil
    case .fraction:
      return value <= 0 || value > 1 ? "\(code).\(key) 应大于0且不大于1（如 0.25 表示25%），实际为\(value.description)" : nil
    }
  }
}

/// A cross-field check of an indicator's table, given the declared schools.
typealias ManifestCheck = @Sendable (FieldTable, [School]) -> [ManifestProblem]

/// An error (or a warning) a `ManifestCheck` finds, at a key of the indicator's table.
struct ManifestProblem: Equatable {
  var message: String
  var key: String
  var isWarning = false

  init<V>(_ message: String, at field: Field<V>, warning: Bool = false) {
    self.message = message
    self.key = field.key
    self.isWarning = warning
  }

  /// A warning for each record listed under both terms (C3's meetings, C14's activities): one
  /// record cannot be the meeting or activity of two terms.
  static func sameRecordInBothTerms(_ t: FieldTable, _ term1: Field<[EvidenceRef]>, _ term2: Field<[EvidenceRef]>)
    -> [ManifestProblem]
  {
    let first = Set(t[list: term1].map(\.target).filter { $0 != .blank })
    return t[list: term2].filter { $0.target != .blank && first.contains($0.target) }.map { ref in
      ManifestProblem(
        "重复证据：\(ref.key) 中的 \"\(ref.text)\" 也列在 \(term1.key) 中；同一份记录不能同时作为两个学期的记录", at: term2, warning: true)
    }
  }
}

/// A rule: the indicator's effective spec and the context in, the outcome out.
typealias Rule = @Sendable (IndicatorSpec, ScoringContext) -> RuleOutcome

/// What a rule returns before the indicator is clamped and rounded.
struct RuleOutcome {
  var score: Decimal
  var reasons: [String]
  /// Warnings the rule raises (e.g. a missing baseline).
  var warnings: [RuleWarning] = []
}

/// A warning raised by a rule, about the file that holds the key it concerns.
struct RuleWarning {
  var message: String
  var file: SourceFile

  /// A warning about `field`: in the file the field is written in.
  init<V>(_ message: String, about field: Field<V>) {
    self.message = message
    self.file = field.spec.file
  }
}

/// What a rule may look at: the manifest, the baseline, what was found on disk, the rubric.
struct ScoringContext {
  let manifest: Manifest
  let baseline: Baseline?
  /// Status of each path reference, keyed by its normalised path.
  let evidence: PathTable<EvidenceStatus>
  let rubric: Rubric

  func present(_ ref: EvidenceRef?) -> Bool {
    guard let ref else { return false }
    switch ref.target {
    case .blank: return false
    case .paper: return true
    case .path(let p): return evidence[p] == .present
    }
  }

  func presentCount(_ refs: [EvidenceRef]) -> Int { refs.filter(present).count }

  /// The indicator's table `[Cn]` of the manifest (empty when absent).
  func table(_ spec: IndicatorSpec) -> FieldTable {
    spec.definition.table.map { manifest.root[table: $0] } ?? FieldTable()
  }
}
