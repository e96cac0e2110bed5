// Test utility shared by the test targets: reads an .xlsx file back into its XML parts so
// tests can inspect what was written. Needs an `unzip` executable
// (Debian: `apt-get install unzip`; preinstalled on macOS).

import Foundation

public enum XLSXArchiveError: Error, CustomStringConvertible {
  case unzipNotFound
  case unzipFailed(status: Int32, output: String)
  case notUTF8(part: String)

  public var description: String {
    switch self {
    case .unzipNotFound: "no unzip executable found (install the 'unzip' package)"
    case .unzipFailed(let status, let output): "unzip exited with \(status): \(output)"
    case .notUTF8(let part): "part \(part) is not UTF-8 text"
    }
  }
}

/// The text parts of an .xlsx package, keyed by path inside the zip
/// ("xl/workbook.xml", "xl/worksheets/sheet1.xml", …). Binary parts are skipped.
public struct XLSXArchive {
  public let parts: [String: String]

  public init(path: String) throws {
    let fileManager = FileManager.default
    let unzip = ["/usr/bin/unzip", "/bin/unzip", "/opt/homebrew/bin/unzip", "/usr/local/bin/unzip"]
      .first { fileManager.isExecutableFile(atPath: $0) }
    guard let unzip else { throw XLSXArchiveError.unzipNotFound }

    let directory = fileManager.temporaryDirectory
      .appendingPathComponent("xlsx-archive-\(UUID().uuidString)", isDirectory: true)
    try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? fileManager.removeItem(at: directory) }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: unzip)
    process.arguments = ["-qq", "-o", path, "-d", directory.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw XLSXArchiveError.unzipFailed(
        status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
    }

    var parts: [String: String] = [:]
    let root = directory.standardizedFileURL.path
    if let enumerator = fileManager.enumerator(atPath: root) {
      for case let relative as String in enumerator {
        let full = (root as NSString).appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else {
          continue
        }
        guard relative.hasSuffix(".xml") || relative.hasSuffix(".rels") else { continue }
        let data = try Data(contentsOf: URL(fileURLWithPath: full))
        guard let text = String(data: data, encoding: .utf8) else {
          throw XLSXArchiveError.notUTF8(part: relative)
        }
        parts[relative] = text
      }
    }
    self.parts = parts
  }

  public subscript(part: String) -> String? { parts[part] }

  public var partNames: [String] { parts.keys.sorted() }

  // MARK: - Workbook structure

  /// Sheet names in workbook order, from xl/workbook.xml.
  public var sheetNames: [String] {
    guard let xml = parts["xl/workbook.xml"] else { return [] }
    return Self.elements("sheet", in: xml).compactMap { Self.attribute("name", in: $0) }
  }

  /// The XML of the worksheet called `name`, found through the workbook relationships.
  public func worksheetXML(named name: String) -> String? {
    guard let workbook = parts["xl/workbook.xml"], let rels = parts["xl/_rels/workbook.xml.rels"] else {
      return nil
    }
    guard let sheet = Self.elements("sheet", in: workbook).first(where: { Self.attribute("name", in: $0) == name }),
      let id = Self.attribute("r:id", in: sheet),
      let relation = Self.elements("Relationship", in: rels).first(where: { Self.attribute("Id", in: $0) == id }),
      let target = Self.attribute("Target", in: relation)
    else { return nil }
    let partName = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    return parts[partName]
  }

  /// The shared-string table (xl/sharedStrings.xml), unescaped, in index order.
  public var sharedStrings: [String] {
    guard let xml = parts["xl/sharedStrings.xml"] else { return [] }
    return Self.blocks("si", in: xml).map { si in
      Self.blocks("t", in: si).map(Self.unescape).joined()
    }
  }

  /// The `<c …>…</c>` (or self-closing `<c …/>`) element for cell `reference` ("B3").
  public func cellXML(sheet: String, reference: String) -> String? {
    guard let xml = worksheetXML(named: sheet) else { return nil }
    let marker = "<c r=\"\(reference)\""
    guard let start = xml.range(of: marker) else { return nil }
    let rest = xml[start.lowerBound...]
    guard let tagEnd = rest.firstIndex(of: ">") else { return nil }
    if rest[rest.index(before: tagEnd)] == "/" {
      return String(rest[...tagEnd])
    }
    guard let close = rest.range(of: "</c>") else { return nil }
    return String(rest[..<close.upperBound])
  }

  /// The displayed value of a cell: shared/inline string text, or the raw
  /// `<v>` (number or cached formula result). Nil for missing/blank cells.
  public func cellValue(sheet: String, reference: String) -> String? {
    guard let cell = cellXML(sheet: sheet, reference: reference) else { return nil }
    let type = Self.attribute("t", in: String(cell.prefix { $0 != ">" }))
    if type == "inlineStr" {
      return Self.blocks("t", in: cell).map(Self.unescape).joined()
    }
    guard let value = Self.blocks("v", in: cell).first.map(Self.unescape) else { return nil }
    if type == "s", let index = Int(value) {
      let strings = sharedStrings
      return strings.indices.contains(index) ? strings[index] : nil
    }
    return value
  }

  /// The formula text in a cell, without "=".
  public func cellFormula(sheet: String, reference: String) -> String? {
    guard let cell = cellXML(sheet: sheet, reference: reference) else { return nil }
    return Self.blocks("f", in: cell).first.map(Self.unescape)
  }

  // MARK: - Tiny XML helpers (enough for libxlsxwriter's regular output)

  /// Opening tags `<name …>` / `<name …/>` (the tag text only).
  public static func elements(_ name: String, in xml: String) -> [String] {
    var result: [String] = []
    var searchStart = xml.startIndex
    while let open = xml.range(of: "<\(name)", range: searchStart..<xml.endIndex) {
      let after = open.upperBound
      guard after < xml.endIndex else { break }
      let next = xml[after]
      guard next == " " || next == ">" || next == "/" else {
        searchStart = after
        continue
      }
      guard let close = xml[after...].firstIndex(of: ">") else { break }
      result.append(String(xml[open.lowerBound...close]))
      searchStart = xml.index(after: close)
    }
    return result
  }

  /// Inner text of each `<name …>inner</name>` element (non-nested use only).
  public static func blocks(_ name: String, in xml: String) -> [String] {
    var result: [String] = []
    var searchStart = xml.startIndex
    while let open = xml.range(of: "<\(name)", range: searchStart..<xml.endIndex) {
      let after = open.upperBound
      guard after < xml.endIndex else { break }
      let next = xml[after]
      guard next == " " || next == ">" else {
        searchStart = after
        continue
      }
      guard let tagEnd = xml[after...].firstIndex(of: ">") else { break }
      let contentStart = xml.index(after: tagEnd)
      guard let close = xml.range(of: "</\(name)>", range: contentStart..<xml.endIndex) else { break }
      result.append(String(xml[contentStart..<close.lowerBound]))
      searchStart = close.upperBound
    }
    return result
  }

  /// Value of attribute `name` in an opening tag, unescaped.
  public static func attribute(_ name: String, in tag: String) -> String? {
    let marker = " \(name)=\""
    guard let start = tag.range(of: marker) else { return nil }
    guard let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
    return unescape(String(tag[start.upperBound..<end]))
  }

  public static func unescape(_ text: String) -> String {
    guard text.contains("&") else { return text }
    return
      text
      .replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}

