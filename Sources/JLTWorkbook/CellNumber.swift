import Foundation

extension Decimal {
  /// The value written to a cell: the double nearest to the decimal's text, so that 83.01 is
  /// stored as 83.01 (`NSDecimalNumber.cellValue` can be off by one unit in the last place,
  /// which a spreadsheet then shows as 83.01000000000001).
  var cellValue: Double { Double(description) ?? NSDecimalNumber(decimal: self).doubleValue }
}
