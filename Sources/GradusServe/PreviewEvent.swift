import GradusLessons

/// Something the preview server reports to the terminal.
public enum PreviewEvent: Sendable {
    /// The server listens at `url`.
    case serving(url: String)
    /// A build succeeded; `first` for the build made before serving.
    case built(seconds: Double, first: Bool)
    /// A build failed.
    case failed(Diagnostics)

    /// The line printed on standard output.
    public var message: String {
        switch self {
        case .serving(let url): "serving \(url) (Ctrl-C to stop)"
        case .built(let seconds, let first): "\(first ? "built" : "rebuilt") in \(Self.format(seconds)) s"
        case .failed(let diagnostics):
            "build failed: \(diagnostics.all.count) \(diagnostics.all.count == 1 ? "error" : "errors")"
        }
    }

    static func format(_ seconds: Double) -> String {
        let hundredths = Int((seconds * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
