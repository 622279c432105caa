import Foundation
import GradusServe
import GradusTestSupport
import Testing

/// The preview under hostile input (issue #13): a lesson that once crashed the build, and a client that says nothing.
@Suite(.serialized) struct HostileServeTests {
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
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try "---\ntitle: A\norder: 1\n---\nText.\n".write(
            to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let server = try PreviewServer(
            content: content, address: try ServeAddress(host: "127.0.0.1", port: 0),
            workspace: folder.appendingPathComponent("workspace"), idleTimeout: .seconds(1), report: { _ in })
        try await serving(server) { http in
            let seconds = try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(with: Result { try Self.silentConnection(port: http.port) })
                }
            }
            #expect(seconds >= 0.9)
            #expect(seconds < 10)
            #expect(try await http.fetch("/a.html").status == 200)
        }
    }

    /// Connects, sends half a request line and waits until the server closes; the seconds that took.
    static func silentConnection(port: UInt16) throws -> Double {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw RawHTTP.Failure(description: "socket failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw RawHTTP.Failure(description: "connect failed") }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let started = Date()
        let partial = Array("GET /a.ht".utf8)
        _ = send(fd, partial, partial.count, 0)
        var buffer = [UInt8](repeating: 0, count: 1024)
        while recv(fd, &buffer, buffer.count, 0) > 0 {}
        return Date().timeIntervalSince(started)
    }
}
