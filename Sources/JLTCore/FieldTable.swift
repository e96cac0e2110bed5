import Foundation

/// A validated manifest value.
public enum FieldValue: Sendable, Equatable {
  case evidence(EvidenceRef)
  case evidenceList([EvidenceRef])
  case integer(Int)
  case number(Decimal)
  case text(String)
  case texts([String])
  case table(FieldTable)
  case tables([FieldTable])
}

/// A validated table of a manifest: key → value, plus where its keys were written. Values
/// are read through their declared `Field`s.
public struct FieldTable: Sendable, Equatable {
  public var values: [String: FieldValue] = [:]
  /// Line of each key (or of the table header) where it could be found.
  public var lines: [String: Int] = [:]

  public init() {}

  /// The value of a declared key, nil when absent.
  public subscript<V>(field: Field<V>) -> V? {
    guard let value = values[field.key] else { return nil }
    return V.read(value)
  }

  /// A declared list, empty when absent.
  public subscript<E>(list field: Field<[E]>) -> [E] { self[field] ?? [] }

  /// A declared sub-table, empty when absent.
  public subscript(table field: Field<FieldTable>) -> FieldTable { self[field] ?? FieldTable() }

  /// The line where a declared key was written.
  public func line<V>(of field: Field<V>) -> Int? { lines[field.key] }

  /// The same table with every evidence reference's key passed through `rename`.
  func relabeled(_ rename: (String) -> String) -> FieldTable {
    var t = self
    for (key, value) in values {
      switch value {
      case .evidence(var r):
        r.key = rename(r.key)
        t.values[key] = .evidence(r)
      case .evidenceList(let rs):
        t.values[key] = .evidenceList(
          rs.map { r in
            var r = r
            r.key = rename(r.key)
            return r
          })
      default: break
      }
    }
    return t
  }

  /// Every evidence reference in this table and below it, keys in sorted order.
  public var allEvidence: [EvidenceRef] {
    var refs: [EvidenceRef] = []
    appendEvidence(to: &refs)
    return refs
  }

  func appendEvidence(to refs: inout [EvidenceRef]) {
    for key in values.keys.sorted() {
      switch values[key] {
      case .evidence(let r)?: refs.append(r)
      case .evidenceList(let rs)?: refs.append(contentsOf: rs)
      case .table(let t)?: t.appendEvidence(to: &refs)
      case .tables(let ts)?: for t in ts { t.appendEvidence(to: &refs) }
      default: break
      }
    }
  }
}
