import JLTCore
import XLSX

/// A column whose consecutive equal values are shown as merged cells.
struct MergedColumn {
  /// A run of consecutive rows sharing one value.
  struct Span: Equatable {
    var rows: ClosedRange<Int>
    var text: String
  }

  var col: Int
  var spans: [Span]
  var style: CellStyle

  /// The runs of `value` over `specs` written from `firstRow`; with `within`, a run also ends
  /// where `within` changes.
  init(
    col: Int, _ specs: [IndicatorSpec], firstRow: Int, style: CellStyle, within: ((IndicatorSpec) -> String)? = nil,
    value: (IndicatorSpec) -> String
  ) {
    self.col = col
    self.style = style
    self.spans = Self.spans(specs, firstRow: firstRow, value: value, within: within)
  }

  static func spans(
    _ specs: [IndicatorSpec], firstRow: Int, value: (IndicatorSpec) -> String, within: ((IndicatorSpec) -> String)?
  ) -> [Span] {
    var out: [Span] = []
    var start = 0
    for i in specs.indices {
      let next = i + 1
      let ends =
        next == specs.count || value(specs[next]) != value(specs[i])
        || (within.map { $0(specs[next]) != $0(specs[i]) } ?? false)
      if ends {
        out.append(Span(rows: (firstRow + start)...(firstRow + i), text: value(specs[i])))
        start = next
      }
    }
    return out
  }
}

/// Page breaks for a table with merged cells printed on A4 landscape, one page wide: the
/// breaks move merged cells' heights, and the heights move the breaks, so both are settled
/// together (at most three rounds). Merged cells are split at each break, so that no merged
/// cell is cut by a page edge.
enum Pagination {
  struct Pages {
    var breaks: [Int]
    /// The heights with each merged part's height spread over its rows.
    var heights: RowHeights
  }

  /// - Parameters:
  ///   - heights: the heights of the cells that are not merged.
  ///   - rows: the rows to paginate; `headerRows` come before them on page one, and
  ///     `repeatedRow` is repeated at the top of every page.
  ///   - preferred: rows to break before when a page is full, in order of preference.
  ///   - together: blocks of rows kept on one page.
  static func layout(
    heights: RowHeights, merges: [MergedColumn], rows: ClosedRange<Int>, headerRows: Range<Int>, repeatedRow: Int,
    widths: [Double], minimumRow: Double, preferred: [Set<Int>], together: [ClosedRange<Int>]
  ) -> Pages {
    let page = PageLayout(landscape: true)
    let scale = page.scale(fitting: widths)
    var breaks: [Int] = []
    var final = heights
    for _ in 0..<3 {
      final = heights
      for merge in merges {
        for span in merge.spans {
          for part in split(span.rows, at: breaks) { final.merged(rows: part, cols: merge.col...merge.col, span.text) }
        }
      }
      let resolved = final.resolved(minimum: minimumRow)
      func height(_ r: Int) -> Double { max(resolved[r] ?? 15, r >= rows.lowerBound ? minimumRow : 0) }
      let next = PageLayout.breaks(
        heights: height, rows: rows, firstPageUsed: headerRows.reduce(0) { $0 + height($1) },
        repeatedHeight: height(repeatedRow), capacity: page.rowCapacity(scale: scale), preferred: preferred,
        together: together)
      if next == breaks { break }
      breaks = next
    }
    return Pages(breaks: breaks, heights: final)
  }

  /// `rows` cut before each of `breaks` that falls inside it.
  static func split(_ rows: ClosedRange<Int>, at breaks: [Int]) -> [ClosedRange<Int>] {
    var parts: [ClosedRange<Int>] = []
    var start = rows.lowerBound
    for b in breaks.sorted() where b > start && b <= rows.upperBound {
      parts.append(start...(b - 1))
      start = b
    }
    parts.append(start...rows.upperBound)
    return parts
  }
}
