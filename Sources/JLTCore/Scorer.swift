import Foundation

/// Scores one decoded manifest under a rubric (SPEC §3). A pure function of values.
public enum Scorer {
  /// - Parameters:
  ///   - evidence: the status of each path reference, keyed by normalised path (from the I/O layer).
  ///   - file: the manifest's path relative to the input root; `baselineFile` likewise.
  ///   - folderFiles: the regular files of the alliance folder (relative paths), listed by the I/O
  ///     layer, for the files no reference cites (their sizes are the I/O layer's to add).
  ///   - register: whether the result carries its evidence register (the year being scored does;
  ///     earlier years, scored for their figures only, need not keep it).
  ///   - references: `manifest.allEvidence`, when the caller has it already (it probed them).
  public static func score(
    _ manifest: Manifest, county: String, id: String, file: String, baselineFile: String,
    baseline: Baseline?, evidence: PathTable<EvidenceStatus>, sizes: PathTable<Int> = [:], rubric: Rubric,
    folderFiles: Set<String>? = nil, register: Bool = true, references: [EvidenceRef]? = nil
  ) -> Decoded<AllianceScore> {
    let refs = references ?? manifest.allEvidence  // sorted by line: computed once
    var problems = evidenceProblems(refs, evidence, file: file, id: id)
    if let baseline {
      problems += evidenceProblems(baseline.evidence, evidence, file: baselineFile, id: id)
    }
    let (selfScores, selfWarnings) = selfAssessment(manifest, rubric: rubric, file: file, id: id)
    problems += selfWarnings
    problems += SchoolItems.warnings(manifest, file: file, id: id)
    if problems.contains(where: { $0.severity == .error }) {
      return Decoded(value: nil, problems: problems)
    }
    let ctx = ScoringContext(manifest: manifest, baseline: baseline, evidence: evidence, rubric: rubric)
    var indicators: [IndicatorScore] = []
    for spec in rubric.indicators where rubric.applies(spec.code, to: manifest.type) {
      let outcome = spec.definition.rule(spec, ctx)
      let score = outcome.score.clamped(to: spec.points).roundedToHundredths()
      indicators.append(
        IndicatorScore(
          code: spec.code, points: spec.points, score: score, reasons: score < spec.points ? outcome.reasons : [],
          selfScore: selfScores[spec.code]))
      for w in outcome.warnings {
        let inFile = w.file == .baseline ? baselineFile : file
        problems.append(.warning(w.message, file: inFile, line: nil, alliance: id))
      }
    }
    for s in indicators where s.selfGap {
      let line = manifest.root[ManifestSchema.selfAssessment]?.lines[s.code]
      problems.append(
        .warning(
          "\(s.code) 自评分 \(s.selfScore?.scoreText ?? "") 与核定得分 \(s.score.scoreText) 相差1分以上",
          file: file, line: line, alliance: id))
    }
    var groups: [GroupScore] = []
    for g in rubric.groups {
      var sum = indicators.filter { rubric.indicator($0.code)?.group == g.code }.reduce(0) { $0 + $1.score }
      if g.code == Rubric.bonusGroup { sum = min(sum, rubric.bonusCap) }
      groups.append(GroupScore(code: g.code, score: sum))
    }
    let total = groups.reduce(0) { $0 + $1.score }
    problems.sort(by: Problem.reportOrder)
    var result = AllianceScore(
      county: county, id: id, name: manifest.alliance, type: manifest.type,
      coreSchool: manifest.coreSchool?.name ?? "", year: manifest.year, indicators: indicators,
      groups: groups, total: total, grade: rubric.grade(for: total),
      selfAssessment: selfScores,
      evidence: register
        ? EvidenceRegister.entries(
          manifest: refs, baseline: baseline?.evidence ?? [], facts: EvidenceFacts(statuses: evidence, sizes: sizes))
        : [])
    result.schools = manifest.schools.map { SchoolItems.of($0, in: manifest, present: ctx.present) }
    if let folderFiles {
      let cited = Set(result.evidence.compactMap(\.path))
      result.uncited = folderFiles.filter { !cited.contains($0) }.sorted { $0.codePointLess(than: $1) }
        .map { ($0, 0) }
    }
    return Decoded(value: result, problems: problems)
  }

  /// "证据缺失" warnings, one per missing file naming every key that cites it (at the line of the
  /// first), and an error for each citation of a symlink that leaves the alliance folder.
  static func evidenceProblems(
    _ refs: [EvidenceRef], _ evidence: PathTable<EvidenceStatus>, file: String, id: String
  ) -> [Problem] {
    var out: [Problem] = []
    var order: [String] = []
    var citing: [String: [EvidenceRef]] = [:]
    for ref in refs {
      guard case .path(let path) = ref.target else { continue }
      let status = evidence[path] ?? .missing
      switch status {
      case .present: continue
      case .outside:
        out.append(.error("\(ref.key) = \"\(ref.text)\"：\(status.chinese)", file: file, line: ref.line, alliance: id))
      default:
        if citing[path] == nil { order.append(path) }
        citing[path, default: []].append(ref)
      }
    }
    for path in order {
      guard let refs = citing[path], let first = refs.first else { continue }
      var keys: [String] = []
      for r in refs where !keys.contains(r.key) { keys.append(r.key) }
      let status = evidence[path] ?? .missing
      var reason = status.chinese
      if status == .missing, let hint = EvidenceRef.typingHint(first.text) { reason += "；" + hint }
      out.append(
        .warning(
          "证据缺失：\(keys.joined(separator: "、")) → \(first.text)（\(reason)）", file: file, line: first.line, alliance: id))
    }
    return out
  }

  /// `[self_assessment]` (SPEC §4): keys of the rubric's indicators that apply to the alliance,
  /// each from 0 to its points. Anything else is a warning naming the key and line, and that
  /// value is ignored. Returns the values kept and the warnings.
  static func selfAssessment(_ manifest: Manifest, rubric: Rubric, file: String, id: String)
    -> (kept: [String: Decimal], warnings: [Problem])
  {
    var kept: [String: Decimal] = [:]
    var out: [Problem] = []
    let lines = manifest.root[ManifestSchema.selfAssessment]?.lines ?? [:]
    for key in manifest.selfAssessment.keys.sorted(by: { $0.codePointLess(than: $1) }) {
      let value = manifest.selfAssessment[key] ?? 0
      func warn(_ message: String) { out.append(.warning(message, file: file, line: lines[key], alliance: id)) }
      guard let spec = rubric.indicator(key) else {
        warn("self_assessment.\(key) 不是评价指标（应为 C1 至 C23），此项自评分不计")
        continue
      }
      guard rubric.applies(key, to: manifest.type) else {
        warn("self_assessment.\(key) 不适用于\(manifest.type.rawValue)教联体，此项自评分不计")
        continue
      }
      guard value >= 0, value <= spec.points else {
        warn("self_assessment.\(key) 应在0到\(spec.points.scoreText)分之间，实际为 \(value.scoreText)，此项自评分不计")
        continue
      }
      kept[key] = value
    }
    return (kept, out)
  }
}
