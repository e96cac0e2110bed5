/// Input limits (SPEC §2); each is an error when exceeded.
public struct ManifestLimits: Sendable, Equatable {
  public var maximumBytes = TextDecoding.maximumBytes
  public var maximumSchools = 200
  public var maximumListEntries = 1_000
  public var maximumStringLength = 4_096

  public init() {}
}
