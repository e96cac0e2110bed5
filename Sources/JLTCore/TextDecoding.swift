import Foundation

/// Turns the bytes of a manifest into text (SPEC §2 Encoding): UTF-8 with or without BOM,
/// UTF-16 with BOM, otherwise GB18030/GBK as saved by Chinese Windows tools.
public enum TextDecoding {
  public static let maximumBytes = 1 << 20

  /// Foundation's GB18030 on Linux.
  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  public enum Failure: Error, Sendable, Equatable {
    case tooLarge(Int)
    case invalidUTF8AfterBOM
    case invalidUTF16
    case undecodable
    case nulCharacter(line: Int)

    public var chinese: String {
      switch self {
      case .tooLarge(let n):
        return "文件过大（\(n) 字节），上限为 1 MiB"
      case .invalidUTF8AfterBOM:
        return "文件以 UTF-8 BOM 开头，但内容不是有效的 UTF-8，请用记事本另存为“UTF-8”"
      case .invalidUTF16:
        return "文件以 UTF-16 BOM 开头，但内容不是有效的 UTF-16"
      case .undecodable:
        return "无法识别文件编码（应为 UTF-8、UTF-16 或 GB18030/GBK）"
      case .nulCharacter:
        return "文件含有空字符（NUL），可能已损坏"
      }
    }

    public var line: Int? {
      if case .nulCharacter(let line) = self { return line }
      return nil
    }
  }

  public static func decode(_ data: Data) -> Result<String, Failure> {
    if data.count > maximumBytes { return .failure(.tooLarge(data.count)) }
    let bytes = [UInt8](data)
    let text: String
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      guard let t = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
        return .failure(.invalidUTF8AfterBOM)
      }
      text = t
    } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      guard bytes.count % 2 == 0, let t = decodeUTF16(bytes) else { return .failure(.invalidUTF16) }
      text = t
    } else if let t = String(validating: bytes, as: UTF8.self) {
      text = t
    } else if let t = String(data: data, encoding: gb18030) {
      text = t
    } else {
      return .failure(.undecodable)
    }
    // U+0000 is the only scalar with a zero byte in UTF-8: the byte test is the quick one.
    if text.containsByte(0), let nul = text.unicodeScalars.firstIndex(of: "\u{0}") {
      let line = text.unicodeScalars[..<nul].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
      return .failure(.nulCharacter(line: line))
    }
    return .success(text)
  }

  private static func decodeUTF16(_ bytes: [UInt8]) -> String? {
    let littleEndian = bytes[0] == 0xFF
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2 - 1)
    var i = 2
    while i + 1 < bytes.count {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
      i += 2
    }
    var result = String.UnicodeScalarView()
    var iterator = units.makeIterator()
    var decoder = UTF16()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let s): result.append(s)
      case .emptyInput: return String(result)
      case .error: return nil
      }
    }
  }
}
