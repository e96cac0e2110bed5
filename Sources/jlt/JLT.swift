import ArgumentParser
import Foundation
import JLTBatch
import JLTCore

@main
struct JLT: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jlt",
    abstract: "随州市教联体建设考核评价：按证据清单计分，生成排名工作簿。",
    subcommands: [Score.self, Check.self, Init.self, RubricTable.self],
    defaultSubcommand: Score.self)
}

/// Prints problems to stderr, one per line.
func report(_ problems: [Problem]) {
  for p in problems { FileHandle.standardError.write(Data((p.rendered + "\n").utf8)) }
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("jlt: \(message)\n".utf8))
  Foundation.exit(2)
}
