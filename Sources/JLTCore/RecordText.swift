import Crypto
import Foundation

/// The text of a published record (SPEC §9), written like the county JSON (keys in a fixed
/// order), and its digest: the SHA-256 of the text without the `digest` member, which comes
/// last, so that an edit by hand is detected.
public enum RecordText {
  /// The fingerprints of one alliance's files.
  public struct Hashes: Sendable, Equatable {
    public var manifest: PublishedRecord.FileHash
    public var baseline: PublishedRecord.FileHash?
    /// Path → SHA-256, for the present evidence files.
    public var evidence: [String: String]

    public init(manifest: PublishedRecord.FileHash, baseline: PublishedRecord.FileHash?, evidence: [String: String]) {
      self.manifest = manifest
      self.baseline = baseline
      self.evidence = evidence
    }
  }

  /// The record of `report`, published as `publication`, after `history` (latest first).
  public static func render(
    _ report: CountyReport, publication: PublishedRecord.Publication, hashes: [String: Hashes],
    history: [PublishedRecord.Version]
  ) -> String {
    let o = JSONWriter()
    o.object {
      o.key("county"); o.string(report.county)
      o.key("year"); o.int(report.year)
      o.key("published"); self.publication(publication, o)
      o.key("rubric")
      o.object {
        o.key("name"); o.string(report.rubric.name)
        o.key("digest"); o.string(report.rubricDigest)
      }
      o.key("alliances")
      o.array(report.alliances) { a in
        let h = hashes[a.id]
        JSONReport.alliance(a, warnings: report.warnings(of: a.id), o, hashes: h?.evidence ?? [:]) {
          o.key("manifest"); h.map { file($0.manifest, o) } ?? o.null()
          o.key("baseline"); h?.baseline.map { file($0, o) } ?? o.null()
        }
      }
      o.key("history")
      o.array(history) { v in
        o.object {
          o.key("published"); self.publication(v.published, o)
          o.key("alliances")
          o.array(v.alliances) { f in figures(f, o) }
        }
      }
    }
    return signed(o.text + "\n")
  }

  static func publication(_ p: PublishedRecord.Publication, _ o: JSONWriter) {
    o.object {
      o.key("version"); o.int(p.version)
      o.key("date"); o.string(p.date)
      o.key("by"); o.string(p.by)
      o.key("reason"); p.reason.map { o.string($0) } ?? o.null()
    }
  }

  static func file(_ f: PublishedRecord.FileHash, _ o: JSONWriter) {
    o.object {
      o.key("file"); o.string(f.file)
      o.key("sha256"); o.string(f.sha256)
    }
  }

  static func figures(_ f: PublishedRecord.Figures, _ o: JSONWriter) {
    o.object {
      o.key("id"); o.string(f.id)
      o.key("total"); o.score(f.total)
      o.key("grade"); o.string(f.grade)
      o.key("rank"); o.int(f.rank)
      o.key("indicators")
      o.object { for (code, score) in f.indicators { o.key(code); o.score(score) } }
    }
  }

  // MARK: - The digest

  static let digestMember = ",\n  \"digest\": \""

  /// The canonical text (ending `\n}\n`) with its digest added as the last member.
  static func signed(_ canonical: String) -> String {
    String(canonical.dropLast(3)) + digestMember + sha256(canonical) + "\"\n}\n"
  }

  /// The record's text without its digest, and the digest it states; nil when the text does
  /// not end with a digest member as jlt writes it.
  public static func unsigned(_ text: String) -> (canonical: String, digest: String)? {
    let tail = "\"\n}\n"
    guard text.hasSuffix(tail), let range = text.range(of: digestMember, options: .backwards) else { return nil }
    let digest = String(text[range.upperBound...].dropLast(tail.count))
    guard digest.count == 64, digest.allSatisfy({ $0.isHexDigit }) else { return nil }
    return (String(text[..<range.lowerBound]) + "\n}\n", digest)
  }

  /// Whether the text's digest matches the text.
  public static func isIntact(_ text: String) -> Bool {
    guard let (canonical, digest) = unsigned(text) else { return false }
    return sha256(canonical) == digest
  }

  public static func sha256(_ text: String) -> String {
    SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
  }
}
