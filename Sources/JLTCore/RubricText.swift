import Crypto
import Foundation

/// The canonical text of a rubric: every text and number in a fixed order, written in the
/// rubric-file format (SPEC §8), so that it reads back as the same rubric. Its SHA-256 is
/// the digest recorded in every output (SPEC §5).
extension Rubric {
  public var canonicalText: String {
    var lines: [String] = []
    func str(_ s: String) -> String { JSONWriter.quoted(s) }
    lines.append("name = \(str(name))")
    lines.append("baseline_year = \(baselineYear)")
    lines.append("")
    lines.append("[grades]")
    for (key, gradeName) in RubricFile.gradeKeys {
      if let band = grades.first(where: { $0.name == gradeName }) {
        lines.append("\(key) = \(band.minimum.description)  # \(gradeName)")
      }
    }
    for g in groups {
      lines.append("")
      lines.append("[\(g.code)]")
      lines.append("name = \(str(g.name))")
      lines.append("points = \(g.points.description)")
    }
    for i in indicators {
      lines.append("")
      lines.append("[\(i.code)]  # \(i.secondCode)")
      lines.append("second_name = \(str(i.secondName))")
      lines.append("text = \(str(i.text))")
      lines.append("rule_text = \(str(i.ruleText))")
      lines.append("target = \(str(i.target))")
      lines.append("method = \(str(i.method))")
      lines.append("points = \(i.points.description)")
      for p in i.parameters { lines.append("\(p.key) = \(p.value.description)  # \(p.meaning)") }
    }
    let types = RubricFile.typeKeys.filter { applicable[$0.1] != nil }
    if !types.isEmpty {
      lines.append("")
      lines.append("[applicable]")
      for (key, type) in types {
        let list = (applicable[type] ?? []).map(str).joined(separator: ", ")
        lines.append("\(key) = [\(list)]  # \(type.rawValue)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// SHA-256 of the canonical text, in lowercase hex.
  public var digest: String {
    SHA256.hash(data: Data(canonicalText.utf8)).map { String(format: "%02x", $0) }.joined()
  }
}
