/// Text from the input (paths, names, keys) is shown in messages on a clerk's terminal, in the
/// 问题 sheet and in JSON. Control characters in it (a bell, an escape sequence, a NUL, a
/// bidirectional override) would garble the terminal or hide what the text says, so messages
/// show them escaped the way a TOML string would write them: `\t`, `\n`, `\r`, `\u001B`.
extension Unicode.Scalar {
  /// C0 and C1 controls, DEL, line and paragraph separators, and bidirectional controls.
  public var isUnprintableControl: Bool {
    switch value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// The code point as at least four uppercase hex digits: `001B`, `FEFF`, `1F600`.
  public var hexCode: String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}

extension String {
  /// True when the text holds a character that `escapingControlCharacters` would escape.
  public var containsUnprintableControl: Bool { unicodeScalars.contains { $0.isUnprintableControl } }

  /// The text with every unprintable control character written as an escape (see above).
  /// Text without one is returned unchanged, so escaping twice changes nothing.
  public var escapingControlCharacters: String {
    guard containsUnprintableControl else { return self }
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      guard scalar.isUnprintableControl else {
        out.append(scalar)
        continue
      }
      let escape: String
      switch scalar {
      case "\t": escape = "\\t"
      case "\n": escape = "\\n"
      case "\r": escape = "\\r"
      default: escape = "\\u" + scalar.hexCode
      }
      out.append(contentsOf: escape.unicodeScalars)
    }
    return String(out)
  }
}
