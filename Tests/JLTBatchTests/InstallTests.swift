import Foundation
import TestSupport
import Testing

/// `make install` (its copying step, `install-files`, with the jlt the tests run): into a
/// temporary DESTDIR, with completion scripts; the installed jlt scores the sample from another
/// folder, with nothing beside it.
@Suite("安装", .timeLimit(.minutes(1)))
struct InstallTests {
  static var makeAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/make") }

  @Test(.enabled(if: makeAvailable, "make is not installed"), .tags(.slow))
  func installedJLTScoresTheSampleFromAnywhere() throws {
    let jlt = try JLTBinary.require()
    let scratch = try Scratch()
    defer { scratch.remove() }
    let dest = scratch.path("dest")
    let install = try Subprocess.bash(
      #"exec make -s -C "$0" install-files BIN="$1" DESTDIR="$2" PREFIX=/usr"#, [Fixtures.repository, jlt, dest],
      in: scratch.path)
    #expect(install.status == 0, "\(install.stderr)")
    let installed = dest + "/usr/bin/jlt"
    #expect(FileManager.default.isExecutableFile(atPath: installed))
    let bash = try String(contentsOfFile: dest + "/usr/share/bash-completion/completions/jlt", encoding: .utf8)
    #expect(bash.contains("complete") && bash.contains("score"))
    let zsh = try String(contentsOfFile: dest + "/usr/share/zsh/site-functions/_jlt", encoding: .utf8)
    #expect(zsh.contains("#compdef jlt"))
    // Run from an unrelated folder, with the input elsewhere.
    let input = try scratch.copySample(as: "别处/input")
    try scratch.mkdir("工作目录")
    let r = try Subprocess.bash(
      #"exec "$0" score "$1" --out "$2""#, [installed, input, scratch.path("别处/output")], in: scratch.path("工作目录"))
    #expect(r.status == 1, "\(r.stderr)")  // the sample has an alliance with an error
    #expect(FileManager.default.fileExists(atPath: scratch.path("别处/output/2024/曾都区.xlsx")))
    #expect(r.stdout.contains("曾都区 2024学年"))
  }
}
