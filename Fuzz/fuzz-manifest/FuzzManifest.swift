import FuzzEntry

/// libFuzzer's entry point: `ReaderInvariants` for the manifest reader on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManifest(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  FuzzEntry.run(.manifest, bytes, count)
}
