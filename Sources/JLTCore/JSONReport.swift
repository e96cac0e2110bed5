import Foundation

/// `output/Y/<county>.json` (SPEC §5), written by hand so that keys keep their order and
/// numbers read as scores (a whole number as an integer, otherwise at most two decimals).
public enum JSONReport {
  public static func render(_ report: CountyReport) -> String {
    let o = JSONWriter()
    o.object {
      o.key("county"); o.string(report.county)
      o.key("year"); o.int(report.year)
      o.key("rubric")
      o.object {
        o.key("name"); o.string(report.rubric.name)
        o.key("digest"); o.string(report.rubricDigest)
      }
      o.key("alliances")
      o.array(report.alliances) { a in alliance(a, warnings: report.warnings(of: a.id), o) }
      o.key("unscored")
      o.array(report.unscored) { u in
        o.object {
          o.key("id"); o.string(u.id)
          o.key("name"); u.name.map { o.string($0) } ?? o.null()
          o.key("file"); o.string(u.file)
          o.key("line"); u.line.map { o.int($0) } ?? o.null()
          o.key("message"); o.string(u.message)
        }
      }
      o.key("problems")
      o.array(report.problems) { p in
        o.object {
          o.key("alliance"); p.alliance.map { o.string($0) } ?? o.null()
          o.key("file"); o.string(p.file)
          o.key("line"); p.line.map { o.int($0) } ?? o.null()
          o.key("severity"); o.string(p.severity.rawValue)
          o.key("message"); o.string(p.message)
        }
      }
    }
    return o.text + "\n"
  }

  static func alliance(_ ranked: RankedAlliance, warnings: [Problem], _ o: JSONWriter) {
    let a = ranked.score
    o.object {
      o.key("id"); o.string(a.id)
      o.key("name"); o.string(a.name)
      o.key("type"); o.string(a.type.rawValue)
      o.key("core_school"); o.string(a.coreSchool)
      o.key("rank"); o.int(ranked.rank)
      o.key("total"); o.score(a.total)
      o.key("grade"); o.string(a.grade)
      o.key("groups")
      o.object {
        for g in a.groups { o.key(g.code); o.score(g.score) }
      }
      o.key("indicators")
      o.object {
        for s in a.indicators { o.key(s.code); o.score(s.score) }
      }
      o.key("self_assessment")
      if a.selfAssessment.isEmpty {
        o.null()
      } else {
        o.object {
          for s in a.indicators { if let v = a.selfAssessment[s.code] { o.key(s.code); o.score(v) } }
        }
      }
      o.key("reasons")
      o.object {
        for s in a.indicators where s.score < s.points {
          o.key(s.code)
          o.array(s.reasons) { o.string($0) }
        }
      }
      o.key("warnings")
      o.array(warnings) { o.string($0.message) }
      o.key("previous")
      switch ranked.previous {
      case .new: o.null()
      case .unscorable:
        o.object {
          o.key("year"); o.int(a.year - 1)
          o.key("status"); o.string("无法评分")
          o.key("total"); o.null()
          o.key("rank"); o.null()
          o.key("grade"); o.null()
        }
      case .scored(let before):
        o.object {
          o.key("year"); o.int(before.year)
          o.key("status"); o.string(before.source.rawValue)
          o.key("total"); o.score(before.total)
          o.key("rank"); o.int(before.rank)
          o.key("grade"); o.string(before.grade)
        }
      }
      o.key("consequence"); ranked.consequence.map { o.string($0.label) } ?? o.null()
    }
  }
}

/// A small JSON writer that keeps key order; compact with two-space indentation per level.
final class JSONWriter {
  private(set) var text = ""
  private var depth = 0
  private var first = [true]

  private func separate() {
    if !(first.last ?? true) { text += "," }
    if depth > 0 { text += "\n" + String(repeating: "  ", count: depth) }
    if !first.isEmpty { first[first.count - 1] = false }
  }

  private var pendingKey = false

  func key(_ k: String) {
    separate()
    text += Self.quoted(k) + ": "
    pendingKey = true
  }

  private func value(_ v: String) {
    if pendingKey { pendingKey = false } else { separate() }
    text += v
  }

  func string(_ s: String) { value(Self.quoted(s)) }
  func int(_ n: Int) { value(String(n)) }
  func score(_ d: Decimal) { value(d.scoreText) }
  func null() { value("null") }

  func object(_ body: () -> Void) {
    value("{")
    depth += 1
    first.append(true)
    body()
    let empty = first.removeLast()
    depth -= 1
    if !empty { text += "\n" + String(repeating: "  ", count: depth) }
    text += "}"
  }

  func array<T>(_ items: [T], _ each: (T) -> Void) {
    value("[")
    depth += 1
    first.append(true)
    for item in items { each(item) }
    let empty = first.removeLast()
    depth -= 1
    if !empty { text += "\n" + String(repeating: "  ", count: depth) }
    text += "]"
  }

  static func quoted(_ s: String) -> String {
    // Text with nothing to escape (no quote, backslash, control, U+2028 or U+2029) as it is.
    let plain = s.withUTF8Bytes { bytes in
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        if b < 0x20 || b == 0x22 || b == 0x5C { return false }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
          return false
        }
        i += 1
      }
      return true
    }
    if plain { return "\"" + s + "\"" }
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
          out += String(format: "\\u%04x", u.value)
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }
}
