import Foundation
import GradusServe
import GradusTestSupport
import Testing

/// The preview under hostile input (issue #13): a lesson that once crashed the build, and a client that says nothing.
@Suite(.serialized, .timeLimit(.minutes(10))) struct HostileServeTests {
    /// A lesson with 12 000 nested subscripts used to overflow the stack of the build, taking the server down; now it
    /// is a diagnostic, the error page is served, and fixing the lesson publishes the next build.
    @Test func aLessonThatCrashedTheBuildLeavesTheServerAnswering() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let lesson = content.appendingPathComponent("deep.md")
        let deep = "$" + String(repeating: "x_{", count: 12_000) + "x" + String(repeating: "}", count: 12_000) + "$"
        try "---\ntitle: Deep\norder: 1\n---\n\(deep)\n".write(to: lesson, atomically: true, encoding: .utf8)
        let workspace = folder.appendingPathComponent("workspace")
        let server = try PreviewServer(
            content: content, address: try ServeAddress(host: "127.0.0.1", port: 0), workspace: workspace,
            interval: .milliseconds(100), report: { _ in })
        try await serving(server) { http in
            #expect(try await http.fetch("/__gradus/build").body == #"{"build": 1, "ok": false}"#)
            let page = try await http.fetch("/deep.html")
            #expect(page.status == 500)
            #expect(page.body.contains("the formula is nested more than 100 levels deep"))
            try "---\ntitle: Deep\norder: 1\n---\n$x_{x_{x}}$\n".write(to: lesson, atomically: true, encoding: .utf8)
            #expect(
                try await eventually { try await http.fetch("/__gradus/build").body == #"{"build": 2, "ok": true}"# })
            #expect(try await http.fetch("/deep.html").status == 200)
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.path))
    }

    /// A client that connects and sends nothing is disconnected after the idle timeout; the server goes on answering.
    @Test func anIdleConnectionIsClosed() async throws {
        try await servingOneLesson(idleTimeout: .seconds(1)) { http in
            let seconds = try await RawHTTP.onThread { try Self.silentConnection(port: http.port) }
            #expect(seconds >= 0.9)
            #expect(seconds < 10)
            #expect(try await http.fetch("/a.html").status == 200)
        }
    }

    /// Connects, sends half a request line and waits until the server closes; the seconds that took.
    static func silentConnection(port: UInt16) throws -> Double {
        let fd = try RawHTTP(port: port).connection(timeout: 20)
        defer { close(fd) }
        let started = Date()
        RawHTTP.sendAll(Array("GET /a.ht".utf8), on: fd)
        _ = RawHTTP.readToEnd(fd)
        return Date().timeIntervalSince(started)
    }

    /// A request line of 1 MB (FlyingFox read one in quadratic time: minutes) is refused with 414, or the connection
    /// closed, within a second; so is a head of 1 MB in short header lines (431).
    @Test func aMegabyteRequestLineIsRefusedWithinASecond() async throws {
        try await servingOneLesson { http in
            let line = "GET /" + String(repeating: "a", count: 1 << 20) + " HTTP/1.1\r\n\r\n"
            let fields = "GET / HTTP/1.1\r\n" + String(repeating: "X-Padding: 0123456789\r\n", count: 1 << 16)
            for (request, status) in [(line, 414), (fields, 431)] {
                let (seconds, response) = try await RawHTTP.onThread {
                    let fd = try http.connection(timeout: 5)
                    defer { close(fd) }
                    let started = Date()
                    RawHTTP.sendAll(Array(request.utf8), on: fd)
                    let answer = RawHTTP.readToEnd(fd)
                    return (Date().timeIntervalSince(started), RawHTTP.parse(answer, complete: true))
                }
                #expect(seconds < 1, "\(status)")
                if let response { #expect(response.status == status) }
            }
            #expect(try await http.fetch("/a.html").status == 200)
        }
    }

    /// Two clients that send 1 MB request lines and then neither read nor close do not keep the server from answering
    /// the next request within a second.
    @Test func abandonedLongRequestLinesDoNotStopTheServer() async throws {
        try await servingOneLesson { http in
            var abandoned: [Int32] = []
            defer { for fd in abandoned { close(fd) } }
            for _ in 0..<2 {
                let fd = try http.connection(timeout: 5)
                abandoned.append(fd)
                try await RawHTTP.onThread {
                    RawHTTP.sendAll(Array(("GET /" + String(repeating: "b", count: 1 << 20)).utf8), on: fd)
                }
            }
            let started = Date()
            let page = try await http.fetch("/a.html")
            #expect(Date().timeIntervalSince(started) < 1)
            #expect(page.status == 200)
            #expect(page.body.contains("Text."))
        }
    }

    /// Serves one lesson `a.md` while `body` talks to the server.
    func servingOneLesson(idleTimeout: Duration = PreviewServer.idleTimeout, _ body: (RawHTTP) async throws -> Void)
        async throws
    {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try "---\ntitle: A\norder: 1\n---\nText.\n".write(
            to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let server = try PreviewServer(
            content: content, address: try ServeAddress(host: "127.0.0.1", port: 0),
            workspace: folder.appendingPathComponent("workspace"), idleTimeout: idleTimeout, report: { _ in })
        try await serving(server, body)
    }
}
