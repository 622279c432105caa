import Foundation
import GradusTestSupport
import Testing

@testable import GradusServe

/// `HeadReader`: request heads found in linear time, refused as soon as they pass the limits.
struct RequestHeadTests {
    static let request = "GET /a.html?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nConnection:  keep-alive \r\n\r\n"

    /// Feeds `text` in pieces of `size` bytes; the results `next()` gave along the way, without `.needMore`.
    static func read(_ text: String, by size: Int) -> (results: [HeadReader.Result], left: Int) {
        var reader = HeadReader()
        var results: [HeadReader.Result] = []
        let bytes = Array(text.utf8)
        for start in stride(from: 0, to: bytes.count, by: size) {
            reader.append(Array(bytes[start..<min(start + size, bytes.count)]))
            var result = reader.next()
            while result != .needMore {
                results.append(result)
                if case .refused = result { return (results, bytes.count - start - size) }
                result = reader.next()
            }
        }
        return (results, reader.buffer.count)
    }

    @Test func aHeadReadsTheSameInPiecesOfAnySize() throws {
        let expected = RequestHead(
            method: "GET", target: "/a.html?x=1", version: "HTTP/1.1",
            fields: [.init(name: "host", value: "127.0.0.1:8000"), .init(name: "connection", value: "keep-alive")])
        for size in 1...Self.request.utf8.count {
            let (results, left) = Self.read(Self.request, by: size)
            #expect(results == [.head(expected)], "pieces of \(size)")
            #expect(left == 0)
        }
        #expect(expected.path == "/a.html")
        #expect(expected.keepsAlive && !expected.hasBody)
    }

    /// Two requests sent at once (pipelined), blank lines before the first, and bare `\n` line ends.
    @Test func pipelinedHeadsAreReadInTurn() {
        let second = "HEAD /b HTTP/1.0\nContent-Length: 0\n\n"
        let (results, left) = Self.read("\r\n\r\n" + Self.request + second + "GET /c", by: 4096)
        guard results.count == 2, case .head(let first) = results[0], case .head(let head) = results[1] else {
            Issue.record("\(results)")
            return
        }
        #expect(first.target == "/a.html?x=1")
        #expect(head.method == "HEAD" && head.target == "/b" && !head.keepsAlive && !head.hasBody)
        #expect(left == "GET /c".utf8.count)
    }

    @Test(arguments: [
        ("GET /a.html\r\n\r\n", 400),  // no version
        ("GET  /a HTTP/1.1\r\n\r\n", 400),  // two spaces
        ("GET /a HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n", 400),  // a field without a colon
        ("GET /a HTTP/1.1\r\nHost : x\r\n\r\n", 400),  // white space before the colon
        ("GET /a HTTP/1.1\r\nX-A: 1\r\n  folded\r\n\r\n", 400),  // a folded line
        ("GET /\u{FF}\u{FE} HTTP/1.1\r\n\r\n", 200),  // UTF-8 is fine (the preview answers 404)
        ("PRI * HTTP/2.0\r\n\r\n", 505),
        ("GET / SPDY/3\r\n\r\n", 400),
    ])
    func malformedHeadsAreRefused(head: String, status: Int) {
        let results = Self.read(head, by: 4096).results
        if status == 200 {
            guard case .head = results.first else {
                Issue.record("\(results)")
                return
            }
        } else {
            #expect(results == [.refused(status)], "\(head.debugDescription)")
        }
    }

    @Test func invalidUTF8IsRefused() {
        var reader = HeadReader()
        reader.append(Array("GET /".utf8) + [0xC3, 0x28] + Array(" HTTP/1.1\r\n\r\n".utf8))
        #expect(reader.next() == .refused(400))
    }

    /// A request line one byte over the limit is refused when that byte arrives, not when the line ends; one at the
    /// limit is read.
    @Test func theRequestLineLimit() {
        let atLimit = "GET /" + String(repeating: "a", count: HeadReader.maxRequestLine - 14) + " HTTP/1.1"
        #expect(atLimit.utf8.count == HeadReader.maxRequestLine)
        guard case .head = Self.read(atLimit + "\r\n\r\n", by: 1000).results.first else {
            Issue.record("the longest request line was refused")
            return
        }
        let over = "GET /" + String(repeating: "a", count: 1 << 20)
        let (results, left) = Self.read(over, by: 1000)
        #expect(results == [.refused(414)])
        #expect(left == over.utf8.count - 9000)  // refused at the first piece that passes 8192 bytes
        #expect(Self.read(atLimit + "a\r\n\r\n", by: 65_536).results == [.refused(414)])
    }

    /// A head of many short fields is refused at 64 KiB, also when it comes in one piece.
    @Test func theHeadLimit() {
        let field = "X-Padding: 0123456789\r\n"
        let fits = "GET / HTTP/1.1\r\n" + String(repeating: field, count: (HeadReader.maxHead - 18) / field.utf8.count)
        guard case .head = Self.read(fits + "\r\n", by: 4096).results.first else {
            Issue.record("a head under the limit was refused")
            return
        }
        let over = "GET / HTTP/1.1\r\n" + String(repeating: field, count: 1 << 16)
        for size in [1000, 1 << 22] {
            #expect(Self.read(over, by: size).results == [.refused(431)])
        }
        #expect(Self.read(String(repeating: "\r\n", count: 40_000), by: 4096).results == [.refused(431)])
    }

    /// Each byte is looked at once: a head just under the limit, fed one byte at a time (65 000 calls), takes well
    /// under a second; looking again from the start at each byte would take minutes.
    @Test func readingIsLinear() {
        let field = "X-Padding: 0123456789\r\n"
        let head =
            "GET / HTTP/1.1\r\n" + String(repeating: field, count: (HeadReader.maxHead - 18) / field.utf8.count)
            + "\r\n"
        var reader = HeadReader()
        let started = Date()
        var result = HeadReader.Result.needMore
        for byte in head.utf8 {
            reader.append([byte])
            result = reader.next()
        }
        #expect(Date().timeIntervalSince(started) < 5)
        guard case .head(let parsed) = result else {
            Issue.record("\(result)")
            return
        }
        #expect(parsed.fields.count == (HeadReader.maxHead - 18) / field.utf8.count)
    }
}
