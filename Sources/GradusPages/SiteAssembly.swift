import GradusLessons
import GradusText

/// What the pages around a lesson show of it: the outline, the index and its neighbours' links.
public struct LessonListing: Sendable, Equatable {
    public let slug: String
    public let language: String
    public let title: String
    public let order: Int
    public let summary: String
    public let readingMinutes: Int

    public init(slug: String, language: String, title: String, order: Int, summary: String, readingMinutes: Int) {
        self.slug = slug
        self.language = language
        self.title = title
        self.order = order
        self.summary = summary
        self.readingMinutes = readingMinutes
    }
}

extension LessonListing {
    /// What the pages around a lesson show of it before its page is rendered: its place, title and summary as the
    /// page will say them. The reading time is counted with the page (0 until then); only the index shows it.
    public init(unrendered lesson: Lesson) {
        self.init(
            slug: lesson.slug, language: lesson.language, title: lesson.title, order: lesson.order,
            summary: lesson.summary, readingMinutes: 0)
    }
}

extension RenderedLesson {
    public var listing: LessonListing {
        LessonListing(
            slug: slug, language: language, title: title, order: order, summary: summary,
            readingMinutes: readingMinutes)
    }
}

/// A lesson as the site's assembly takes it: what the other pages need of it and, when it was rendered or read in
/// this build, the rendered lesson. A build that keeps what the previous build assembled (see
/// `SitePages.assemble(_:course:assets:theme:reuse:write:)`) knows the unchanged lessons by their listing, search
/// entries and traces alone.
public struct SiteLesson: Sendable {
    public let listing: LessonListing
    /// The lesson's entries of `search-index.js`, as that file writes them (see `SiteLesson.search(of:)`), in UTF-8:
    /// read from the cache's index, they are the index's own bytes, neither copied nor decoded.
    public let search: ArraySlice<UInt8>
    public let traces: [TraceMark]
    /// What the lesson's own files are made from (its cache key); "" when not known.
    public let identity: String
    /// The rendered lesson; nil when only the above is known.
    public private(set) var page: RenderedLesson?
    /// Whether its page is still to be made: the assembly asks for it when it comes to the lesson, and only its
    /// listing is known until then.
    public let isPending: Bool

    public init(listing: LessonListing, search: ArraySlice<UInt8>, traces: [TraceMark], identity: String) {
        self.listing = listing
        self.search = search
        self.traces = traces
        self.identity = identity
        self.page = nil
        self.isPending = false
    }

    /// A lesson whose page the assembly makes when it comes to it (see `SitePages.assemble`'s `make`).
    public init(pending listing: LessonListing, identity: String) {
        self.listing = listing
        self.search = []
        self.traces = []
        self.identity = identity
        self.page = nil
        self.isPending = true
    }

    /// A rendered lesson; with `marked`, its traces are hashed so that a later build can tell them apart unread.
    public init(_ page: RenderedLesson, identity: String = "", marked: Bool = false) {
        self.listing = page.listing
        self.search = ArraySlice(Self.search(of: page.search, language: page.language).utf8)
        self.traces = page.traces.map { TraceMark($0, hashed: marked) }
        self.identity = identity
        self.page = page
        self.isPending = false
    }

    /// The lesson without its rendered page: what the pages around it need of it.
    public var listed: SiteLesson {
        var lesson = self
        lesson.page = nil
        return lesson
    }

    /// The lines of `search-index.js` that `entries` make: the file is the empty index's head, every lesson's lines
    /// joined by `,\n`, and its tail.
    static func search(of entries: [SearchIndex.Entry], language: String) -> String {
        guard !entries.isEmpty else { return "" }
        var index = SearchIndex()
        index.entries = entries
        let words = Localization(language: language)
        let empty = SearchIndexFrame(words)
        return String(index.script(words).dropFirst(empty.head.count).dropLast(empty.tail.count))
    }
}

/// The head and tail of a `search-index.js`, around its entries' lines.
struct SearchIndexFrame {
    let head: String
    let tail: String

    init(_ words: Localization) {
        let empty = SearchIndex().script(words)
        tail = "\n];\n"
        head = String(empty.dropLast(tail.count))
    }

    /// The file, made in one buffer of its final size (the lines of a large course are tens of megabytes).
    func script(_ lessons: [ArraySlice<UInt8>]) -> [UInt8] {
        let shown = lessons.filter { !$0.isEmpty }
        var script: [UInt8] = []
        script.reserveCapacity(head.utf8.count + shown.reduce(0) { $0 + $1.count + 2 } + tail.utf8.count)
        script += head.utf8
        for (index, lines) in shown.enumerated() {
            if index > 0 { script += ",\n".utf8 }
            script += lines
        }
        return script + tail.utf8
    }
}

