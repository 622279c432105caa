import Foundation
import GradusServe
import GradusTestSupport
import Synchronization
import Testing

/// Starts the real server on an ephemeral port over a copy of the shipped content, and talks to it over a socket.
@Suite(.serialized, .timeLimit(.minutes(10))) struct EndToEndTests {
    final class Events: Sendable {
        let lines = Mutex<[String]>([])
        func record(_ event: PreviewEvent) { lines.withLock { $0.append(event.message) } }
        var all: [String] { lines.withLock { $0 } }
    }

    @Test func rebuildsOnEditAndShowsFailuresUntilFixed() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try copyShippedContent(into: folder)
        let workspace = folder.appendingPathComponent("workspace")
        let events = Events()
        let server = try PreviewServer(
            content: content, address: try ServeAddress(host: "127.0.0.1", port: 0), workspace: workspace,
            interval: .milliseconds(100), report: events.record)
        try await serving(server) { http in
            #expect(events.all.first?.hasPrefix("built in ") == true)
            #expect(
                try await eventually { events.all.contains("serving http://127.0.0.1:\(http.port)/ (Ctrl-C to stop)") })

            // The first build.
            #expect(try await http.fetch("/__gradus/build").body == #"{"build": 1, "ok": true}"#)
            let home = try await http.fetch("/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.body.contains("var served = 1;"))
            #expect(try await http.fetch("/style.css").headers["content-type"] == "text/css; charset=utf-8")
            #expect(try await http.fetch("/nope.html").status == 404)

            // An edit: a new build number and the new text. The page's request for a build other than its own
            // (as the reload script asks) is answered with it.
            async let heard = http.fetch("/__gradus/build?after=1")
            try appendToLesson("Edited while serving: a sentence from the test.", in: content)
            var state = try await heard.body
            while state == #"{"build": 1, "ok": true}"# { state = try await http.fetch("/__gradus/build?after=1").body }
            #expect(state == #"{"build": 2, "ok": true}"#)
            #expect(
                try await eventually { try await http.fetch("/__gradus/build").body == #"{"build": 2, "ok": true}"# })
            let edited = try await http.fetch("/\(lessonName).html")
            #expect(edited.body.contains("Edited while serving: a sentence from the test."))
            #expect(edited.body.contains("var served = 2;"))
            // The event is reported just after the build is published.
            #expect(try await eventually { events.all.contains { $0.hasPrefix("rebuilt in ") } })

            // A broken edit: every HTML page is the error page.
            try appendToLesson(brokenBinding, in: content)
            #expect(
                try await eventually { try await http.fetch("/__gradus/build").body == #"{"build": 3, "ok": false}"# })
            let failed = try await http.fetch("/\(lessonName).html")
            #expect(failed.status == 500)
            #expect(failed.body.contains("<pre>"))
            #expect(failed.body.contains("\(lessonName).md:"))
            #expect(failed.body.contains("var served = 3;"))
            #expect(try await http.fetch("/").status == 500)
            #expect(try await eventually { events.all.contains("build failed: 1 error") })

            // Fixed: the good build is back.
            let file = content.appendingPathComponent("\(lessonName).md")
            let source = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
                of: brokenBinding, with: "Fixed.")
            try source.write(to: file, atomically: true, encoding: .utf8)
            #expect(
                try await eventually { try await http.fetch("/__gradus/build").body == #"{"build": 4, "ok": true}"# })
            let fixed = try await http.fetch("/\(lessonName).html")
            #expect(fixed.status == 200 && fixed.body.contains("Fixed.") && fixed.body.contains("var served = 4;"))

            // The latest build and the one it replaced (for requests still reading it) stay in the workspace; older
            // ones are deleted, and the workspace goes when the server stops. The deletion comes before the rebuild
            // is reported: wait for the report (build 4 is the second good rebuild) before looking.
            #expect(try await eventually { events.all.filter { $0.hasPrefix("rebuilt in ") }.count == 2 })
            let builds = try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter {
                $0.hasPrefix("site-")
            }
            #expect(builds.sorted() == ["site-2", "site-4"])
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.path))
    }

    @Test func refusesTraversalForeignHostsAndOtherMethods() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try copyShippedContent(into: folder)
        let workspace = folder.appendingPathComponent("workspace")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        try "TOP SECRET".write(to: workspace.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        let server = try PreviewServer(
            content: content, address: try ServeAddress(host: "127.0.0.1", port: 0), workspace: workspace,
            report: { _ in })
        try await serving(server) { http in
            for target in [
                "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2fsecret.txt", "/style.css/..%2f..%2fsecret.txt",
            ] {
                let answer = try await http.fetch(target)
                #expect(answer.status == 404, "\(target)")
                #expect(!answer.body.contains("TOP SECRET"), "\(target)")
            }
            #expect(try await http.fetch("/", host: "attacker.example").status == 403)
            #expect(try await http.fetch("/", host: "localhost:\(http.port)").status == 200)
            #expect(try await http.fetch("/", method: "POST").status == 405)
            let head = try await http.fetch("/style.css", method: "HEAD")
            #expect(
                head.status == 200 && head.headers["content-type"] == "text/css; charset=utf-8" && head.body.isEmpty)
        }
    }
}

/// Runs `server` while `body` talks to it, then stops it and waits until it has cleaned up.
func serving(_ server: PreviewServer, _ body: (RawHTTP) async throws -> Void) async throws {
    let running = Task { try await server.run() }
    do {
        try await body(RawHTTP(port: try await server.listeningPort()))
    } catch {
        running.cancel()
        _ = await running.result
        throw error
    }
    running.cancel()
    _ = await running.result
}
