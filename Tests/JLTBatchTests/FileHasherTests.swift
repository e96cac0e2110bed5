import Foundation
import JLTCore
import TestSupport
import Testing

@testable import JLTBatch

/// The hasher of `publish` and `verify` (SPEC §9): SHA-256 read in chunks of `FileHasher.chunk`
/// (1 MiB), the same as over the whole content at once; only regular files inside the alliance
/// folder are opened.
@Suite("文件指纹", .timeLimit(.minutes(1)))
struct FileHasherTests {
  static func hash(_ path: String) -> (sha256: String, bytes: Int)? {
    guard case .success(let h) = FileHasher.hash(file: path) else { return nil }
    return h
  }

  /// 2.5 MiB + 17 bytes of text (three chunks, the last partial): the digest of the whole text
  /// in one call of swift-crypto.
  @Test func fileLargerThanAChunkGivesTheDigestOfTheWholeContent() throws {
    let s = try Scratch()
    defer { s.remove() }
    #expect(FileHasher.chunk == 1 << 20)
    var text = ""
    var i = 0
    while text.utf8.count < FileHasher.chunk * 5 / 2 {
      text += "第\(i)行 evidence line\n"
      i += 1
    }
    text = String(decoding: text.utf8.prefix(FileHasher.chunk * 5 / 2 + 17), as: UTF8.self)
    let path = try s.write("big.txt", text)
    let h = try #require(Self.hash(path))
    #expect(h.bytes == text.utf8.count)
    #expect(h.sha256 == RecordText.sha256(text))
  }

  static let sha256sum = ["/usr/bin/sha256sum", "/bin/sha256sum"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// 3 MiB + 1 of pseudo-random bytes, against coreutils' sha256sum.
  @Test(.enabled(if: sha256sum != nil, "needs sha256sum (coreutils) for the independent digest"))
  func binaryFileAgreesWithSha256sum() throws {
    let s = try Scratch()
    defer { s.remove() }
    var random = SeededRandom(seed: 12)
    let bytes = (0..<(3 * FileHasher.chunk + 1)).map { _ in UInt8.random(in: 0...255, using: &random) }
    let path = s.url("big.bin")
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    let out = try BuiltProgram.run(try #require(Self.sha256sum), [path])
    #expect(out.status == 0)
    let expected = String(decoding: out.stdout.prefix(64), as: UTF8.self)
    let h = try #require(Self.hash(path))
    #expect(h.sha256 == expected)
    #expect(h.bytes == bytes.count)
  }

  /// Known digests: the empty file, "abc", and a file of exactly one chunk of "a" (the same as
  /// the text hashed whole).
  @Test func knownDigestsAndTheChunkBoundary() throws {
    let s = try Scratch()
    defer { s.remove() }
    let empty = try #require(Self.hash(try s.write("empty", "")))
    #expect(empty.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(empty.bytes == 0)
    #expect(
      Self.hash(try s.write("abc", "abc"))?.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )
    let chunk = String(repeating: "a", count: FileHasher.chunk)
    let one = try #require(Self.hash(try s.write("chunk", chunk)))
    #expect(one.sha256 == RecordText.sha256(chunk))
    #expect(one.bytes == FileHasher.chunk)
  }

  /// A folder, a FIFO (a read would block), a link, a missing file: never hashed.
  @Test func onlyRegularFilesAreOpened() throws {
    let s = try Scratch()
    defer { s.remove() }
    try s.write("alliance/evidence/章程.pdf", "章程")
    try s.write("外部.pdf", "outside")
    try s.mkdir("alliance/evidence/文件夹.pdf")
    try s.fifo("alliance/evidence/管道.pdf")
    try s.symlink("alliance/evidence/内链.pdf", to: "章程.pdf")
    try s.symlink("alliance/evidence/外链.pdf", to: s.url("外部.pdf"))
    let folder = s.url("alliance")
    func failure(_ r: Result<(sha256: String, bytes: Int), FileHasher.Failure>) -> FileHasher.Failure? {
      if case .failure(let f) = r { return f }
      return nil
    }
    #expect(failure(FileHasher.hash("evidence/文件夹.pdf", in: folder)) == .notRegular(.directory))
    #expect(failure(FileHasher.hash("evidence/管道.pdf", in: folder)) == .notRegular(.special))
    #expect(failure(FileHasher.hash("evidence/外链.pdf", in: folder)) == .notRegular(.outside))
    #expect(failure(FileHasher.hash("evidence/无.pdf", in: folder)) == .missing)
    // A link inside the folder is hashed as the file it names.
    #expect(
      (try? FileHasher.hash("evidence/内链.pdf", in: folder).get().sha256)
        == (try? FileHasher.hash("evidence/章程.pdf", in: folder).get().sha256))
    // By path: a FIFO or a folder is refused by fstat, a link is not followed.
    #expect(failure(FileHasher.hash(file: s.url("alliance/evidence/管道.pdf"))) == .notRegular(.special))
    #expect(failure(FileHasher.hash(file: s.url("alliance/evidence/文件夹.pdf"))) == .notRegular(.special))
    #expect(failure(FileHasher.hash(file: s.url("alliance/evidence/外链.pdf"))) == .unreadable(ELOOP))
    #expect(failure(FileHasher.hash(file: s.url("alliance/无.pdf"))) == .missing)
  }
}
