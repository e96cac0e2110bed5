import Dispatch
import Foundation

/// Runs `work` over `items` with at most `jobs` in flight: `concurrentPerform` over `jobs`
/// stripes, stripe k taking items k, k + jobs, k + 2·jobs, …. Results keep the items' order.
enum ConcurrentMap {
  static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ work: @Sendable (T) -> R) -> [R] {
    let stripes = max(1, min(jobs, items.count))
    let slots = Slots<R>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
      var i = stripe
      while i < items.count {
        slots.set(i, work(items[i]))
        i += stripes
      }
    }
    return slots.values()
  }
}

/// Result slots written once each from many threads.
private final class Slots<R: Sendable>: @unchecked Sendable {
  private var storage: [R?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ value: R) {
    lock.lock()
    storage[i] = value
    lock.unlock()
  }

  func values() -> [R] {
    lock.lock()
    defer { lock.unlock() }
    return storage.compactMap { $0 }
  }
}
