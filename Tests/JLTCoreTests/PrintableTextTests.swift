import Foundation
import TestSupport
import Testing

@testable import JLTCore

/// Control characters from the input are shown escaped in every message (stderr, 问题, JSON),
/// and a `\u0000` escape (which would cut a path short at the file system) is refused with its line.
@Suite("控制字符与空字符")
struct PrintableTextTests {
  typealias B = ManifestBuilder

  @Test(arguments: [
    ("evidence/a\u{7}b.pdf", "evidence/a\\u0007b.pdf"),
    ("\u{1b}[31m红\u{1b}[0m", "\\u001B[31m红\\u001B[0m"),
    ("a\tb\nc\r", "a\\tb\\nc\\r"),
    ("\u{0}", "\\u0000"),
    ("x\u{7F}\u{85}\u{9F}", "x\\u007F\\u0085\\u009F"),
    ("\u{202E}fdp.exe", "\\u202Efdp.exe"),
    ("a\u{2028}b", "a\\u2028b"),
    ("曾都区/zd-01/2024.toml", "曾都区/zd-01/2024.toml"),
    ("C:\\证据\\a.pdf", "C:\\证据\\a.pdf"),  // backslashes are left alone
  ])
  func escapes(raw: String, shown: String) {
    #expect(raw.escapingControlCharacters == shown)
    #expect(shown.escapingControlCharacters == shown)  // escaping twice changes nothing
    #expect(!shown.containsUnprintableControl)
  }

  @Test func problemsAreBuiltEscaped() {
    let p = Problem.warning("证据缺失：C7.title_rule → a\u{1b}[2Jb", file: "县/a\u{7}/2024.toml", line: 3, alliance: "a\u{7}")
    #expect(p.message == "证据缺失：C7.title_rule → a\\u001B[2Jb")
    #expect(p.file == "县/a\\u0007/2024.toml")
    #expect(p.rendered == "县/a\\u0007/2024.toml:3: 警告：证据缺失：C7.title_rule → a\\u001B[2Jb")
    // A county-wide file names the alliance the problem is about.
    let county = Problem.warning("与2023学年定稿不一致", file: "随县/定稿-2023.json", alliance: "sx-01")
    #expect(county.rendered == "随县/定稿-2023.json（sx-01）: 警告：与2023学年定稿不一致")
  }

  @Test(arguments: [
    ("a = \"x\\u0000y\"\n", 1),
    ("# 注释\nb = 1\nc = \"\\U00000000\"\n", 3),
    ("\"k\\u0000\" = 1\n", 1),  // a quoted key
    ("a = \"\"\"\nline\n\\u0000\"\"\"\n", 3),  // a multi-line basic string
    ("a = \"\"\"\\\n  x\"\"\"\nb = \"\\u0000\"\n", 3),  // a line-ending backslash
  ])
  func nulEscapeIsFound(text: String, line: Int) throws {
    guard case .failure(let e) = TOMLParser.parse(text) else {
      Issue.record("accepted: \(text)")
      return
    }
    #expect(e.line == line)
    #expect(e.message == "文字中含有空字符 \\u0000，无法处理，请删除它")
  }

  @Test(arguments: [
    "a = 'x\\u0000y'\n",  // a literal string keeps the six characters
    "a = '''\n\\u0000'''\n",
    "# \\u0000 in a comment\n",
    "a = \"x\\\\u0000\"\n",  // an escaped backslash, then the text u0000
    "a = \"\\u0001\\u00001\"\n".replacingOccurrences(of: "\\u00001", with: "\\u0100"),
    "a = \"it's\" # '\\u0000\nb = 'q\"'\n",
  ])
  func noNulEscape(text: String) {
    if case .failure(let e) = TOMLParser.parse(text) { Issue.record("\(text): \(e)") }
  }

  @Test func manifestWithANulIsAnErrorWithItsLine() throws {
    let b = B.full.setting("C7", "title_rule", #""evidence/a.pdf\u0000.exe""#)
    let d = Fixture.decode(b)
    #expect(d.value == nil)
    #expect(d.problems.count == 1)
    #expect(d.problems.first?.severity == .error)
    #expect(d.problems.first?.message.contains("空字符") == true)
    #expect(d.problems.first?.line == lineNumber(of: "title_rule = ", in: b.text))
  }

  // MARK: TOML syntax errors lead with Chinese

  @Test(arguments: [
    ("alliance = \"x\ntype = \"融合型\"\n", "带引号的文字写法有误"),
    ("alliance = 'x\n", "带引号的文字写法有误"),
    ("[[school]\n", "表头"),
    ("year = 20_\n", "整数写法有误"),
    ("a = [1,,2]\n", "列表"),
    ("x = {a = 1,}\n", "行内表"),
    ("key with space = 1\n", "“键 = 值”写法有误"),
    ("d = 1979-13-01\n", "日期时间写法有误"),
    ("b = tru\n", "真假值"),
    ("f = 1.\n", "小数写法有误"),
    ("= 1\n", "“键 = 值”写法有误：= 前缺少键名"),
  ])
  func syntaxErrorsLeadWithChinese(text: String, expected: String) throws {
    let d = ManifestDecoder.decode(Data(text.utf8), file: Fixture.file, alliance: "t-01", year: 2024)
    let e = try #require(d.problems.first)
    #expect(d.problems.count == 1)
    #expect(e.severity == .error)
    #expect(e.line == 1 || e.line == 2)
    #expect(e.message.hasPrefix("TOML 格式错误：" + expected), "\(e.message)")
    let afterPrefix = e.message.dropFirst("TOML 格式错误：".count)
    #expect(afterPrefix.unicodeScalars.first.map { $0.value >= 0x2000 } == true, "\(e.message)")
  }
}
