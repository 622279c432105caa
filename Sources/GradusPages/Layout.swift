import GradusLessons
import GradusText

/// A trace offered for download: files `BASE.csv` and `BASE.json` beside the page.
struct Download {
    /// What the page calls the example.
    let example: String
    let base: String
}

/// Everything a lesson page shows besides the site's frame.
struct LessonLayout {
    let lesson: RenderedLesson
    let downloads: [Download]
    /// Where the lesson stands among the lessons of its language (from 0), and how many there are.
    let position: Int
    let count: Int
}

/// The HTML around a page's content.
enum Layout {
    static func document(
        title: String, site: SiteContext, alternates: [(language: String, href: String)], navigation: String = "",
        main: String
    ) -> String {
        let words = site.words
        var head = HTMLWriter()
        var switcher = HTMLWriter()
        for alternate in alternates {
            head.open(
                "link",
                [.init("rel", "alternate"), .init("hreflang", alternate.language), .init("href", alternate.href)])
            head.newline()
            switcher.element(
                "a",
                [
                    .init("lang", alternate.language), .init("hreflang", alternate.language),
                    .init("href", alternate.href),
                ],
                Localization.name(of: alternate.language))
        }
        var languages = HTMLWriter()
        if !switcher.html.isEmpty {
            languages.open("nav", [.init("class", "languages"), .init("aria-label", words.otherLanguages)])
            languages.append(switcher)
            languages.close("nav")
        }
        return site.theme.render(
            PageFrame(
                language: site.language, title: title, root: site.root, siteTitle: site.title, head: head.html,
                languages: languages.html, navigation: navigation, main: main, footer: words.footer))
    }

    static func lesson(_ page: LessonLayout, site: SiteContext, previous: LessonListing?, next: LessonListing?)
        -> String
    {
        let lesson = page.lesson
        let words = site.words
        var main = HTMLWriter()
        main.open("article")
        main.newline()
        heading(lesson.title, summary: lesson.summary, to: &main)
        main.element("p", [.init("class", "meta")], words.readingTime(lesson.readingMinutes))
        main.newline()
        let contents = lesson.sections.filter { $0.level == 2 }
        if contents.count >= 2 {
            main.open("nav", [.init("class", "toc"), .init("aria-label", words.contents)])
            main.newline()
            main.element("p", words.contents)
            main.newline()
            main.open("ol")
            main.newline()
            for section in contents {
                main.open("li")
                main.open("a", [.init("href", "#" + section.id)])
                main.raw(section.html)
                main.close("a")
                main.close("li")
                main.newline()
            }
            main.close("ol")
            main.newline()
            main.close("nav")
            main.newline()
        }
        main.raw(lesson.body)
        if !page.downloads.isEmpty {
            main.open("section", [.init("class", "downloads")])
            main.newline()
            main.element("h2", [.init("id", "downloads")], words.downloads)
            main.newline()
            main.open("ul")
            main.newline()
            for (i, download) in page.downloads.enumerated() {
                main.open("li")
                main.text(download.example + ": ")
                main.element("a", [.init("href", download.base + ".csv"), .flag("download")], "CSV")
                main.text(" · ")
                main.element("a", [.init("href", download.base + ".json"), .flag("download")], "JSON")
                if i < lesson.code.count {
                    let code = lesson.code[i]
                    main.text(" · ")
                    main.element(
                        "a",
                        [.init("href", "data/" + ExampleCode.numpyFile(lesson.slug, code.example)), .flag("download")],
                        "NumPy")
                    if code.pytorchUnsupported == nil {
                        main.text(" · ")
                        main.element(
                            "a",
                            [
                                .init("href", "data/" + ExampleCode.pytorchFile(lesson.slug, code.example)),
                                .flag("download"),
                            ],
                            "PyTorch")
                    }
                }
                main.close("li")
                main.newline()
            }
            main.close("ul")
            main.newline()
            if !lesson.code.isEmpty {
                main.open("p")
                main.element(
                    "a", [.init("href", "data/" + ExampleCode.notebookFile(lesson.slug)), .flag("download")],
                    words(.notebook))
                main.close("p")
                main.newline()
                main.element("p", words(.rerunWithoutGradus))
                main.newline()
            }
            if let rerun = lesson.rerun {
                main.open("p")
                words.rerun(file: lesson.sourceFile, example: rerun.example, setting: rerun.setting, to: &main)
                main.close("p")
                main.newline()
            }
            main.close("section")
            main.newline()
        }
        if lesson.citesSource == true, let source = site.course.source {
            source.write(to: &main, words: words, main: site.course.language)
        }
        main.close("article")
        main.newline()
        if previous != nil || next != nil {
            main.open("nav", [.init("class", "pager"), .init("aria-label", words.lessons)])
            if let previous {
                main.element("a", [.init("rel", "prev"), .url("href", previous.slug + ".html")], "← " + previous.title)
            }
            if let next {
                main.element("a", [.init("rel", "next"), .url("href", next.slug + ".html")], next.title + " →")
            }
            main.close("nav")
            main.newline()
        }
        // The page lists its neighbours only, so its size does not grow with the course; `outline.js`, shared by
        // every page of the language, puts the whole list in their place. Without JavaScript the list links to the
        // index, which lists every lesson. Narrow screens have no room for the sidebar: the same list sits behind a
        // disclosure above the page instead, and the stylesheet shows one of the two.
        let list = neighbours(of: page, previous: previous, next: next, words: words)
        var navigation = HTMLWriter()
        navigation.open("nav", [.init("class", "course-menu"), .init("aria-label", words.lessons)])
        navigation.newline()
        navigation.open("details")
        navigation.newline()
        navigation.open("summary")
        navigation.text(words.lessons)
        navigation.text(" ")
        navigation.element("span", [.init("class", "position")], "\(page.position + 1)/\(page.count)")
        navigation.close("summary")
        navigation.newline()
        navigation.append(list)
        navigation.close("details")
        navigation.newline()
        navigation.close("nav")
        navigation.newline()
        navigation.open("nav", [.init("class", "course"), .init("aria-label", words.lessons)])
        navigation.newline()
        navigation.append(list)
        navigation.close("nav")
        navigation.newline()
        navigation.element("script", [.init("src", Outline.file)], "")
        navigation.newline()
        return document(
            title: "\(lesson.title) · \(site.title)", site: site, alternates: site.alternates(of: lesson.slug),
            navigation: navigation.html, main: main.html)
    }

