import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

#if canImport(Glibc)
  import Glibc
#endif

/// A copy of Tests/Fixtures/mini (expected scores in its README.txt) for the tests of published
/// records (SPEC §9): by default without 县A/a-02 (its error would stop 县A's publication), with
/// `publish`, `verify` and `score` through the command functions, and the record read back.
final class PublishedTree {
  let scratch: Scratch
  let input: String
  let output: String
  static let by = "甲县教育局"
  static let date = "2025-09-15"

  init(keepingErrors: Bool = false) throws {
    scratch = try Scratch()
    input = try scratch.copyFixture("mini")
    output = scratch.url("out")
    if !keepingErrors { try FileManager.default.removeItem(atPath: input + "/县A/a-02") }
  }

  deinit { scratch.remove() }

  func publish(
    year: Int = 2024, counties: [String] = [], revise: String? = nil, date: String = PublishedTree.date,
    by: String = PublishedTree.by
  ) throws -> PublishRun {
    try PublishCommand.run(
      .init(
        input: input, output: output, year: year, by: by, date: date, counties: counties, revise: revise, jobs: 2))
  }

  func verify(year: Int = 2024, counties: [String] = []) throws -> VerifyRun {
    try VerifyCommand.run(input: input, year: year, counties: counties, jobs: 2)
  }

  func score(year: Int = 2024, counties: [String] = []) throws -> ScoreRun {
    try ScoreCommand.run(input: input, output: output, year: year, counties: counties, jobs: 2)
  }

  /// `INPUT/<county>/定稿-Y.json`.
  func recordPath(_ county: String, year: Int = 2024) -> String { "\(input)/\(county)/定稿-\(year).json" }

  func recordText(_ county: String, year: Int = 2024) throws -> String {
    try String(contentsOfFile: recordPath(county, year: year), encoding: .utf8)
  }

  func record(_ county: String, year: Int = 2024) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: recordPath(county, year: year)))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  func json(_ county: String, year: Int = 2024) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: "\(output)/\(year)/\(county).json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// The JSON object of one alliance in a county JSON or a record.
  static func alliance(_ json: [String: Any], _ id: String) throws -> [String: Any] {
    let all = try #require(json["alliances"] as? [[String: Any]])
    return try #require(all.first { $0["id"] as? String == id }, "\(id) should be listed")
  }

  /// The path of `relative` inside the input root.
  func path(_ relative: String) -> String { input + "/" + relative }

  /// Replaces `old` by `new` in a text file of the input (which must contain it).
  func replace(_ relative: String, _ old: String, _ new: String) throws {
    let text = try String(contentsOfFile: path(relative), encoding: .utf8)
    #expect(text.contains(old), "\(relative) should contain \(old)")
    try text.replacingOccurrences(of: old, with: new).write(toFile: path(relative), atomically: false, encoding: .utf8)
  }

  func append(_ relative: String, _ text: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path(relative)))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
  }

  /// SHA-256 of a file of the input, computed over its whole content at once.
  func sha256(_ relative: String) throws -> String {
    RecordText.sha256(try String(contentsOfFile: path(relative), encoding: .utf8))
  }

  /// Every entry under `folder` (not following links) with its kind, size and modification time
  /// in nanoseconds: what a run that writes nothing leaves unchanged.
  static func listing(_ folder: String) -> [String: String] {
    var out: [String: String] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let relative = enumerator?.nextObject() as? String {
      var st = stat()
      guard lstat(folder + "/" + relative, &st) == 0 else { continue }
      out[relative] = "\(st.st_mode) \(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }
    return out
  }
}

/// Whether the tests run as root (who reads a file whatever its permissions).
let runningAsRoot = getuid() == 0
