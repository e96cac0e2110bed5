import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// Rubric files (SPEC §8): overrides, validation, export and re-read, and the init template.
@Suite struct RubricFileTests {
  static let base = Rubric.suizhouTrial

  /// A fused alliance of one core school (80 teachers) and one member school (20 teachers),
  /// every evidence on paper; C5 exchanges 22 of 100 teachers, all for a year.
  static let manifest = """
    alliance = "测试教联体"
    type = "融合型"
    year = 2025

    [[school]]
    name = "核心校"
    role = "核心校"
    teachers = 80
    culture_feature = "paper:a"
    survey_satisfaction = 100
    survey_evidence = "paper:s"

    [[school]]
    name = "成员校"
    role = "成员校"
    teachers = 20
    annual_plan = "paper:p"
    annual_summary = "paper:q"
    principal_meeting_records = "paper:r"
    culture_feature = "paper:b"
    survey_satisfaction = 100
    survey_evidence = "paper:s"

    [C5]
    exchanged = 22
    exchanged_one_year = 22
    roster = "paper:roster"
    unified_deployment = "paper:u"

    [C13]
    courses = ["paper:course"]

    [[C15.honor]]
    school = "核心校"
    category = "足球"
    level = "省级"
    evidence = "paper:h1"

    [[C15.honor]]
    school = "成员校"
    category = "合唱"
    level = "省级"
    evidence = "paper:h2"
    """

  static func apply(_ text: String, to base: Rubric = base) -> Decoded<Rubric> {
    RubricFile.apply(Data(text.utf8), file: "rubric-2025.toml", to: base)
  }

  static func score(_ rubric: Rubric, _ text: String = manifest) throws -> AllianceScore {
    let decoded = ManifestDecoder.decode(Data(text.utf8), file: "县/t/2025.toml", alliance: "t", year: 2025)
    let m = try #require(decoded.value, "\(decoded.problems)")
    let scored = Scorer.score(
      m, county: "县", id: "t", file: "县/t/2025.toml", baselineFile: "县/t/baseline.toml", baseline: nil,
      evidence: [:], rubric: rubric)
    return try #require(scored.value, "\(scored.problems)")
  }

  @Test func defaultRubricIsValid() {
    #expect(RubricValidation.errors(Self.base).isEmpty)
  }

  @Test func exportedDefaultReadsBackIdentical() throws {
    let exported = Self.base.canonicalText
    // Applied over the default, and over a rubric changed in many places: both give the default back.
    var changed = Self.base
    changed.name = "别的细则"
    changed.baselineYear = 2020
    changed.indicators[4].points = 1
    changed.indicators[4].parameters[2].value = 0.5
    changed.grades[0].minimum = 90
    changed.groups[0].name = "改名"
    for start in [Self.base, changed] {
      let reread = Self.apply(exported, to: start)
      #expect(reread.problems.isEmpty)
      #expect(reread.value == Self.base)
      #expect(reread.value?.digest == Self.base.digest)
    }
  }

  @Test func overrideChangesExactlyTheScoresItShould() throws {
    let file = """
      name = "2025年度目标清单"
      [C5]
      ratio_target = 0.25
      [C13]
      points = 6
      [C15]
      points = 3
      """
    let applied = Self.apply(file)
    let rubric = try #require(applied.value)
    #expect(RubricValidation.errors(rubric).isEmpty)
    #expect(rubric.name == "2025年度目标清单")
    #expect(rubric.indicator("C5")?[A2Teachers.C5.ratioTarget] == Decimal(string: "0.25"))
    let before = try Self.score(Self.base)
    let after = try Self.score(rubric)
    // C5 default: ratio 22/100 = 22% ≥ 20% → 8 + 2 × 22/22 = 10.
    #expect(before.indicator("C5")?.score == 10)
    // C5 2025: 8 × 22 / (100 × 0.25) = 7.04, + 2 = 9.04.
    #expect(after.indicator("C5")?.score == Decimal(string: "9.04"))
    // C13: a present course earns the whole indicator: 4 → 6.
    #expect(before.indicator("C13")?.score == 4)
    #expect(after.indicator("C13")?.score == 6)
    // C15: two categories at 省级 = 2 + 2 = 4 (≤ 5) → capped at 3 under the new points.
    #expect(before.indicator("C15")?.score == 4)
    #expect(after.indicator("C15")?.score == 3)
    #expect(after.indicator("C15")?.points == 3)
    // Everything else is unchanged: total moves by (9.04 − 10) + (6 − 4) + (3 − 4) = +0.04.
    for code in (1...23).map({ "C\($0)" }) where !["C5", "C13", "C15"].contains(code) {
      #expect(before.indicator(code)?.score == after.indicator(code)?.score, "\(code)")
    }
    #expect(after.total - before.total == Decimal(string: "0.04"))
    #expect(after.group("A3") - before.group("A3") == 1)
  }

  @Test func anInvalidSumIsAnError() throws {
    let applied = try #require(Self.apply("[C13]\npoints = 6\n").value)
    let errors = RubricValidation.errors(applied)
    #expect(errors == ["A3 资源共享：三级指标分值合计为32分，应等于一级指标分值30分"])
  }

  @Test func groupsMustSumTo100() throws {
    let applied = try #require(Self.apply("[A1]\npoints = 12\n[C1]\npoints = 7\n").value)
    #expect(RubricValidation.errors(applied).contains { $0.hasPrefix("一级指标 A1、A2、A3、A4、A5 的分值合计应为100分，实际为102分") })
  }

  @Test func partsMustSumToThePoints() throws {
    let applied = try #require(Self.apply("[C5]\nratio_points = 7\n").value)
    #expect(RubricValidation.errors(applied) == ["C5 各部分分值（ratio_points + cycle_points）合计为9分，应等于分值10分"])
  }