/// A trace's two downloads as a later page finds them: by their lengths and a hash of their bytes (nil when only the
/// bytes, held in memory, are compared).
public struct TraceMark: Sendable, Equatable {
    public let example: String
    public let label: String
    public let csv: Int
    public let json: Int
    public let hash: String?

    public init(example: String, label: String, csv: Int, json: Int, hash: String?) {
        self.example = example
        self.label = label
        self.csv = csv
        self.json = json
        self.hash = hash
    }

    init(_ trace: RenderedLesson.TraceFiles, hashed: Bool) {
        var hash = StableHash()
        if hashed {
            hash.add(trace.csv)
            hash.add(trace.json)
        }
        self.init(
            example: trace.example, label: trace.label, csv: trace.csv.utf8.count, json: trace.json.utf8.count,
            hash: hashed ? hash.hex : nil)
    }
}

/// What a lesson's files were made from, and which they are: a later build whose inputs hash the same puts the same
/// files in its site without making them again.
public struct AssembledLesson: Sendable, Equatable {
    /// The hash of the lesson's identity, its place and neighbours, its downloads and the site's identity.
    public let inputs: String
    /// The files made for it, relative to the site: its page, traces, listings and notebook.
    public let files: [String]

    public init(inputs: String, files: [String]) {
        self.inputs = inputs
        self.files = files
    }
}

/// What an assembly made or kept, and from what: each lesson's files by the path of its page, and the files of a
/// language's whole site (its index page and outline) by their path.
public struct AssembledSite: Sendable {
    public var lessons: [String: AssembledLesson] = [:]
    public var siteFiles: [String: AssembledLesson] = [:]

    public init() {}
}

/// What an assembly may keep of the previous one.
public struct SiteReuse<Failure: Error> {
    /// What the site's pages depend on besides the lessons: the course file, theme, assets, Gradus itself.
    public let identity: String
    /// The previous build's lessons, by the path of their page, and the files of the whole site it made (a language's
    /// index page and outline), by their path.
    public let previous: [String: AssembledLesson]
    /// Puts the previous build's files at these paths into the new site as they are; false when one cannot be (then
    /// none is, and the lesson's files are made again).
    public let keep: ([String]) -> Bool
    /// The rendered lesson of a lesson whose files must be made again.
    public let load: (SiteLesson) throws(Failure) -> RenderedLesson

    public init(
        identity: String, previous: [String: AssembledLesson], keep: @escaping ([String]) -> Bool,
        load: @escaping (SiteLesson) throws(Failure) -> RenderedLesson
    ) {
        self.identity = identity
        self.previous = previous
        self.keep = keep
        self.load = load
    }
}

/// Two independent 64-bit multiply–xorshift hashes over length-prefixed fields, fed eight bytes at a time: 128 bits,
/// the same on every platform (the words are read little-endian).
public struct StableHash: Sendable {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x6c62_272e_07bb_0142

    public init() {}

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ number: Int) { add(String(number)) }

    /// The field's length, then its bytes eight at a time, the last word padded with zeros.
    private mutating func add(bytes: UnsafeRawBufferPointer) {
        mix(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        guard offset < bytes.count else { return }
        var last: UInt64 = 0
        for (shift, byte) in bytes[offset...].enumerated() { last |= UInt64(byte) << (8 * shift) }
        mix(last)
    }

    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0x9e37_79b9_7f4a_7c15
        a ^= a >> 32
        b = (b ^ (word << 32 | word >> 32) ^ 0x5c5c_5c5c_5c5c_5c5c) &* 0xc2b2_ae3d_27d4_eb4f
        b ^= b >> 29
    }

    public var hex: String { String(Self.finish(a), radix: 16) + "-" + String(Self.finish(b), radix: 16) }

    /// MurmurHash3's 64-bit finaliser: every bit of the state reaches every bit of the result.
    private static func finish(_ value: UInt64) -> UInt64 {
        var value = value
        value = (value ^ value >> 33) &* 0xff51_afd7_ed55_8ccd
        value = (value ^ value >> 33) &* 0xc4ce_b9fe_1a85_ec53
        return value ^ value >> 33
    }
}

/// The lengths of a trace's two files: where an assembly looks for a trace it has already written.
private struct TraceSize: Hashable {
    let csv: Int
    let json: Int
}

/// A trace written by an earlier page of the assembly, and where.
private struct WrittenTrace {
    let mark: TraceMark
    /// Its files, when the lesson was rendered or read in this build.
    let files: RenderedLesson.TraceFiles?
    let base: String

    /// Whether `other` has the same bytes: by their hashes, or else by the bytes themselves.
    func isSame(as other: TraceMark, _ files: RenderedLesson.TraceFiles?) -> Bool {
        if let hash = mark.hash, let other = other.hash { return hash == other }
        guard let mine = self.files, let files else { return false }
        return mine.csv == files.csv && mine.json == files.json
    }
}

