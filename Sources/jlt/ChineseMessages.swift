import Foundation

/// swift-argument-parser's own words in help texts and usage errors, in Chinese (SPEC §7).
enum ChineseMessages {
  /// (pattern, template) pairs applied in order; `$1`… are the pattern's groups.
  static let rules: [(String, String)] = [
    (#"^Error: "#, "错误："),
    (#"Missing expected argument '([^']*)'"#, "缺少参数 $1"),
    (#"Missing one of: '([^']*)'"#, "缺少参数，应为以下之一：$1"),
    (#"Missing value for '([^']*)'"#, "选项 $1 缺少取值"),
    (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "未知的选项 $1，是否应为 $2？"),
    (#"Unknown option '([^']*)'"#, "未知的选项 $1"),
    (#"Invalid option: (\S+)"#, "无效的选项 $1"),
    (#"Unexpected arguments? '([^']*)'"#, "多余的参数 $1"),
    (#"The value '([^']*)' is invalid for '([^']*)'"#, "$2 的取值 $1 无效"),
    (#"\. Please provide one of (.*)\."#, "，应为以下之一：$1"),
    (#"'([^'\n]*)', "#, "$1、"),
    (#"'([^'\n]*)' and '([^'\n]*)'"#, "$1、$2"),
    (#"The value '([^']*)' is invalid\."#, "取值 $1 无效。"),
    (#"The option '([^']*)' does not take any value, but '([^']*)' was specified\."#, "选项 $1 不带取值，却给了 $2"),
    (#"Value to be set with (.*) had already been set with (.*)"#, "$1 与 $2 重复给出"),
    (#"^Help:  "#, "说明："),
    (#"^Usage: "#, "用法："),
    (#"^  See '([^']*)' for more information\."#, "  详见 $1。"),
    (#"^  See '([^']*)' for detailed help\."#, "  各子命令的详细说明：$1。"),
    (#"^OVERVIEW: "#, "概述："),
    (#"^USAGE: "#, "用法："),
    (#"^ARGUMENTS:"#, "参数："),
    (#"^OPTIONS:"#, "选项："),
    (#"^SUBCOMMANDS:"#, "子命令："),
    (#"Show help information\."#, "显示帮助信息。"),
    (#"Show subcommand help information\."#, "显示子命令的帮助信息。"),
    (#"Show the version\."#, "显示版本号。"),
    (#"\(default: ([^)]*)\)"#, "（默认：$1）"),
    (#"\(values: ([^;)]*); default: ([^)]*)\)"#, "（可选：$1；默认：$2）"),
    (#"\(values: ([^)]*)\)"#, "（可选：$1）"),
  ]

  static let compiled: [(NSRegularExpression, String)] = rules.compactMap { pattern, template in
    (try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])).map { ($0, template) }
  }

  static func translate(_ text: String) -> String {
    var out = text
    for (regex, template) in compiled {
      out = regex.stringByReplacingMatches(
        in: out, range: NSRange(out.startIndex..., in: out), withTemplate: template)
    }
    return out
  }
}
