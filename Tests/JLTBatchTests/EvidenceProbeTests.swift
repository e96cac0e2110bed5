import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

#if canImport(Glibc)
  import Glibc
#endif

/// What the probe finds on disk for a path reference (SPEC §2): only a non-empty regular file
/// inside the alliance folder is present; nothing is ever opened for reading.
@Suite("证据文件探测", .timeLimit(.minutes(1)))
struct EvidenceProbeTests {
  /// An alliance folder `县/a-01` beside a sibling alliance `县/a-02` and a folder `outside`.
  final class Tree {
    let scratch: Scratch
    let alliance: String

    init() throws {
      scratch = try Scratch()
      alliance = scratch.url("县/a-01")
      let s = scratch
      try s.write("县/a-01/a.pdf", "content")
      try s.write("县/a-01/empty.pdf", "")
      try s.write("县/a-01/证据/2024/章程.pdf", "章程")
      try s.mkdir("县/a-01/dir")
      try s.mkdir("县/a-01/sub")
      try s.fifo("县/a-01/fifo")
      try s.socket("县/a-01/sock")
      try s.symlink("县/a-01/null", to: "/dev/null")
      try s.symlink("县/a-01/inside-link.pdf", to: "a.pdf")
      try s.symlink("县/a-01/sub/up-link.pdf", to: "../a.pdf")
      try s.symlink("县/a-01/sub/parent", to: "..")
      try s.symlink("县/a-01/absolute-inside.pdf", to: s.url("县/a-01/a.pdf"))
      try s.symlink("县/a-01/dir-link", to: "dir")
      try s.symlink("县/a-01/fifo-link", to: "fifo")
      try s.symlink("县/a-01/empty-link.pdf", to: "empty.pdf")
      try s.write("outside/secret.pdf", "secret")
      try s.symlink("县/a-01/outside-link.pdf", to: "../../outside/secret.pdf")
      try s.symlink("县/a-01/outside-abs.pdf", to: s.url("outside/secret.pdf"))
      try s.write("县/a-02/a.pdf", "other alliance")
      try s.symlink("县/a-01/sibling.pdf", to: "../a-02/a.pdf")
      try s.symlink("县/a-01/outside-dir", to: "../../outside")
      try s.symlink("县/a-01/loop1", to: "loop2")
      try s.symlink("县/a-01/loop2", to: "loop1")
      try s.symlink("县/a-01/self", to: "self")
      try s.symlink("县/a-01/dangling.pdf", to: "nothing.pdf")
      try s.symlink("县/a-01/dangling-outside.pdf", to: "/nonexistent-jlt/x.pdf")
    }

    deinit { scratch.remove() }

    var probe: EvidenceProbe { EvidenceProbe(folder: alliance) }
  }

  @Test(arguments: [
    ("a.pdf", EvidenceStatus.present),  // regular, non-empty
    ("证据/2024/章程.pdf", .present),
    ("empty.pdf", .empty),
    ("missing.pdf", .missing),
    ("missing/deeper.pdf", .missing),
    ("a.pdf/x", .missing),  // through a file
    ("dir", .directory),
    ("fifo", .special),
    ("sock", .special),
    ("inside-link.pdf", .present),  // symlink to a file inside
    ("sub/up-link.pdf", .present),  // symlink with `..` that stays inside
    ("sub/parent/a.pdf", .present),
    ("absolute-inside.pdf", .present),  // absolute target, but inside
    ("sub/../a.pdf", .present),  // `..` staying inside
    ("dir-link", .directory),
    ("fifo-link", .special),
    ("empty-link.pdf", .empty),
    ("outside-link.pdf", .outside),
    ("outside-abs.pdf", .outside),
    ("sibling.pdf", .outside),  // another alliance's folder is outside too
    ("outside-dir/secret.pdf", .outside),
    ("loop1", .symlinkLoop),
    ("self", .symlinkLoop),
    ("dangling.pdf", .missing),
    ("dangling-outside.pdf", .missing),
  ])
  func status(path: String, expected: EvidenceStatus) throws {
    let tree = try Tree()
    #expect(tree.probe.status(of: path) == expected)
  }

  @Test func devNullThroughASymlinkNeverCounts() throws {
    let tree = try Tree()
    let status = tree.probe.status(of: "null")
    #expect(status == .special || status == .outside)
  }

  @Test func folderReachedThroughASymlink() throws {
    let tree = try Tree()
    try tree.scratch.symlink("link-to-alliance", to: tree.alliance)
    let probe = EvidenceProbe(folder: tree.scratch.url("link-to-alliance"))
    #expect(probe.status(of: "a.pdf") == .present)
    #expect(probe.status(of: "absolute-inside.pdf") == .present)
    #expect(probe.status(of: "outside-link.pdf") == .outside)
  }

  @Test func statusesOfReferences() throws {
    let tree = try Tree()
    let refs = [
      EvidenceRef(key: "C1.charter", text: "a.pdf", target: .path("a.pdf"), line: 1),
      EvidenceRef(key: "C1.staffing", text: "./a.pdf", target: .path("a.pdf"), line: 2),
      EvidenceRef(key: "C7.title_rule", text: "fifo", target: .path("fifo"), line: 3),
      EvidenceRef(key: "C2.annual_plan", text: "paper:x", target: .paper("x"), line: 4),
      EvidenceRef(key: "C2.annual_summary", text: "", target: .blank, line: 5),
    ]
    let statuses = tree.probe.statuses(refs)
    #expect(statuses == ["a.pdf": .present, "fifo": .special])
  }

  @Test func fifoIsNeverOpened() throws {
    // Opening a FIFO for reading would block forever with no writer; the time limit catches it.
    let tree = try Tree()
    for _ in 0..<3 { #expect(tree.probe.status(of: "fifo") == .special) }
    #expect(tree.probe.status(of: "fifo-link") == .special)
  }
}
