import Testing

@testable import JLTCore

/// The byte-level fast paths (ScalarText.swift) give exactly what the Character-level code
/// gives, on random text made of manifest-like pieces, including pieces that take the slow path.
@Suite struct ScalarFastPathTests {
  struct LCG {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
  }

  static let pathPieces = [
    "paper:", "paper", ":", " ", "\t", "　", "\u{A0}", "\u{2003}", "/", "\\", ".", "..", "a", "D", "evidence",
    "2024", "章程", ".pdf", "é", "e\u{301}", "/\u{301}", ".\u{301}", "😀", "\r\n", "\n", "\u{FEFF}",
  ]

  @Test func evidenceClassify() {
    var rng = LCG(state: 7)
    var fast = 0
    for _ in 0..<20000 {
      var text = ""
      for _ in 0..<rng.next(12) { text += Self.pathPieces[rng.next(Self.pathPieces.count)] }
      guard let bytes = EvidenceRef.classifyScalars(text) else { continue }
      fast += 1
      #expect(
        bytes == EvidenceRef.classifyCharacters(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
    #expect(fast > 2000)
  }
}

extension ScalarFastPathTests {
  /// The UTF-8 decoding check agrees with the scalar view on text of 1- to 4-byte scalars.
  /// Byte equality, not canonical equality: "é" precomposed and decomposed are `==` but not the
  /// same bytes (the row-height memo must only reuse a measurement of the very same text).
  @Test func sameBytes() {
    #expect("证据/章程.pdf".sameBytes(as: "证据/章程.pdf"))
    #expect("".sameBytes(as: ""))
    #expect(!"".sameBytes(as: "a"))
    #expect(!"章程a".sameBytes(as: "章程b"))
    #expect(!"章程".sameBytes(as: "章程 "))
    #expect("\u{E9}" == "e\u{301}")
    #expect(!"\u{E9}".sameBytes(as: "e\u{301}"))
    #expect("a/b".sameBytes(as: "xa/b".dropFirst()))
  }

  @Test func singleScalarCheck() {
    let pieces = [
      "a", "\r\n", "é", "ǅ", "\u{301}", "\u{2FF}", "\u{300}", "−", "中", "\u{3099}", "\u{302A}", "ｱ", "ﾞ", "\u{FEFF}",
      "\u{200D}", "😀", "\u{1F1E8}", "𠀀", "한", "\u{FFE6}", "\u{FFE7}",
    ]
    var rng = LCG(state: 99)
    for _ in 0..<5000 {
      var text = ""
      for _ in 0..<rng.next(8) { text += pieces[rng.next(pieces.count)] }
      #expect(text.hasOnlySingleScalarCharacters == text.unicodeScalars.allSatisfy(\.isOwnGraphemeCluster))
    }
  }
}

extension ScalarFastPathTests {
  /// `Problem.county` on bytes is the Character prefix before the first "/".
  @Test func problemCounty() {
    for file in ["曾都区/zd-02/2024.toml", "随县", "", "/x", "a/b/c", "县\u{301}/a", "县/\u{301}a/b", "e\u{301}/x", "😀/x"] {
      let p = Problem.warning("m", file: file)
      #expect(p.county == p.file.prefix { $0 != "/" }, "\(file)")
    }
  }
}
