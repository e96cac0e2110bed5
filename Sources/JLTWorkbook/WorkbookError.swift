import XLSX

/// A workbook that could not be written: its path and libxlsxwriter's reason.
public struct WorkbookError: Error, Sendable, Equatable {
  public var path: String
  public var reason: String

  /// Runs `body`, turning the C library's errors into this error about `path`.
  static func wrapping(_ path: String, _ body: () throws -> Void) throws {
    do {
      try body()
    } catch let e as XLSXError {
      throw WorkbookError(path: path, reason: e.description)
    }
  }
}
