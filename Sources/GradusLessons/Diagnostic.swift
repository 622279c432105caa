/// A place in a source file. Lines and columns count from 1; columns count Unicode scalars.
public struct SourceLocation: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// One error about an input, printed in the compiler's form `path:line:col: error: message`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public let location: SourceLocation
    public let message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }
}

/// The errors found in an input: one or several, in source order.
public struct Diagnostics: Error, Sendable, Equatable, CustomStringConvertible {
    public let all: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.all = diagnostics.sorted { $0.location < $1.location }
    }

    public init(_ location: SourceLocation, _ message: String) {
        self.init([Diagnostic(location, message)])
    }

    public var description: String { all.map(\.description).joined(separator: "\n") }
}
