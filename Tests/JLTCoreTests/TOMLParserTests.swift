import Testing

@testable import JLTCore

/// jlt's own TOML 1.0 parser: values and their lines, TOML's rules on redefining tables, the
/// messages a clerk sees for the usual mistakes, and limits that keep it from trapping.
/// (The official toml-test cases are in TOMLConformanceTests.)
@Suite struct TOMLParserTests {
  func parse(_ text: String) throws -> TOMLTable {
    switch TOMLParser.parse(text) {
    case .success(let t): return t
    case .failure(let e): throw e
    }
  }

  func failure(_ text: String) -> TOMLSyntaxError? {
    if case .failure(let e) = TOMLParser.parse(text) { return e }
    return nil
  }

  @Test func valuesAndTheirLines() throws {
    let text = """
      # 注释
      alliance = "曾都区第一教联体"
      year = 2_024
      ratio = 0.25
      ok = true
      hex = 0xFF
      day = 2024-09-01
      list = [
        "a",  # 第一项
        'b',
      ]
      note = \"\"\"
      第一行
      第二行\"\"\"

      [C5]
      exchanged = -3
      inline = { level = "国家级", n.m = 1 }

      [[school]]
      name = "甲"
      [[school]]
      name = "乙"
      """
    let t = try parse(text)
    #expect(t.keys == ["alliance", "year", "ratio", "ok", "hex", "day", "list", "note", "C5", "school"])
    #expect(t["alliance"] == TOMLValue(.string("曾都区第一教联体"), line: 2))
    #expect(t["year"] == TOMLValue(.integer(2024), line: 3))
    #expect(t["ratio"]?.float == 0.25)
    #expect(t["ok"]?.bool == true)
    #expect(t["hex"]?.integer == 255)
    #expect(t["day"]?.kind == .dateTime(TOMLDateTime(form: .localDate, text: "2024-09-01")))
    #expect(t["list"]?.array?.map(\.line) == [9, 10])
    #expect(t["list"]?.line == 8)
    #expect(t["note"] == TOMLValue(.string("第一行\n第二行"), line: 12))
    let c5 = try #require(t["C5"]?.table)
    #expect(c5.line == 16)
    #expect(c5["exchanged"] == TOMLValue(.integer(-3), line: 17))
    #expect(c5["inline"]?.table?["n"]?.table?["m"]?.integer == 1)
    let schools = try #require(t["school"]?.array)
    #expect(schools.map(\.line) == [20, 22])
    #expect(schools.map { $0.table?["name"]?.string } == ["甲", "乙"])
    // The line of a path: a value, an item, a missing key at its table, the root.
    #expect(t.line(of: [.key("school"), .index(1), .key("name")]) == 23)
    #expect(t.line(of: [.key("list"), .index(1)]) == 10)
    #expect(t.line(of: [.key("C5"), .key("missing")]) == 16)
    #expect(t.line(of: [.key("C5"), .key("inline"), .key("level")]) == 18)
    #expect(t.line(of: []) == nil)
  }

  @Test func crlfBomAndEscapes() throws {
    let t = try parse("\u{FEFF}a = 1\r\nb = \"x\\ty\\u00E9\\U0001F600\\\\\"\r\n\r\nc = '''\r\nC:\\证据\r\n'''\r\n")
    #expect(t["b"] == TOMLValue(.string("x\tyé😀\\"), line: 2))
    #expect(t["c"] == TOMLValue(.string("C:\\证据\n"), line: 4))
    #expect(failure("a = 1\rb = 2\n")?.line == 1)
    #expect(failure("a = 1\n\u{FEFF}b = 2\n")?.line == 2)
  }

  // MARK: Tables may be defined once

  @Test(arguments: [
    "[a.b]\nx = 1\n[a]\ny = 2\n",  // a implicit, then defined
    "[a]\nb.c = 1\n[a.b.d]\nx = 1\n",  // a sub-table of a table made by dotted keys
    "a.b = 1\na.c = 2\n",
    "[[a]]\n[a.b]\n[[a]]\n[a.b]\n",  // a sub-table of each element
    "[a]\n[b]\n[a.c]\n",
  ])
  func redefinitionsThatAreAllowed(text: String) throws {
    _ = try parse(text)
  }

