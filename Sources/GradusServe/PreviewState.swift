import Foundation
import GradusLessons

/// What the preview currently serves: the number of the latest build attempt, the folder of the latest good build,
/// and the diagnostics of the latest build when it failed.
public struct PreviewState: Sendable, Equatable {
    /// Counts build attempts, good or failed, from 1; the reload script compares it.
    public var build: Int
    /// The folder of the latest successful build, nil before the first one.
    public var site: URL?
    /// The diagnostics of the latest build when it failed, nil when it succeeded.
    public var failure: Diagnostics?
    /// The stage of the build that failed (e.g. `render pages`), when known.
    public var failedStage: String? = nil

    public init(build: Int = 0, site: URL? = nil, failure: Diagnostics? = nil) {
        self.build = build
        self.site = site
        self.failure = failure
    }
}
