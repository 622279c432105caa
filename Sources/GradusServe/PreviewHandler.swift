import Foundation

/// Answers one request head: checks the Host header and the method, then answers from the preview.
struct PreviewHandler: Sendable {
    /// A response ready to encode: status, header fields (without Content-Length), body.
    struct Response {
        var status: Int
        var fields: [(String, String)]
        var body: Data
        /// The Content-Length: the body's, or for HEAD the length the body of GET would have.
        var length: Int

        var phrase: String { PreviewHandler.phrases[status] ?? "Status" }
    }

    let preview: Preview
    let address: ServeAddress

    /// `response(to:)`, after waiting for a build other than the one a request for the build number names
    /// (`?after=N`, sent by the reload script): the page hears of a new build as soon as it is published.
    func answer(to head: RequestHead) async -> Response {
        if head.path == ReloadScript.buildPath, head.method == "GET", address.allows(hostHeader: head.field("host")),
            let known = ReloadScript.knownBuild(in: head.target)
        {
            await preview.build(after: known, waitingAtMost: ReloadScript.wait)
        }
        return response(to: head)
    }

    func response(to head: RequestHead) -> Response {
        guard address.allows(hostHeader: head.field("host")) else {
            return Self.plain(403, "this preview answers only to localhost\n")
        }
        guard head.method == "GET" || head.method == "HEAD" else {
            return Self.plain(405, "only GET and HEAD\n")
        }
        // The raw, still percent-encoded path: ServedPath decodes it exactly once.
        let answer = preview.response(for: String(head.path))
        var fields = [("Content-Type", answer.contentType), ("Cache-Control", "no-store")]
        if let location = answer.location { fields.append(("Location", location)) }
        return Response(
            status: answer.status, fields: fields, body: head.method == "HEAD" ? Data() : answer.body,
            length: answer.body.count)
    }

    /// The answer to a head `HeadReader` refused.
    static func refusal(_ status: Int) -> Response {
        switch status {
        case 414: plain(414, "the request line is longer than \(HeadReader.maxRequestLine) bytes\n")
        case 431: plain(431, "the request head is longer than \(HeadReader.maxHead) bytes\n")
        case 505: plain(505, "only HTTP/1.0 and HTTP/1.1\n")
        default: plain(400, "malformed request\n")
        }
    }

    static func plain(_ status: Int, _ text: String) -> Response {
        let body = Data(text.utf8)
        return Response(
            status: status, fields: [("Content-Type", "text/plain; charset=utf-8")], body: body, length: body.count)
    }

    static let phrases = [
        200: "OK", 301: "Moved Permanently", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
        405: "Method Not Allowed", 414: "URI Too Long", 431: "Request Header Fields Too Large",
        500: "Internal Server Error", 505: "HTTP Version Not Supported",
    ]
}
