import Foundation
import JLTCore

/// Reads, decodes, probes and scores one alliance for one year: the I/O around the pure core.
struct AllianceJob: Sendable {
  let folder: AllianceFolder
  let year: Int
  /// The effective rubric, or the problems that make it unusable (then the alliance is not scored).
  let rubric: Decoded<Rubric>
  let limits: ManifestLimits
  /// The realpath of the input root, when the batch resolved it (see `EvidenceProbe`).
  var resolvedRoot: String? = nil
  /// Whether the folder's files are listed (for the files no reference cites) and the evidence
  /// register kept: the year scored, not the earlier years scored for their figures.
  var listsFiles = false

  /// The outcome, and where the time went.
  /// `；发现 2025.toml.txt，是否应改名为 2025.toml？` for a folder without any manifest but a file
  /// named like one (SPEC §1).
  var misnamedHint: String {
    guard folder.years.isEmpty, !folder.misnamed.isEmpty else { return "" }
    let name =
      folder.misnamed.first { InputTree.nearManifestYear($0) == year } ?? folder.misnamed[0]
    let proper = InputTree.nearManifestYear(name).map { "\($0).toml" } ?? "\(year).toml"
    return "；发现 \(name)，是否应改名为 \(proper)？"
  }

  func run() -> (outcome: AllianceOutcome, times: PhaseTimes) {
    var times = PhaseTimes()
    let outcome = run(&times)
    return (outcome, times)
  }

  private func run(_ t: inout PhaseTimes) -> AllianceOutcome {
    let base = "\(folder.county)/\(folder.id)"
    let file = "\(base)/\(year).toml"
    let baselineFile = "\(base)/baseline.toml"
    func failed(_ problems: [Problem]) -> AllianceOutcome {
      AllianceOutcome(county: folder.county, id: folder.id, year: year, score: nil, problems: problems)
    }
    guard folder.years.contains(year) else {
      return failed([.error("未提交 \(year) 年证据清单" + misnamedHint, file: file, alliance: folder.id)])
    }
    guard let rubric = rubric.value else {
      let files = Set(self.rubric.problems.map(\.file)).sorted { $0.codePointLess(than: $1) }
      return failed([
        .error("适用的评分细则无效（见 \(files.joined(separator: "、"))），本教联体未评分", file: file, alliance: folder.id)
      ])
    }
    let data: Data
    switch PhaseTimes.measure(&t.read, { FileProbe.read(folder.path + "/\(year).toml", limit: limits.maximumBytes) }) {
    case .success(let d): data = d
    case .failure(let why): return failed([.error(why.chinese, file: file, alliance: folder.id)])
    }
    let (decoded, name) = PhaseTimes.measure(&t.decode) {
      ManifestDecoder.decodeNamed(data, file: file, alliance: folder.id, year: year, limits: limits)
    }
    var problems = decoded.problems
    var baseline: Baseline?
    if folder.hasBaseline {
      switch PhaseTimes.measure(&t.read, { FileProbe.read(folder.path + "/baseline.toml", limit: limits.maximumBytes) })
      {
      case .success(let d):
        let b = PhaseTimes.measure(&t.decode) {
          BaselineDecoder.decode(
            d, file: baselineFile, alliance: folder.id, baselineYear: rubric.baselineYear, limits: limits)
        }
        problems += b.problems
        baseline = b.value
      case .failure(let why):
        problems.append(.error(why.chinese, file: baselineFile, alliance: folder.id))
      }
    }
    guard let manifest = decoded.value, !problems.contains(where: { $0.severity == .error }) else {
      var outcome = failed(problems)
      outcome.name = name
      return outcome
    }
    let refs = PhaseTimes.measure(&t.evidence) { manifest.allEvidence }  // probed, then scored
    let evidence = PhaseTimes.measure(&t.evidence) {
      let probe =
        resolvedRoot.map { EvidenceProbe(folder: folder.path, resolvedRoot: $0, county: folder.county, id: folder.id) }
        ?? EvidenceProbe(folder: folder.path)
      return probe.facts(refs + (baseline?.evidence ?? []))
    }
    let scored = PhaseTimes.measure(&t.score) {
      Scorer.score(
        manifest, county: folder.county, id: folder.id, file: file, baselineFile: baselineFile,
        baseline: baseline, evidence: evidence.statuses, sizes: evidence.sizes, rubric: rubric,
        folderFiles: listsFiles ? FileProbe.regularFiles(under: folder.path) : nil, register: listsFiles,
        references: refs)
    }
    problems += scored.problems
    problems.sort(by: Problem.reportOrder)
    var score = scored.value
    if var s = score {
      // The size of each file nothing cites (a link inside the folder: of the file it names).
      s.uncited = s.uncited.map { file in
        let path = folder.path + "/" + file.path
        var kind = FileProbe.kind(of: path)
        if case .symlink = kind, case .success(let real) = FileProbe.realPath(path) { kind = FileProbe.kind(of: real) }
        if case .regular(let size) = kind { return (file.path, size) }
        return file
      }
      score = s
    }
    return AllianceOutcome(
      county: folder.county, id: folder.id, year: year, score: scored.hasErrors ? nil : score,
      problems: problems, name: manifest.alliance)
  }
}