extension SitePages {
    /// Puts the lessons into the site's frame (navigation, indexes, search, stylesheet, fonts) and hands each file to
    /// `write` as soon as it is made, and lets go of each lesson's page once its files are written. A pending lesson's
    /// page is made when the assembly comes to it, by `make`, with up to `ahead` more pending lessons of the same
    /// language after it (in the site's order), so that no more than a batch of pages is held at once; `make` is also
    /// told the batch it will be asked for next (it may start making it), and gives nil for a page it could not make
    /// (the lesson then has no files; reporting why is the caller's). With `reuse`, a lesson whose files would be made from the same inputs as in the
    /// previous build keeps that build's files (`reuse.keep`), and only the others are read (`reuse.load`) and made
    /// again; the site is the same either way. Returns what each lesson's files were made from, by its page's path, and
    /// with `reuse`, what each language's index page and outline were made from.
    public static func assemble<Failure: Error>(
        _ lessons: consuming [SiteLesson], course: CourseInfo, assets: SiteAssets, theme: Theme,
        reuse: SiteReuse<Failure>?,
        ahead: Int = 0,
        make: (_ batch: [SiteLesson], _ next: [SiteLesson]) throws(Failure) -> [SiteLesson?] = { batch, _ in
            batch.map { _ in nil }
        },
        write: (PageFile) throws(Failure) -> Void
    ) throws(Failure) -> AssembledSite {
        let languages =
            course.languages + Set(lessons.map(\.listing.language)).subtracting(course.languages).sorted()
        var slugsByLanguage: [String: Set<String>] = [:]
        for index in lessons.indices {
            slugsByLanguage[lessons[index].listing.language, default: []].insert(lessons[index].listing.slug)
        }
        // Traces already written, by content, so a translation with the same examples links to them. Looked up by
        // their lengths and then compared, rather than hashing megabytes of traces for every lesson.
        var written: [TraceSize: [WrittenTrace]] = [:]
        var assembled = AssembledSite()
        for language in languages {
            let ordered = lessons.indices.filter { lessons[$0].listing.language == language }.sorted {
                (lessons[$0].listing.order, lessons[$0].listing.slug)
                    < (lessons[$1].listing.order, lessons[$1].listing.slug)
            }
            guard !ordered.isEmpty else { continue }
            let site = SiteContext(
                course: course, theme: theme, language: language, languages: languages, slugs: slugsByLanguage,
                handouts: Set(assets.handouts.map(\.path)))
            // Pages made ahead of where the assembly is, by their lesson's place in `lessons`.
            var made: [Int: SiteLesson?] = [:]
            for (i, place) in ordered.enumerated() {
                if lessons[place].isPending && made[place] == nil {
                    let pending = ordered[i...].lazy.filter { lessons[$0].isPending }
                    let size = max(1, ahead + 1)
                    let batch = Array(pending.prefix(size))
                    let next = pending.dropFirst(size).prefix(size).map { lessons[$0] }
                    for (other, page) in zip(batch, try make(batch.map { lessons[$0] }, Array(next))) {
                        made[other] = .some(page)
                    }
                }
                let lesson = lessons[place].isPending ? made.removeValue(forKey: place) ?? nil : lessons[place]
                guard let lesson else { continue }
                // Its page is not needed once its files are written.
                lessons[place] = lesson.listed
                let slug = lesson.listing.slug
                let previous = i > 0 ? lessons[ordered[i - 1]].listing : nil
                let next = i + 1 < ordered.count ? lessons[ordered[i + 1]].listing : nil
                var downloads: [Download] = []
                // The traces this lesson writes: their place among its traces and their base.
                var own: [(index: Int, base: String)] = []
                for (index, mark) in lesson.traces.enumerated() {
                    let size = TraceSize(csv: mark.csv, json: mark.json)
                    let files = lesson.page?.traces[index]
                    if let existing = written[size]?.first(where: { $0.isSame(as: mark, files) }) {
                        downloads.append(Download(example: mark.label, base: site.root + existing.base))
                        continue
                    }
                    let base = "data/\(slug).\(mark.example)"
                    written[size, default: []].append(WrittenTrace(mark: mark, files: files, base: site.folder + base))
                    downloads.append(Download(example: mark.label, base: base))
                    own.append((index, base))
                }
                let path = site.folder + slug + ".html"
                var inputs = ""
                if let reuse {
                    var hash = StableHash()
                    hash.add(reuse.identity)
                    hash.add(lesson.identity)
                    hash.add(path)
                    hash.add(previous?.slug ?? "")
                    hash.add(previous?.title ?? "")
                    hash.add(next?.slug ?? "")
                    hash.add(next?.title ?? "")
                    hash.add(i)
                    hash.add(ordered.count)
                    for download in downloads {
                        hash.add(download.example)
                        hash.add(download.base)
                    }
                    for alternate in site.alternates(of: slug) { hash.add(alternate.href) }
                    inputs = hash.hex
                    if let kept = reuse.previous[path], kept.inputs == inputs, reuse.keep(kept.files) {
                        assembled.lessons[path] = kept
                        continue
                    }
                }
                var loaded = lesson.page
                if loaded == nil, let reuse { loaded = try reuse.load(lesson) }
                guard let page = loaded else { continue }
                var files: [String] = []
                func emit(_ file: PageFile) throws(Failure) {
                    try write(file)
                    files.append(file.path)
                }
                for (index, base) in own {
                    try emit(PageFile(path: site.folder + base + ".csv", contents: page.traces[index].csv))
                    try emit(PageFile(path: site.folder + base + ".json", contents: page.traces[index].json))
                }
                var dataWritten: Set<String> = []
                for listing in page.code {
                    let data = site.folder + "data/"
                    try emit(
                        PageFile(path: data + ExampleCode.numpyFile(slug, listing.example), contents: listing.numpy))
                    if listing.pytorchUnsupported == nil {
                        try emit(
                            PageFile(
                                path: data + ExampleCode.pytorchFile(slug, listing.example), contents: listing.pytorch))
                    }
                    if let csv = listing.data, let name = listing.dataFile, !dataWritten.contains(data + name) {
                        dataWritten.insert(data + name)
                        try emit(PageFile(path: data + name, contents: csv))
                    }
                }
                if !page.code.isEmpty {
                    try emit(
                        PageFile(path: site.folder + "data/" + ExampleCode.notebookFile(slug), contents: page.notebook))
                }
                let html = Layout.lesson(
                    LessonLayout(lesson: page, downloads: downloads, position: i, count: ordered.count), site: site,
                    previous: previous, next: next)
                try emit(PageFile(path: path, contents: html))
                assembled.lessons[path] = AssembledLesson(inputs: inputs, files: files)
            }
            let listings = ordered.map { lessons[$0].listing }
            /// Writes a file of the whole language's site, or keeps the previous build's when it was made from the
            /// same inputs: the site's identity, the languages and their lessons, and what `inputs` adds.
            func siteFile(_ path: String, inputs: (inout StableHash) -> Void, make: () -> PageFile) throws(Failure) {
                guard let reuse else { return try write(make()) }
                var hash = StableHash()
                hash.add(reuse.identity)
                hash.add(path)
                for other in languages {
                    hash.add(other)
                    for slug in (slugsByLanguage[other] ?? []).sorted() { hash.add(slug) }
                }
                inputs(&hash)
                let made = AssembledLesson(inputs: hash.hex, files: [path])
                if let kept = reuse.previous[path], kept == made, reuse.keep(kept.files) {
                    assembled.siteFiles[path] = kept
                    return
                }
                try write(make())
                assembled.siteFiles[path] = made
            }
            try siteFile(site.folder + "index.html") { hash in
                for listing in listings {
                    for field in [listing.slug, listing.title, listing.summary] { hash.add(field) }
                    hash.add(listing.readingMinutes)
                }
            } make: {
                PageFile(path: site.folder + "index.html", contents: Layout.index(listings, site: site))
            }
            if !course.glossary.isEmpty {
                try write(
                    PageFile(
                        path: site.folder + GlossaryPage.file, contents: GlossaryPage.html(course.glossary, site: site))
                )
            }
            try siteFile(site.folder + Outline.file) { hash in
                for listing in listings {
                    hash.add(listing.slug)
                    hash.add(listing.title)
                }
            } make: {
                PageFile(path: site.folder + Outline.file, contents: Outline.script(listings))
            }
            let search = SearchIndexFrame(Localization(language: language)).script(ordered.map { lessons[$0].search })
            try write(PageFile(path: site.folder + "search-index.js", bytes: search))
        }
        var css = Stylesheet.css + Stylesheet.exercise + ExploreStyle.css + theme.extraCSS
        if let font = assets.mathFont {
            try write(PageFile(path: SiteAssets.fontFile, bytes: font))
            css = Stylesheet.fontFace(url: SiteAssets.fontFile) + css
        }
        if let license = assets.mathFontLicense {
            try write(PageFile(path: "fonts/GUST-FONT-LICENSE.txt", contents: license))
        }
        for file in assets.handouts {
            try write(PageFile(path: SiteAssets.handoutsFolder + file.path, bytes: file.bytes))
        }
        try write(PageFile(path: "style.css", contents: css))
        try write(PageFile(path: "search.js", contents: SearchScript.js))
        return assembled
    }
}