  @Test func gradesMustDescend() throws {
    let applied = try #require(Self.apply("[grades]\nexcellent = 70\n").value)
    #expect(RubricValidation.errors(applied).contains { $0.hasPrefix("等次分数线应从高到低") })
  }

  @Test func ratioTargetMustBeAFraction() throws {
    let applied = try #require(Self.apply("[C5]\nratio_target = 25\n").value)
    #expect(RubricValidation.errors(applied).contains { $0.hasPrefix("C5.ratio_target 应大于0且不大于1") })
  }

  @Test func unknownKeysAndBadValuesNameTheLine() {
    let applied = Self.apply("name = \"x\"\n\n[C5]\nratio_targt = 0.3\npoints = \"10\"\n[C99]\npoints = 1\n")
    #expect(applied.value == nil)
    let messages = applied.problems.map { "\($0.line ?? 0): \($0.message)" }
    #expect(messages.contains("4: 未知的键 C5.ratio_targt，是否应为 ratio_target？"))
    #expect(messages.contains("5: C5.points 应为不小于0的数，实际为 \"10\""))
    #expect(messages.contains { $0.hasPrefix("6: 未知的键 C99") })
    #expect(applied.problems.allSatisfy { $0.file == "rubric-2025.toml" && $0.severity == .error })
  }

  @Test func applicabilityByTypeMustFillEachGroup() throws {
    // C6 only for 共建型, C7 only for 融合型: A2 becomes 25 for both types; A3 gains 5 through C13.
    let file = """
      [A2]
      points = 25
      [A3]
      points = 35
      [C13]
      points = 9
      [applicable]
      fused = ["C1","C2","C3","C4","C5","C7","C8","C9","C10","C11","C12","C13","C14","C15","C16","C17","C18","C19","C20","C21","C22","C23"]
      cooperative = ["C1","C2","C3","C4","C5","C6","C8","C9","C10","C11","C12","C13","C14","C15","C16","C17","C18","C19","C20","C21","C22","C23"]
      """
    let rubric = try #require(Self.apply(file).value)
    #expect(RubricValidation.errors(rubric).isEmpty)
    let score = try Self.score(rubric)
    #expect(score.indicator("C6") == nil)
    #expect(score.indicator("C7") != nil)
    // Only C7 of the two counts for a fused alliance: without its evidence, A2 = C4..C9 without C6.
    let a2 = ["C4", "C5", "C7", "C8", "C9"].compactMap { score.indicator($0)?.score }.reduce(0, +)
    #expect(score.group("A2") == a2)
    // Without C7 in the fused list, A2 no longer fills 25 points for 融合型.
    let broken = try #require(Self.apply(file.replacingOccurrences(of: "\"C5\",\"C7\"", with: "\"C5\"")).value)
    #expect(RubricValidation.errors(broken).contains("A2 师资共育：融合型适用的三级指标分值合计为20分，应等于一级指标分值25分"))
  }

  @Test(arguments: AllianceType.allCases)
  func templateParsesAndNamesEveryIndicator(type: AllianceType) throws {
    let template = ManifestTemplate.text(year: 2025, type: type, schools: 4, rubric: Self.base)
    // Unfilled: every placeholder is an error with its line, and nothing else is.
    let unfilled = ManifestDecoder.decode(Data(template.utf8), file: "县/t/2025.toml", alliance: "t", year: 2025)
    #expect(unfilled.value == nil)
    #expect(unfilled.errors.allSatisfy { $0.message.contains("尚未填写") && $0.line != nil }, "\(unfilled.errors)")
    // Filled in: each name from its placeholder, every number 2.
    let text = template.replacing(/"（请填写([^"]*)）"/) { m in m.1.hasSuffix("名称") ? "\"\(m.1.dropLast(2))\"" : "2" }
    let decoded = ManifestDecoder.decode(Data(text.utf8), file: "县/t/2025.toml", alliance: "t", year: 2025)
    #expect(!decoded.hasErrors, "\(decoded.problems)")
    let manifest = try #require(decoded.value)
    #expect(manifest.schools.count == 4)
    #expect(manifest.type == type)
    // Every indicator's 考核要点 is quoted in a comment.
    for indicator in Self.base.indicators {
      #expect(text.contains("# \(indicator.code)（\(indicator.points.scoreText)分）考核要点："))
    }
    // Every evidence reference is a path inside the folder, never blank.
    #expect(manifest.allEvidence.allSatisfy { if case .path = $0.target { true } else { false } })
  }
}

@Suite struct RuleDescriptionTests {
  @Test func everyPlaceholderIsFilled() {
    for spec in Rubric.suizhouTrial.indicators {
      #expect(!spec.ruleDescription.contains("{"), "\(spec.code): \(spec.ruleDescription)")
      #expect(!spec.ruleDescription.isEmpty)
    }
    let c5 = Rubric.suizhouTrial.indicator("C5")?.ruleDescription ?? ""
    #expect(c5.contains("第一部分 = 8 × min(1, 比例 ÷ 20%)"))
  }

  @Test func theWordsFollowTheRubricsNumbers() throws {
    let applied = RubricFile.apply(
      Data("[C5]\nratio_target = 0.25\n[C1]\nsystem_deduction = 0.25\n".utf8), file: "r.toml", to: .suizhouTrial)
    let rubric = try #require(applied.value)
    #expect(rubric.indicator("C5")?.ruleDescription.contains("比例 ÷ 25%") == true)
    #expect(rubric.indicator("C1")?.ruleDescription.contains("每缺一项扣0.25分") == true)
  }
}
