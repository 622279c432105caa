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

    public var description: String { "\(Diagnostic.oneLine(path)):\(line):\(column)" }

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

    public var description: String { "\(location): error: \(Self.oneLine(message))" }

    /// `text` with its control characters written as escapes (`\n`, `\r`, `\t`, `\u{1B}`), so that a diagnostic
    /// quoting input (a key, a file name, a cell) stays one line.
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
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
