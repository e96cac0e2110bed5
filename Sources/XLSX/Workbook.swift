internal import CXlsxWriter
import Foundation

/// An .xlsx file being written (libxlsxwriter `lxw_workbook`).
///
/// Not thread-safe and not `Sendable`: create, fill and close it on one task.
/// Worksheets and charts keep their workbook alive (strong reference), the
/// workbook does not keep them, so there is no cycle.
///
/// Lifecycle: nothing is written to disk until `close()`. `close()` may be
/// called once; a second call throws (`parameterValidation`, "already
/// closed"), as does any use of the workbook's sheets/charts after closing.
/// A workbook that is never closed is freed in `deinit` without writing a file.
public final class Workbook {
  /// The output path given to `init`.
  public let path: String
  /// Names of the worksheets added so far, in order.
  public private(set) var worksheetNames: [String] = []

  private var handle: UnsafeMutablePointer<lxw_workbook>?
  private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
  /// The formats of the last few styles used: a table's cells take turns among a handful of
  /// styles, and comparing a style is cheaper than hashing its font name.
  private var recentFormats: [(style: CellStyle, format: UnsafeMutablePointer<lxw_format>)] = []

  /// Creates the in-memory workbook. `temporaryDirectory` is where
  /// libxlsxwriter assembles the parts during `close()` (default: system tmp).
  /// Uses `constant_memory = false`, so cells may be written in any order.
  public init(path: String, properties: DocumentProperties, temporaryDirectory: String? = nil) throws {
    self.path = path
    guard !path.isEmpty, !path.unicodeScalars.contains("\0") else {
      throw XLSXError(.parameterValidation, context: "workbook path '\(CellText.withoutNUL(path))' is invalid")
    }
    let pool = CStringPool()
    var options = lxw_workbook_options()
    options.constant_memory = 0
    options.use_zip64 = 0
    options.tmpdir = try pool.make(temporaryDirectory)
    guard let workbook = path.withCString({ workbook_new_opt($0, &options) }) else {
      throw XLSXError(.memoryMallocFailed, context: "creating workbook '\(path)'")
    }

    var props = lxw_doc_properties()
    props.title = try pool.make(properties.title)
    props.subject = try pool.make(properties.subject)
    props.author = try pool.make(properties.author)
    props.category = try pool.make(properties.category)
    props.keywords = try pool.make(properties.keywords)
    props.comments = try pool.make(properties.comments)
    props.status = try pool.make(properties.status)
    props.created = time_t(properties.createdUnixTime)
    let error = workbook_set_properties(workbook, &props)
    guard error == LXW_NO_ERROR else {
      lxw_workbook_free(workbook)
      throw XLSXError(error, context: "setting document properties of '\(path)'")
    }
    handle = workbook
  }

  deinit {
    // Never closed: free the C object without writing anything.
    if let handle { lxw_workbook_free(handle) }
  }

  /// Adds a worksheet. Names must be 1…31 characters, contain none of
  /// `[ ] : * ? / \`, not start or end with `'`, not be "History", and be
  /// unique ignoring case. Sheets appear in the order they are added.
  public func addWorksheet(name: String) throws -> Worksheet {
    let workbook = try liveHandle("adding worksheet '\(CellText.withoutNUL(name))'")
    try SheetName.validate(name, existing: worksheetNames)
    try XLSXError.check(
      name.withCString { workbook_validate_sheet_name(workbook, $0) },
      "worksheet name '\(name)'")
    guard let sheet = name.withCString({ workbook_add_worksheet(workbook, $0) }) else {
      throw XLSXError(.parameterValidation, context: "adding worksheet '\(name)'")
    }
    worksheetNames.append(name)
    return Worksheet(workbook: self, pointer: sheet, name: name)
  }

  /// Adds a chart; insert it with `Worksheet.insertChart` (at most once).
  public func addChart(type: ChartType) throws -> Chart {
    let workbook = try liveHandle("adding a \(type) chart")
    guard let chart = workbook_add_chart(workbook, type.lxwValue) else {
      throw XLSXError(.memoryMallocFailed, context: "adding a \(type) chart")
    }
    return Chart(workbook: self, pointer: chart, type: type)
  }

  /// Writes the file (`workbook_close`) and frees the C workbook, whatever
  /// the outcome. Throws the mapped libxlsxwriter error (e.g.
  /// `creatingXLSXFile` when the directory does not exist), or
  /// `parameterValidation` when already closed.
  public func close() throws {
    guard let workbook = handle else {
      throw XLSXError(.parameterValidation, context: "closing '\(path)': workbook already closed")
    }
    handle = nil
    formats.removeAll()
    recentFormats.removeAll()
    // errno is read inside: restoring stderr afterwards makes system calls of its own.
    let (error, systemError) = CLibraryMessages.silenced { (workbook_close(workbook), errno) }
    guard error != LXW_NO_ERROR else { return }
    var context = "writing workbook '\(path)'"
    let fileErrors = LXW_ERROR_CREATING_XLSX_FILE.rawValue...LXW_ERROR_ZIP_INTERNAL_ERROR.rawValue
    if fileErrors.contains(error.rawValue), systemError != 0, let text = strerror(systemError) {
      context += " (system: \(String(cString: text)))"
    }
    throw XLSXError(error, context: context)
  }

  // MARK: - Internal

  func liveHandle(_ context: @autoclosure () -> String) throws -> UnsafeMutablePointer<lxw_workbook> {
    guard let handle else {
      throw XLSXError(.parameterValidation, context: "\(context()): workbook '\(path)' already closed")
    }
    return handle
  }

  /// Canonical (as added) spelling of a sheet name, matched ignoring case.
  func canonicalSheetName(_ name: String) -> String? {
    let key = SheetName.key(name)
    return worksheetNames.first { SheetName.key($0) == key }
  }

  /// The cached libxlsxwriter format for `style`; nil for no/plain style.
  func format(for style: CellStyle?) throws -> UnsafeMutablePointer<lxw_format>? {
    guard let style, !style.isPlain else { return nil }
    if let recent = recentFormats.first(where: { $0.style == style }) { return recent.format }
    if let cached = formats[style] {
      remember(style, cached)
      return cached
    }
    try StyleFormat.validate(style)
    let workbook = try liveHandle("creating a cell format")
    guard let format = workbook_add_format(workbook) else {
      throw XLSXError(.memoryMallocFailed, context: "creating a cell format")
    }
    StyleFormat.apply(style, to: format)
    formats[style] = format
    remember(style, format)
    return format
  }

  private func remember(_ style: CellStyle, _ format: UnsafeMutablePointer<lxw_format>) {
    if recentFormats.count == 8 { recentFormats.removeFirst() }
    recentFormats.append((style, format))
  }
}
