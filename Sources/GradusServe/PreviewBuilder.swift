import Foundation
import GradusLessons
import GradusSite

/// Builds the site into numbered folders of a private workspace, never into the project's output folder.
public struct PreviewBuilder: Sendable {
    public let content: URL
    public let workspace: URL
    /// How many examples and pages a build works on at once.
    public var jobs: Int

    /// What one build did.
    public enum Outcome: Sendable {
        case built(site: URL, seconds: Double)
        /// The build failed: the stage that failed and its diagnostics.
        case failed(StageFailure)
    }

    public init(content: URL, workspace: URL, jobs: Int = 1) {
        self.content = content
        self.workspace = workspace
        self.jobs = max(1, jobs)
    }

    /// A new, empty workspace under the system's temporary folder.
    public static func temporaryWorkspace() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gradus-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The cache the builds share, in the workspace.
    public var cache: URL { workspace.appendingPathComponent("cache") }

    /// Builds the course into `site-<number>` of the workspace, with the stages of `gradus build` and the workspace's
    /// cache: only the lessons that changed since the previous build are parsed and rendered, and the unchanged files
    /// of `previous` (the site the previous build made, still served) are kept.
    public func build(number: Int, previous: URL? = nil) -> Outcome {
        let site = workspace.appendingPathComponent("site-\(number)")
        let clock = ContinuousClock()
        let start = clock.now
        do {
            var build = SiteBuild(content: content, output: site, cache: cache, jobs: jobs)
            build.keeping = previous
            _ = try build.run()
        } catch {
            return .failed(error)
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return .built(site: site, seconds: seconds)
    }

    /// Runs `build(number:)` off the concurrency pool (a build is seconds of blocking work at worst).
    public func buildInBackground(number: Int, previous: URL? = nil) async -> Outcome {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: self.build(number: number, previous: previous))
            }
        }
    }
}
