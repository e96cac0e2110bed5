import Foundation
import JLTCore

/// Finds and applies the rubric files of a year (SPEC §8): the built-in default, then
/// `input/rubric-Y.toml` city-wide, then `input/<county>/rubric-Y.toml`.
public struct RubricSource: Sendable {
  public let root: String
  public let base: Rubric

  public init(root: String, base: Rubric = .suizhouTrial) {
    self.root = root
    self.base = base
  }

  /// The files that govern (county, year), as paths relative to the root, in order of application.
  public func files(county: String?, year: Int) -> [String] {
    var out: [String] = []
    let city = "rubric-\(year).toml"
    if FileProbe.kind(of: root + "/" + city).isRegular { out.append(city) }
    if let county {
      let local = "\(county)/rubric-\(year).toml"
      if FileProbe.kind(of: root + "/" + local).isRegular { out.append(local) }
    }
    return out
  }

  /// The effective rubric, or the problems that make it unusable. Every problem names the
  /// line of the key that causes it where a file sets that key (SPEC §8).
  public func rubric(county: String?, year: Int) -> Decoded<Rubric> {
    var rubric = base
    var problems: [Problem] = []
    var keys: [(file: String, root: FieldTable)] = []
    let files = files(county: county, year: year)
    for file in files {
      let data: Data
      switch FileProbe.read(root + "/" + file, limit: TextDecoding.maximumBytes) {
      case .success(let d): data = d
      case .failure(let why):
        problems.append(.error(why.chinese, file: file))
        return Decoded(value: nil, problems: problems)
      }
      let (applied, root) = RubricFile.applied(data, file: file, to: rubric)
      problems += applied.problems
      guard let next = applied.value, let root else { return Decoded(value: nil, problems: problems) }
      keys.append((file, root))
      for issue in RubricValidation.staleTexts(from: rubric, to: next) {
        problems.append(.warning(issue.message, file: file, line: RubricFile.line(of: issue.keys, in: root)))
      }
      let named = next.name == rubric.name ? next.name + "（按 \(file) 调整）" : next.name
      rubric = next
      rubric.name = named
    }
    if let last = files.last {
      for issue in RubricValidation.issues(rubric) {
        // The file that set the key last, with its line; else the last file, without a line.
        let placed = keys.reversed().lazy.compactMap { k in
          RubricFile.line(of: issue.keys, in: k.root).map { (k.file, $0) }
        }.first
        problems.append(.error("评分细则无效：\(issue.message)", file: placed?.0 ?? last, line: placed?.1))
      }
    }
    let ok = !problems.contains { $0.severity == .error }
    return Decoded(value: ok ? rubric : nil, problems: problems)
  }

  /// Every rubric file under the root, as (county or nil, year, relative path).
  public func allFiles() -> [(county: String?, year: Int)] {
    var out: [(String?, Int)] = []
    func years(in folder: String) -> [Int] {
      ((try? FileProbe.entries(of: folder)) ?? []).compactMap { name in
        guard name.hasPrefix("rubric-"), name.hasSuffix(".toml") else { return nil }
        return Int(name.dropFirst("rubric-".count).dropLast(".toml".count))
      }
    }
    for y in years(in: root) { out.append((nil, y)) }
    for county in (try? FileProbe.entries(of: root)) ?? [] where FileProbe.kind(of: root + "/" + county).isDirectory {
      for y in years(in: root + "/" + county) { out.append((county, y)) }
    }
    return out
  }
}
