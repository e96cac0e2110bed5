import Foundation

/// Owns `strdup`ed C strings for the duration of one C call that takes a
/// struct of `char *` fields (libxlsxwriter copies them). Not shared.
final class CStringPool {
  private var pointers: [UnsafeMutablePointer<CChar>] = []

  /// A C copy of `text` (NULs removed), or nil when `text` is nil.
  func make(_ text: String?) throws -> UnsafeMutablePointer<CChar>? {
    guard let text else { return nil }
    guard let pointer = strdup(CellText.withoutNUL(text)) else {
      throw XLSXError(.memoryMallocFailed, context: "copying a string")
    }
    pointers.append(pointer)
    return pointer
  }

  deinit {
    for pointer in pointers { free(pointer) }
  }
}
