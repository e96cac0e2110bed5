import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// The ten school items and 缺项 (SPEC §11), each on both sides, from `ManifestBuilder.full`:
/// 核心小学 (core), 成员一小 and 成员二小 (members), every item met with `paper:` evidence.
@Suite("成员校项目")
struct SchoolItemsTests {
  typealias B = ManifestBuilder

  static func items(_ b: B, evidence: PathTable<EvidenceStatus> = [:]) throws -> [SchoolItems] {
    try Fixture.score(b, evidence: evidence).schools
  }

  static func member1(_ b: B, evidence: PathTable<EvidenceStatus> = [:]) throws -> SchoolItems {
    try #require(try items(b, evidence: evidence).first { $0.name == B.member1 })
  }

  @Test func theFullAllianceMeetsEveryItem() throws {
    let schools = try Self.items(.full)
    #expect(schools.map(\.name) == [B.core, B.member1, B.member2])
    let core = schools[0]
    // Member-only items do not apply to the core school.
    #expect(core.annualPlan == nil && core.annualSummary == nil && core.principalMeetings == nil)
    #expect(core.trainingCovered == nil && core.countedEvaluation == nil && core.evaluation == nil)
    #expect(core.inJointProject && core.cultureFeature && core.satisfaction == 100)
    #expect(core.honors == (1, 0))
    #expect(core.missing.isEmpty)
    let one = schools[1]
    #expect(one.annualPlan == true && one.annualSummary == true && one.principalMeetings == true)
    #expect(one.trainingCovered == true && one.inJointProject && one.cultureFeature && one.satisfaction == 100)
    #expect(one.honors == (1, 0) && schools[2].honors == (0, 1))
    #expect(one.exchangeIn == nil && one.evaluation == nil && one.countedEvaluation == nil)
    #expect(schools.allSatisfy { $0.missing.isEmpty && !$0.isFailing })
  }

  /// Each of the first seven items, not met, is 缺项 for the member school (and only it).
  @Test(arguments: [
    ("annual_plan", "年度计划"), ("annual_summary", "年度总结"), ("principal_meeting_records", "校长参会"),
    ("culture_feature", "一校一特色"), ("survey_evidence", "满意度"), ("survey_satisfaction", "满意度"),
  ])
  func aMissingSchoolKeyIsMissing(key: String, item: String) throws {
    let schools = try Self.items(B.full.removingSchoolKey(1, key))
    #expect(schools[1].missing == [item])
    #expect(schools[0].missing.isEmpty && schools[2].missing.isEmpty)
  }

  /// A file that is not present (missing, empty) meets nothing; `paper:` and a present file do.
  @Test(arguments: [
    (EvidenceStatus.present, true), (.missing, false), (.empty, false), (.directory, false),
  ])
  func anItemNeedsItsEvidencePresent(status: EvidenceStatus, met: Bool) throws {
    let b = B.full.settingSchool(1, "annual_plan", B.q("evidence/计划.pdf"))
      .settingSchool(1, "survey_evidence", B.q("evidence/调查.pdf"))
      .settingSchool(1, "culture_feature", B.q("evidence/特色.pdf"))
    let ev: PathTable<EvidenceStatus> = [
      "evidence/计划.pdf": status, "evidence/调查.pdf": status, "evidence/特色.pdf": status,
    ]
    let one = try Self.member1(b, evidence: ev)
    #expect(one.annualPlan == met)
    #expect(one.cultureFeature == met)
    #expect(one.satisfaction == (met ? 100 : nil))
    #expect(one.missing == (met ? [] : ["年度计划", "一校一特色", "满意度"]))
  }

  @Test func trainingCoverageIsNamingInC8Covered() throws {
    let schools = try Self.items(B.full.setting("C8", "covered", B.list([B.member2])))
    #expect(schools[1].trainingCovered == false && schools[1].missing == ["校本培训覆盖"])
    #expect(schools[2].trainingCovered == true && schools[2].missing.isEmpty)
    #expect(schools[0].trainingCovered == nil)
  }

  /// 参与共同课题 applies to every school, the core school too.
  @Test func jointProjectIsNamingInC11ProjectSchools() throws {
    let schools = try Self.items(B.full.setting("C11", "project_schools", B.list([B.member1])))
    #expect(!schools[0].inJointProject && schools[0].missing == ["参与共同课题"])
    #expect(schools[1].inJointProject && schools[1].missing.isEmpty)
    #expect(!schools[2].inJointProject && schools[2].missing == ["参与共同课题"])
  }

  /// 缺项 keeps the table's order and leaves out 特色创建, 接收交流教师 and 核心校评价.
  @Test func missingItemsAreInTheTablesOrder() throws {
    let b = B.full.removingSchoolKey(2, "survey_satisfaction").removingSchoolKey(2, "annual_plan")
      .removingSchoolKey(2, "principal_meeting_records").setting("C8", "covered", B.list([B.member1]))
      .replacingEntries("C15.honor", [])
    let two = try Self.items(b)[2]
    #expect(two.missing == ["年度计划", "校长参会", "校本培训覆盖", "满意度"])
    #expect(two.honors == (0, 0) && two.exchangeIn == nil && two.countedEvaluation == nil)
  }

