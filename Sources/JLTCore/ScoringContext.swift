import Foundation

/// What a rule may look at: the manifest, the baseline, what was found on disk, the rubric.
struct ScoringContext {
  let manifest: Manifest
  let baseline: Baseline?
  /// Status of each path reference, keyed by its normalised path.
  let evidence: [String: EvidenceStatus]
  let rubric: Rubric

  func present(_ ref: EvidenceRef?) -> Bool {
    guard let ref else { return false }
    switch ref.target {
    case .blank: return false
    case .paper: return true
    case .path(let p): return evidence[p] == .present
    }
  }

  func presentCount(_ refs: [EvidenceRef]) -> Int { refs.filter(present).count }

  func table(_ code: String) -> FieldTable { manifest.root.table(code) ?? FieldTable() }

  /// `C1.charter 章程` — the key and what it means, for reason lines.
  func label(_ code: String, _ key: String) -> String {
    let meaning = ManifestSchema.meaning(of: code, key) ?? ""
    return "\(code).\(key) \(meaning)"
  }
}

extension ManifestSchema {
  /// The meaning of `table.key` in the manifest schema.
  static func meaning(of table: String, _ key: String) -> String? {
    guard let spec = manifest.first(where: { $0.key == table }), case .table(let fields) = spec.kind
    else { return nil }
    return fields.first { $0.key == key }?.meaning
  }
}
