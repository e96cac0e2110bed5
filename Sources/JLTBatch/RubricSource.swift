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

  /// The effective rubric, or the problems that make it unusable.
  public func rubric(county: String?, year: Int) -> Decoded<Rubric> {
    var rubric = base
    var problems: [Problem] = []
    let files = files(county: county, year: year)
    for file in files {
      let data: Data
      switch FileProbe.read(root + "/" + file, limit: TextDecoding.maximumBytes) {
      case .success(let d): data = d
      case .failure(let why):
        problems.append(.error(why.chinese, file: file))
        return Decoded(value: nil, problems: problems)
      }
      let applied = RubricFile.apply(data, file: file, to: rubric)
      problems += applied.problems
      guard let next = applied.value else { return Decoded(value: nil, problems: problems) }
      if next.name == rubric.name { rubric.name = next.name + "（按 \(file) 调整）" } else { rubric.name = next.name }
      let named = rubric.name
      rubric = next
      rubric.name = named
    }
    if let last = files.last {
      for message in RubricValidation.errors(rubric) {
        problems.append(.error("评分细则无效：\(message)", file: last))
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
