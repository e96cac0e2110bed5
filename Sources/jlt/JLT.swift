import ArgumentParser
import Foundation
import JLTBatch
import JLTCore

@main
struct JLT: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jlt",
    abstract: "随州市教联体建设考核评价：按证据清单计分，生成排名工作簿。",
    discussion: """
      示例：
        jlt score input --out output      为 input 中各县计分，写到 output/学年/
        jlt check input/曾都区/zd-01      检查一个教联体的证据清单
      每个子命令的说明：jlt help 子命令，或 jlt 子命令 --help。
      """,
    version: "jlt \(JLTVersion.version)",
    subcommands: [Score.self, Check.self, Init.self, RubricTable.self, Publish.self, Verify.self])

  /// Parses and runs like ArgumentParser's own `main()`, but every message is in Chinese, every
  /// usage error exits with 2 (SPEC §7), and `jlt` alone prints the help.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard !arguments.isEmpty else {
      print(ChineseMessages.translate(helpMessage()))
      Foundation.exit(0)
    }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch let code as ExitCode {
      Foundation.exit(code.rawValue)
    } catch {
      // A completion script is printed as argument-parser writes it.
      let full = fullMessage(for: error)
      let text = arguments.contains("--generate-completion-script") ? full : ChineseMessages.translate(full)
      if exitCode(for: error) == .success {
        print(text)
        Foundation.exit(0)
      }
      FileHandle.standardError.write(Data((text + "\n").utf8))
      Foundation.exit(2)
    }
  }
}

/// Prints problems to stderr, one per line.
func report(_ problems: [Problem]) {
  for p in problems { FileHandle.standardError.write(Data((p.rendered + "\n").utf8)) }
}

/// Prints `jlt: message` on stderr.
func note(_ message: String) {
  FileHandle.standardError.write(Data("jlt: \(message)\n".utf8))
}

/// A usage error: the message on stderr, exit status 2 (SPEC §7).
func fail(_ message: String) -> Never {
  note(message)
  Foundation.exit(2)
}
