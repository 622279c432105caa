import ArgumentParser
import Foundation
import GradusServe
import GradusSite

extension Gradus {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Preview the site locally, rebuilding and reloading the browser when the content changes.",
            discussion: """
                Builds into a private temporary folder (output/ is not touched) and serves it on 127.0.0.1. \
                Another address is used only when --host names it.
                """)

        @OptionGroup var options: CourseOptions
        @Option(help: "The port to listen on (0: any free port).") var port = 8000
        @Option(help: "The IP address to listen on; anything but loopback exposes the preview to the network.")
        var host = "127.0.0.1"

        func validate() throws {
            _ = try address()
            guard SiteBuild.isFolder(options.contentURL) else {
                throw ValidationError("no content folder at \(options.content)")
            }
        }

        func address() throws -> ServeAddress {
            do {
                return try ServeAddress(host: host, port: port)
            } catch {
                throw ValidationError(error.description)
            }
        }

        func run() async throws {
            let address = try address()
            if !address.isLoopback {
                printError("warning: listening on \(address.host): other machines can read this preview")
            }
            let server = try PreviewServer(content: options.contentURL, address: address, jobs: options.jobs) { event in
                FileHandle.standardOutput.write(Data((event.message + "\n").utf8))  // unbuffered, even in a pipe
                if case .failed(let diagnostics) = event { printError(diagnostics.description) }
            }
            try await untilInterrupted { try await server.run() }
        }
    }
}

/// Runs `body` until it ends; Ctrl-C (or SIGTERM) cancels it, which ends it cleanly.
private func untilInterrupted(_ body: @escaping @Sendable () async throws -> Void) async throws {
    let task = Task { try await body() }
    let signals = [SIGINT, SIGTERM].map { number in
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler { task.cancel() }
        source.resume()
        return source
    }
    defer { for signal in signals { signal.cancel() } }
    do {
        try await task.value
    } catch  where !task.isCancelled {
        printError("error: \(error)")
        throw ExitCode(1)
    } catch {}
}
