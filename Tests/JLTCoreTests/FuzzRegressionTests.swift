import Foundation
import ParserInvariants
import TestSupport
import Testing

@testable import JLTCore

/// Inputs that the fuzz targets (Fuzz/README.md) or the search for what they found turned up,
/// kept under Tests/Fixtures/fuzz-regressions/<reader>/: each reader keeps `ReaderInvariants`
/// on every one of them (the fuzz targets' own check, with their time budget), and the known
/// findings give what they must.
@Suite("模糊测试发现的输入（fuzz-regressions）")
struct FuzzRegressionTests {
  static let root = Fixtures.path("fuzz-regressions")

  struct Case: CustomTestStringConvertible, Sendable {
    var reader: ReaderInvariants.Reader
    var file: String
    var testDescription: String { "\(reader.rawValue)/\(file)" }
    var path: String { FuzzRegressionTests.root + "/" + testDescription }
  }

  static let cases: [Case] = ReaderInvariants.Reader.allCases.flatMap { reader in
    let folder = root + "/" + reader.rawValue
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return files.filter { !$0.hasPrefix(".") }.sorted().map { Case(reader: reader, file: $0) }
  }

  @Test func everyFolderIsAReader() throws {
    let folders = try FileManager.default.contentsOfDirectory(atPath: Self.root).filter { !$0.hasPrefix(".") }
    let readers = Set(ReaderInvariants.Reader.allCases.map(\.rawValue))
    for f in folders { #expect(readers.contains(f), "\(f) is not a reader: \(readers.sorted())") }
    #expect(!Self.cases.isEmpty)
    #expect(Self.cases.count >= Self.expectations.count)
    // Every expectation is about a file that is there.
    for name in Self.expectations.keys {
      #expect(Self.cases.contains { $0.testDescription == name }, "\(name) is not under fuzz-regressions")
    }
  }

  @Test(arguments: cases)
  func keepsTheInvariants(_ c: Case) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: c.path))
    let violations = ReaderInvariants.violations(c.reader, data)
    #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
  }

  /// What a finding must give: accepted, or refused with an error at `line` whose message
  /// has `message` in it.
  enum Expected: Sendable {
    case accepted
    case refused(line: Int, message: String)
  }

  static let nesting = "嵌套层数过多（超过 64 层）"

  /// Nesting deeper than `TOMLParser.maximumDepth` (64 levels: each array and each table, be it
  /// under a header, inline or made by a dotted key, is one) is a syntax error with its line,
  /// never a stack overflow, for arrays, inline tables, dotted keys in them, headers and arrays
  /// of tables alike; up to the limit the document is read (and, in the invariants, written
  /// back and read again).
  static let expectations: [String: Expected] = [
    // fuzz-toml, 3.6 million inputs in: 33 tables made by one dotted key in an inline table
    // were read, but written back as nested inline tables (each of which counted two levels)
    // they were refused, so the document did not read back. An inline table now counts one
    // level, as a table under a header or made by a dotted key does.
    "toml/dotted-key-in-inline-table-written-back-as-inline-tables.toml": .accepted,
    "toml/nesting-arrays-63-accepted.toml": .accepted,
    "toml/nesting-arrays-64-refused.toml": .refused(line: 1, message: nesting),
    "toml/nesting-arrays-unclosed.toml": .refused(line: 1, message: nesting),
    "toml/nesting-arrays-over-lines.toml": .refused(line: 65, message: nesting),  // the 64th [ is on line 65
    "toml/nesting-inline-tables-63-accepted.toml": .accepted,
    "toml/nesting-inline-tables-64-refused.toml": .refused(line: 1, message: nesting),
    "toml/nesting-inline-tables-unclosed.toml": .refused(line: 1, message: nesting),
    "toml/nesting-inline-tables-closed.toml": .refused(line: 2, message: nesting),
    "toml/nesting-arrays-of-inline-tables.toml": .refused(line: 1, message: nesting),
    "toml/nesting-dotted-keys-in-inline-tables.toml": .refused(line: 1, message: nesting),
    "toml/nesting-header-64-accepted.toml": .accepted,
    "toml/nesting-header-then-arrays.toml": .refused(line: 2, message: nesting),
    "toml/nesting-arrays-of-tables.toml": .refused(line: 65, message: "带点的键层级过多（超过 64 层）"),
    "manifest/nesting-deep-array-in-a-manifest.toml": .refused(line: 137, message: nesting),
    "manifest/nesting-deep-inline-table-in-a-manifest.toml": .refused(line: 1, message: nesting),
  ]

  /// One structure, n tables deep with a value at the bottom, written three ways: a dotted key,
  /// nested inline tables, a header and a key. The parser reads all three or refuses all three
  /// (at the same line), so that a document written back in another form reads back.
  @Test(arguments: [1, 2, 32, 62, 63, 64, 65])
  func nestingIsTheSameWhicheverWayItIsWritten(depth n: Int) {
    let keys = (1...n).map { "k\($0)" }
    let dotted = keys.joined(separator: ".") + " = 1\n"
    let inline =
      keys.dropLast().map { "\($0) = {" }.joined() + "\(keys[n - 1]) = 1" + String(repeating: "}", count: n - 1) + "\n"
    let header = n == 1 ? "k1 = 1\n" : "[" + keys.dropLast().joined(separator: ".") + "]\n\(keys[n - 1]) = 1\n"
    let reference = try? TOMLParser.parse(dotted).get()
    func outcome(_ text: String) -> String {
      switch TOMLParser.parse(text) {
      case .success(let t): return reference.map { TOMLValueComparison.difference(t, $0) ?? "read" } ?? "read"
      case .failure(let e): return "refused at line \(e.line): \(e.message)"
      }
    }
    let forms = [outcome(dotted), outcome(inline), outcome(header)]
    // The same values when read; refused where the 64th level begins (the header form: line 2).
    let refused = "refused at line 1: TOML 格式错误："
    #expect(n <= 63 ? forms[0] == "read" : forms[0].hasPrefix(refused), "\(forms)")
    #expect(n <= 63 ? forms[1] == "read" : forms[1].hasPrefix(refused + "嵌套层数过多"), "\(forms)")
    #expect(n <= 63 ? forms[2] == "read" : forms[2].hasPrefix("refused at line 2: "), "\(forms)")
  }

  @Test(arguments: expectations.keys.sorted())
  func knownFindingGivesWhatItMust(_ name: String) throws {
    let expected = try #require(Self.expectations[name])
    let data = try Data(contentsOf: URL(fileURLWithPath: Self.root + "/" + name))
    // The first error: the parser's, or the manifest decoder's (which reports the parser's).
    let error: (line: Int?, message: String)?
    if name.hasPrefix("manifest/") {
      let decoded = ManifestDecoder.decode(data, file: "a/2024.toml", alliance: "a", year: 2024)
      error = decoded.problems.first { $0.severity == .error }.map { ($0.line, $0.message) }
    } else {
      switch TOMLParser.parse(String(decoding: data, as: UTF8.self)) {
      case .success: error = nil
      case .failure(let e): error = (e.line, e.message)
      }
    }
    switch (expected, error) {
    case (.accepted, nil): break
    case (.accepted, let e?): Issue.record("\(name) must be accepted: line \(e.line ?? 0): \(e.message)")
    case (.refused(let line, let message), nil):
      Issue.record("\(name) is accepted, must fail at line \(line): \(message)")
    case (.refused(let line, let message), let e?):
      #expect(e.line == line, "\(name): \(e.message)")
      #expect(e.message.contains(message), "\(name): \(e.message)")
    }
  }
}