  /// 特色创建 counts the present honors of the school by level; one without its file does not count.
  @Test func honorsAreCountedByLevelWhenPresent() throws {
    let b = B.full.replacingEntries(
      "C15.honor",
      [
        B.honor(school: B.member1, category: "足球", level: "省级", evidence: "paper:C15/足球"),
        B.honor(school: B.member1, category: "书法", level: "市级", evidence: "evidence/书法.pdf"),
        B.honor(school: B.member1, category: "科技", level: "市级", evidence: "evidence/科技.pdf"),
      ])
    let one = try Self.member1(b, evidence: ["evidence/书法.pdf": .present, "evidence/科技.pdf": .missing])
    #expect(one.honors == (1, 1))
    let core = try Self.items(b, evidence: ["evidence/书法.pdf": .present, "evidence/科技.pdf": .missing])[0]
    #expect(core.honors == (0, 0) && core.missing.isEmpty)
  }

  @Test func exchangeInIsTheFigureAsWritten() throws {
    let schools = try Self.items(B.full.settingSchool(1, "exchange_in", "3").settingSchool(0, "exchange_in", "0"))
    #expect(schools[0].exchangeIn == 0 && schools[1].exchangeIn == 3 && schools[2].exchangeIn == nil)
    #expect(schools.allSatisfy { $0.missing.isEmpty })
  }

  /// The evaluation counts with a present record; without one it is written but not counted.
  @Test(arguments: [
    (EvidenceStatus?.some(.present), "不合格" as String?), (.some(.missing), nil), (.some(.empty), nil), (nil, nil),
  ])
  func theEvaluationCountsWithItsRecord(record: EvidenceStatus?, counted: String?) throws {
    var b = B.full.settingSchool(1, "evaluation", B.q("不合格"))
    var ev: PathTable<EvidenceStatus> = [:]
    if let record {
      b = b.settingSchool(1, "evaluation_evidence", B.q("evidence/评价.pdf"))
      ev["evidence/评价.pdf"] = record
    }
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline, evidence: ev)
    let one = try #require(scored.value?.schools[1])
    #expect(one.evaluation == "不合格")
    #expect(one.countedEvaluation == counted)
    #expect(one.isFailing == (counted != nil))
    #expect(scored.value?.failingMembers.map(\.name) == (counted != nil ? [B.member1] : []))
    // The evaluation is not one of the first seven items: no 缺项 either way.
    #expect(one.missing.isEmpty)
    let notCounted = scored.problems.filter { $0.message.contains("核心校评价“不合格”不计") }
    #expect(notCounted.count == (record == nil ? 1 : 0))
    if record == nil {
      let warning = try #require(notCounted.first)
      #expect(warning.severity == .warning)
      #expect(warning.line == lineNumber(of: #"evaluation = "不合格""#, in: b.text))
      #expect(warning.message.contains("school“成员一小”.evaluation_evidence 未填写"))
    }
  }

  @Test func aPaperRecordCounts() throws {
    let b = B.full.settingSchool(2, "evaluation", B.q("良好")).settingSchool(2, "evaluation_evidence", B.q("paper:评价/二"))
    let two = try Self.items(b)[2]
    #expect(two.countedEvaluation == "良好" && !two.isFailing)
  }

  /// On the core school `evaluation` is accepted and ignored, like other member-only keys.
  @Test func theCoreSchoolsEvaluationIsIgnored() throws {
    let b = B.full.settingSchool(0, "evaluation", B.q("不合格"))
    let scored = try Fixture.scored(b, baseline: try Fixture.zeroBaseline)
    #expect(scored.errors.isEmpty && scored.warnings.isEmpty)
    let core = try #require(scored.value?.schools[0])
    #expect(core.evaluation == nil && core.countedEvaluation == nil && !core.isFailing)
    // Nor do the keys change any score.
    #expect(scored.value?.total == (try Fixture.score(.full)).total)
  }

  @Test func theItemsChangeNoScore() throws {
    let b = B.full.settingSchool(1, "evaluation", B.q("不合格")).settingSchool(1, "exchange_in", "4")
      .settingSchool(1, "evaluation_evidence", B.q("paper:评价"))
    #expect(try Fixture.score(b).indicators == (try Fixture.score(.full)).indicators)
  }
}

/// The new keys are checked like every other key: an error with its line and a hint.
@Suite("成员校项目的键")
struct SchoolItemKeysTests {
  typealias B = ManifestBuilder

  @Test(arguments: [
    ("evaluation", #""较好""#, "school[2].evaluation 应为 优秀、良好、合格、不合格 之一，实际为 \"较好\""),
    ("exchange_in", "-2", "school[2].exchange_in 应为不小于0的整数，实际为 -2"),
    ("exchange_in", "1.5", "school[2].exchange_in 应为不小于0的整数，实际为 1.5"),
    ("exchange_in", #""3""#, "（数字不加引号：写成 3）"),
    ("evaluation_evidence", "3", "school[2].evaluation_evidence"),
  ])
  func aBadValueIsAnErrorAtItsLine(key: String, value: String, message: String) throws {
    let b = B.full.settingSchool(1, key, value)
    let d = Fixture.decode(b)
    let error = try #require(d.errors.first, "\(d.problems)")
    #expect(d.errors.count == 1)
    #expect(error.message.contains(message), "\(error.message)")
    #expect(error.line == lineNumber(of: "\(key) = \(value)", in: b.text))
  }

  @Test func aMisspelledKeyHasAHint() throws {
    let d = Fixture.decode(B.full.settingSchool(1, "exchange_inn", "3"))
    let error = try #require(d.errors.first)
    #expect(error.message.contains("是否应为 exchange_in"))
  }
}
