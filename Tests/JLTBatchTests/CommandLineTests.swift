import Foundation
import TestSupport
import Testing

/// The command line as a clerk meets it (SPEC §7), through the real binary: Chinese help and
/// messages, exit status 2 for every usage error, `--version`, `jlt` alone.
@Suite("命令行", .timeLimit(.minutes(1)))
struct CommandLineTests {
  static func jlt(_ args: [String], in directory: String = NSTemporaryDirectory()) throws -> RunResult {
    let binary = try JLTBinary.require()
    return try Subprocess.bash(#"exec "$0" "$@""#, [binary] + args, in: directory)
  }

  /// Defect 4: usage errors exited with 64, and argument-parser's messages were English.
  @Test(arguments: [
    ["score", "--bogus"], ["score", "--year", "abc"], ["score", "--jobs", "0"], ["check"], ["nosuch"],
    ["init", "x", "--year", "2025"], ["init", "x", "--year", "2025", "--type", "混合型"], ["rubric"],
    ["score", "input", "extra"],
  ])
  func usageErrorsExitWithTwoInChinese(args: [String]) throws {
    let r = try Self.jlt(args)
    #expect(r.status == 2, "\(args): \(r.status) \(r.stderr)")
    #expect(r.stderr.contains("错误") || r.stderr.contains("jlt:"), "\(r.stderr)")
    for english in ["Error:", "Usage:", "Missing", "Unknown", "invalid", "Help:", "See '", "Please"] {
      #expect(!r.stderr.contains(english), "\(args): \(r.stderr)")
    }
  }

  @Test func versionPrintsTheVersion() throws {
    let r = try Self.jlt(["--version"])
    #expect(r.status == 0)
    #expect(r.stdout.hasPrefix("jlt "))
    #expect(!r.stdout.contains("USAGE"))
  }

  /// Bare `jlt` printed score's output (it scored `input`); now it prints the help.
  @Test func bareJLTPrintsTheHelp() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    _ = try scratch.copySample()
    let r = try Self.jlt([], in: scratch.path)
    #expect(r.status == 0)
    #expect(r.stdout.contains("子命令"))
    #expect(r.stdout.contains("score"))
    #expect(!FileManager.default.fileExists(atPath: scratch.path("output")))
  }

  @Test(arguments: ["score", "check", "init", "rubric"])
  func everySubcommandHasChineseHelpWithAnExample(subcommand: String) throws {
    let r = try Self.jlt([subcommand, "--help"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("示例："))
    #expect(r.stdout.contains("jlt \(subcommand) "))
    for english in ["OVERVIEW", "USAGE", "OPTIONS", "Show help information"] {
      #expect(!r.stdout.contains(english), "\(r.stdout)")
    }
  }

  /// libxlsxwriter's English `[ERROR]` lines never reach the clerk: a workbook that cannot be
  /// written is told once, in Chinese.
  @Test func theCLibrarysOwnMessagesAreNotShown() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let input = try scratch.copyFixture("mini")
    try scratch.mkdir("out/2024/县A.xlsx/in-the-way")
    let r = try Self.jlt(["score", input, "--out", scratch.path("out")])
    #expect(r.status == 1)
    #expect(!r.stderr.contains("[ERROR]"), "\(r.stderr)")
    #expect(r.stderr.contains("县A.xlsx"))
  }

  /// Defect 5 through the binary: a wrong `--input` is a usage error; a missing default is said.
  @Test func initAndRubricSayWhereTheRubricComesFrom() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let wrong = try Self.jlt(["rubric", "--input", "没有这个文件夹", "--year", "2025", "--out", "x.xlsx"], in: scratch.path)
    #expect(wrong.status == 2)
    #expect(wrong.stderr.contains("--input"))
    let defaulted = try Self.jlt(["rubric", "--year", "2025", "--out", "x.xlsx"], in: scratch.path)
    #expect(defaulted.status == 0, "\(defaulted.stderr)")
    #expect(defaulted.stderr.contains("使用内置的评分细则"))
  }
}
