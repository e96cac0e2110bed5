/// A normalised (first ≤ last) rectangular cell range, used to reject
/// overlapping merges, which libxlsxwriter 1.1.4 does not check.
struct MergedRange: Hashable, Sendable {
  let firstRow: Int
  let firstCol: Int
  let lastRow: Int
  let lastCol: Int

  init(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int) {
    self.firstRow = min(firstRow, lastRow)
    self.lastRow = max(firstRow, lastRow)
    self.firstCol = min(firstCol, lastCol)
    self.lastCol = max(firstCol, lastCol)
  }

  var isSingleCell: Bool { firstRow == lastRow && firstCol == lastCol }

  func overlaps(_ other: MergedRange) -> Bool {
    firstRow <= other.lastRow && other.firstRow <= lastRow
      && firstCol <= other.lastCol && other.firstCol <= lastCol
  }

  var a1: String {
    CellIndex.a1Range(firstRow: firstRow, firstColumn: firstCol, lastRow: lastRow, lastColumn: lastCol)
  }
}
