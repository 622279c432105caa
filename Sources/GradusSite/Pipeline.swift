import GradusLessons

/// Runs stages in order on one value of work; the first stage that fails stops it, and the error says which stage.
public struct Pipeline<Work>: Sendable {
    public let stages: [Stage<Work>]

    public init(_ stages: [Stage<Work>]) { self.stages = stages }

    /// Runs every stage on `work`; `progress` hears `[i/n] name` before each one.
    public func run(_ work: inout Work, progress: (String) -> Void = { _ in }) throws(StageFailure) {
        for (index, stage) in stages.enumerated() {
            progress("[\(index + 1)/\(stages.count)] \(stage.name)")
            do {
                try stage.body(&work)
            } catch {
                throw StageFailure(stage: stage.name, diagnostics: error)
            }
        }
    }

    /// Runs every stage on `work` and returns it.
    public func run(_ work: Work) throws(StageFailure) -> Work {
        var work = work
        try run(&work)
        return work
    }
}

/// A stage that failed and its diagnostics. It prints as the diagnostics alone, `path:line:col: error: message`, as
/// every diagnostic already names its place; the stage is there for whoever reports more (the preview's error page).
public struct StageFailure: Error, Sendable, CustomStringConvertible {
    public let stage: String
    public let diagnostics: Diagnostics

    public init(stage: String, diagnostics: Diagnostics) {
        self.stage = stage
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.description }
}