    /// The previous lesson, this one (marked current) and the next, numbered by their place in the course, and a
    /// link to the index.
    static func neighbours(of page: LessonLayout, previous: LessonListing?, next: LessonListing?, words: Localization)
        -> HTMLWriter
    {
        var list = HTMLWriter()
        let first = previous == nil ? page.position + 1 : page.position
        list.open("ol", first == 1 ? [] : [.init("start", String(first))])
        list.newline()
        for (other, current) in [(previous, false), (page.lesson.listing, true), (next, false)] {
            guard let other else { continue }
            var attributes: [HTMLWriter.Attribute] = [.url("href", other.slug + ".html")]
            if current { attributes.append(.init("aria-current", "page")) }
            list.open("li")
            list.element("a", attributes, other.title)
            list.close("li")
            list.newline()
        }
        list.close("ol")
        list.newline()
        list.open("p", [.init("class", "all-lessons")])
        list.element("a", [.init("href", "index.html")], words.allLessons)
        list.close("p")
        list.newline()
        return list
    }

    /// A lesson's `<h1>` title (with `id`, if given) and its summary, as a page and a handout show them.
    static func heading(_ title: String, summary: String, id: String? = nil, to out: inout HTMLWriter) {
        out.element("h1", id.map { [.init("id", $0)] } ?? [], title)
        out.newline()
        if !summary.isEmpty {
            out.element("p", [.init("class", "summary")], summary)
            out.newline()
        }
    }

    static func index(_ lessons: [LessonListing], site: SiteContext) -> String {
        let words = site.words
        var main = HTMLWriter()
        main.element("h1", site.title)
        main.newline()
        site.course.front.write(to: &main, words: words, main: site.course.language)
        let handouts = [(WordKey.handoutCoursePDF, "course.pdf"), (.handoutCourseHTML, "course.html")].compactMap {
            key, name in site.handout(name).map { (key, $0) }
        }
        if !handouts.isEmpty {
            main.open("section", [.init("class", "handouts")])
            main.element("h2", words(.handoutsHeading))
            main.open("ul")
            for (key, href) in handouts {
                main.open("li")
                main.element("a", [.url("href", href)], words(key))
                main.close("li")
            }
            main.close("ul")
            main.close("section")
            main.newline()
        }
        if !site.course.front.isEmpty {
            main.element("h2", words.lessons)
            main.newline()
        }
        main.open("ol", [.init("class", "lessons")])
        main.newline()
        // Worded once per number of minutes: a course of a thousand lessons has a few dozen.
        var readingTimes: [Int: String] = [:]
        for lesson in lessons {
            main.open("li")
            main.element("a", [.url("href", lesson.slug + ".html")], lesson.title)
            main.text(" ")
            let minutes = lesson.readingMinutes
            let time = readingTimes[minutes] ?? words.readingTime(minutes)
            readingTimes[minutes] = time
            main.element("span", [.init("class", "meta")], time)
            if let pdf = site.handout(lesson.slug + ".pdf") {
                main.element("a", [.init("class", "pdf"), .url("href", pdf)], words(.handoutLessonPDF))
            }
            if !lesson.summary.isEmpty { main.element("p", lesson.summary) }
            main.close("li")
            main.newline()
        }
        main.close("ol")
        main.newline()
        if !site.course.glossary.isEmpty {
            main.open("p", [.init("class", "glossary-link")])
            main.element("a", [.init("href", GlossaryPage.file)], words(.glossary))
            main.close("p")
            main.newline()
        }
        if let source = site.course.source { source.write(to: &main, words: words, main: site.course.language) }
        return document(title: site.title, site: site, alternates: site.alternates(of: nil), main: main.html)
    }
}
