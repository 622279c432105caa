import FlyingSocks
import Foundation
import Synchronization

/// `gradus serve`: builds the content into a private workspace, serves it over HTTP, and rebuilds when the content
/// changes. Browsers reload through the script `Preview` injects.
public final class PreviewServer: Sendable {
    public let content: URL
    public let address: ServeAddress
    /// The private folder the builds go to; deleted when `run()` ends.
    public let workspace: URL
    /// The state requests are answered from.
    public let preview = Preview()
    let builder: PreviewBuilder
    let interval: Duration
    let report: @Sendable (PreviewEvent) -> Void
    let http: PreviewHTTP
    /// The build replaced last: kept until the next one is published, so a request that began on it can finish.
    let retired = Mutex<URL?>(nil)

    /// - Parameters:
    ///   - workspace: an empty folder of its own; `PreviewBuilder.temporaryWorkspace()` by default.
    ///   - interval: how often the content folder is checked for changes where the system does not report them.
    ///   - jobs: how many examples and pages a build works on at once.
    ///   - idleTimeout: how long a connection may stay silent, or take to send a request's head, before it is closed.
    ///   - report: receives a line for the terminal at every build and when listening starts.
    public init(
        content: URL, address: ServeAddress, workspace: URL? = nil, interval: Duration = .milliseconds(100),
        jobs: Int = 1,
        idleTimeout: Duration = PreviewServer.idleTimeout, report: @escaping @Sendable (PreviewEvent) -> Void
    ) throws {
        self.content = content
        self.address = address
        // The address first: when it is refused, no temporary folder has been made to leak.
        let socket: any SocketAddress =
            address.isIPv6
            ? try sockaddr_in6.inet6(ip6: address.host, port: address.port)
            : try sockaddr_in.inet(ip4: address.host, port: address.port)
        self.workspace = try workspace ?? PreviewBuilder.temporaryWorkspace()
        self.builder = PreviewBuilder(content: content, workspace: self.workspace, jobs: jobs)
        self.interval = interval
        self.report = report
        self.http = PreviewHTTP(
            address: socket, handler: PreviewHandler(preview: preview, address: address), idleTimeout: idleTimeout)
    }

    /// How long a connection may stay silent, or take to send a request's head: 30 seconds.
    public static let idleTimeout: Duration = .seconds(30)

    /// Builds, serves and rebuilds on change until the task is cancelled or the socket fails; then deletes the workspace.
    public func run() async throws {
        defer {
            http.stop()
            try? FileManager.default.removeItem(at: workspace)
        }
        // Both before the first build, so edits made during it are seen.
        let watcher = Watcher.folder(content)
        let events = FolderEvents(folder: content)
        await rebuild(first: true)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await self.http.run()
                } catch let error as SocketError where !Task.isCancelled {
                    throw ListenFailure(address: self.address, error: error)
                }
            }
            group.addTask {
                let port = try await self.listeningPort()
                self.report(.serving(url: self.address.url(port: port)))
                try await self.watch(watcher, events: events)
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// The port the server listens on, once it does (useful with port 0). Listening starts after the first build,
    /// which for a large course in a debug build on a busy machine (a test run) can take minutes; throws when `run()`
    /// ended without listening.
    public func listeningPort() async throws -> UInt16 {
        try await http.listeningPort()
    }

    /// Rebuilds whenever the fingerprint changes, until cancelled: looked at when the folder's events say something
    /// happened (and every second besides), or every `interval` where there are no events.
    func watch(_ watcher: Watcher<ContentFingerprint>, events: FolderEvents?) async throws {
        var watcher = watcher
        if let events {
            for await _ in events.signals(every: .seconds(1)) {
                if watcher.changed() { await rebuild(first: false) }
            }
            try Task.checkCancellation()
        }
        while true {
            try await Task.sleep(for: interval)
            if watcher.changed() { await rebuild(first: false) }
        }
    }

    /// Builds once and publishes the result; deletes the build replaced the time before (see `retired`).
    func rebuild(first: Bool) async {
        let state = preview.state
        switch await builder.buildInBackground(number: state.build + 1, previous: state.site) {
        case .built(let site, let seconds):
            if let old = preview.succeeded(site: site) {
                let expired = retired.withLock { retired in
                    defer { retired = old }
                    return retired
                }
                if let expired { try? FileManager.default.removeItem(at: expired) }
            }
            report(.built(seconds: seconds, first: first))
        case .failed(let failure):
            preview.failed(failure.diagnostics, stage: failure.stage)
            report(.failed(failure.diagnostics))
        }
    }

    /// The server could not listen (or stopped listening), e.g. because the port is taken.
    public struct ListenFailure: Error, CustomStringConvertible {
        public let description: String

        init(address: ServeAddress, error: SocketError) {
            let reason =
                switch error {
                case .failed(_, _, let message): message
                default: error.errorDescription ?? "\(error)"
                }
            description = "cannot listen on \(address.url()): \(reason)"
        }
    }
}
