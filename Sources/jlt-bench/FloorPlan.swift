import Foundation

/// The floor of jlt's writing phase (issue 14, README 性能): what a `jlt score` run wrote —
/// every workbook's sheets with their rows, string and number cells, merged ranges and custom
/// row heights, and the workbook's shared strings — read back from the .xlsx files (through
/// `unzip -p`) into a plan that `jlt-floor` (Sources/jlt-floor/main.c) writes again straight
/// through libxlsxwriter's C API, timed, with none of jlt's logic.
enum FloorPlan {
  struct Sheet {
    var rows = 0
    var strings = 0
    var numbers = 0
    var merges = 0
    var heights = 0
  }

  /// Writes the plan of every workbook under `output` to `plan`; the number of workbooks.
  static func write(from output: String, to plan: String) throws -> Int {
    var text = ""
    let books = files(under: output).filter { $0.hasSuffix(".xlsx") }
    for book in books {
      let path = output + "/" + book
      text += "B\n"
      for s in strings(of: try unzip(path, "xl/sharedStrings.xml")) { text += "T " + s + "\n" }
      for sheet in sheets(in: try unzip(path, "xl/worksheets/sheet*.xml")) {
        text += "S \(sheet.rows) \(sheet.strings) \(sheet.numbers) \(sheet.merges) \(sheet.heights)\n"
      }
    }
    try text.write(toFile: plan, atomically: true, encoding: .utf8)
    return books.count
  }

  /// Runs `jlt-floor` on the plan with `jobs` threads, writing into `folder`; its milliseconds.
  static func measure(floor: String, plan: String, folder: String, jobs: Int, log stderrPath: String) throws -> Double {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let out = folder + "/stdout.txt"
    let run = try ChildProcess.run(
      ["/bin/sh", "-c", "exec \"$0\" \"$1\" \"$2\" \"$3\" > \"$4\"", floor, plan, folder, "\(jobs)", out],
      stderrPath: stderrPath)
    let line = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    guard run.status == 0, let field = line.split(separator: " ").first(where: { $0.hasPrefix("floor_ms=") }),
      let ms = Double(field.dropFirst("floor_ms=".count))
    else { throw BenchError("jlt-floor failed (exit \(run.status)): \(line) \(run.stderr.suffix(500))") }
    return ms
  }

  static func unzip(_ archive: String, _ pattern: String) throws -> [UInt8] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    p.arguments = ["-p", archive, pattern]
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return [UInt8](data)
  }

  enum Tag {
    static let xml = Array("<?xml".utf8)
    static let row = Array("<row ".utf8)
    static let cell = Array("<c ".utf8)
    static let merge = Array("<mergeCell ".utf8)
    static let customHeight = Array("customHeight=\"1\"".utf8)
    static let sharedString = Array("t=\"s\"".utf8)
    static let text = Array("<t".utf8)
    static let textEnd = Array("</t>".utf8)
  }

  /// The sheets of concatenated worksheet XML files (each starts with `<?xml`).
  static func sheets(in xml: [UInt8]) -> [Sheet] {
    var out: [Sheet] = []
    var sheet: Sheet?
    var i = 0
    func at(_ p: [UInt8]) -> Bool { matches(p, xml, i) }
    while i < xml.count {
      if xml[i] == 0x3C {  // <
        if at(Tag.xml) {
          if let s = sheet { out.append(s) }
          sheet = Sheet()
        } else if at(Tag.row) {
          sheet?.rows += 1
          if let end = index(of: 0x3E, in: xml, from: i), contains(Tag.customHeight, xml, i, end) {
            sheet?.heights += 1
          }
        } else if at(Tag.cell) {
          if let end = index(of: 0x3E, in: xml, from: i), contains(Tag.sharedString, xml, i, end) {
            sheet?.strings += 1
          } else {
            sheet?.numbers += 1
          }
        } else if at(Tag.merge) {
          sheet?.merges += 1
        }
      }
      i += 1
    }
    if let s = sheet { out.append(s) }
    return out
  }

  /// The shared strings, each on one line (`\n` for a line break, `\\` for a backslash).
  static func strings(of xml: [UInt8]) -> [String] {
    var out: [String] = []
    var i = 0
    while i < xml.count {
      if xml[i] == 0x3C, matches(Tag.text, xml, i), i + 2 < xml.count, xml[i + 2] == 0x3E || xml[i + 2] == 0x20,
        let open = index(of: 0x3E, in: xml, from: i), let close = find(Tag.textEnd, xml, from: open)
      {
        let raw = String(decoding: xml[(open + 1)..<close], as: UTF8.self)
        out.append(
          raw.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n"))
        i = close
      }
      i += 1
    }
    return out
  }

  static func matches(_ p: [UInt8], _ s: [UInt8], _ at: Int) -> Bool {
    guard at + p.count <= s.count else { return false }
    for k in 0..<p.count where s[at + k] != p[k] { return false }
    return true
  }

  static func index(of byte: UInt8, in s: [UInt8], from: Int) -> Int? {
    var i = from
    while i < s.count {
      if s[i] == byte { return i }
      i += 1
    }
    return nil
  }

  static func find(_ p: [UInt8], _ s: [UInt8], from: Int) -> Int? {
    var i = from
    while i + p.count <= s.count {
      if matches(p, s, i) { return i }
      i += 1
    }
    return nil
  }

  static func contains(_ bytes: [UInt8], _ s: [UInt8], _ from: Int, _ to: Int) -> Bool {
    var i = from
    while i + bytes.count <= to {
      if matches(bytes, s, i) { return true }
      i += 1
    }
    return false
  }
}
