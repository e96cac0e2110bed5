import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// `TOMLParser` against the official TOML test suite (toml-test, TOML 1.0.0 files only), kept
/// in Tests/Fixtures/toml-test: see its README.md for the source commit and what is left out.
/// Every valid file must parse to exactly the values of its tagged JSON; every invalid file
/// must be refused with a line inside the file.
@Suite("TOML 一致性（toml-test，TOML 1.0.0）")
struct TOMLConformanceTests {
  /// Tests/Fixtures/toml-test, found from this file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../Fixtures/toml-test").standardizedFileURL.path

  /// The counts stated in the fixtures' README.md.
  static let validCount = 210
  static let invalidCount = 499

  /// Invalid files that are not UTF-8: the parser takes text, and jlt turns bytes into text
  /// before parsing (UTF-8, UTF-16 with BOM, otherwise GB18030), so these bytes never reach
  /// it as they are. Not run.
  static let notUTF8: [String: String] = [
    "invalid/encoding/bad-codepoint.toml": "UTF-8 encoded surrogate U+D800, not UTF-8",
    "invalid/encoding/bad-utf8-at-end.toml": "stray byte 0xDA, not UTF-8",
    "invalid/encoding/bad-utf8-in-array.toml": "stray bytes 0x80 0x86, not UTF-8",
    "invalid/encoding/bad-utf8-in-comment.toml": "truncated sequence 0xC3, not UTF-8",
    "invalid/encoding/bad-utf8-in-multiline-literal.toml": "truncated sequence 0xC3, not UTF-8",
    "invalid/encoding/bad-utf8-in-multiline.toml": "truncated sequence 0xC3, not UTF-8",
    "invalid/encoding/bad-utf8-in-string-literal.toml": "truncated sequence 0xC3, not UTF-8",
    "invalid/encoding/bad-utf8-in-string.toml": "truncated sequence 0xC3, not UTF-8",
    "invalid/encoding/utf16-bom.toml": "UTF-16 with BOM: jlt decodes it as UTF-16 before parsing",
  ]

  /// Valid TOML that jlt refuses on purpose: a `\u0000` / `\U00000000` escape. Expected to
  /// fail, at the line of the first such escape.
  static let nulEscapeExceptions: [String: Int] = [
    "valid/key/quoted-unicode.toml": 2,
    "valid/string/quoted-unicode.toml": 2,
    "valid/string/unicode-escape.toml": 6,
  ]

  /// The `.toml` files under `dir` (relative to `root`), sorted.
  static func files(under dir: String, suffix: String = ".toml") -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: root + "/" + dir) else { return [] }
    var found: [String] = []
    while let path = walker.nextObject() as? String {
      if path.hasSuffix(suffix) { found.append(dir + "/" + path) }
    }
    return found.sorted()
  }

  static let allValid = files(under: "valid")
  static let allInvalid = files(under: "invalid")
  static let validCases = allValid.filter { nulEscapeExceptions[$0] == nil }
  static let invalidCases = allInvalid.filter { notUTF8[$0] == nil }

  static func bytes(_ file: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + file)))
  }

  /// The file's text: its bytes as UTF-8, a leading BOM left in (the parser's job).
  static func text(_ file: String) throws -> String {
    try #require(String(validating: try bytes(file), as: UTF8.self), "\(file) is not UTF-8")
  }

  static func lineCount(_ text: String) -> Int {
    text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
  }

  // MARK: - The corpus

  @Test func corpusIsComplete() throws {
    #expect(Self.allValid.count == Self.validCount)
    #expect(Self.allInvalid.count == Self.invalidCount)
    let json = Self.files(under: "valid", suffix: ".json")
    #expect(json.map { String($0.dropLast(5)) } == Self.allValid.map { String($0.dropLast(5)) })
    #expect(FileManager.default.fileExists(atPath: Self.root + "/LICENSE"))
    let readme = try String(contentsOfFile: Self.root + "/README.md", encoding: .utf8)
    #expect(readme.contains("\(Self.validCount) cases"))
    #expect(readme.contains("\(Self.invalidCount) cases"))
    for file in Self.nulEscapeExceptions.keys { #expect(Self.allValid.contains(file), "\(file)") }
    for file in Self.notUTF8.keys { #expect(Self.allInvalid.contains(file), "\(file)") }
    // Exactly the listed files are not UTF-8.
    var notUTF8: [String] = []
    for file in Self.allValid + Self.allInvalid + json
    where String(validating: try Self.bytes(file), as: UTF8.self) == nil {
      notUTF8.append(file)
    }
    #expect(notUTF8.sorted() == Self.notUTF8.keys.sorted())
  }

  // MARK: - Valid files

  @Test(arguments: validCases)
  func valid(_ file: String) throws {
    let text = try Self.text(file)
    let jsonFile = String(file.dropLast(5)) + ".json"
    let expected = try TaggedJSON.parse(try #require(String(validating: try Self.bytes(jsonFile), as: UTF8.self)))
    switch TOMLParser.parse(text) {
    case .failure(let error):
      Issue.record("rejected valid input: line \(error.line): \(error.message)")
    case .success(let table):
      var problems: [String] = []
      Self.compare(.table(table), expected, path: "", into: &problems)
      for problem in problems.prefix(20) { Issue.record("wrong value: \(problem)") }
    }
  }

  @Test(arguments: nulEscapeExceptions.keys.sorted())
  func nulEscapeIsRefused(_ file: String) throws {
    let text = try Self.text(file)
    switch TOMLParser.parse(text) {
    case .success:
      Issue.record("accepted a \\u0000 escape (jlt refuses it)")
    case .failure(let error):
      #expect(error.line == Self.nulEscapeExceptions[file])
      #expect(!error.message.isEmpty)
    }
  }

  // MARK: - Invalid files

  @Test(arguments: invalidCases)
  func invalid(_ file: String) throws {
    let text = try Self.text(file)
    switch TOMLParser.parse(text) {
    case .success(let table):
      Issue.record("accepted invalid input (top-level keys: \(table.keys))")
    case .failure(let error):
      #expect(error.line >= 1 && error.line <= Self.lineCount(text), "line \(error.line): \(error.message)")
      #expect(!error.message.isEmpty)
    }
  }

  @Test(arguments: notUTF8.keys.sorted())
  func notUTF8IsSkipped(_ file: String) throws {
    // The reason for skipping still holds.
    #expect(String(validating: try Self.bytes(file), as: UTF8.self) == nil, "\(Self.notUTF8[file] ?? "")")
  }
}