  @Test(arguments: [
    ("a = 1\na = 2\n", 2, "a 已在第 1 行定义"),
    ("[a]\nx = 1\n\n[a]\n", 4, "表 a 已在第 1 行定义"),
    ("[a]\nb.c = 1\n[a.b]\n", 3, "表 a.b 已由带点的键"),
    ("[a.b]\nc = 1\n[a]\nb.d = 2\n", 4, "表 a.b 已在第 1 行用表头定义"),
    ("[[a]]\n[a]\n", 2, "a 已在第 1 行写作 [[a]]"),
    ("a = [1]\n[[a]]\n", 2, "a 已在第 1 行赋值"),
    ("a = {b = 1}\n[a.c]\n", 2, "a 已在第 1 行赋值"),
    ("a = {b = 1}\na.c = 2\n", 2, "a 已在第 1 行赋值"),
    ("x = {a = 1, a = 2}\n", 1, "a 已在第 1 行定义"),
    ("[a]\nb = 1\n[a.b]\n", 3, "a.b 已在第 2 行赋值"),
  ])
  func redefinitionsAreErrorsWithBothLines(text: String, line: Int, detail: String) throws {
    let e = try #require(failure(text))
    #expect(e.line == line)
    #expect(e.message.hasPrefix("TOML 格式错误：键或表重复定义："), "\(e.message)")
    #expect(e.message.contains(detail), "\(e.message)")
  }

  // MARK: The usual mistakes, in words a clerk understands

  @Test(arguments: [
    ("level = 国家级\n", "值的写法有误：文字要用英文双引号括起来，例如 \"国家级\""),
    ("level = “国家级”\n", "值的写法有误：“国家级” 的引号要用英文双引号 \"，不能用中文引号"),
    ("evidence = \"evidence\\会议.pdf\"\n", "带引号的文字写法有误：\\会 不是有效的转义"),
    ("list = [\"a\"，\"b\"]\n", "列表 [...] 写法有误：各项之间应以英文逗号 , 分隔，实际为“，”"),
    ("ok = TRUE\n", "真假值（true 或 false）写法有误"),
    ("n = 012\n", "整数写法有误：“012”（不能以 0 开头"),
    ("p = .5\n", "小数写法有误：“.5”"),
    ("a = 1 b = 2\n", "“键 = 值”写法有误：值后面多了内容“b”"),
    ("[a] b = 2\n", "表头 [...] 或 [[...]] 写法有误：表头后面多了内容“b”"),
    ("学校 = 1\n", "键名写法有误：不加引号的键名只能用英文字母、数字、- 和 _，不能用“学”"),
    ("a =\n", "值的写法有误：= 后缺少值"),
    ("a = \"\"\"\nx\n", "带引号的文字写法有误：缺少结尾的三个引号 \"\"\"（从第 1 行开始）"),
    ("a = [1,\n2\n", "列表 [...] 写法有误：缺少结尾的 ]（从第 1 行开始）"),
    ("a = {b = 1,\n}\n", "行内表 {...} 写法有误：{ } 必须写在同一行"),
    ("# a\u{7}b\n", "注释中含有不允许的控制字符（控制字符 U+0007）"),
    ("year\u{3000}= 2024\n", "“键 = 值”写法有误：键名 year 后应为 =，实际为“全角空格”"),
    ("a = 1\u{200B}\n", "“键 = 值”写法有误：值后面多了内容“看不见的字符 U+200B”"),
  ])
  func usualMistakes(text: String, message: String) throws {
    let e = try #require(failure(text))
    #expect(e.message.hasPrefix("TOML 格式错误：" + message), "\(e.message)")
    #expect(e.line == 1)
  }

  // MARK: Limits: nothing traps

  @Test func deepNestingIsAnErrorNotACrash() throws {
    let deep = TOMLParser.maximumDepth * 4
    for text in [
      "a = " + String(repeating: "[", count: 100_000),
      "a = " + String(repeating: "{b = ", count: deep) + "1" + String(repeating: "}", count: deep),
      "[" + Array(repeating: "a", count: deep).joined(separator: ".") + "]\n",
      Array(repeating: "a", count: deep).joined(separator: ".") + " = 1\n",
      String(repeating: "[[a]]\n[a.b]\n", count: 3) + "x = " + String(repeating: "[", count: deep),
    ] {
      let e = try #require(failure(text))
      #expect(e.line == 1 || text.hasPrefix("[[a]]"))
      #expect(e.message.contains("层"), "\(e.message)")
    }
    // Nesting well within the limit is fine.
    let ok = "a = " + String(repeating: "[", count: 10) + "1" + String(repeating: "]", count: 10)
    _ = try parse(ok)
  }

