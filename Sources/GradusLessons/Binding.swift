/// A reference in a lesson's text to a value of a run, written `{{ seed.final.theta[0] | fixed 4 }}`.
public struct Binding: Sendable, Equatable {
    public enum Component: Sendable, Equatable, CustomStringConvertible {
        case name(String)
        case index(Int)

        public var description: String {
            switch self {
            case .name(let name): name
            case .index(let index): "[\(index)]"
            }
        }
    }

    /// The path to the value, e.g. `seed`, `final`, `theta`, `[0]`.
    public let path: [Component]
    /// How to print a number; nil for the default (six significant digits).
    public let format: NumberFormat?
    /// Where the binding's `{{` stands.
    public let location: SourceLocation

    public init(path: [Component], format: NumberFormat?, location: SourceLocation) {
        self.path = path
        self.format = format
        self.location = location
    }

    /// Parses a path written as in a lesson, e.g. `seed.final.theta[0]`, without braces or format.
    public init?(path text: String, location: SourceLocation) {
        guard let parsed = try? BindingSyntax.parse(Substring(text), at: { _ in location }, start: location),
            parsed.format == nil
        else { return nil }
        self = parsed
    }

    /// The path as written, e.g. `seed.final.theta[0]`.
    public var pathText: String {
        var text = ""
        for component in path {
            if case .name = component, !text.isEmpty { text += "." }
            text += component.description
        }
        return text
    }
}

/// Parses what stands between `{{` and `}}`.
enum BindingSyntax {
    /// `inner` is the text between the braces; `location` maps an offset in it to a source location.
    static func parse(_ inner: Substring, at location: (Int) -> SourceLocation, start: SourceLocation)
        throws(Diagnostics) -> Binding
    {
        let bytes = Array(inner.utf8)
        var i = 0
        func skipSpaces() { while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 } }
        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "_")
        }
        func name() -> String? {
            let begin = i
            while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
            return i > begin ? String(decoding: bytes[begin..<i], as: UTF8.self) : nil
        }
        skipSpaces()
        var path: [Binding.Component] = []
        guard let first = name() else {
            throw Diagnostics(location(i), "expected a value's name after '{{', e.g. {{ example.final.loss }}")
        }
        path.append(.name(first))
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard let next = name() else { throw Diagnostics(location(i), "expected a name after '.'") }
                path.append(.name(next))
            } else if bytes[i] == UInt8(ascii: "[") {
                i += 1
                let begin = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                guard i > begin, i < bytes.count, bytes[i] == UInt8(ascii: "]"),
                    let index = Int(String(decoding: bytes[begin..<i], as: UTF8.self))
                else { throw Diagnostics(location(begin), "expected a whole number and ']' after '['") }
                i += 1
                path.append(.index(index))
            } else {
                break
            }
        }
        skipSpaces()
        var format: NumberFormat? = nil
        if i < bytes.count, bytes[i] == UInt8(ascii: "|") {
            i += 1
            skipSpaces()
            let formatStart = i
            let text = String(decoding: bytes[i...], as: UTF8.self)
            guard let parsed = NumberFormat(text.trimmingSpaces) else {
                throw Diagnostics(
                    location(formatStart),
                    "unknown number format '\(text.trimmingSpaces)'; expected 'fixed N', 'sig N' or 'sci N' (N from 0 to 17, at least 1 for sig)"
                )
            }
            format = parsed
            i = bytes.count
        }
        skipSpaces()
        guard i == bytes.count else {
            throw Diagnostics(location(i), "unexpected '\(String(decoding: bytes[i...], as: UTF8.self))' in a binding")
        }
        return Binding(path: path, format: format, location: start)
    }
}

extension String {
    var trimmingSpaces: String {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " { start = index(after: start) }
        while end > start, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[start..<end])
    }
}
