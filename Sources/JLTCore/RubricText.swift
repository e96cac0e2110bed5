import Crypto
import Foundation

/// The canonical text of a rubric: every text and number in a fixed order, in TOML. Its
/// SHA-256 is the digest recorded in every output (SPEC §5, §8).
extension Rubric {
  public var canonicalText: String {
    var lines: [String] = []
    func str(_ s: String) -> String { JSONWriter.quoted(s) }
    lines.append("name = \(str(name))")
    lines.append("baseline_year = \(baselineYear)")
    for g in grades {
      lines.append("")
      lines.append("[[grade]]")
      lines.append("name = \(str(g.name))")
      lines.append("minimum = \(g.minimum.scoreText)")
    }
    for g in groups {
      lines.append("")
      lines.append("[group.\(g.code)]")
      lines.append("name = \(str(g.name))")
      lines.append("points = \(g.points.scoreText)")
    }
    for i in indicators {
      lines.append("")
      lines.append("[indicator.\(i.code)]")
      lines.append("group = \(str(i.group))")
      lines.append("second_code = \(str(i.secondCode))")
      lines.append("second_name = \(str(i.secondName))")
      lines.append("text = \(str(i.text))")
      lines.append("rule_text = \(str(i.ruleText))")
      lines.append("target = \(str(i.target))")
      lines.append("method = \(str(i.method))")
      lines.append("points = \(i.points.scoreText)")
      for p in i.parameters { lines.append("\(p.key) = \(p.value.description)") }
    }
    let types = AllianceType.allCases.filter { applicable[$0] != nil }
    if !types.isEmpty {
      lines.append("")
      lines.append("[applicable]")
      for t in types {
        let list = (applicable[t] ?? []).map(str).joined(separator: ", ")
        lines.append("\(str(t.rawValue)) = [\(list)]")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// SHA-256 of the canonical text, in lowercase hex.
  public var digest: String {
    SHA256.hash(data: Data(canonicalText.utf8)).map { String(format: "%02x", $0) }.joined()
  }
}
