internal import CXlsxWriter

/// An error reported by libxlsxwriter (or by this wrapper's own validation,
/// which reuses the closest libxlsxwriter error code).
///
/// `message` is the text of `lxw_strerror(code)`; `context` says what was being
/// done (sheet name, cell, chart, file path…).
public struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible {

  /// A libxlsxwriter `lxw_error` value.
  public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    init(_ error: lxw_error) { self.rawValue = error.rawValue }

    public static let memoryMallocFailed = Code(LXW_ERROR_MEMORY_MALLOC_FAILED)
    public static let creatingXLSXFile = Code(LXW_ERROR_CREATING_XLSX_FILE)
    public static let creatingTmpfile = Code(LXW_ERROR_CREATING_TMPFILE)
    public static let readingTmpfile = Code(LXW_ERROR_READING_TMPFILE)
    public static let zipFileOperation = Code(LXW_ERROR_ZIP_FILE_OPERATION)
    public static let zipClose = Code(LXW_ERROR_ZIP_CLOSE)
    public static let featureNotSupported = Code(LXW_ERROR_FEATURE_NOT_SUPPORTED)
    public static let nullParameterIgnored = Code(LXW_ERROR_NULL_PARAMETER_IGNORED)
    public static let parameterValidation = Code(LXW_ERROR_PARAMETER_VALIDATION)
    public static let sheetNameLengthExceeded = Code(LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED)
    public static let invalidSheetNameCharacter = Code(LXW_ERROR_INVALID_SHEETNAME_CHARACTER)
    public static let sheetNameStartEndApostrophe = Code(LXW_ERROR_SHEETNAME_START_END_APOSTROPHE)
    public static let sheetNameAlreadyUsed = Code(LXW_ERROR_SHEETNAME_ALREADY_USED)
    public static let stringLength128Exceeded = Code(LXW_ERROR_128_STRING_LENGTH_EXCEEDED)
    public static let stringLength255Exceeded = Code(LXW_ERROR_255_STRING_LENGTH_EXCEEDED)
    public static let maxStringLengthExceeded = Code(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
    public static let indexOutOfRange = Code(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)

    public var description: String { "lxw_error \(rawValue)" }
  }

  /// The libxlsxwriter error code.
  public let code: Code
  /// `lxw_strerror(code)`.
  public let message: String
  /// What the wrapper was doing: sheet, cell, path…
  public let context: String

  public init(code: Code, message: String, context: String) {
    self.code = code
    self.message = message
    self.context = context
  }

  init(_ error: lxw_error, context: String) {
    let text: String
    if let cText = lxw_strerror(error) {
      text = String(cString: cText)
    } else {
      text = "Unknown error number."
    }
    self.init(code: Code(error), message: text, context: context)
  }

  init(_ code: Code, context: String) {
    self.init(lxw_error(rawValue: code.rawValue), context: context)
  }

  /// Throws unless `error` is `LXW_NO_ERROR`.
  static func check(_ error: lxw_error, _ context: @autoclosure () -> String) throws {
    guard error != LXW_NO_ERROR else { return }
    throw XLSXError(error, context: context())
  }

  public var description: String {
    "XLSXError(\(code.rawValue)): \(message) [\(context)]"
  }
}
