import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// jlt's TOML parser against an independent TOML 1.0 implementation, Python's `tomllib` (issue
/// 15). `toml-tagged` (jlt's parser) and `tomllib-tagged.py` print every file as toml-test's
/// tagged JSON or an error; both must accept the same files and give the same values. Run over
/// the toml-test suite and over documents from `TOMLDocumentGenerator`, half of them damaged
/// by one small edit. The seed is printed; `JLT_DIFF_SEED` runs one again, `JLT_DIFF_DOCUMENTS`
/// changes how many are made (default 2,000 + 2,000 damaged).
///
/// Differences that are not jlt's bugs, counted and printed but not failures:
/// - `\u0000` in a string or key: valid TOML, refused by jlt on purpose (SPEC §2, §6).
/// - an integer beyond 64 bits: tomllib keeps it (Python's integers have no limit); TOML 1.0
///   says it must be an error, as jlt makes it.
/// Date-times are compared as values with tomllib's precision: seconds to six decimals (Python's
/// datetime holds microseconds), `Z` as `+00:00`.
@Suite("TOML 差分测试（jlt 与 Python tomllib）")
struct TOMLDifferentialTests {
  static let tomllib = BuiltProgram.pythonRuns("import tomllib")
  static let script = Fixtures.repository + "/Tests/toml-tagged/tomllib-tagged.py"

  enum Outcome {
    case document(TaggedJSON)
    case error(String)

    init(line: Substring) throws {
      if line.hasPrefix("ok ") {
        self = .document(try TaggedJSON.parse(String(line.dropFirst(3))))
      } else {
        self = .error(String(line))
      }
    }
  }

  /// What both programs say about each file, in order.
  static func outcomes(_ files: [String]) throws -> (jlt: [Outcome], tomllib: [Outcome]) {
    let decoder = try #require(BuiltProgram.path("toml-tagged"), "toml-tagged not built (swift build --build-tests)")
    var jlt: [Outcome] = []
    var python: [Outcome] = []
    // In chunks, to stay far below the limit on the length of a command line.
    for start in stride(from: 0, to: files.count, by: 500) {
      let chunk = Array(files[start..<min(files.count, start + 500)])
      let a = try BuiltProgram.run(decoder, chunk)
      let b = try BuiltProgram.run("/usr/bin/env", ["python3", script] + chunk)
      #expect(a.status == 0, "toml-tagged: \(String(decoding: a.stderr, as: UTF8.self))")
      #expect(b.status == 0, "tomllib-tagged.py: \(String(decoding: b.stderr, as: UTF8.self))")
      // Split on the byte: "\r\n" is one Character, and a message may end with a "\r".
      let linesA = a.stdout.split(separator: 0x0A, omittingEmptySubsequences: false)
      let linesB = b.stdout.split(separator: 0x0A, omittingEmptySubsequences: false)
      try #require(linesA.count == chunk.count + 1 && linesB.count == chunk.count + 1, "one line per file")
      jlt += try linesA.dropLast().map { try Outcome(line: Substring(decoding: $0, as: UTF8.self)) }
      python += try linesB.dropLast().map { try Outcome(line: Substring(decoding: $0, as: UTF8.self)) }
    }
    return (jlt, python)
  }

  /// Counts of how the two agreed.
  struct Tally: CustomStringConvertible {
    var sameValues = 0
    var bothRefuse = 0
    var nulEscape = 0
    var beyond64Bits = 0
    var disagreements: [String] = []

    /// Every file is counted once.
    var total: Int { sameValues + bothRefuse + nulEscape + beyond64Bits + disagreements.count }

    var description: String {
      "\(sameValues) accepted by both with the same values, \(bothRefuse) refused by both, "
        + "\(nulEscape) \\u0000 refused by jlt only (SPEC), \(beyond64Bits) integers beyond 64 bits kept by tomllib only, "
        + "\(disagreements.count) disagreements"
    }
  }