/// `Decimal` from text, so that expectations are exact decimals, never binary floats.
/// A mistyped literal becomes NaN, which equals nothing, so the expectation fails loudly.
public func dec(_ text: String) -> Decimal {
  Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}

extension XLSXArchive {
  /// The merged ranges of a sheet, e.g. ["A1:J1", "A4:A6"].
  public func mergedRanges(sheet: String) -> [String] {
    guard let xml = worksheetXML(named: sheet) else { return [] }
    return Self.elements("mergeCell", in: xml).compactMap { Self.attribute("ref", in: $0) }
  }

  /// Row `row` (1-based) values of columns `columns` ("A"…).
  public func rowValues(sheet: String, row: Int, columns: [String]) -> [String?] {
    columns.map { cellValue(sheet: sheet, reference: "\($0)\(row)") }
  }

  /// Manual page breaks: the 1-based rows after which a new page starts.
  public func rowBreaks(sheet: String) -> [Int] {
    guard let xml = worksheetXML(named: sheet), let list = Self.blocks("rowBreaks", in: xml).first else { return [] }
    return Self.elements("brk", in: list).compactMap { Self.attribute("id", in: $0).flatMap(Int.init) }
  }

  /// A one-column range such as "A7:A12" cut where pages start (`breaks` as `rowBreaks`).
  public static func parts(of range: String, breaks: [Int]) -> [String] {
    let ends = range.split(separator: ":")
    guard ends.count == 2 else { return [range] }
    let column = String(ends[0].prefix { $0.isLetter })
    guard let first = Int(ends[0].drop { $0.isLetter }), let last = Int(ends[1].drop { $0.isLetter }) else {
      return [range]
    }
    var out: [String] = []
    var start = first
    for b in breaks.sorted() where b >= start && b < last {
      out.append(start == b ? "\(column)\(b)" : "\(column)\(start):\(column)\(b)")
      start = b + 1
    }
    out.append(start == last ? "\(column)\(last)" : "\(column)\(start):\(column)\(last)")
    return out
  }

  /// The height attribute of row `row` (1-based), when set.
  public func rowHeight(sheet: String, row: Int) -> Double? {
    guard let xml = worksheetXML(named: sheet),
      let tag = Self.elements("row", in: xml).first(where: { Self.attribute("r", in: $0) == "\(row)" }),
      let ht = Self.attribute("ht", in: tag)
    else { return nil }
    return Double(ht)
  }
}

/// Spreadsheet column letters A…Z, AA…
public func workbookColumnLetters(_ count: Int) -> [String] {
  (0..<count).map { i in
    var n = i + 1
    var s = ""
    while n > 0 {
      let r = (n - 1) % 26
      s = String(UnicodeScalar(UInt8(65 + r))) + s
      n = (n - 1) / 26
    }
    return s
  }
}
