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
}

/// One county folder and its alliances, in id code-point order.
public struct CountyFolder: Sendable, Equatable {
  public var name: String
  public var path: String
  public var alliances: [AllianceFolder]
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
  /// real directories count (a symlinked folder is not followed).
  public static func scan(root: String) throws -> InputTree {
    guard FileProbe.kind(of: root).isDirectory else { throw InputError.notAFolder(root) }
    var counties: [CountyFolder] = []
    for name in try FileProbe.entries(of: root) where FileProbe.kind(of: root + "/" + name).isDirectory {
      let countyPath = root + "/" + name
      var alliances: [AllianceFolder] = []
      for id in try FileProbe.entries(of: countyPath) where FileProbe.kind(of: countyPath + "/" + id).isDirectory {
        alliances.append(try alliance(county: name, id: id, path: countyPath + "/" + id))
      }
      counties.append(CountyFolder(name: name, path: countyPath, alliances: alliances))
    }
    return InputTree(root: root, counties: counties)
  }

  static func alliance(county: String, id: String, path: String) throws -> AllianceFolder {
    var years: [Int] = []
    var baseline = false
    for name in try FileProbe.entries(of: path) {
      if name == "baseline.toml" { baseline = true }
      if let year = manifestYear(name), FileProbe.kind(of: path + "/" + name).isRegular {
        years.append(year)
      }
    }
    return AllianceFolder(county: county, id: id, path: path, years: years.sorted(), hasBaseline: baseline)
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
