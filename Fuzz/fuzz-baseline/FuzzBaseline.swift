import FuzzEntry

/// libFuzzer's entry point: `ReaderInvariants` for the baseline reader on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBaseline(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  FuzzEntry.run(.baseline, bytes, count)
}
