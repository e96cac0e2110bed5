/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast generator whose sequence depends only
/// on its seed, so a synthetic input tree is the same on every machine and toolchain.
/// The helpers below avoid the standard library's `random(in:using:)`, whose algorithm
/// is not promised to stay the same across Swift versions.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A generator for one item of a larger whole (county c, alliance a): its sequence does
  /// not depend on how many other items there are, so 10×30 is a prefix of 100×30.
  init(seed: UInt64, _ parts: UInt64...) {
    var mixer = SplitMix64(seed: seed)
    var s = mixer.next()
    for p in parts {
      mixer = SplitMix64(seed: s ^ (p &* 0xD6E8_FEB8_6659_FD93))
      s = mixer.next()
    }
    state = s
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in `range` (the modulo bias is below 2⁻⁴⁰ for the ranges used here).
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound) + 1
    return range.lowerBound + Int(next() % width)
  }

  /// A uniform double in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool { unit() < p }

  mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

  /// `count` distinct items of `items`, in a random order (a partial Fisher–Yates shuffle).
  mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
    var pool = items
    let n = min(count, pool.count)
    for i in 0..<n { pool.swapAt(i, int(i...(pool.count - 1))) }
    return Array(pool[0..<n])
  }

  /// A decimal with one digit after the point in [low, high], as TOML text: `88.5`, `91.0`.
  mutating func tenths(_ low: Int, _ high: Int) -> String {
    let t = int((low * 10)...(high * 10))
    return "\(t / 10).\(t % 10)"
  }
}