  static func compare(_ files: [String], text: (Int) throws -> String) throws -> Tally {
    let (jlt, python) = try outcomes(files)
    var tally = Tally()
    for (i, (a, b)) in zip(jlt, python).enumerated() {
      switch (a, b) {
      case (.document(let x), .document(let y)):
        if let d = TaggedJSONComparison.difference(x, y) {
          tally.disagreements.append("\(files[i]): values differ: \(d)\n\(try text(i))")
        } else {
          tally.sameValues += 1
        }
      case (.error, .error):
        tally.bothRefuse += 1
      case (.error(let why), .document(let y)):
        if why.contains("\\u0000") {
          tally.nulEscape += 1
        } else if TaggedJSONComparison.hasIntegerBeyond64Bits(y), why.contains("整数") {
          tally.beyond64Bits += 1
        } else {
          tally.disagreements.append("\(files[i]): refused by jlt only (\(why))\n\(try text(i))")
        }
      case (.document, .error(let why)):
        tally.disagreements.append("\(files[i]): accepted by jlt only (tomllib: \(why))\n\(try text(i))")
      }
    }
    return tally
  }

  @Test(.enabled(if: tomllib, "python3 with tomllib (Python 3.11 or later) is not installed"))
  func tomlTestSuite() throws {
    let root = TOMLConformanceTests.root
    let files = (TOMLConformanceTests.allValid + TOMLConformanceTests.invalidCases).map { root + "/" + $0 }
    let tally = try Self.compare(files) { try String(contentsOfFile: files[$0], encoding: .utf8) }
    print("差分测试 toml-test（\(files.count) 个文件）：\(tally)")
    #expect(tally.total == files.count)
    // Every valid file of the suite: the same values, or (\u0000) refused by jlt as SPEC says.
    #expect(TOMLConformanceTests.allValid.count == TOMLConformanceTests.validCount)
    #expect(tally.nulEscape == TOMLConformanceTests.nulEscapeExceptions.count)
    #expect(tally.sameValues == TOMLConformanceTests.validCases.count)
    // Every invalid file refused by both, but those with integers beyond 64 bits (by tomllib not).
    #expect(tally.bothRefuse + tally.beyond64Bits == TOMLConformanceTests.invalidCases.count)
    #expect(tally.disagreements.isEmpty)
    for d in tally.disagreements { Issue.record("\(d)") }
  }

  @Test(.enabled(if: tomllib, "python3 with tomllib (Python 3.11 or later) is not installed"), .tags(.slow))
  func generatedDocuments() throws {
    let seed = SeededRandom.seed(fromEnvironment: "JLT_DIFF_SEED")
    let count = Int(ProcessInfo.processInfo.environment["JLT_DIFF_DOCUMENTS"] ?? "") ?? 2_000
    print("差分测试：种子 JLT_DIFF_SEED=\(seed)，\(count) 份生成的文档及其各一份改动")
    var generator = TOMLDocumentGenerator(seed: seed)
    let scratch = try Scratch()
    defer { scratch.remove() }
    var texts: [String] = []
    for _ in 0..<count {
      let document = generator.document()
      texts.append(document)
      texts.append(generator.damaged(document))
    }
    var files: [String] = []
    for (i, t) in texts.enumerated() { files.append(try scratch.write("\(i).toml", t)) }
    let tally = try Self.compare(files) { texts[$0] }
    print("差分测试（种子 \(seed)）：\(texts.count) 份文档，\(tally)")
    #expect(tally.total == texts.count)
    // Most undamaged documents are valid, and some damaged ones are refused: the generator is
    // neither just making noise nor never making an error.
    #expect(tally.sameValues > count / 2, "\(tally)")
    #expect(tally.bothRefuse > count / 10, "\(tally)")
    #expect(tally.disagreements.isEmpty, "seed \(seed): \(tally)")
    for d in tally.disagreements.prefix(20) { Issue.record("seed \(seed): \(d)") }
  }
}
