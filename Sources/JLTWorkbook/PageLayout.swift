/// Printed pages of a sheet on A4 fitted one page wide, with manual page breaks: used where a
/// table has merged cells that must not be cut by a page edge. The scale is estimated as
/// Excel computes it for "fit to 1 page wide"; a renderer that shrinks more fills its pages
/// less, never more.
struct PageLayout {
  var landscape = true
  /// Inches, as set by `SheetSetup`.
  static let margins = (left: 0.4, right: 0.4, top: 0.6, bottom: 0.6)
  /// Share of the computed page height used, leaving room for rounding in the renderer.
  static let safety = 0.95

  var paperWidth: Double { landscape ? 11.69 : 8.27 }
  var paperHeight: Double { landscape ? 8.27 : 11.69 }

  /// Printed width in points of columns of these widths at 100 % (Excel: ⌊7·w + 5⌋ pixels
  /// at 96 dpi for the default font).
  static func points(ofWidths widths: [Double]) -> Double {
    widths.reduce(0) { $0 + ($1 * 7 + 5).rounded(.down) * 0.75 }
  }

  /// The largest whole percentage (10…100) at which the columns fit one page wide, less one.
  func scale(fitting widths: [Double]) -> Int {
    let available = (paperWidth - Self.margins.left - Self.margins.right) * 72
    let needed = Self.points(ofWidths: widths)
    guard needed > 0 else { return 100 }
    let percent = Int((available / needed * 100).rounded(.down)) - 1
    return min(max(percent, 10), 100)
  }

  /// Points of sheet rows that fit on one page at `scale` percent.
  func rowCapacity(scale: Int) -> Double {
    (paperHeight - Self.margins.top - Self.margins.bottom) * 72 * 100 / Double(max(scale, 10)) * Self.safety
  }

  /// Rows that start a new page. Rows `firstRow...lastRow` are packed greedily after
  /// `firstPageUsed` points on page one; each later page starts with `repeatedHeight` points
  /// of repeated header. When a row does not fit, the page ends before the latest row of the
  /// first `preferred` list that leaves the page at least `minimumFill` full, else before the
  /// row itself; never inside a `together` block unless the block alone is too tall.
  static func breaks(
    heights: (Int) -> Double, rows: ClosedRange<Int>, firstPageUsed: Double, repeatedHeight: Double,
    capacity: Double, preferred: [Set<Int>], together: [ClosedRange<Int>] = [], minimumFill: Double = 0.6
  ) -> [Int] {
    var breaks: [Int] = []
    var pageTop = firstPageUsed
    var pageStart = rows.lowerBound
    var used = pageTop
    var r = rows.lowerBound
    func inside(_ b: Int) -> ClosedRange<Int>? { together.first { $0.lowerBound < b && b <= $0.upperBound } }
    /// The page's content above row `b`.
    func fill(_ b: Int) -> Double { pageTop + (pageStart..<b).reduce(0) { $0 + heights($1) } }
    while r <= rows.upperBound {
      let h = heights(r)
      if used + h > capacity && r > pageStart {
        var b = r
        for list in preferred {
          let fitting = list.filter {
            $0 > pageStart && $0 <= r && inside($0) == nil && fill($0) >= minimumFill * capacity
          }
          if let p = fitting.max() {
            b = p
            break
          }
        }
        if let block = inside(b), block.lowerBound > pageStart { b = block.lowerBound }
        breaks.append(b)
        pageStart = b
        pageTop = repeatedHeight
        used = pageTop + (b..<r).reduce(0) { $0 + heights($1) }
        continue
      }
      used += h
      r += 1
    }
    return breaks
  }
}
