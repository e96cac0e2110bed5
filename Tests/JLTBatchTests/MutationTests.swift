import Foundation
import TestSupport
import Testing

@testable import JLTBatch
@testable import JLTCore

/// Damaged manifests (issue: bad input and faults). Every manifest of the sample input is
/// damaged in many ways; for each variant jlt must not crash or hang, the damaged alliance is
/// either scored or gets an error naming its file, and — checked on a share of the variants
/// with the whole county re-run — every other alliance's result is identical to the undamaged
/// run. `JLT_MUTATIONS=N` (as `make fuzz` sets) raises the number of variants.
@Suite(.serialized) struct MutationTests {
  static let count = Int(ProcessInfo.processInfo.environment["JLT_MUTATIONS"] ?? "") ?? 1_500
  /// Every n-th variant also re-runs its whole county and compares the other alliances.
  static let countyEvery = 25

  @Test(.tags(.slow)) func damagedManifestsNeverCrashOrSpill() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let sample = try scratch.copySample()
    let tree = try InputTree.scan(root: sample)
    var manifests: [(AllianceFolder, Int, Data)] = []
    for county in tree.counties {
      for a in county.alliances {
        for y in a.years {
          let data = try Data(contentsOf: URL(fileURLWithPath: a.path + "/\(y).toml"))
          manifests.append((a, y, data))
        }
      }
    }
    #expect(manifests.count >= 20)
    let baseline = Dictionary(
      uniqueKeysWithValues: tree.counties.map { c in
        (c.name, Batch(tree: tree, year: 2024, counties: [c], jobs: 2).run()[0])
      })
    var rng = SeededRandom(seed: 20_241_129)
    var scored = 0
    var rejected = 0
    var countyRuns = 0
    for n in 0..<Self.count {
      let (folder, year, original) = manifests[n % manifests.count]
      let (kind, damaged) = Mutator.mutate(original, variant: n / manifests.count, rng: &rng)
      let path = folder.path + "/\(year).toml"
      try damaged.write(to: URL(fileURLWithPath: path))
      defer { try? original.write(to: URL(fileURLWithPath: path)) }
      let job = AllianceJob(
        folder: folder, year: year, rubric: Decoded(value: .suizhouTrial, problems: []), limits: ManifestLimits())
      let outcome = job.run().outcome
      let file = "\(folder.county)/\(folder.id)/\(year).toml"
      if outcome.score == nil {
        rejected += 1
        let errors = outcome.problems.filter { $0.severity == .error }
        #expect(!errors.isEmpty, "\(kind): not scored without an error")
        #expect(
          errors.allSatisfy {
            $0.alliance == folder.id && !$0.message.isEmpty && $0.file.hasPrefix("\(folder.county)/\(folder.id)/")
          },
          "\(kind) \(file): \(errors)")
      } else {
        scored += 1
      }
      if n % Self.countyEvery == 0, year == 2024 || year == 2023 {
        countyRuns += 1
        let county = try #require(tree.counties.first { $0.name == folder.county })
        let report = Batch(tree: tree, year: 2024, counties: [county], jobs: 2).run()[0]
        let before = try #require(baseline[folder.county])
        for other in before.alliances where other.id != folder.id {
          let after = report.alliances.first { $0.id == other.id }
          #expect(
            after.map { Self.essence($0, report) } == Self.essence(other, before),
            "\(kind) in \(file) changed \(other.id)")
        }
      }
    }
    #expect(scored + rejected == Self.count)
    print(
      "mutations: \(Self.count) variants, \(scored) still scored, \(rejected) rejected, \(countyRuns) county re-runs")
  }

  /// What must not change for an alliance when another one is damaged (ranks may shift, and the
  /// previous-year facts may too when the damaged file is a 2023 manifest of that alliance only).
  static func essence(_ a: RankedAlliance, _ report: CountyReport) -> String {
    let s = a.score
    let indicators = s.indicators.map { "\($0.code)=\($0.score) \($0.reasons)" }.joined(separator: ";")
    return "\(s.total) \(s.grade) \(indicators) \(report.warnings(of: a.id).map(\.message))"
  }
}

/// Ways to damage a manifest.
enum Mutator {
  static let replacements = [
    "-3", "-9999999999", "9223372036854775807", "1e308", "-1e308", "nan", "inf", "-inf", "12.0", "\"文字\"",
    "true", "[1, \"a\", 2.5]", "{ a = 1 }", "[]", "\"\"", "\"paper:\"", "\"/etc/passwd\"", "\"../../../etc/passwd\"",
    "\"D:\\\\证据\\\\a.pdf\"", "\"..\\\\..\\\\x\"", "1979-05-27", "0x7fffffff", "\"\\u0000\"",
  ]

