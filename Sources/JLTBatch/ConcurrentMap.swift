import Dispatch
import Foundation

/// Runs `work` over `items` with at most `jobs` in flight: `concurrentPerform` over `jobs`
/// stripes, each taking the next item not yet taken until none is left (so a stripe slowed by
/// a long item or a busy core does not hold the others back, as fixed stripes k, k + jobs, …
/// would). Results keep the items' order, whichever stripe computed them.
enum ConcurrentMap {
  /// - Parameter progress: told (items done, items in all) after each item, from any thread.
  static func map<T: Sendable, R: Sendable>(
    _ items: [T], jobs: Int, progress: ProgressReport? = nil, _ work: @Sendable (T) -> R
  ) -> [R] {
    let stripes = max(1, min(jobs, items.count))
    let slots = Slots<R>(count: items.count)
    let next = NextItem(count: items.count)
    let observer = InFlightObserver.current
    DispatchQueue.concurrentPerform(iterations: stripes) { _ in
      while let i = next.take() {
        observer?.begin()
        let result = work(items[i])
        observer?.end()
        let done = slots.set(i, result)
        progress?(done, items.count)
      }
    }
    return slots.values()
  }
}

/// Told (items done, items in all) as a batch goes on; called from worker threads.
public typealias ProgressReport = @Sendable (Int, Int) -> Void

/// The index of the next item to take, shared by the stripes.
final class NextItem: @unchecked Sendable {
  private let count: Int
  private var next = 0
  private let lock = NSLock()

  init(count: Int) { self.count = count }

  func take() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }
}

/// Test hook: counts the items of `ConcurrentMap.map` in flight, and the most at once, for
/// maps started on the thread that runs `observing(_:)` (so concurrent tests do not mix).
final class InFlightObserver: @unchecked Sendable {
  private let lock = NSLock()
  private var now = 0
  private var maximum = 0
  private var started = 0
  private let rendezvous: Int
  private let rendezvousSeconds: Double
  private static let key = "jlt.InFlightObserver"

  /// With `rendezvous` N > 0, each of the first N items, once begun, waits (at most `seconds`)
  /// until N are in flight at once before it goes on: a test of the bound sees it reached, not
  /// only kept, however short the items are.
  init(rendezvous: Int = 0, seconds: Double = 5) {
    self.rendezvous = rendezvous
    rendezvousSeconds = seconds
  }

  static var current: InFlightObserver? { Thread.current.threadDictionary[key] as? InFlightObserver }

  /// Runs `body` with this observer seeing every map it starts on this thread.
  func observing<R>(_ body: () throws -> R) rethrows -> R {
    Thread.current.threadDictionary[Self.key] = self
    defer { Thread.current.threadDictionary.removeObject(forKey: Self.key) }
    return try body()
  }

  func begin() {
    lock.lock()
    now += 1
    started += 1
    maximum = max(maximum, now)
    let waits = started <= rendezvous
    lock.unlock()
    guard waits else { return }
    let deadline = Date().addingTimeInterval(rendezvousSeconds)
    while snapshot.maximum < rendezvous, Date() < deadline { usleep(500) }
  }

  func end() {
    lock.lock()
    now -= 1
    lock.unlock()
  }

  /// Items in flight at this moment.
  var inFlight: Int {
    lock.lock()
    defer { lock.unlock() }
    return now
  }

  /// The most items in flight at once, and how many were started.
  var snapshot: (maximum: Int, started: Int) {
    lock.lock()
    defer { lock.unlock() }
    return (maximum, started)
  }
}

/// Result slots written once each from many threads.
private final class Slots<R: Sendable>: @unchecked Sendable {
  private var storage: [R?]
  private var filled = 0
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  /// Stores a result; returns how many slots are filled now.
  @discardableResult
  func set(_ i: Int, _ value: R) -> Int {
    lock.lock()
    defer { lock.unlock() }
    storage[i] = value
    filled += 1
    return filled
  }

  func values() -> [R] {
    lock.lock()
    defer { lock.unlock() }
    return storage.compactMap { $0 }
  }
}
