// toml-tagged: jlt's TOML parser as a toml-test decoder, for the differential test against
// Python's tomllib (Tests/JLTCoreTests/TOMLDifferentialTests.swift). Built with the tests;
// not part of jlt.
//
//   toml-tagged < FILE       the document in toml-test's tagged JSON on stdout (status 0), or
//                            the syntax error on stderr (status 1): toml-test's interface
//   toml-tagged FILE…        one line per file: `ok <tagged JSON>` or `error <line> <message>`
import Foundation
import JLTCore
import ParserInvariants

/// The outcome for one file's bytes, on one line.
func line(for data: Data) -> String {
  guard let text = String(validating: data, as: UTF8.self) else { return "error 0 not UTF-8" }
  switch TOMLParser.parse(text) {
  case .success(let document): return "ok " + TaggedJSONText.json(document)
  // A key in the message may hold a line break: escaped, as every message shown is.
  case .failure(let e): return "error \(e.line) " + e.message.escapingControlCharacters
  }
}

let files = CommandLine.arguments.dropFirst()
if files.isEmpty {
  let result = line(for: FileHandle.standardInput.readDataToEndOfFile())
  if result.hasPrefix("ok ") {
    print(result.dropFirst(3))
  } else {
    FileHandle.standardError.write(Data((result + "\n").utf8))
    exit(1)
  }
} else {
  var out = ""
  for file in files {
    let data = FileManager.default.contents(atPath: file)
    out += (data.map(line(for:)) ?? "error 0 cannot read \(file)") + "\n"
  }
  FileHandle.standardOutput.write(Data(out.utf8))
}
