import ArgumentParser
import Foundation
import GradusServe
import GradusSite
import Synchronization

extension Gradus {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Preview the site locally, rebuilding and reloading the browser when the content changes.",
            discussion: """
                Builds into a private temporary folder (output/ is not touched) and serves it on 127.0.0.1. \
                Another address is used only when --host names it.
                """)

        @Option(help: "The folder of lesson sources.") var content = "content"
        @Option(help: "The port to listen on (0: any free port).") var port = 8000
        @Option(help: "The IP address to listen on; anything but loopback exposes the preview to the network.")
        var host = "127.0.0.1"

        func validate() throws {
            _ = try address()
            guard SiteBuild.isFolder(URL(fileURLWithPath: content)) else {
                throw ValidationError("no content folder at \(content)")
            }
        }

        func address() throws -> ServeAddress {
            do {
                return try ServeAddress(host: host, port: port)
            } catch {
                throw ValidationError(error.description)
            }
        }

        func run() throws {
            let address = try address()
            if !address.isLoopback {
                printError("warning: listening on \(address.host): other machines can read this preview")
            }
            let server = try PreviewServer(content: URL(fileURLWithPath: content), address: address) { event in
                FileHandle.standardOutput.write(Data((event.message + "\n").utf8))  // unbuffered, even in a pipe
                if case .failed(let diagnostics) = event { printError(diagnostics.description) }
            }
            try runUntilInterrupted { try await server.run() }
        }
    }
}


/// Runs `body` on the concurrency pool and blocks until it ends; Ctrl-C (or SIGTERM) cancels it, which ends it cleanly.
/// (The root command is synchronous, so this subcommand bridges to async itself.)
private func runUntilInterrupted(_ body: @escaping @Sendable () async throws -> Void) throws {
    let done = DispatchSemaphore(value: 0)
    let failure = Mutex<(any Error)?>(nil)
    let task = Task {
        do {
            try await body()
        } catch where !Task.isCancelled {
            failure.withLock { $0 = error }
        } catch {}
        done.signal()
    }
    let signals = [SIGINT, SIGTERM].map { number in
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler { task.cancel() }
        source.resume()
        return source
    }
    done.wait()
    signals.forEach { $0.cancel() }
    if let error = failure.withLock({ $0 }) {
        printError("error: \(error)")
        throw ExitCode(1)
    }
}
