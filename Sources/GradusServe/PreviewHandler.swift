import FlyingFox
import Foundation

/// Adapts `Preview` to FlyingFox: checks the method and the Host header, then answers from the preview.
struct PreviewHandler: HTTPHandler {
    let preview: Preview
    let address: ServeAddress

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard address.allows(hostHeader: request.headers[.host]) else {
            return Self.plain(403, "Forbidden", "this preview answers only to localhost\n")
        }
        guard request.method == .GET || request.method == .HEAD else {
            return Self.plain(405, "Method Not Allowed", "only GET and HEAD\n")
        }
        // The raw, still percent-encoded path: ServedPath decodes it exactly once.
        let answer = preview.response(for: request.target.path())
        var headers: HTTPHeaders = [.contentType: answer.contentType, .cacheControl: "no-store"]
        if let location = answer.location { headers[.location] = location }
        return HTTPResponse(
            statusCode: HTTPStatusCode(answer.status, phrase: Self.phrase(answer.status)), headers: headers,
            body: request.method == .HEAD ? Data() : answer.body)
    }

    static func plain(_ status: Int, _ phrase: String, _ text: String) -> HTTPResponse {
        HTTPResponse(
            statusCode: HTTPStatusCode(status, phrase: phrase), headers: [.contentType: "text/plain; charset=utf-8"],
            body: Data(text.utf8))
    }

    static func phrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 404: "Not Found"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }
}
