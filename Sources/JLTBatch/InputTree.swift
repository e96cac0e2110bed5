import Foundation

/// One alliance folder: its id and the years it has a manifest for.
public struct AllianceFolder: Sendable, Equatable {
  public var county: String
  public var id: String
  /// Absolute path of the folder.
  public var path: String
  /// Years with a regular file `NNNN.toml`, ascending.
  public var years: [Int]
  public var hasBaseline: Bool
  /// Files named like a manifest with something added or another case (`2025.toml.txt`,
  /// `2025.TOML`), for the hint of a 未提交 error (SPEC §1).
  public var misnamed: [String] = []

  /// Whether the alliance existed in `year`: a folder whose manifests are all for later years
  /// was founded after it (SPEC §1); a folder without any manifest did exist (未提交).
  public func existed(in year: Int) -> Bool { years.first.map { $0 <= year } ?? true }
}

/// One county folder and its alliances, in id code-point order.
public struct CountyFolder: Sendable, Equatable {
  public var name: String
  public var path: String
  public var alliances: [AllianceFolder]
  /// Empty folders under the county: not alliances (the clerk is told).
  public var emptyFolders: [String] = []
}

/// The input root as found on disk (SPEC §1).
public struct InputTree: Sendable, Equatable {
  public var root: String
  public var counties: [CountyFolder]

  /// Every year with a manifest anywhere.
  public var years: [Int] {
    Array(Set(counties.flatMap { $0.alliances.flatMap(\.years) })).sorted()
  }

  /// Reads the folder structure. Folders starting with `.` are ignored at every level; only
  /// real directories count (a symlinked folder is not followed); the folder at `excluding`
  /// (the output folder, when it lies inside the root) is never read as a county or alliance.
  public static func scan(root: String, excluding: String? = nil) throws -> InputTree {
    guard FileProbe.kind(of: root).isDirectory else { throw InputError.notAFolder(root) }
    let skip = excluding.flatMap { try? FileProbe.realPath($0).get() }
    func skipped(_ path: String) -> Bool { skip != nil && (try? FileProbe.realPath(path).get()) == skip }
    var counties: [CountyFolder] = []
    for name in try FileProbe.entries(of: root) where FileProbe.kind(of: root + "/" + name).isDirectory {
      let countyPath = root + "/" + name
      if skipped(countyPath) { continue }
      var county = CountyFolder(name: name, path: countyPath, alliances: [])
      for id in try FileProbe.entries(of: countyPath) where FileProbe.kind(of: countyPath + "/" + id).isDirectory {
        let path = countyPath + "/" + id
        if skipped(path) { continue }
        if try FileProbe.entries(of: path).isEmpty {
          county.emptyFolders.append("\(name)/\(id)")
          continue
        }
        county.alliances.append(try alliance(county: name, id: id, path: path))
      }
      counties.append(county)
    }
    return InputTree(root: root, counties: counties)
  }

  static func alliance(county: String, id: String, path: String) throws -> AllianceFolder {
    var years: [Int] = []
    var baseline = false
    var misnamed: [String] = []
    for name in try FileProbe.entries(of: path) {
      if name == "baseline.toml" { baseline = true }
      if let year = manifestYear(name), FileProbe.kind(of: path + "/" + name).isRegular {
        years.append(year)
      } else if nearManifestYear(name) != nil {
        misnamed.append(name)
      }
    }
    return AllianceFolder(
      county: county, id: id, path: path, years: years.sorted(), hasBaseline: baseline, misnamed: misnamed)
  }

  /// The year of a name that is a manifest name with something added or in another case
  /// (`2025.toml.txt`, `2025.TOML`, `2025.toml `); nil for a real manifest name and anything else.
  static func nearManifestYear(_ name: String) -> Int? {
    guard manifestYear(name) == nil, name.utf8.count >= 9 else { return nil }
    let lower = name.lowercased()
    let digits = lower.prefix(4)
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), lower.dropFirst(4).hasPrefix(".toml") else { return nil }
    return Int(digits)
  }

  /// `2024.toml` → 2024; anything else → nil.
  public static func manifestYear(_ name: String) -> Int? {
    let scalars = Array(name.unicodeScalars)
    guard scalars.count == 9, name.hasSuffix(".toml") else { return nil }
    let digits = scalars.prefix(4)
    guard digits.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) else { return nil }
    return Int(String(String.UnicodeScalarView(digits)))
  }
}

public enum InputError: Error, Sendable, Equatable {
  case notAFolder(String)
  case unreadable(String)

  public var chinese: String {
    switch self {
    case .notAFolder(let p): return "输入文件夹不存在或不是文件夹：\(p)"
    case .unreadable(let p): return "无法读取文件夹：\(p)"
    }
  }
}
