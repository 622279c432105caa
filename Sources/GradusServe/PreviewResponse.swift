import Foundation

/// What the preview answers to one request, independent of any HTTP library.
public struct PreviewResponse: Sendable, Equatable {
    /// The HTTP status: 200, 301, 404, or 500 for the failed-build page.
    public var status: Int
    /// The Content-Type header.
    public var contentType: String
    /// The bytes to send.
    public var body: Data
    /// The target of a redirect (status 301), else nil.
    public var location: String?

    public init(status: Int, contentType: String, body: Data, location: String? = nil) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.location = location
    }

    /// The body as UTF-8 text (for tests and logs).
    public var text: String { String(decoding: body, as: UTF8.self) }
}
