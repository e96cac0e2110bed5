import Foundation
import ParserInvariants

/// One input from libFuzzer: the reader's invariants are checked, and any violation is printed
/// and ends the process with `abort()`, which libFuzzer reports as a crash and saves the input.
public enum FuzzEntry {
  public static func run(_ reader: ReaderInvariants.Reader, _ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    let violations = ReaderInvariants.violations(reader, data)
    guard violations.isEmpty else {
      for v in violations { FileHandle.standardError.write(Data("jlt fuzz-\(reader.rawValue): \(v)\n".utf8)) }
      abort()
    }
    return 0
  }
}
