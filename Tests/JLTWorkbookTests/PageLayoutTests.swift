import Testing

@testable import JLTWorkbook

@Suite struct PageLayoutTests {
  @Test func scaleFitsTheColumnsOnePageWide() {
    let page = PageLayout(landscape: true)
    // 10.89 in = 784 pt available; 100 columns of width 10 are 100 × ⌊75⌋ × 0.75 = 5625 pt.
    #expect(page.scale(fitting: Array(repeating: 10, count: 100)) == 12)
    #expect(page.scale(fitting: [10]) == 100)
    #expect(page.scale(fitting: Array(repeating: 50, count: 40)) == 10)
    let capacity = page.rowCapacity(scale: 50)
    #expect(abs(capacity - (8.27 - 1.2) * 72 * 2 * PageLayout.safety) < 0.001)
  }

  @Test func breaksPreferGroupStarts() {
    // Rows 0…9 of 100 pt; capacity 450 pt; groups start at 0, 3, 7.
    let breaks = PageLayout.breaks(
      heights: { _ in 100 }, rows: 0...9, firstPageUsed: 0, repeatedHeight: 20, capacity: 450,
      preferred: [[0, 3, 7]])
    // Page 1: rows 0–3 fit (400); row 4 does not: break at the group start 3 (page 75 % full).
    // Page 2: 20 + rows 3–6 = 420; row 7 does not fit: break at 7. Page 3: rows 7–9.
    #expect(breaks == [3, 7])
  }

  @Test func breaksFallBackWhenAGroupStartLeavesThePageTooEmpty() {
    // A group starting at row 1 would leave page one 22 % full: break before the row instead.
    let breaks = PageLayout.breaks(
      heights: { _ in 100 }, rows: 0...5, firstPageUsed: 0, repeatedHeight: 0, capacity: 450,
      preferred: [[0, 1]])
    #expect(breaks == [4])
  }

  @Test func blocksStayTogether() {
    let breaks = PageLayout.breaks(
      heights: { _ in 100 }, rows: 0...7, firstPageUsed: 0, repeatedHeight: 0, capacity: 550,
      preferred: [], together: [3...6])
    // Row 5 does not fit on page one; the block 3…6 moves whole to page two.
    #expect(breaks == [3])
    // A block taller than a page is cut.
    let tall = PageLayout.breaks(
      heights: { _ in 100 }, rows: 0...9, firstPageUsed: 0, repeatedHeight: 0, capacity: 350,
      preferred: [], together: [0...9])
    #expect(tall == [3, 6, 9])
  }

  @Test func splitCutsRangesAtBreaks() {
    #expect(Pagination.split(3...8, at: [5, 7]) == [3...4, 5...6, 7...8])
    #expect(Pagination.split(3...8, at: [3, 9, 1]) == [3...8])
    #expect(Pagination.split(4...4, at: [4]) == [4...4])
  }
}
