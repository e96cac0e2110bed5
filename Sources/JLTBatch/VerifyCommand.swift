import Foundation
import JLTCore

/// What `jlt verify` found.
public struct VerifyRun: Sendable {
  /// What is printed: per county a heading, then `zd-01 一致` or each difference.
  public var lines: [String] = []
  public var differs = false

  /// SPEC §9: 0 every record matches its folders; 1 anything differs.
  public var exitStatus: Int32 { differs ? 1 : 0 }
}

/// `jlt verify` (SPEC §9): for each county with a record of Y, checks the record's digest,
/// re-hashes the manifest, baseline and every present evidence file it lists, and re-scores Y.
/// It writes nothing.
public enum VerifyCommand {
  public static func run(input: String, year: Int, counties names: [String], jobs: Int) throws -> VerifyRun {
    let plan = try ScoreCommand.Plan(
      input: input, output: input + "/.jlt-verify", year: year, counties: names, requiringManifests: false)
    let name = PublishedRecord.fileName(year: year)
    let withRecords = plan.counties.filter { FileProbe.kind(of: $0.path + "/" + name) != .missing }
    guard !withRecords.isEmpty else { throw UsageError("没有 \(year) 学年的定稿（\(input) 中没有 \(name)）") }
    let (inputs, _) = Batch(tree: plan.tree, year: year, counties: withRecords, jobs: jobs).score()
    var run = VerifyRun()
    for (county, input) in zip(withRecords, inputs) {
      let file = "\(county.name)/\(name)"
      run.lines.append("\(file)：")
      var fresh = input
      fresh.records[year] = nil
      let report = CountyAssembly.assemble(fresh)
      guard case .success(let data) = FileProbe.read(county.path + "/" + name, limit: Batch.maximumRecordBytes),
        let record = RecordReader.read(data, file: file, county: county.name, year: year, checkingDigest: false).value
      else {
        run.lines.append("  定稿文件无法读取：" + (input.records[year]?.problems.map(\.message).joined(separator: "；") ?? ""))
        run.differs = true
        continue
      }
      if input.records[year]?.value == nil {
        run.lines.append("  定稿文件被改动（摘要与内容不符）")
        run.differs = true
      }
      let folders = Dictionary(county.alliances.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      for a in record.alliances {
        let differences = Self.differences(
          a, folder: folders[a.id], report: report, exists: FileProbe.kind(of: county.path + "/" + a.id).isDirectory)
        run.lines += differences.isEmpty ? ["  \(a.id) 一致"] : differences.map { "  \(a.id) \($0)" }
        if !differences.isEmpty { run.differs = true }
      }
      for a in report.alliances where record.alliance(a.id) == nil {
        run.lines.append("  \(a.id) 不在定稿中（重算 \(a.total.scoreText)）")
        run.differs = true
      }
    }
    return run
  }

  /// Every way an alliance's folder no longer matches its record.
  /// - Parameter exists: whether the alliance's folder is still there (an emptied folder is
  ///   not read as an alliance folder, so `folder` is nil).
  static func differences(_ a: PublishedRecord.Alliance, folder: AllianceFolder?, report: CountyReport, exists: Bool)
    -> [String]
  {
    guard let folder else { return exists ? ["清单已删除：\(report.year).toml"] : ["教联体文件夹已不存在"] }
    var out: [String] = []
    func rehash(_ f: PublishedRecord.FileHash, name: String, changed: String, deleted: String) {
      switch FileHasher.hash(file: folder.path + "/" + name) {
      case .success(let h) where h.sha256 == f.sha256: break
      case .success: out.append(changed)
      case .failure(.missing): out.append(deleted)
      case .failure(let why): out.append("\(changed)（\(why.chinese)）")
      }
    }
    rehash(
      a.manifest, name: "\(report.year).toml", changed: "清单已改动：\(report.year).toml",
      deleted: "清单已删除：\(report.year).toml")
    if let b = a.baseline {
      rehash(b, name: "baseline.toml", changed: "基线已改动", deleted: "基线已删除")
    } else if folder.hasBaseline {
      out.append("基线已改动（定稿时没有 baseline.toml）")
    }
    for e in a.evidence {
      guard let sha = e.sha256 else { continue }
      let keys = e.keys.joined(separator: "、")
      switch FileHasher.hash(e.ref, in: folder.path) {
      case .success(let h) where h.sha256 == sha: break
      case .success: out.append("证据已改动：\(e.ref)（\(keys)）")
      case .failure(.missing): out.append("证据已删除：\(e.ref)（\(keys)）")
      case .failure(let why): out.append("证据已改动：\(e.ref)（\(keys)；\(why.chinese)，未读取）")
      }
    }
    if let now = report.alliances.first(where: { $0.id == a.id }) {
      if let change = RecordDifferences.change(from: a.figures, to: RecordDifferences.figures(now)) {
        out.append("重算结果不同：\(change)")
      }
    } else if let u = report.unscored.first(where: { $0.id == a.id }) {
      out.append("重算时未评分：\(u.message)")
    }
    return out
  }
}
