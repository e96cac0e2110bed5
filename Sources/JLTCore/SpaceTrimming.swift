/// Trimming of spaces around a text, as Foundation's `trimmingCharacters(in: .whitespaces)`
/// does it (Unicode General Category Zs, CHARACTER TABULATION U+0009 and, in the Foundation of
/// Linux, ZERO WIDTH SPACE U+200B, once a Zs), without its bridging
/// through NSString and UTF-16, which cost an eighth of the whole scoring run when every string
/// of every manifest went through it (README, 性能).
extension Unicode.Scalar {
  /// A tab or a space separator (Zs: U+0020, U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F,
  /// U+3000) or U+200B: what `CharacterSet.whitespaces` holds.
  var isSpaceOrTab: Bool {
    switch value {
    case 0x09, 0x20, 0x200B: return true
    case 0..<0x80: return false
    default: return properties.generalCategory == .spaceSeparator
    }
  }
}

extension StringProtocol {
  /// The text without the spaces and tabs at its two ends.
  public var trimmingSpaces: String {
    let text = String(self)
    let utf8 = text.utf8
    // Most texts start and end with a printable ASCII character or a CJK one: nothing to trim.
    if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80 || first >= 0xE4,
      last > 0x20, last < 0x80
    {
      return text
    }
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.isSpaceOrTab }),
      let end = scalars.lastIndex(where: { !$0.isSpaceOrTab })
    else { return "" }
    return String(scalars[start...end])
  }
}
