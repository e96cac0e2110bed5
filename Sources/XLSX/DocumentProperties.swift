import Foundation

/// Workbook metadata written to docProps/core.xml and docProps/app.xml.
///
/// `created` is required: it is written as both `dcterms:created` and
/// `dcterms:modified`, and fixing it is what makes the output byte-identical
/// from run to run (libxlsxwriter otherwise uses the current time). It is
/// truncated to whole seconds. Because libxlsxwriter treats a time of exactly
/// 0 (1970-01-01T00:00:00Z) as "now", that instant is written as one second later.
public struct DocumentProperties: Hashable, Sendable {
  public var title: String?
  public var subject: String?
  public var author: String?
  public var category: String?
  public var keywords: String?
  public var comments: String?
  public var status: String?
  public var created: Date

  public init(
    title: String? = nil,
    subject: String? = nil,
    author: String? = nil,
    category: String? = nil,
    keywords: String? = nil,
    comments: String? = nil,
    status: String? = nil,
    created: Date
  ) {
    self.title = title
    self.subject = subject
    self.author = author
    self.category = category
    self.keywords = keywords
    self.comments = comments
    self.status = status
    self.created = created
  }

  /// Seconds since 1970 as passed to libxlsxwriter (never 0, see above).
  var createdUnixTime: Int {
    let seconds = created.timeIntervalSince1970.rounded(.down)
    guard seconds.isFinite else { return 1 }
    // Keep to a range gmtime() and Excel (years 1900…9999) handle.
    let clamped = min(max(seconds, -2_208_988_800), 253_402_300_799)
    let value = Int(clamped)
    return value == 0 ? 1 : value
  }
}
