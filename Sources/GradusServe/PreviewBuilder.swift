import Foundation
import GradusLessons
import GradusSite

/// Builds the site into numbered folders of a private workspace, never into the project's output folder.
public struct PreviewBuilder: Sendable {
    public let content: URL
    public let workspace: URL

    /// What one build did.
    public enum Outcome: Sendable {
        case built(site: URL, seconds: Double)
        case failed(Diagnostics)
    }

    public init(content: URL, workspace: URL) {
        self.content = content
        self.workspace = workspace
    }

    /// A new, empty workspace under the system's temporary folder.
    public static func temporaryWorkspace() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gradus-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Builds the content into `site-<number>` of the workspace.
    public func build(number: Int) -> Outcome {
        let site = workspace.appendingPathComponent("site-\(number)")
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try SiteBuild(content: content, output: site).run()
        } catch {
            return .failed(error)
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return .built(site: site, seconds: seconds)
    }

    /// Runs `build(number:)` off the concurrency pool (a build is seconds of blocking work at worst).
    public func buildInBackground(number: Int) async -> Outcome {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.build(number: number)) }
        }
    }
}