  @Test func longStringsAndManyKeys() throws {
    let long = String(repeating: "证", count: 3_500_000)  // over 10 MB of UTF-8
    #expect(try parse("a = \"\(long)\"\n")["a"]?.string?.utf8.count == 10_500_000)
    let many = (0..<20_000).map { "k\($0) = \($0)" }.joined(separator: "\n")
    let t = try parse(many)
    #expect(t.keys.count == 20_000)
    #expect(t["k19999"]?.line == 20_000)
  }

  @Test(arguments: [
    ("i = 9223372036854775807\n", true), ("i = 9223372036854775808\n", false),
    ("i = -9223372036854775808\n", true), ("i = -9223372036854775809\n", false),
    ("i = 0x7FFFFFFFFFFFFFFF\n", true), ("i = 0x8000000000000000\n", false),
    ("f = 1e400\n", true), ("f = nan\n", true), ("f = -inf\n", true),
  ])
  func numbersAtTheirLimits(text: String, accepted: Bool) {
    #expect((failure(text) == nil) == accepted, "\(text)")
  }

  /// Random text made of TOML pieces: the parser returns a document or an error with a line of
  /// the text, and never traps.
  @Test func randomPiecesNeverTrap() {
    let pieces = [
      "\n", "\r\n", "\r", " ", "\t", "\u{FEFF}", "[", "[[", "]", "]]", ".", "=", "\"", "'", "\"\"\"", "'''", "#",
      "{", "}", ",", "\\", "\\u0041", "\\U0001F600", "\\u0000", "C5", "school", "a-b", "_x", "1", "-1", "+1.5e3",
      "0x1F", "2024-09-01", "T08:30:00Z", " 08:30:00", "true", "nan", "中文", "“", "，", "é", "😀", "\u{0}", "\u{7F}",
      " = 3", "[C10.term1]", "[[C15.honor]]", "\"quoted key\"", "a.b.c = 1", "x = [1, 2]", "y = {z = 1}",
    ]
    var rng = ScalarFastPathTests.LCG(state: 2026)
    func next(_ n: Int) -> Int { rng.next(n) }
    var parsed = 0
    for _ in 0..<20_000 {
      var text = ""
      for _ in 0..<next(30) { text += pieces[next(pieces.count)] }
      switch TOMLParser.parse(text) {
      case .success: parsed += 1
      case .failure(let e):
        let lines = text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        #expect((1...lines).contains(e.line), "\(e.line) of \(lines): \(text.debugDescription)")
        let words = e.message.hasPrefix("TOML 格式错误：") ? e.message.dropFirst(9) : Substring(e.message)
        #expect(words.unicodeScalars.first.map { $0.value >= 0x2000 } == true, "\(e.message)")
      }
    }
    #expect(parsed > 200)
  }

  /// Found by the differential test against tomllib: keys are compared scalar by scalar, so
  /// "é" (U+00E9) and "e" + U+0301 are two keys (Swift's String `==` makes them one).
  @Test func canonicallyEquivalentKeysAreDifferentKeys() throws {
    let precomposed = "\u{E9}"
    let decomposed = "e\u{301}"
    let t = try parse("\"\(precomposed)\" = 1\n\"\(decomposed)\" = 2\n[t]\n'\(decomposed)' = 3\n\"\\u00E9\" = 4\n")
    #expect(t.keys.map { Array($0.unicodeScalars) } == [["\u{E9}"], ["e", "\u{301}"], ["t"]])
    #expect(t[precomposed]?.integer == 1)
    #expect(t[decomposed]?.integer == 2)
    let sub = try #require(t["t"]?.table)
    #expect(sub[decomposed]?.integer == 3)
    #expect(sub[precomposed]?.integer == 4)
    // The same scalars written two ways are still one key.
    #expect(failure("\"\(precomposed)\" = 1\n\"\\u00E9\" = 2\n")?.line == 2)
  }
}
