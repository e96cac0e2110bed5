import Foundation
import TestSupport
import Testing

/// How `score` looks at evidence, seen from the kernel's side (strace): each reference is
/// stat'ed once in an alliance-year however many keys cite it, each folder on the way once,
/// and realpath (glibc's realpath is readlink on each component) runs only for a path with a
/// symlink on it.
@Suite("证据探测的系统调用", .timeLimit(.minutes(1)))
struct ProbeSyscallTests {
  static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Whether strace is here and may trace (a container may forbid ptrace).
  static let straceWorks: Bool = {
    guard let strace else { return false }
    let r = try? Subprocess.bash(#"exec "$0" -qq -o /dev/null /bin/true"#, [strace], in: "/")
    return r?.status == 0
  }()

  static let manifest = """
    alliance = "探测教联体"
    type = "共建型"
    year = 2024

    [[school]]
    name = "探测中学"
    role = "牵头校"
    teachers = 30

    [C1]
    charter = "evidence/制度/章程.pdf"
    organization = "evidence/制度/章程.pdf"
    staffing = "evidence/制度/人员/安排.pdf"
    party_building = "evidence/链接.pdf"
    leadership_unity = "evidence/缺失.pdf"
    teacher_morale = "evidence/经链接/精神.pdf"

    """

  @Test(.enabled(if: straceWorks, "strace is not installed here, or may not trace processes (ptrace forbidden)"))
  func eachReferenceStatedOnceAndRealpathOnlyThroughLinks() throws {
    let jlt = try JLTBinary.require()
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("input/探测县/t-01/2024.toml", Self.manifest)
    for file in ["制度/章程.pdf", "制度/人员/安排.pdf", "真/目标.pdf", "实/精神.pdf", "未引用.txt"] {
      try scratch.write("input/探测县/t-01/evidence/" + file, "内容 \(file)\n")
    }
    try scratch.symlink("input/探测县/t-01/evidence/链接.pdf", to: "真/目标.pdf")
    try scratch.symlink("input/探测县/t-01/evidence/经链接", to: "实")
    let trace = scratch.url("trace")
    let r = try Subprocess.bash(
      #"exec "$0" -f -ff -qq -s 4096 -e trace=stat,lstat,newfstatat,statx,readlink,readlinkat -o "$1" "$2" score "$3" --out "$4" --jobs 2"#,
      [try #require(Self.strace), trace, jlt, scratch.url("input"), scratch.url("out")], in: scratch.path)
    #expect(r.status == 0, "\(r.stderr)")
    let json = try String(contentsOfFile: scratch.url("out/2024/探测县.json"), encoding: .utf8)
    #expect(json.contains("\"evidence/制度/章程.pdf\""), "the alliance was scored and its evidence listed")

    var stats: [String: Int] = [:]
    var readlinks: [String: Int] = [:]
    let files = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter { $0.hasPrefix("trace.") }
    #expect(!files.isEmpty)
    for file in files {
      let text = try String(contentsOfFile: scratch.url(file), encoding: .utf8)
      for line in text.split(separator: "\n") {
        guard let path = Self.firstString(line), let at = path.range(of: "/t-01/evidence/") else { continue }
        let relative = String(path[at.upperBound...])
        if line.hasPrefix("readlink") { readlinks[relative, default: 0] += 1 } else { stats[relative, default: 0] += 1 }
      }
    }
    // Plain paths: one stat each (章程.pdf is cited twice), no realpath; folders on the way once.
    for plain in ["制度/章程.pdf", "制度/人员/安排.pdf", "缺失.pdf", "制度", "制度/人员"] {
      #expect(stats[plain] == 1, "\(plain) stat'ed \(stats[plain] ?? 0) times: \(stats)")
      #expect(readlinks[plain] == nil, "realpath for \(plain): \(readlinks)")
    }
    // The uncited file: one stat, for its size in the register.
    #expect(stats["未引用.txt"] == 1, "\(stats)")
    // Through a link realpath runs (so the trace does see it).
    #expect((readlinks["链接.pdf"] ?? 0) >= 1, "\(readlinks)")
    #expect((readlinks["经链接"] ?? 0) >= 1, "\(readlinks)")
  }

  /// The first quoted string of an strace line, its escapes (`\ooo` octal bytes, `\"`, `\\`,
  /// `\n`, `\t`) undone; nil when there is none.
  static func firstString(_ line: Substring) -> String? {
    let bytes = Array(line.utf8)
    guard var i = bytes.firstIndex(of: UInt8(ascii: "\"")) else { return nil }
    i += 1
    var out: [UInt8] = []
    while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
      guard bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count else {
        out.append(bytes[i])
        i += 1
        continue
      }
      let next = bytes[i + 1]
      if (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(next) {
        var value = 0
        var j = i + 1
        while j < bytes.count, j < i + 4, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[j]) {
          value = value * 8 + Int(bytes[j] - UInt8(ascii: "0"))
          j += 1
        }
        out.append(UInt8(truncatingIfNeeded: value))
        i = j
      } else {
        out.append(next == UInt8(ascii: "n") ? 10 : next == UInt8(ascii: "t") ? 9 : next)
        i += 2
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
