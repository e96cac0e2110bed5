import Foundation

/// The keys a manifest, baseline or rubric file may hold (SPEC §2, §8): each key's type,
/// meaning and audience. Decoding, "did you mean" hints, the `init` template and rules all
/// read these declarations.
public enum FieldKind: Sendable, Equatable {
  /// An evidence reference: `paper:…` or a path inside the alliance folder.
  case evidence
  /// A list of evidence references.
  case evidenceList
  /// An integer ≥ `minimum`.
  case count(minimum: Int)
  /// A percent, integer or float, 0–100.
  case percent
  /// Money in yuan, integer or float, ≥ 0.
  case money
  /// Free text.
  case text
  /// One of the listed words.
  case choice([String])
  /// A list of the listed words.
  case choices([String])
  /// A declared school name.
  case schoolName
  /// A list of declared school names.
  case schoolNames
  /// A table with its own keys.
  case table([FieldSpec])
  /// An array of tables `[[…]]`, each with these keys.
  case tables([FieldSpec])
  /// `[self_assessment]`: C1…C23 to a number.
  case selfAssessment
  /// A finite decimal number ≥ 0, written as integer or float (rubric files).
  case decimal
}

/// Who a key counts for. A key given where it does not count is accepted and ignored (SPEC §2).
public enum FieldAudience: Sendable, Equatable {
  case everyone
  /// A `[[school]]` key that counts only for member schools (成员校).
  case memberSchools
  /// A key that counts only for alliances of this type (C5's gate).
  case allianceType(AllianceType)
}

/// Which file of an alliance a key is written in.
public enum SourceFile: Sendable, Equatable {
  case manifest
  case baseline
}

/// One key of a schema, untyped: what decoding and the template walk.
public struct FieldSpec: Sendable, Equatable {
  public var key: String
  public var kind: FieldKind
  public var required: Bool
  /// What the key means, in Chinese (for templates and messages).
  public var meaning: String
  public var audience: FieldAudience
  public var file: SourceFile

  init(
    _ key: String, _ kind: FieldKind, _ meaning: String, required: Bool = false, audience: FieldAudience = .everyone,
    file: SourceFile = .manifest
  ) {
    self.key = key
    self.kind = kind
    self.required = required
    self.meaning = meaning
    self.audience = audience
    self.file = file
  }
}

/// A key declared once with the Swift type its validated value reads as. Rules read values
/// through these declarations (`table[C1.charter]`), so a misspelt key does not compile.
public struct Field<Value: FieldReadable>: Sendable, Equatable {
  public let spec: FieldSpec
  public var key: String { spec.key }
  public var meaning: String { spec.meaning }

  init(_ spec: FieldSpec) { self.spec = spec }
}

/// A type a validated manifest value can be read as.
public protocol FieldReadable: Sendable, Equatable {
  static func read(_ value: FieldValue) -> Self?
}

/// An element of a list value.
public protocol FieldListElement: Sendable, Equatable {
  static func readList(_ value: FieldValue) -> [Self]?
}

extension Array: FieldReadable where Element: FieldListElement {
  public static func read(_ value: FieldValue) -> [Element]? { Element.readList(value) }
}

extension EvidenceRef: FieldReadable, FieldListElement {
  public static func read(_ value: FieldValue) -> EvidenceRef? {
    if case .evidence(let r) = value { return r }
    return nil
  }
  public static func readList(_ value: FieldValue) -> [EvidenceRef]? {
    if case .evidenceList(let r) = value { return r }
    return nil
  }
}

extension String: FieldReadable, FieldListElement {
  public static func read(_ value: FieldValue) -> String? {
    if case .text(let s) = value { return s }
    return nil
  }
  public static func readList(_ value: FieldValue) -> [String]? {
    if case .texts(let s) = value { return s }
    return nil
  }
}

extension Int: FieldReadable {
  public static func read(_ value: FieldValue) -> Int? {
    if case .integer(let n) = value { return n }
    return nil
  }
}

extension Decimal: FieldReadable {
  /// A number written as integer or float.
  public static func read(_ value: FieldValue) -> Decimal? {
    switch value {
    case .number(let n): return n
    case .integer(let n): return Decimal(n)
    default: return nil
    }
  }
}

extension FieldTable: FieldReadable, FieldListElement {
  public static func read(_ value: FieldValue) -> FieldTable? {
    if case .table(let t) = value { return t }
    return nil
  }
  public static func readList(_ value: FieldValue) -> [FieldTable]? {
    if case .tables(let t) = value { return t }
    return nil
  }
}

// MARK: - Declaring fields

extension Field where Value == EvidenceRef {
  static func evidence(_ key: String, _ meaning: String, for audience: FieldAudience = .everyone) -> Self {
    Self(FieldSpec(key, .evidence, meaning, audience: audience))
  }
}

extension Field where Value == [EvidenceRef] {
  static func evidenceList(_ key: String, _ meaning: String) -> Self { Self(FieldSpec(key, .evidenceList, meaning)) }
}

extension Field where Value == Int {
  static func count(_ key: String, minimum: Int = 0, _ meaning: String, required: Bool = false) -> Self {
    Self(FieldSpec(key, .count(minimum: minimum), meaning, required: required))
  }
}

extension Field where Value == Decimal {
  static func percent(_ key: String, _ meaning: String) -> Self { Self(FieldSpec(key, .percent, meaning)) }
  static func money(_ key: String, _ meaning: String) -> Self { Self(FieldSpec(key, .money, meaning)) }
  /// A number ≥ 0 of a rubric file.
  static func decimal(_ key: String, _ meaning: String) -> Self { Self(FieldSpec(key, .decimal, meaning)) }
}

extension Field where Value == String {
  static func text(_ key: String, _ meaning: String, required: Bool = false) -> Self {
    Self(FieldSpec(key, .text, meaning, required: required))
  }
  static func choice(_ key: String, _ options: [String], _ meaning: String, required: Bool = false) -> Self {
    Self(FieldSpec(key, .choice(options), meaning, required: required))
  }
  static func schoolName(_ key: String, _ meaning: String) -> Self { Self(FieldSpec(key, .schoolName, meaning)) }
}

extension Field where Value == [String] {
  static func choices(_ key: String, _ options: [String], _ meaning: String, for audience: FieldAudience = .everyone)
    -> Self
  {
    Self(FieldSpec(key, .choices(options), meaning, audience: audience))
  }
  static func schoolNames(_ key: String, _ meaning: String) -> Self { Self(FieldSpec(key, .schoolNames, meaning)) }
}

extension Field where Value == FieldTable {
  static func table(_ key: String, _ fields: [FieldSpec], _ meaning: String, file: SourceFile = .manifest) -> Self {
    Self(FieldSpec(key, .table(fields), meaning, file: file))
  }
}

extension Field where Value == [FieldTable] {
  static func tables(_ key: String, _ fields: [FieldSpec], _ meaning: String) -> Self {
    Self(FieldSpec(key, .tables(fields), meaning))
  }
}
