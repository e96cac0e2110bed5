import Foundation

/// Dates, times, integers and floats of TOML 1.0.
extension TOMLParserState {
  func isDate(_ k: Int) -> Bool {
    isDigit(byte(k)) && isDigit(byte(k + 1)) && isDigit(byte(k + 2)) && isDigit(byte(k + 3)) && byte(k + 4) == 0x2D
  }

  /// `digits` decimal digits at `k`, or nil.
  func digits(_ k: Int, _ count: Int) -> Int? {
    var n = 0
    for j in k..<(k + count) {
      guard isDigit(byte(j)) else { return nil }
      n = n * 10 + byte(j) - 0x30
    }
    return n
  }

  mutating func dateTime(_ start: Int, _ end: Int) throws(Failure) -> TOMLDateTime {
    let written = text(start, end)
    func bad() -> Failure { fail("日期时间写法有误：“\(written)”（应如 2024-09-01 或 2024-09-01T08:30:00）") }
    var k = start
    var hasDate = false
    if isDate(start) {
      guard let y = digits(k, 4), byte(k + 4) == 0x2D, let m = digits(k + 5, 2), byte(k + 7) == 0x2D,
        let d = digits(k + 8, 2), (1...12).contains(m), d >= 1, d <= Self.daysIn(month: m, year: y)
      else { throw bad() }
      k += 10
      hasDate = true
      if k == end { return TOMLDateTime(form: .localDate, text: written) }
      guard byte(k) == 0x54 || byte(k) == 0x74 || byte(k) == Self.space else { throw bad() }  // T t
      k += 1
    }
    guard let h = digits(k, 2), byte(k + 2) == 0x3A, let mi = digits(k + 3, 2), byte(k + 5) == 0x3A,
      let s = digits(k + 6, 2), h <= 23, mi <= 59, s <= 60
    else { throw bad() }
    k += 8
    if byte(k) == Self.dot {
      k += 1
      let fraction = k
      while k < end, isDigit(byte(k)) { k += 1 }
      guard k > fraction else { throw bad() }
    }
    if k == end { return TOMLDateTime(form: hasDate ? .localDateTime : .localTime, text: written) }
    guard hasDate else { throw bad() }
    if byte(k) == 0x5A || byte(k) == 0x7A {  // Z z
      k += 1
    } else if byte(k) == 0x2B || byte(k) == 0x2D {
      guard let oh = digits(k + 1, 2), byte(k + 3) == 0x3A, let om = digits(k + 4, 2), oh <= 23, om <= 59 else {
        throw bad()
      }
      k += 6
    }
    guard k == end else { throw bad() }
    return TOMLDateTime(form: .offsetDateTime, text: written)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  mutating func number(_ start: Int, _ end: Int) throws(Failure) -> TOMLValue.Kind {
    var k = start
    var negative = false
    if byte(k) == 0x2B || byte(k) == 0x2D {
      negative = byte(k) == 0x2D
      k += 1
    }
    if equals(k, end, "inf") { return .float(negative ? -.infinity : .infinity) }
    if equals(k, end, "nan") { return .float(.nan) }
    func written() -> String { text(start, end) }
    // 0x…, 0o…, 0b…: no sign, non-negative.
    if k == start, byte(k) == 0x30, let radix = Self.radix(byte(k + 1)) {
      guard let n = integer(k + 2, end, radix: radix, negative: false) else {
        throw fail("整数写法有误：“\(written())”")
      }
      return .integer(n)
    }
    var isFloat = false
    for j in k..<end where b[j] == 0x2E || b[j] == 0x65 || b[j] == 0x45 { isFloat = true }  // . e E
    guard isFloat else {
      guard k < end, !(byte(k) == 0x30 && end - k > 1) else {
        throw fail("整数写法有误：“\(written())”（不能以 0 开头，也不能为空）")
      }
      guard let n = integer(k, end, radix: 10, negative: negative) else {
        throw fail("整数写法有误：“\(written())”（只能有数字，_ 只能写在两个数字之间，且不能超出范围）")
      }
      return .integer(n)
    }
    return .float(try float(start, k, end))
  }

  /// The radix a prefix letter after `0` names: x, o, b.
  static func radix(_ letter: Int) -> Int? {
    switch letter {
    case 0x78: return 16
    case 0x6F: return 8
    case 0x62: return 2
    default: return nil
    }
  }

  /// Digits of `radix` from `from` to `to`, `_` allowed between two digits; nil when malformed
  /// or out of range.
  func integer(_ from: Int, _ to: Int, radix: Int, negative: Bool) -> Int? {
    guard from < to else { return nil }
    var n = 0
    var previousDigit = false
    for j in from..<to {
      let x = Int(b[j])
      if x == 0x5F {
        guard previousDigit, j + 1 < to else { return nil }
        previousDigit = false
        continue
      }
      guard let d = Self.hexDigit(x), d < radix else { return nil }
      let (m, o1) = n.multipliedReportingOverflow(by: radix)
      let (s, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
      guard !o1, !o2 else { return nil }
      n = s
      previousDigit = true
    }
    return previousDigit ? n : nil
  }

  /// A decimal float: integer part, then a fraction, an exponent or both.
  func float(_ start: Int, _ digitsStart: Int, _ end: Int) throws(Failure) -> Double {
    func bad() -> Failure { badFloat(start) }
    var clean: [UInt8] = []
    clean.reserveCapacity(end - start)
    if start < digitsStart { clean.append(b[start]) }
    var k = digitsStart
    /// Digits with `_` only between two of them; returns how many digits.
    func run(_ allowLeadingZero: Bool) -> Int? {
      let first = k
      var count = 0
      var previousDigit = false
      while k < end {
        let x = Int(b[k])
        if x == 0x5F {
          guard previousDigit, k + 1 < end, isDigit(Int(b[k + 1])) else { return nil }
          previousDigit = false
        } else if isDigit(x) {
          clean.append(b[k])
          count += 1
          previousDigit = true
        } else {
          break
        }
        k += 1
      }
      guard count > 0 else { return nil }
      if !allowLeadingZero, b[first] == 0x30, count > 1 { return nil }
      return count
    }
    guard run(false) != nil else { throw bad() }
    if byte(k) == Self.dot {
      clean.append(b[k])
      k += 1
      guard run(true) != nil else { throw bad() }
    }
    if byte(k) == 0x65 || byte(k) == 0x45 {
      clean.append(0x65)
      k += 1
      if byte(k) == 0x2B || byte(k) == 0x2D {
        clean.append(b[k])
        k += 1
      }
      guard run(true) != nil else { throw bad() }
    }
    guard k == end, let x = Double(String(decoding: clean, as: UTF8.self)) else { throw bad() }
    return x
  }
}
