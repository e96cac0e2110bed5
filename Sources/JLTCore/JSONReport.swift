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
}
