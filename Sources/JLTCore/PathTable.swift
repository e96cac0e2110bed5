import Foundation

/// A table keyed by evidence path, compared and hashed on the path's UTF-8 bytes.
///
/// A `[String: …]` hashes a non-ASCII key through Unicode normalisation (so that canonically
/// equivalent strings collide), which cost a tenth of a scoring run when every Chinese path of
/// every manifest was looked up a few times (README, 性能). A path names a file by its bytes —
/// Linux compares file names byte by byte — so the bytes are also the right identity: two
/// spellings of `é` are two files, each looked at on disk.
public struct PathTable<Value: Sendable & Equatable>: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  struct ByteKey: Hashable, Sendable {
    let path: String

    static func == (a: ByteKey, b: ByteKey) -> Bool {
      let (x, y) = (a.path.utf8, b.path.utf8)
      guard x.count == y.count else { return false }
      let same = x.withContiguousStorageIfAvailable { p in
        y.withContiguousStorageIfAvailable { q in
          guard let pa = p.baseAddress, let qa = q.baseAddress else { return true }  // both empty
          return memcmp(pa, qa, p.count) == 0
        }
      }
      return (same ?? nil) ?? x.elementsEqual(y)
    }

    func hash(into hasher: inout Hasher) {
      var text = path
      text.makeContiguousUTF8()  // a no-op for native strings (all of them on Linux)
      _ = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  public typealias Key = String

  private var storage: [ByteKey: Value]

  public init() { storage = [:] }

  public init(dictionaryLiteral elements: (String, Value)...) {
    storage = [:]
    for (path, value) in elements { storage[ByteKey(path: path)] = value }
  }

  public subscript(path: String) -> Value? {
    get { storage[ByteKey(path: path)] }
    set { storage[ByteKey(path: path)] = newValue }
  }

  public var count: Int { storage.count }
  public var isEmpty: Bool { storage.isEmpty }

  public mutating func reserveCapacity(_ n: Int) { storage.reserveCapacity(n) }

  /// The paths and values, in no particular order.
  public var entries: [(path: String, value: Value)] { storage.map { ($0.key.path, $0.value) } }
}
