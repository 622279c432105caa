/// A parsed lesson: its front matter, its examples and its body.
public struct Lesson: Sendable {
    public let source: SourceFile
    /// The page name, from the file name: `gradient-descent.md` → `gradient-descent`.
    public let slug: String
    /// The language the lesson is written in (`en`, `zh`, …), from its file name: `NAME.zh.md` is Chinese;
    /// `NAME.md` is in the course's main language.
    public let language: String
    public let title: String
    /// The lesson's place in the course (ascending).
    public let order: Int
    public let summary: String
    /// Whether raw HTML typed in the Markdown is kept (off unless the lesson says `raw-html: true`).
    public let allowsRawHTML: Bool
    public let examples: [Example]
    public private(set) var body: [Piece]
    /// Whether the front matter has an `examples:` key (a translation without one may take its twin's examples).
    public var declaresExamples: Bool = false
    /// The lesson whose examples this one takes (`examples-from:`, or a translation's twin by default); nil when it
    /// declares its own. Its examples are then the other lesson's, run once per build for both pages.
    public var examplesFrom: SharedExamples? = nil
    /// How the lesson writes its symbols (`notation:`); nil when it does not say. A translation that shares its twin's
    /// examples and says nothing takes the twin's.
    public var notation: Notation? = nil
    /// What the lesson's variants change (`vary:`); nil when it has none.
    public var variation: Variation? = nil
    /// The examples the explore blocks ask for, one per combination of their settings (see
    /// `Explore.key(example:run:)`); a translation sharing its twin's examples has the twin's.
    public var exploreVariants: [String: Example] = [:]

    public func example(named name: String) -> Example? { examples.first { $0.name == name } }

    /// This lesson with `twin`'s examples, which it shares (named at `location` by `examples-from:`, or nil when taken
    /// by default).
    public func sharingExamples(of twin: Lesson, location: SourceLocation?) -> Lesson {
        var shared = Lesson(
            source: source, slug: slug, language: language, title: title, order: order, summary: summary,
            allowsRawHTML: allowsRawHTML, examples: twin.examples, body: body)
        shared.examplesFrom = SharedExamples(file: twin.source.path, location: location)
        shared.notation = notation ?? twin.notation
        shared.exploreVariants = twin.exploreVariants
        return shared
    }

    /// Lets go of the body once what is made from it (the page) is made: a large course is then never held whole as
    /// parsed text. Everything else of the lesson (its source, front matter and examples) stays.
    public mutating func forgetBody() { body = [] }

    /// Every binding of the body, in reading order (those inside math included).
    public var bindings: [Binding] { Self.bindings(in: body) }

    static func bindings(in pieces: [Piece]) -> [Binding] {
        pieces.flatMap { piece -> [Binding] in
            switch piece {
            case .binding(let binding): [binding]
            case .math(let math):
                math.parts.compactMap { part in
                    if case .binding(let binding) = part { binding } else { nil }
                }
            case .block(let block):
                block.claims.flatMap { claim in
                    claim.textParts.compactMap { part in
                        if case .binding(let binding) = part { binding } else { nil }
                    }
                } + (block.exercise?.bindings ?? [])
            case .table(let table): (table.header + table.rows.flatMap { $0 }).flatMap { bindings(in: $0) }
            case .markdown, .faqStart, .faqEnd, .reference, .term: []
            }
        }
    }

    /// The data files the examples read, relative to the content folder, sorted.
    public var dataFiles: [String] { Set(examples.compactMap(\.dataFile)).sorted() }

    /// The generated blocks of the body, in reading order.
    public var blocks: [GeneratedBlock] {
        body.compactMap { piece in
            if case .block(let block) = piece { block } else { nil }
        }
    }

    /// The text of line `line` of the source, without its newline.
    public func sourceLine(_ line: Int) -> String {
        (1...max(1, source.lineCount)).contains(line) ? String(source.line(line)) : ""
    }
}

/// Where a lesson takes its examples from: another lesson file of the course (a translation's twin `NAME.md`).
public struct SharedExamples: Sendable, Equatable {
    /// The other lesson's path, as diagnostics print it.
    public let file: String
    /// Where `examples-from:` names it; nil when a translation takes its twin's examples by default.
    public let location: SourceLocation?

    public init(file: String, location: SourceLocation?) {
        self.file = file
        self.location = location
    }
}
