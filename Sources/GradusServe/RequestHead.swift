import Foundation

/// The head of one HTTP/1 request: the request line and the header fields.
struct RequestHead: Equatable, Sendable {
    struct Field: Equatable, Sendable {
        /// Lowercased.
        var name: String
        var value: String
    }

    var method: String
    /// As sent, still percent-encoded.
    var target: String
    /// `HTTP/1.0` or `HTTP/1.1`.
    var version: String
    var fields: [Field]

    /// The value of the first field called `name` (lowercase).
    func field(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// The target's path: the part before any `?`.
    var path: Substring { target.prefix { $0 != "?" } }

    /// Whether the client may send another request on the connection after this one.
    var keepsAlive: Bool {
        let options = (field("connection") ?? "").lowercased().split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return version == "HTTP/1.1" ? !options.contains("close") : options.contains("keep-alive")
    }

    /// Whether a body follows the head. The preview reads no bodies: it answers such a request and closes.
    var hasBody: Bool {
        field("transfer-encoding") != nil || (field("content-length").map { $0 != "0" } ?? false)
    }
}

/// Finds request heads in the bytes a connection receives, looking at each byte once (linear time), and refuses a
/// head as soon as it is longer than the limits, before it has all arrived: a request line longer than
/// `maxRequestLine` bytes is answered 414, a head longer than `maxHead` bytes 431. So a client cannot make the
/// preview hold, or work on, more than `maxHead` bytes and one read per connection.
struct HeadReader {
    /// The longest request line (method, target and version): 8 KiB.
    static let maxRequestLine = 8 * 1024
    /// The longest head (request line, header fields and the blank line that ends them): 64 KiB.
    static let maxHead = 64 * 1024

    enum Result: Equatable {
        /// No whole head yet: append what the client sends next.
        case needMore
        case head(RequestHead)
        /// The status to answer (400, 414, 431 or 505) before closing the connection.
        case refused(Int)
    }

    /// Bytes received and not yet consumed by a head.
    private(set) var buffer: [UInt8] = []
    /// How far `buffer` has been searched for line ends.
    private var scanned = 0
    /// Where the line being read starts.
    private var lineStart = 0
    /// The lines of the head found so far, without their line ends.
    private var lines: [Range<Int>] = []

    mutating func append(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    /// The next head in the bytes appended so far; what follows it stays for the next call.
    mutating func next() -> Result {
        while let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
            let end = newline > lineStart && buffer[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
            let line = lineStart..<end
            if lines.isEmpty, line.count > Self.maxRequestLine { return .refused(414) }
            scanned = newline + 1
            lineStart = scanned
            if scanned > Self.maxHead { return .refused(431) }
            if line.isEmpty {
                // Blank lines before the request line are skipped (RFC 9112 §2.2); after it, one ends the head.
                if lines.isEmpty { continue }
                let result = parse()
                buffer.removeFirst(scanned)
                (scanned, lineStart, lines) = (0, 0, [])
                return result
            }
            lines.append(line)
        }
        scanned = buffer.count
        return refusal().map(Result.refused) ?? .needMore
    }

    /// 414 or 431 when the unfinished head is already too long.
    private func refusal() -> Int? {
        if lines.isEmpty, scanned - lineStart > Self.maxRequestLine { return 414 }
        return scanned > Self.maxHead ? 431 : nil
    }

    private func parse() -> Result {
        guard let first = text(lines[0]) else { return .refused(400) }
        let parts = first.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else { return .refused(400) }
        let version = String(parts[2])
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            return .refused(version.hasPrefix("HTTP/") ? 505 : 400)
        }
        var fields: [RequestHead.Field] = []
        for range in lines.dropFirst() {
            // A field is `name: value`; the name has no white space, and folded lines are refused (RFC 9112 §5).
            guard let line = text(range), let colon = line.firstIndex(of: ":"),
                colon != line.startIndex, !line[..<colon].contains(where: \.isWhitespace)
            else { return .refused(400) }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: [" ", "\t"])
            fields.append(RequestHead.Field(name: line[..<colon].lowercased(), value: value))
        }
        return .head(RequestHead(method: String(parts[0]), target: String(parts[1]), version: version, fields: fields))
    }

    private func text(_ range: Range<Int>) -> String? { String(validating: buffer[range], as: UTF8.self) }
}
