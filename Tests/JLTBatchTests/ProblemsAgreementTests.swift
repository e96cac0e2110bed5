import Foundation
import TestSupport
import Testing

/// SPEC §6: the 问题 sheet, stderr and the JSON carry the same problems in the same order —
/// by county, alliance, file and line — in Chinese. Checked on the sample input through the
/// real binary, reading the 问题 sheets back from the written workbooks.
@Suite("问题表与标准错误一致", .timeLimit(.minutes(2)))
struct ProblemsAgreementTests {
  struct Row: Equatable, CustomStringConvertible {
    var alliance: String?
    var file: String
    var line: Int?
    var severity: String
    var message: String

    var county: String { String(file.prefix { $0 != "/" }) }
    var description: String { "\(file):\(line.map(String.init) ?? "-") \(severity) \(message)" }
  }

  /// `file[:line]: 级别：说明` as jlt prints a problem on stderr.
  static func parse(stderrLine text: String) -> Row? {
    for severity in ["错误", "警告"] {
      guard let mark = text.range(of: ": \(severity)：") else { continue }
      let place = String(text[..<mark.lowerBound])
      let message = String(text[mark.upperBound...])
      var file = place
      var line: Int?
      if let colon = place.lastIndex(of: ":"), let n = Int(place[place.index(after: colon)...]) {
        file = String(place[..<colon])
        line = n
      }
      var alliance: String?
      if file.hasSuffix("）"), let open = file.lastIndex(of: "（") {  // a county-wide file naming the alliance
        alliance = String(file[file.index(after: open)..<file.index(before: file.endIndex)])
        file = String(file[..<open])
      }
      return Row(alliance: alliance, file: file, line: line, severity: severity, message: message)
    }
    return nil
  }

  /// The rows of a workbook's 问题 sheet (data from row 3; "无" when there is none).
  static func sheetRows(_ archive: XLSXArchive) -> [Row] {
    var rows: [Row] = []
    var r = 3
    // 教联体 | 名称 | 文件 | 行 | 级别 | 说明
    while let alliance = archive.cellValue(sheet: "问题", reference: "A\(r)") {
      guard let file = archive.cellValue(sheet: "问题", reference: "C\(r)") else { break }  // the merged "无" row
      rows.append(
        Row(
          alliance: alliance == "—" ? nil : alliance, file: file,
          line: archive.cellValue(sheet: "问题", reference: "D\(r)").flatMap { Int($0) },
          severity: archive.cellValue(sheet: "问题", reference: "E\(r)") ?? "",
          message: archive.cellValue(sheet: "问题", reference: "F\(r)") ?? ""))
      r += 1
    }
    return rows
  }

  static func codePointLess(_ a: String, _ b: String) -> Bool {
    Array(a.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
  }

  @Test(.tags(.slow)) func sheetStderrAndJSONAgree() throws {
    let jlt = try JLTBinary.require()
    let scratch = try Scratch()
    defer { scratch.remove() }
    let sample = try scratch.copySample()
    let out = sample + "/.out"  // a dot-folder inside the input root is ignored as input
    let r = try Subprocess.score(jlt, input: sample, out: out, in: sample)
    #expect(r.status == 1)  // the sample has alliances with errors; everything is written

    // stderr: every line is a problem, nothing else
    let printed = r.stderrLines.map { Self.parse(stderrLine: $0) }
    #expect(
      !printed.contains { $0 == nil },
      "unexpected stderr lines: \(r.stderrLines.filter { Self.parse(stderrLine: $0) == nil })")
    let stderrRows = printed.compactMap { $0 }
    #expect(stderrRows.count >= 20)

    // the 问题 sheets and the JSON, county by county in the order jlt reports them
    let counties = try FileManager.default.contentsOfDirectory(atPath: sample).filter { name in
      var folder: ObjCBool = false
      return !name.hasPrefix(".")
        && FileManager.default.fileExists(atPath: sample + "/" + name, isDirectory: &folder)
        && folder.boolValue
    }.sorted(by: Self.codePointLess)
    var sheetRows: [Row] = []
    var jsonRows: [Row] = []
    for county in counties where FileManager.default.fileExists(atPath: "\(out)/2024/\(county).xlsx") {
      let archive = try XLSXArchive(path: "\(out)/2024/\(county).xlsx")
      let rows = Self.sheetRows(archive)
      #expect(rows.allSatisfy { $0.county == county }, "\(county)")
      sheetRows += rows
      let data = try Data(contentsOf: URL(fileURLWithPath: "\(out)/2024/\(county).json"))
      let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let problems = try #require(json["problems"] as? [[String: Any]])
      jsonRows += problems.map {
        Row(
          alliance: $0["alliance"] as? String, file: $0["file"] as? String ?? "", line: $0["line"] as? Int,
          severity: ($0["severity"] as? String) == "error" ? "错误" : "警告", message: $0["message"] as? String ?? "")
      }
    }
    #expect(counties.count == 3)
    // 问题 shows each alliance's name beside its id (gs-03 is not scored; its name is known).
    let gs = try XLSXArchive(path: "\(out)/2024/广水市.xlsx")
    #expect(gs.rowValues(sheet: "问题", row: 2, columns: ["A", "B", "C"]) == ["教联体", "名称", "文件"])
    var row = 3
    while let id = gs.cellValue(sheet: "问题", reference: "A\(row)") {
      if id == "gs-03" { #expect(gs.cellValue(sheet: "问题", reference: "B\(row)") == "广水市长岭镇中心学校教联体") }
      row += 1
    }

    // the same problems, in the same order
    func withoutAlliance(_ rows: [Row]) -> [Row] {
      rows.map {
        var r = $0; r.alliance = nil; return r
      }
    }
    #expect(withoutAlliance(sheetRows) == withoutAlliance(stderrRows))
    // stderr names the alliance where the file does not (the county's published record)
    let named = zip(sheetRows, stderrRows).filter { $0.1.alliance != nil }
    #expect(!named.isEmpty && named.allSatisfy { $0.0.alliance == $0.1.alliance })
    #expect(jsonRows == sheetRows)
    for (a, b) in zip(withoutAlliance(sheetRows), withoutAlliance(stderrRows)) where a != b {
      Issue.record("first difference: 问题 \(a) vs stderr \(b)")
      break
    }

    // ordered by county, alliance, file, line; the alliance column is the alliance's folder
    for row in sheetRows {
      let parts = row.file.split(separator: "/")
      if parts.count >= 3 { #expect(row.alliance == String(parts[1]), "\(row)") }
    }
    let keys = sheetRows.map { [$0.county, $0.alliance ?? "", $0.file] }
    for (i, (a, b)) in zip(keys, keys.dropFirst()).enumerated() {
      let ordered =
        a == b
        ? (sheetRows[i].line ?? 0) <= (sheetRows[i + 1].line ?? 0)
        : (a[0] != b[0]
          ? Self.codePointLess(a[0], b[0])
          : a[1] != b[1] ? Self.codePointLess(a[1], b[1]) : Self.codePointLess(a[2], b[2]))
      #expect(ordered, "out of order: \(sheetRows[i]) before \(sheetRows[i + 1])")
    }

    // plain Chinese a clerk can read: every message has Chinese text, no control characters
    for row in sheetRows {
      #expect(row.message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(row)")
      #expect(!row.message.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(row)")
      #expect(["错误", "警告"].contains(row.severity))
    }
    #expect(sheetRows.contains { $0.severity == "错误" } && sheetRows.contains { $0.severity == "警告" })
  }
}
