import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// `trimmingSpaces` (SpaceTrimming.swift) gives what Foundation's
/// `trimmingCharacters(in: .whitespaces)` gives, which jlt used before.
@Suite struct SpaceTrimmingTests {
  @Test(.tags(.slow)) func everyBMPScalarAtBothEndsTrimsLikeFoundation() {
    var differ: [String] = []
    for v in UInt32(0)...0xFFFF {
      guard let u = Unicode.Scalar(v) else { continue }
      let c = String(Character(u))
      let text = c + c + "评" + c  // at both ends, twice at the start
      if text.trimmingSpaces != text.trimmingCharacters(in: .whitespaces) { differ.append(String(format: "U+%04X", v)) }
    }
    #expect(differ.isEmpty, "\(differ.prefix(20))")
  }

  @Test func knownTexts() {
    #expect("  evidence/2024/章程.pdf\t".trimmingSpaces == "evidence/2024/章程.pdf")
    #expect("\u{3000}（请填写）\u{3000}".trimmingSpaces == "（请填写）")  // ideographic space
    #expect("\u{A0}x\u{202F}".trimmingSpaces == "x")
    #expect(" \n ".trimmingSpaces == "\n")  // newlines are not spaces
    #expect("\u{FEFF}x\u{FEFF}".trimmingSpaces == "\u{FEFF}x\u{FEFF}")  // nor is the BOM
    #expect("\u{200B}x\u{200B}".trimmingSpaces == "x")  // U+200B is, as in Foundation
    #expect("   ".trimmingSpaces.isEmpty)
    #expect("".trimmingSpaces.isEmpty)
    #expect(" e\u{301} ".trimmingSpaces == "e\u{301}")
    #expect("paper: 档案".dropFirst(6).trimmingSpaces == "档案")  // a Substring
  }

  @Test func randomTextsTrimLikeFoundation() {
    let seed = SeededRandom.seed(fromEnvironment: "JLT_TRIM_SEED")
    print("SpaceTrimmingTests seed \(seed) (JLT_TRIM_SEED=\(seed) repeats it)")
    var random = SeededRandom(seed: seed)
    let pieces = [
      " ", "\t", "\u{3000}", "\u{A0}", "\u{2009}", "\n", "\r\n", "a", "章程", "/", "e\u{301}", "\u{301}",
      "\u{200B}", "\u{FEFF}", "👩‍👩‍👧", "（", "1",
    ]
    for _ in 0..<5000 {
      let n = Int(random.next() % 7)
      let text = (0..<n).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
      #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
    }
  }
}
