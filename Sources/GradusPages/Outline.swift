import GradusText

/// The course outline, written once per language as `outline.js` beside the pages: the lessons' titles and links,
/// and a script that puts them into a page's lists of lessons. A page itself lists only its neighbours (see
/// `Layout.neighbours`), so its size does not depend on the number of lessons, and a page without JavaScript keeps
/// that short list and its link to the index.
enum Outline {
    static let file = "outline.js"

    /// `window.gradusOutline = [[title, href], …]` in course order, then the script. Every string is a JSON literal
    /// safe inside a script (`Escape.json`: no `<`, `>`, `&`, line separators); a link is percent-encoded, `&` and
    /// `'` included, so it needs no HTML escaping either.
    static func script(_ lessons: [LessonListing]) -> String {
        var out = "window.gradusOutline = [\n"
        out += lessons.map { lesson in
            "[\(Escape.json(lesson.title)), \(Escape.json(href(lesson.slug)))]"
        }.joined(separator: ",\n")
        out += "\n];\n"
        return out + js
    }

    /// The link to a lesson's page, as the page's own links write it but without HTML entities.
    static func href(_ slug: String) -> String {
        Escape.urlInScript(slug + ".html")
    }

    /// Runs where the page includes it, right after its lists of lessons: each list (the sidebar's and the narrow
    /// screens' disclosure) is replaced by one of every lesson, the current one marked `aria-current="page"` as
    /// before; the current lesson's number is the short list's `start` plus its place in it. The link to the index
    /// goes, as the list now holds every lesson. Titles are set as text, never parsed as HTML.
    static let js = #"""
        (function () {
          "use strict";
          var lessons = window.gradusOutline;
          if (!lessons) { return; }
          document.querySelectorAll("nav.course, nav.course-menu").forEach(function (nav) {
            var list = nav.querySelector("ol");
            if (!list) { return; }
            var items = Array.prototype.slice.call(list.children);
            var here = -1;
            items.forEach(function (item, i) {
              if (item.querySelector("a[aria-current]")) { here = list.start - 1 + i; }
            });
            var full = document.createElement("ol");
            lessons.forEach(function (lesson, i) {
              var item = document.createElement("li");
              var link = document.createElement("a");
              link.setAttribute("href", lesson[1]);
              link.textContent = lesson[0];
              if (i === here) { link.setAttribute("aria-current", "page"); }
              item.appendChild(link);
              full.appendChild(item);
            });
            list.parentNode.replaceChild(full, list);
            var all = nav.querySelector("p.all-lessons");
            if (all) { all.parentNode.removeChild(all); }
          });
        })();

        """#
}
