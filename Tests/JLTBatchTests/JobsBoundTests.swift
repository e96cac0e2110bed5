import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// `--jobs N` bounds the work in flight (SPEC §7: at most N alliances, `concurrentPerform` over
/// N stripes). An `InFlightObserver` counts the items running at once, for maps started on the
/// test's own thread only.
@Suite("--jobs 限制同时处理的教联体数", .timeLimit(.minutes(1)))
struct JobsBoundTests {
  static let cores = ProcessInfo.processInfo.activeProcessorCount

  @Test(arguments: [1, 2, 3, 4])
  func concurrentMapKeepsToJobs(jobs: Int) {
    let observer = InFlightObserver()
    // With N ≤ cores the pool can run N at once; the first item of each stripe waits until
    // that many are in flight (at most 5 s), so the maximum is really reached, not just bounded.
    let reachable = min(jobs, Self.cores)
    let items = Array(0..<60)
    let results = observer.observing {
      ConcurrentMap.map(items, jobs: jobs) { i -> Int in
        if i < jobs {
          let deadline = Date().addingTimeInterval(5)
          while observer.inFlight < reachable, Date() < deadline { usleep(500) }
        }
        usleep(1_000)
        return i * i
      }
    }
    #expect(results == items.map { $0 * $0 })  // every item once, in the items' order
    let s = observer.snapshot
    #expect(s.started == items.count)
    #expect(s.maximum <= jobs)
    #expect(s.maximum == reachable)
  }

  @Test func moreJobsThanItems() {
    let observer = InFlightObserver()
    let results = observer.observing {
      ConcurrentMap.map([1, 2], jobs: 16) { i -> Int in
        usleep(5_000)
        return -i
      }
    }
    #expect(results == [-1, -2])
    #expect(observer.snapshot.maximum <= 2)
  }

  @Test func noItems() {
    let observer = InFlightObserver()
    let results = observer.observing { ConcurrentMap.map([Int](), jobs: 3) { $0 } }
    #expect(results.isEmpty)
    #expect(observer.snapshot.started == 0)
  }

  /// The batch over the sample input: every alliance job goes through the bounded map.
  @Test(arguments: [1, 2, 3])
  func batchKeepsToJobs(jobs: Int) throws {
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
    let tree = try InputTree.scan(root: repo + "/input")
    let expected = tree.counties.reduce(0) { n, c in
      n + c.alliances.count + c.alliances.filter { $0.years.contains(2023) }.count
    }
    #expect(expected > jobs)
    // The first items wait until N are in flight (at most 5 s), so that the bound is seen
    // reached, not only kept: exactly N at once, never more. `concurrentPerform` runs at most
    // one stripe a core, so on a machine with fewer cores than N that is the number of cores.
    let reachable = min(jobs, Self.cores)
    let observer = InFlightObserver(rendezvous: reachable)
    let reports = observer.observing { Batch(tree: tree, year: 2024, counties: tree.counties, jobs: jobs).run() }
    #expect(reports.count == tree.counties.count)
    let s = observer.snapshot
    #expect(s.started == expected)  // 2024 and 2023 of each alliance
    #expect(s.maximum == reachable, "\(s.maximum) in flight at once with --jobs \(jobs) on \(Self.cores) cores")
  }
}
