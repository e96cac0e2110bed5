import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// The README stands on its own: its rubric example is the shipped file, and it names every
/// manifest key.
@Suite("README")
struct ReadmeTests {
  static func readme() throws -> String {
    try String(contentsOfFile: Fixtures.repository + "/README.md", encoding: .utf8)
  }

  @Test func theRubricExampleIsTheShippedFile() throws {
    let shipped = try String(contentsOfFile: Fixtures.repository + "/input/rubric-2025.toml", encoding: .utf8)
    // The file without its two opening comment lines.
    let body = shipped.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("#") || $0.isEmpty }
      .joined(separator: "\n")
    #expect(try Self.readme().contains("```toml\n" + body + "```"))
  }

  @Test func everyManifestKeyIsNamed() throws {
    let readme = try Self.readme()
    func keys(_ specs: [FieldSpec]) -> [String] {
      specs.flatMap { spec -> [String] in
        switch spec.kind {
        case .table(let sub), .tables(let sub): return [spec.key] + keys(sub)
        default: return [spec.key]
        }
      }
    }
    for key in Set(keys(ManifestSchema.manifest) + keys(ManifestSchema.baseline))
    where key != "school" && key != "self_assessment" {
      let named = ["`\(key)`", "[\(key)]", ".\(key)]", "[\(key).", "\(key) ="].contains { readme.contains($0) }
      #expect(named, "\(key)")
    }
  }

  @Test func nothingOutsideTheRepositoryIsCited() throws {
    let readme = try Self.readme()
    #expect(!readme.contains("SPEC"))
    #expect(!readme.contains("shared/"))
  }
}
