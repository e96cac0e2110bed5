/// Swift-side worksheet-name rules (checked before libxlsxwriter's own
/// `workbook_validate_sheet_name`, which reads out of bounds on "" and
/// compares names byte-wise).
enum SheetName {
  static let maxLength = 31
  static let forbidden: Set<Unicode.Scalar> = ["[", "]", ":", "*", "?", "/", "\\", "\0"]

  /// Case-insensitive key Excel uses to detect duplicate names.
  static func key(_ name: String) -> String { name.lowercased() }

  static func validate(_ name: String, existing: [String]) throws {
    let context = "worksheet name '\(CellText.withoutNUL(name))'"
    guard !name.isEmpty else {
      throw XLSXError(.parameterValidation, context: "\(context): name is empty")
    }
    if name.unicodeScalars.contains(where: { forbidden.contains($0) }) {
      throw XLSXError(.invalidSheetNameCharacter, context: context)
    }
    if name.unicodeScalars.count > maxLength || name.utf16.count > maxLength {
      throw XLSXError(.sheetNameLengthExceeded, context: context)
    }
    if name.hasPrefix("'") || name.hasSuffix("'") {
      throw XLSXError(.sheetNameStartEndApostrophe, context: context)
    }
    if key(name) == "history" {
      throw XLSXError(.parameterValidation, context: "\(context): reserved by Excel")
    }
    let newKey = key(name)
    if existing.contains(where: { key($0) == newKey }) {
      throw XLSXError(.sheetNameAlreadyUsed, context: context)
    }
  }
}
