import Testing

extension Tag {
  /// A test that takes seconds rather than milliseconds (real `jlt` processes over the sample
  /// input, kills and waits, many generated documents): tagged so that a quick run can leave
  /// them out and a report can show where `make test`'s time goes.
  @Tag public static var slow: Self
}
