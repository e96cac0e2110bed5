import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// The fingerprints `publish` takes after scoring (SPEC §9), on mini without a-02: every
/// ranked alliance's manifest, baseline and present evidence; a county whose files changed
/// between scoring and hashing gets the list of them instead, so that no record pairs figures
/// with files they were not computed from.
@Suite("定稿的文件指纹", .timeLimit(.minutes(1)))
struct RecordHashingTests {
  static func scored(_ t: PublishedTree) throws -> (InputTree, [CountyReport]) {
    let tree = try InputTree.scan(root: t.input)
    return (tree, Batch(tree: tree, year: 2024, counties: tree.counties, jobs: 2).run())
  }

  @Test func fingerprintsOfEachRankedAlliance() throws {
    let t = try PublishedTree()
    let (tree, reports) = try Self.scored(t)
    let hashes = RecordHashing.hash(reports, tree: tree, jobs: 2)
    guard case .success(let a)? = hashes["县A"] else {
      Issue.record("县A should be hashed: \(String(describing: hashes["县A"]))")
      return
    }
    #expect(a.keys.sorted() == ["a-01", "a-03"])
    #expect(a["a-01"]?.manifest == .init(file: "县A/a-01/2024.toml", sha256: try t.sha256("县A/a-01/2024.toml")))
    #expect(a["a-01"]?.baseline == .init(file: "县A/a-01/baseline.toml", sha256: try t.sha256("县A/a-01/baseline.toml")))
    // Only the present file: 空.pdf is empty (absent), the rest are paper records.
    #expect(a["a-01"]?.evidence == ["evidence/章程.pdf": try t.sha256("县A/a-01/evidence/章程.pdf")])
    #expect(a["a-03"]?.baseline == nil)
    #expect(a["a-03"]?.evidence == [:])
  }

  /// After scoring: 章程.pdf grows by one byte, a-03's manifest is deleted. 县B is untouched.
  @Test func filesChangedSinceScoringAreListedInsteadOfHashed() throws {
    let t = try PublishedTree()
    let (tree, reports) = try Self.scored(t)
    try t.append("县A/a-01/evidence/章程.pdf", "x")
    try FileManager.default.removeItem(atPath: t.path("县A/a-03/2024.toml"))
    let hashes = RecordHashing.hash(reports, tree: tree, jobs: 2)
    #expect(
      hashes["县A"]
        == .failure(.init(messages: ["县A/a-01/evidence/章程.pdf（计分后内容已改变）", "县A/a-03/2024.toml（文件已不存在）"])))
    guard case .success(let b)? = hashes["县B"] else {
      Issue.record("县B should be hashed")
      return
    }
    #expect(b["b-01"]?.manifest.sha256 == (try t.sha256("县B/b-01/2024.toml")))
  }

  /// A present file replaced by a FIFO after scoring is named, never opened.
  @Test func evidenceReplacedByAFIFOIsNamed() throws {
    let t = try PublishedTree()
    let (tree, reports) = try Self.scored(t)
    try FileManager.default.removeItem(atPath: t.path("县A/a-01/evidence/章程.pdf"))
    try t.scratch.fifo("mini/县A/a-01/evidence/章程.pdf")
    let hashes = RecordHashing.hash(reports, tree: tree, jobs: 2)
    #expect(hashes["县A"] == .failure(.init(messages: ["县A/a-01/evidence/章程.pdf（不是普通文件）"])))
  }
}
