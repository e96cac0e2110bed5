/// What the I/O layer found on disk for the path references of one alliance and year.
public struct EvidenceFacts: Sendable, Equatable {
  /// The status of each path, keyed by its normalised path.
  public var statuses: PathTable<EvidenceStatus> = [:]
  /// The size in bytes of each path that is a regular file (lstat; never opened).
  public var sizes: PathTable<Int> = [:]

  public init(statuses: PathTable<EvidenceStatus> = [:], sizes: PathTable<Int> = [:]) {
    self.statuses = statuses
    self.sizes = sizes
  }
}

/// One distinct evidence reference of an alliance's manifest and baseline (SPEC §9, §11): the
/// keys that cite it, in citation order, and what was found.
public struct EvidenceEntry: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable {
    case present, absent, paper
  }

  /// The normalised path, `paper:<archive>`, or the text as written for a blank reference.
  public var ref: String
  public var keys: [String]
  public var kind: Kind
  /// What was found for a path; nil for paper records and blank references.
  public var status: EvidenceStatus?
  /// The size of a present file.
  public var bytes: Int?

  /// The path inside the alliance folder, for a path reference.
  public var path: String? { status == nil ? nil : ref }

  /// 有 / 文件不存在 / 文件为空 / 纸质档案 / 未填写 / 不可读, for the 证据 sheet.
  public var label: String {
    switch (kind, status) {
    case (.present, _): return "有"
    case (.paper, _): return "纸质档案"
    case (_, nil): return "未填写"
    case (_, .missing?), (_, .otherCase?): return "文件不存在"
    case (_, .empty?): return "文件为空"
    default: return "不可读"
    }
  }
}

/// The evidence register of an alliance-year: one entry per distinct reference, in the order
/// first cited, the manifest's before the baseline's (whose keys read `baseline.C16.evidence`).
public enum EvidenceRegister {
  public static func entries(manifest: [EvidenceRef], baseline: [EvidenceRef], facts: EvidenceFacts)
    -> [EvidenceEntry]
  {
    var entries: [EvidenceEntry] = []
    var index: PathTable<Int> = [:]
    let cited = manifest.map { ($0, $0.key) } + baseline.map { ($0, "baseline." + $0.key) }
    for (ref, key) in cited {
      let entry: EvidenceEntry
      switch ref.target {
      case .path(let p):
        let status = facts.statuses[p] ?? .missing
        entry = EvidenceEntry(
          ref: p, keys: [key], kind: status == .present ? .present : .absent, status: status,
          bytes: status == .present ? facts.sizes[p] : nil)
      case .paper(let archive):
        entry = EvidenceEntry(ref: "paper:" + archive, keys: [key], kind: .paper, status: nil, bytes: nil)
      case .blank:
        entry = EvidenceEntry(ref: ref.text, keys: [key], kind: .absent, status: nil, bytes: nil)
      }
      if let i = index[entry.ref] {
        if !entries[i].keys.contains(key) { entries[i].keys.append(key) }
      } else {
        index[entry.ref] = entries.count
        entries.append(entry)
      }
    }
    return entries
  }
}
