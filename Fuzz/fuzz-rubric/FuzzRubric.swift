import FuzzEntry

/// libFuzzer's entry point: `ReaderInvariants` for the rubric reader on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRubric(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  FuzzEntry.run(.rubric, bytes, count)
}
