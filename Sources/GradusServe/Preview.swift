import Foundation
import GradusLessons
import Synchronization

/// Answers requests from the current build, without sockets: files of the built site, HTML with the reload script
/// injected, the failed-build page while the latest build is broken, the build number, and 404s.
public final class Preview: Sendable {
    private let current: Mutex<PreviewState>

    public init(_ state: PreviewState = PreviewState()) {
        current = Mutex(state)
    }

    /// The state now.
    public var state: PreviewState { current.withLock { $0 } }

    /// Publishes a successful build in `site`; returns the folder of the previous good build, if any, so it can be deleted.
    @discardableResult
    public func succeeded(site: URL) -> URL? {
        current.withLock { state in
            let previous = state.site
            state = PreviewState(build: state.build + 1, site: site, failure: nil)
            return previous == site ? nil : previous
        }
    }

    /// Records a failed build (and the stage that failed, when known): HTML requests get the failure page until the
    /// next good build.
    public func failed(_ diagnostics: Diagnostics, stage: String? = nil) {
        current.withLock { state in
            state.build += 1
            state.failure = diagnostics
            state.failedStage = stage
        }
    }

    /// Returns when the build number is no longer `known`, or after `limit` (or when the task is cancelled). It looks
    /// every 10 ms: a build is published at most a few times a second, and one open page waits at a time.
    public func build(after known: Int, waitingAtMost limit: Duration) async {
        let deadline = ContinuousClock.now + limit
        while state.build == known, ContinuousClock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(10))
        }
    }

    /// The answer to a GET of `path` (the request target's path, possibly percent-encoded).
    public func response(for path: String) -> PreviewResponse {
        let state = self.state
        if path == ReloadScript.buildPath {
            let body = #"{"build": \#(state.build), "ok": \#(state.failure == nil)}"#
            return PreviewResponse(status: 200, contentType: MediaType.of(path: "build.json"), body: Data(body.utf8))
        }
        guard let relative = ServedPath.relative(path) else { return notFound(path, build: state.build) }
        let type = MediaType.of(path: relative)
        if type == MediaType.html, let failure = state.failure {
            return html(PreviewPage.failure(failure, stage: state.failedStage), status: 500, build: state.build)
        }
        guard let site = state.site else { return notFound(path, build: state.build) }
        let file = site.appendingPathComponent(relative)
        guard Self.isInside(file, site) else { return notFound(path, build: state.build) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) else {
            return notFound(path, build: state.build)
        }
        if isFolder.boolValue {
            let target = "/" + relative + "/"
            return PreviewResponse(
                status: 301, contentType: MediaType.of(path: "x.txt"), body: Data(), location: target)
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return notFound(path, build: state.build)
        }
        if type == MediaType.html {
            return html(String(decoding: data, as: UTF8.self), status: 200, build: state.build)
        }
        return PreviewResponse(status: 200, contentType: type, body: data)
    }

    private func html(_ page: String, status: Int, build: Int) -> PreviewResponse {
        PreviewResponse(
            status: status, contentType: MediaType.html, body: Data(ReloadScript.inject(into: page, build: build).utf8))
    }

    private func notFound(_ path: String, build: Int) -> PreviewResponse {
        html(PreviewPage.notFound(path), status: 404, build: build)
    }

    /// Whether `file`, with symbolic links resolved, lies inside `folder`.
    static func isInside(_ file: URL, _ folder: URL) -> Bool {
        let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let path = file.resolvingSymlinksInPath().standardizedFileURL.path
        return path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}
