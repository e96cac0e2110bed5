import FuzzEntry

/// libFuzzer's entry point: `ReaderInvariants` for the TOML parser on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  FuzzEntry.run(.toml, bytes, count)
}
