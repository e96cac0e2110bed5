import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// The registry of indicators (`Indicators.all`) against the official table, and what is
/// derived from it: the manifest and baseline schemas, the default rubric, the rule texts.
@Suite("指标注册表")
struct IndicatorRegistryTests {
  @Test func registryIsTheOfficialTableInOrder() {
    #expect(Indicators.all.map(\.code) == StandardTable.rows.map(\.cCode))
    #expect(Rubric.suizhouTrial.indicators.map(\.code) == StandardTable.rows.map(\.cCode))
  }

  @Test func everyIndicatorOfTheDefaultRubricCarriesItsDefinition() {
    for (spec, definition) in zip(Rubric.suizhouTrial.indicators, Indicators.all) {
      #expect(spec.definition == definition)
      #expect(spec.parameters.map(\.key) == definition.parameters.map(\.key), "\(spec.code)")
      #expect(spec.parameters.map(\.value) == definition.parameters.map(\.defaultValue), "\(spec.code)")
    }
  }

  @Test func parameterKeysAreUniqueWithinAnIndicator() {
    for i in Indicators.all {
      #expect(Set(i.parameters.map(\.key)).count == i.parameters.count, "\(i.code)")
    }
  }

  /// Every `{key}` of a rule in words names a parameter of its indicator or `points`: after
  /// filling in the numbers no brace is left.
  @Test func ruleWordsNameOnlyDeclaredNumbers() {
    for spec in Rubric.suizhouTrial.indicators {
      #expect(!spec.ruleDescription.contains("{"), "\(spec.code): \(spec.ruleDescription)")
      #expect(!spec.ruleDescription.contains("}"), "\(spec.code)")
    }
  }

  @Test func manifestSchemaIsDerivedFromTheRegistry() {
    let keys = ManifestSchema.manifest.map(\.key)
    let tables = Indicators.all.compactMap(\.table?.key)
    #expect(keys == ["alliance", "type", "year", "school"] + tables + ["self_assessment"])
    // C20 is written in each school only; every other indicator has its table.
    #expect(tables == Indicators.all.map(\.code).filter { $0 != "C20" })
    for i in Indicators.all {
      if let table = i.table { #expect(table.key == i.code) }
      if let table = i.baselineTable { #expect(table.key == i.code && table.spec.file == .baseline) }
    }
    #expect(ManifestSchema.baseline.map(\.key) == ["year", "C16", "C18", "C19"])
    #expect(
      ManifestSchema.school.map(\.key) == [
        "name", "role", "tags", "teachers", "annual_plan", "annual_summary", "principal_meeting_records",
        "culture_feature", "survey_satisfaction", "survey_evidence", "evaluation", "evaluation_evidence", "exchange_in",
      ])
  }

  @Test func audiencesComeFromTheDeclarations() {
    #expect(
      ManifestSchema.memberOnlySchoolKeys == [
        "annual_plan", "annual_summary", "principal_meeting_records", "evaluation", "evaluation_evidence",
      ])
    #expect(ManifestSchema.keysIgnored(for: .fused) == ["C5.forms"])
    #expect(ManifestSchema.keysIgnored(for: .cooperative) == ["C5.unified_deployment"])
  }

  /// A warning of C16, C18, C19 about the missing baseline belongs to baseline.toml, because
  /// the key it is about is written there.
  @Test func baselineWarningsNameTheBaselineFile() throws {
    let scored = try Fixture.scored(ManifestBuilder.full, baseline: nil)
    let missing = scored.problems.filter { $0.message.hasPrefix("缺少2021年基线") }
    #expect(missing.map(\.message) == ["缺少2021年基线：C16 按0分计", "缺少2021年基线：C18 按0分计", "缺少2021年基线：C19 按0分计"])
    #expect(missing.allSatisfy { $0.file == Fixture.baselineFile })
  }
}
