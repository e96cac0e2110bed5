import Foundation
import JLTCore

/// What each reader of jlt's input files must do with any bytes at all (issue 15), checked by
/// the fuzz targets (Fuzz/) and by the regression tests over Tests/Fixtures/fuzz-regressions:
/// never crash; answer within a time linear in the input (`TimeBudget`); give every problem a
/// line within the file or none, a message in Chinese, the file and alliance it was asked about;
/// a value exactly when there is no error; and for the TOML parser, a document that, written
/// back as TOML (`TOMLDocumentText`), parses again to the same values.
public enum ReaderInvariants {
  public enum Reader: String, CaseIterable, Sendable {
    /// `TOMLParser.parse` on the bytes as UTF-8 text (invalid sequences replaced).
    case toml
    /// `ManifestDecoder.decode`: bytes in any encoding → a manifest or problems.
    case manifest
    /// `RubricFile.apply` over the default rubric, then `RubricValidation`.
    case rubric
    /// `BaselineDecoder.decode`.
    case baseline
  }

  static let alliance = "a-01"
  static let manifestFile = "县A/a-01/2024.toml"
  static let baselineFile = "县A/a-01/baseline.toml"
  static let rubricFile = "县A/rubric-2025.toml"

  /// Every invariant the input breaks, described; empty when it keeps them all.
  public static func violations(_ reader: Reader, _ data: Data, budget: TimeBudget = .standard) -> [String] {
    var out: [String] = []
    let limit = budget.seconds(for: data.count)
    func timed<T>(_ what: String, _ body: () -> T) -> T {
      let (result, seconds) = TimeBudget.measure(body)
      if seconds > limit {
        out.append("\(what) took \(seconds) s of CPU for \(data.count) bytes, over the budget of \(limit) s")
      }
      return result
    }
    switch reader {
    case .toml:
      let text = String(validating: data, as: UTF8.self) ?? String(decoding: data, as: UTF8.self)
      let parsed = timed("TOMLParser.parse") { TOMLParser.parse(text) }
      out += toml(parsed, text: text)
    case .manifest:
      let decoded = timed("ManifestDecoder.decode") {
        ManifestDecoder.decode(data, file: manifestFile, alliance: alliance, year: 2024)
      }
      out += problems(decoded.problems, in: data, file: manifestFile, alliance: alliance)
      out += valueExactlyWithoutErrors(decoded)
    case .baseline:
      let decoded = timed("BaselineDecoder.decode") {
        BaselineDecoder.decode(data, file: baselineFile, alliance: alliance, baselineYear: 2021)
      }
      out += problems(decoded.problems, in: data, file: baselineFile, alliance: alliance)
      out += valueExactlyWithoutErrors(decoded)
    case .rubric:
      let decoded = timed("RubricFile.apply") { RubricFile.apply(data, file: rubricFile, to: .suizhouTrial) }
      out += problems(decoded.problems, in: data, file: rubricFile, alliance: nil)
      out += valueExactlyWithoutErrors(decoded)
      if let rubric = decoded.value {
        out += rubricReadsBack(rubric, valid: timed("RubricValidation.errors") { RubricValidation.errors(rubric) })
      }
    }
    return out
  }

  /// The number of lines of `text`: one more than its line feeds.
  public static func lineCount(_ text: String) -> Int {
    text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
  }

  static func toml(_ parsed: Result<TOMLTable, TOMLSyntaxError>, text: String) -> [String] {
    let lines = lineCount(text)
    switch parsed {
    case .failure(let e):
      var out: [String] = []
      if !(1...lines).contains(e.line) { out.append("syntax error at line \(e.line) of \(lines): \(e.message)") }
      if !isChinese(e.message) { out.append("syntax error message not in Chinese: \(e.message)") }
      return out
    case .success(let document):
      var out: [String] = []
      valueLines(.table(document), line: document.line, path: "", lines: lines, into: &out)
      let again = TOMLDocumentText.text(of: document)
      switch TOMLParser.parse(again) {
      case .failure(let e):
        out.append("the document written back does not parse (line \(e.line): \(e.message)):\n\(again)")
      case .success(let reparsed):
        if let d = TOMLValueComparison.difference(document, reparsed) {
          out.append("the document written back parses to other values: \(d)\n\(again)")
        }
      }
      return out
    }
  }

  /// Every value and table has a line within the text (the root has none).
  static func valueLines(_ kind: TOMLValue.Kind, line: Int?, path: String, lines: Int, into out: inout [String]) {
    if let line, !(1...lines).contains(line) {
      out.append("\(path.isEmpty ? "(root)" : path) at line \(line) of \(lines)")
    }
    switch kind {
    case .array(let items):
      for (i, item) in items.enumerated() {
        valueLines(item.kind, line: item.line, path: "\(path)[\(i)]", lines: lines, into: &out)
      }
    case .table(let t):
      for k in t.keys {
        guard let v = t[k] else { continue }
        valueLines(v.kind, line: v.line, path: path + "." + k, lines: lines, into: &out)
      }
    default: break
    }
  }

  /// Lines of the file as decoded; when it cannot be decoded, its line feed bytes bound them
  /// (a line feed byte is never part of another character in UTF-8 or GB18030, and in UTF-16
  /// every line feed has one).
  static func lineCount(of data: Data) -> Int {
    if case .success(let text) = TextDecoding.decode(data) { return lineCount(text) }
    return data.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
  }

  static func problems(_ problems: [Problem], in data: Data, file: String, alliance: String?) -> [String] {
    let lines = lineCount(of: data)
    var out: [String] = []
    for p in problems {
      if let line = p.line, !(1...lines).contains(line) {
        out.append("problem at line \(line) of \(lines): \(p.rendered)")
      }
      if p.file != file { out.append("problem names the file \(p.file), not \(file): \(p.rendered)") }
      if p.alliance != alliance { out.append("problem names the alliance \(p.alliance ?? "nil"): \(p.rendered)") }
      if !isChinese(p.message) { out.append("problem message not in Chinese: \(p.rendered)") }
    }
    return out
  }

  static func valueExactlyWithoutErrors<V>(_ decoded: Decoded<V>) -> [String] {
    switch (decoded.value != nil, decoded.hasErrors) {
    case (true, true): return ["a value despite errors: \(decoded.problems.map(\.rendered))"]
    case (false, false): return ["no value and no error: \(decoded.problems.map(\.rendered))"]
    default: return []
    }
  }

  /// A rubric that adds up is exported as its canonical text (`jlt rubric`, SPEC §8) and that
  /// text must read back over the default rubric as the same rubric.
  static func rubricReadsBack(_ rubric: Rubric, valid errors: [String]) -> [String] {
    for e in errors where !isChinese(e) { return ["rubric validation message not in Chinese: \(e)"] }
    guard errors.isEmpty else { return [] }
    let text = rubric.canonicalText
    let again = RubricFile.apply(Data(text.utf8), file: rubricFile, to: .suizhouTrial)
    guard let back = again.value else {
      return ["the canonical text of a valid rubric does not read back: \(again.problems.map(\.rendered))\n\(text)"]
    }
    return back == rubric ? [] : ["the canonical text of a valid rubric reads back as another rubric:\n\(text)"]
  }

  /// Whether a message a clerk reads has Chinese in it (a CJK ideograph or fullwidth punctuation).
  static func isChinese(_ message: String) -> Bool {
    message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
  }
}
