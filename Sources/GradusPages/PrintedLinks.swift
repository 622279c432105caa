import Foundation
import GradusMarkdown
import GradusText

/// How a handout writes the links of a lesson for a reader holding paper. A link to another lesson of the course
/// handout goes to that lesson in the same document and, once the course has been printed, is followed by the page
/// it starts on ("p. 13"); a link to a heading of its own lesson goes to that heading's id in the document; a web link
/// whose text is not already its address is followed by the address, without `https://` (and without a `www.` or a
/// final `/`). The notes are printed only (`span.link-target`); on screen the link itself is there to follow.
struct PrintedLinks: Sendable {
    /// The lessons in the same document (the course handout), slug → the page each starts on, if known; empty in a
    /// lesson's own handout, whose links to other lessons go to their handouts beside it.
    var lessons: [String: Int?] = [:]
    /// What the ids of the lesson's headings start with in this document.
    var idPrefix = ""

    /// Where the link goes in the handout and the note printed after it, if either differs from the web page.
    func target(of destination: String, text: String, words: Localization) -> (href: String, note: String?)? {
        if destination.hasPrefix("http://") || destination.hasPrefix("https://") {
            let short = Self.shortened(destination)
            guard !short.isEmpty, Self.shortened(text.trimmingCharacters(in: .whitespacesAndNewlines)) != short else {
                return nil
            }
            return (destination, words(.linkAddress, ["address": short]))
        }
        if destination.hasPrefix("#"), !idPrefix.isEmpty, destination.count > 1 {
            return ("#" + idPrefix + destination.dropFirst(), nil)
        }
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts[0].hasSuffix(".html"), !parts[0].contains("/"), let start = lessons[String(parts[0].dropLast(5))]
        else { return nil }
        let slug = String(parts[0].dropLast(5))
        let fragment = parts.count > 1 && !parts[1].isEmpty ? "-" + parts[1] : ""
        return ("#" + slug + fragment, start.map { words(.linkPage, ["page": String($0)]) })
    }

    /// A web address as printed: no scheme, no `www.`, no final `/`.
    static func shortened(_ address: String) -> String {
        var short = Substring(address)
        for prefix in ["https://", "http://", "www."] where short.hasPrefix(prefix) {
            short = short.dropFirst(prefix.count)
        }
        while short.hasSuffix("/") { short = short.dropLast() }
        return String(short)
    }
}

extension PageRenderer {
    /// A link as `printedLinks` writes it: its target in the handout, then the printed note.
    mutating func render(_ link: Link, printed: PrintedLinks) -> Bool {
        var inner = PageRenderer(options: options, words: words, slots: slots)
        inner.render(link.content)
        let content = inner.output.writer
        guard let (href, note) = printed.target(of: link.destination, text: content.text, words: words) else {
            return false
        }
        var attributes: [HTMLWriter.Attribute] = [.url("href", href)]
        if !link.title.isEmpty { attributes.append(.init("title", link.title, apostrophe: false)) }
        output.writer.open("a", attributes)
        output.writer.append(content)
        output.writer.close("a")
        // The note is for paper: it is left out of the page's readable text (the search index's).
        if let note { output.writer.raw("<span class=\"link-target\">" + Escape.markup(note) + "</span>") }
        return true
    }
}