  static func mutate(_ data: Data, variant: Int, rng: inout SeededRandom) -> (String, Data) {
    var bytes = [UInt8](data)
    let lines = lineRanges(bytes)
    switch variant % 13 {
    case 0:
      let cut = lines.isEmpty ? 0 : lines[Int.random(in: 0..<lines.count, using: &rng)].lowerBound
      return ("truncated at byte \(cut)", Data(bytes[..<cut]))
    case 1:
      let flips = Int.random(in: 1...6, using: &rng)
      for _ in 0..<flips where !bytes.isEmpty {
        bytes[Int.random(in: 0..<bytes.count, using: &rng)] ^= UInt8.random(in: 1...255, using: &rng)
      }
      return ("\(flips) byte flips", Data(bytes))
    case 2:
      let at = Int.random(in: 0...bytes.count, using: &rng)
      bytes.insert(contentsOf: [0xFF, 0xC3, 0x28, 0xA0], at: at)
      return ("invalid UTF-8 at \(at)", Data(bytes))
    case 3, 4, 5:
      // A value of a `key = value` line replaced by another type or an extreme number.
      let keyed = lines.filter { r in bytes[r].contains(UInt8(ascii: "=")) && bytes[r].first != UInt8(ascii: "#") }
      guard let line = keyed.randomElement(using: &rng), let eq = bytes[line].firstIndex(of: UInt8(ascii: "=")) else {
        return ("unchanged", data)
      }
      let value = replacements.randomElement(using: &rng) ?? "0"
      bytes.replaceSubrange((eq + 1)..<line.upperBound, with: Array(" \(value)".utf8))
      return ("value → \(value)", Data(bytes))
    case 6:
      guard let line = lines.randomElement(using: &rng) else { return ("unchanged", data) }
      bytes.insert(
        contentsOf: bytes[line] + [0x0A], at: line.upperBound + 1 > bytes.count ? bytes.count : line.upperBound + 1)
      return ("duplicated line", Data(bytes))
    case 7:
      let at = lines.randomElement(using: &rng)?.lowerBound ?? 0
      bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: at)
      return ("BOM in the middle at \(at)", Data(bytes))
    case 8:
      // Half re-encoded as GB18030: mixed encodings.
      let half = lines.count / 2 < lines.count ? lines[lines.count / 2].lowerBound : 0
      let tail = String(decoding: bytes[half...], as: UTF8.self)
      let gb = tail.data(using: String.Encoding(rawValue: 0x8000_0632)) ?? Data()
      return ("second half GB18030", Data(bytes[..<half]) + gb)
    case 9:
      let depth = Int.random(in: 100...5_000, using: &rng)
      let nested = "deep = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
      let tables =
        "x = " + String(repeating: "{ a = ", count: depth / 10) + "1" + String(repeating: " }", count: depth / 10)
        + "\n"
      return ("nesting \(depth)", Data(nested.utf8) + Data(tables.utf8) + data)
    case 11:
      // A stray character right after a header's `[` (toml++, the parser jlt used before its own, aborted on these).
      let headers = lines.filter { r in bytes[r].first == UInt8(ascii: "[") }
      guard let line = headers.randomElement(using: &rng) else { return ("unchanged", data) }
      let doubled = line.count >= 2 && bytes[line.lowerBound + 1] == UInt8(ascii: "[")
      let at = line.lowerBound + (doubled ? 2 : 1)
      let stray = ["?", "学", "+", "{", ".", "!", "\n", " ", "#", "=", "]", "\"", "'"].randomElement(using: &rng) ?? "?"
      bytes.insert(contentsOf: Array(stray.utf8), at: at)
      return ("\(stray) after a header's [", Data(bytes))
    case 10:
      let size = variant % 48 == 10 ? 10 * 1_048_576 : Int.random(in: 4_000...5_000, using: &rng)
      let long = "alliance = \"" + String(repeating: "长", count: size / 3) + "\"\n"
      return ("string of \(size) bytes", Data(long.utf8) + data)
    default:
      // A control character or NUL inside a line.
      let at = Int.random(in: 0...bytes.count, using: &rng)
      bytes.insert([0x00, 0x01, 0x1B, 0x7F].randomElement(using: &rng) ?? 0, at: at)
      return ("control byte at \(at)", Data(bytes))
    }
  }

  static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    for (i, b) in bytes.enumerated() where b == 0x0A {
      out.append(start..<i)
      start = i + 1
    }
    if start < bytes.count { out.append(start..<bytes.count) }
    return out
  }
}
