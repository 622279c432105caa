/// A rendered lesson as the lesson cache keeps it: a format line, then every field in a fixed order, each string as
/// its length (8 bytes, little-endian) and its UTF-8 bytes. Reading it back copies the bytes into strings; nothing
/// is parsed or unescaped, so a warm build reads megabytes of pages and traces at the speed of memory.
extension RenderedLesson {
    /// The first line of every entry; an entry of another format is not read.
    static let cacheFormat = "gradus-rendered-lesson-3\n"

    /// The lesson in the cache's format.
    public var cacheBytes: [UInt8] {
        var out = CacheFields()
        out.raw(Self.cacheFormat)
        out.strings(slug, language, title)
        out.int(order)
        out.string(summary)
        out.int(readingMinutes)
        out.strings(body, sourceFile)
        out.int(rerun == nil ? 0 : 1)
        if let rerun { out.strings(rerun.example, rerun.setting) }
        out.int(sections.count)
        for section in sections {
            out.int(section.level)
            out.strings(section.id, section.html)
        }
        out.int(search.count)
        for entry in search { out.strings(entry.lesson, entry.section, entry.url, entry.text) }
        out.int(traces.count)
        for trace in traces { out.strings(trace.example, trace.label, trace.csv, trace.json) }
        out.int(citesSource.map { $0 ? 1 : 0 } ?? -1)
        out.int(code.count)
        for listing in code {
            out.strings(listing.example, listing.label, listing.numpy, listing.pytorch)
            out.optional(listing.pytorchUnsupported)
            out.optional(listing.data)
            out.optional(listing.dataFile)
        }
        out.string(notebook)
        return out.bytes
    }

    /// The lesson stored as `bytes`, or nil when they are not a whole entry of this format.
    public init?(cacheBytes bytes: [UInt8]) {
        var input = CacheReader(bytes)
        guard input.raw(Self.cacheFormat), let slug = input.string(), let language = input.string(),
            let title = input.string(), let order = input.int(), let summary = input.string(),
            let readingMinutes = input.int(), let body = input.string(), let sourceFile = input.string(),
            let hasRerun = input.int()
        else { return nil }
        var rerun: Rerun? = nil
        if hasRerun == 1 {
            guard let example = input.string(), let setting = input.string() else { return nil }
            rerun = Rerun(example: example, setting: setting)
        }
        guard
            let sections = input.list({ input in
                input.int().flatMap { level in
                    input.string().flatMap { id in input.string().map { Section(level: level, id: id, html: $0) } }
                }
            }),
            let search = input.list({ input in
                input.strings(4).map { SearchIndex.Entry(lesson: $0[0], section: $0[1], url: $0[2], text: $0[3]) }
            }),
            let traces = input.list({ input in
                input.strings(4).map { TraceFiles(example: $0[0], label: $0[1], csv: $0[2], json: $0[3]) }
            }),
            let cites = input.int(),
            let code = input.list({ input -> ExampleCode? in
                guard let texts = input.strings(4), let unsupported = input.optional(), let data = input.optional(),
                    let dataFile = input.optional()
                else { return nil }
                return ExampleCode(
                    example: texts[0], label: texts[1], numpy: texts[2], pytorch: texts[3],
                    pytorchUnsupported: unsupported, data: data, dataFile: dataFile)
            }),
            let notebook = input.string(), input.isAtEnd
        else { return nil }
        self.init(
            slug: slug, language: language, title: title, order: order, summary: summary,
            readingMinutes: readingMinutes, body: body, sourceFile: sourceFile, rerun: rerun, sections: sections,
            search: search, traces: traces, citesSource: cites < 0 ? nil : cites == 1)
        self.code = code
        self.notebook = notebook
    }
}

/// Writes the cache's fields.
public struct CacheFields {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Makes room for `count` bytes in all, so that a large file is not copied as it grows.
    public mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    /// Eight bytes, least significant first.
    public mutating func int(_ n: Int) {
        withUnsafeBytes(of: UInt64(bitPattern: Int64(n)).littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func string(_ text: String) {
        int(text.utf8.count)
        raw(text)
    }

    /// A length, then the bytes as they are.
    public mutating func bytes(_ bytes: ArraySlice<UInt8>) {
        int(bytes.count)
        self.bytes += bytes
    }

    public mutating func strings(_ texts: String...) {
        for text in texts { string(text) }
    }

    /// 0 for nil, else 1 and the text.
    public mutating func optional(_ text: String?) {
        int(text == nil ? 0 : 1)
        if let text { string(text) }
    }
}

/// Reads the cache's fields; every read is nil past the end or on a length that does not fit.
public struct CacheReader {
    private let buffer: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) { self.buffer = bytes }

    public var isAtEnd: Bool { offset == buffer.count }

    /// Where the next field starts.
    public var position: Int { offset }

    /// Whether `text` comes next (and then moves past it).
    public mutating func raw(_ text: String) -> Bool {
        let expected = Array(text.utf8)
        guard buffer.count - offset >= expected.count, buffer[offset..<offset + expected.count].elementsEqual(expected)
        else { return false }
        offset += expected.count
        return true
    }

    public mutating func int() -> Int? {
        guard buffer.count - offset >= 8 else { return nil }
        var value: UInt64 = 0
        for i in (0..<8).reversed() { value = value << 8 | UInt64(buffer[offset + i]) }
        offset += 8
        return Int(Int64(bitPattern: value))
    }

    public mutating func string() -> String? {
        guard let count = int(), count >= 0, count <= buffer.count - offset else { return nil }
        let text = buffer.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<offset + count]), as: UTF8.self)
        }
        offset += count
        return text
    }

    /// A `bytes` field: the bytes of the buffer read, not copied.
    public mutating func bytes() -> ArraySlice<UInt8>? {
        guard let count = int(), count >= 0, count <= buffer.count - offset else { return nil }
        defer { offset += count }
        return buffer[offset..<(offset + count)]
    }

    /// An `optional` field: `.some(nil)` for nil, nil when the bytes are not one.
    public mutating func optional() -> String?? {
        switch int() {
        case 0: return .some(nil)
        case 1: return string().map { .some($0) }
        default: return nil
        }
    }

    public mutating func strings(_ n: Int) -> [String]? {
        var out: [String] = []
        for _ in 0..<n {
            guard let text = string() else { return nil }
            out.append(text)
        }
        return out
    }

    /// A count, then that many elements read by `element`.
    public mutating func list<Element>(_ element: (inout CacheReader) -> Element?) -> [Element]? {
        guard let count = int(), count >= 0, count <= buffer.count - offset else { return nil }
        var out: [Element] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            guard let next = element(&self) else { return nil }
            out.append(next)
        }
        return out
    }
}
