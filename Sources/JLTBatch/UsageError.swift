/// A usage problem that ends `score` or `check` with status 2.
public struct UsageError: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
