import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// Table headers on which toml++ (the parser inside TOMLKit, used before jlt had its own)
/// aborted the whole process (found by `make fuzz`): each must be a plain error with its line,
/// and the same characters in valid places must still parse.
@Suite struct BadHeaderTests {
  static let message = "TOML 格式错误：表头写法有误，[ 后应为英文键名（字母、数字、_ 或 -）或带引号的名称（此处之后的内容未检查，改正后请重新检查）"

  @Test(arguments: [
    ("[学校]\n", 1),
    ("alliance = \"x\"\n[?school]]\n", 2),
    ("a = 1\n[[+a]]\n", 2),
    ("a = 1\n  [ {x]\n", 2),
    ("a = 1\n[\n]\n", 2),
    ("a = 1\r\n[\r\n", 2),
    ("a = 1\n[.b]\n", 2),
  ])
  func headersThatWouldAbortAreErrors(text: String, line: Int) {
    let decoded = ManifestDecoder.decode(Data(text.utf8), file: "县/a/2024.toml", alliance: "a", year: 2024)
    #expect(decoded.value == nil)
    #expect(
      decoded.problems.first { $0.severity == .error }.map { "\($0.line ?? 0): \($0.message)" }
        == "\(line): \(Self.message)")
  }

  @Test(arguments: [
    "a = [\n  +1,\n]\n",  // an array element, not a header
    "a = [\n[+1],\n]\n",
    "s = \"\"\"\n[?x]\n\"\"\"\n",  // inside a multi-line string
    "t = '''\n[学]\n'''\n",
    "a = \"[?\"\n[ok]\n",
    "# [?x]\n[ok]\n",
    "[\"学校\"]\nx = 1\n",  // a quoted key is fine
  ])
  func validPlacesStillParse(text: String) {
    if case .failure(let e) = TOMLParser.parse(text) { Issue.record("\(text): \(e)") }
  }
}
