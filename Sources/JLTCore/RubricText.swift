import Crypto
import Foundation

/// The canonical text of a rubric: every text and number in a fixed order, written in the
/// rubric-file format (SPEC §8), so that it reads back as the same rubric. Its SHA-256 is
/// the digest recorded in every output (SPEC §5).
extension Rubric {
  public var canonicalText: String {
    var w = TOMLWriter()
    w.set("name", .string(name))
    w.set("baseline_year", .integer(baselineYear))
    // The cycle is written when it is not the default, so that the built-in rubric's text and
    // digest stay what they were before the cycle was rubric data.
    if cycleFirstYear != Rubric.defaultCycle.firstYear { w.set("cycle_first_year", .integer(cycleFirstYear)) }
    if cycleYears != Rubric.defaultCycle.years { w.set("cycle_years", .integer(cycleYears)) }
    w.table("grades")
    for (key, gradeName) in RubricFile.gradeKeys {
      if let band = grades.first(where: { $0.name == gradeName }) {
        w.set(key, .decimal(band.minimum), comment: gradeName)
      }
    }
    for g in groups {
      w.table(g.code)
      w.set("name", .string(g.name))
      w.set("points", .decimal(g.points))
    }
    for i in indicators {
      w.table(i.code, comment: i.secondCode)
      w.set("second_name", .string(i.secondName))
      w.set("text", .string(i.text))
      w.set("rule_text", .string(i.ruleText))
      w.set("target", .string(i.target))
      w.set("method", .string(i.method))
      w.set("points", .decimal(i.points))
      for p in i.parameters { w.set(p.key, .decimal(p.value), comment: p.meaning) }
    }
    let types = RubricFile.typeKeys.filter { applicable[$0.1] != nil }
    if !types.isEmpty {
      w.table("applicable")
      for (key, type) in types { w.set(key, .strings(applicable[type] ?? []), comment: type.rawValue) }
    }
    return w.text
  }

  /// The rubric as a file a clerk can edit (`jlt rubric --out x.toml`): the canonical text, and
  /// the cycle's keys as comments when they have their default values.
  public var exportText: String {
    var text = canonicalText
    if cycleFirstYear == Rubric.defaultCycle.firstYear || cycleYears == Rubric.defaultCycle.years {
      text += "\n# 评价周期（默认值；要调整时去掉 # 并移到文件开头的 name 之后）：\n"
      if cycleFirstYear == Rubric.defaultCycle.firstYear { text += "# cycle_first_year = \(cycleFirstYear)\n" }
      if cycleYears == Rubric.defaultCycle.years { text += "# cycle_years = \(cycleYears)\n" }
    }
    return text
  }

  /// SHA-256 of the canonical text, in lowercase hex.
  public var digest: String {
    SHA256.hash(data: Data(canonicalText.utf8)).map { String(format: "%02x", $0) }.joined()
  }
}
