/// The site's shared stylesheet.
enum Stylesheet {
    /// Declares the shipped math font, so formulas look the same on every reader's machine.
    static func fontFace(url: String) -> String {
        "@font-face { font-family: \"Latin Modern Math\"; src: url(\"\(url)\") format(\"opentype\"); font-display: swap; }\n"
    }

    /// What a handout adds: no interactive parts; in print the course's lessons follow each other after its front
    /// page, each title kept with what follows it.
    static let handout = """
        body.handout details.plot-data, body.handout a.anchor { display: none; }
        body.handout article + article { margin-top: 4rem; }
        body.handout header.handout nav.toc { display: block; }
        body.handout nav.toc span.page { float: right; font-variant-numeric: tabular-nums; }
        @media print { body.handout header.handout { break-after: page; } body.handout article { break-before: auto; }
          body.handout article + article { margin-top: 2.5rem; }
          body.handout article > h1, body.handout article > p.summary { break-after: avoid; }
          /* Chromium shrinks the whole document to fit its widest element: one too-wide element would print the whole
             course smaller than its lessons' own handouts (seen in the Chinese course). */
          html, body.handout, body.handout main { overflow: hidden; }
          body.handout table { font-size: 8.5pt; }
          body.handout th, body.handout td { padding: .2rem .35rem; }
          /* The course's front page: title, front matter, source, contents and the footer's note fit on one page. */
          body.handout header.handout h1 { font-size: 1.7rem; margin-top: 0; }
          body.handout header.handout section.front h2 { font-size: 1rem; margin: 1rem 0 .3rem; padding-bottom: .15rem; }
          body.handout header.handout section.front p, body.handout header.handout li { margin: .3rem 0; line-height: 1.45; }
          body.handout header.handout p.introduction { font-size: 1rem; }
          body.handout header.handout nav.toc { margin: .8rem 0; }
          /* The footer would take a page of its own after a lesson; the course's front page says it instead. */
          body.handout footer.site { display: none; } }

        """

    static let css = """
        :root {
          --text: #1d2430; --muted: #5b6473; --back: #fdfdfb; --line: #d9dce1; --accent: #1f5fbf;
          --code-back: #f2f3f5; --row: #f6f7f9;
        }
        @media (prefers-color-scheme: dark) {
          :root { --text: #e4e6ea; --muted: #a3abb8; --back: #15181d; --line: #343a44; --accent: #7fb0ff;
                  --code-back: #1f242b; --row: #1b1f25; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--back); color: var(--text);
               font: 1.0625rem/1.65 "Source Serif 4", "Noto Serif", Georgia, "Noto Serif CJK SC", serif; }
        header.site, footer.site { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem; color: var(--muted);
               font-family: system-ui, sans-serif; font-size: .9rem; }
        header.site { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; }
        header.site a { color: var(--text); font-weight: 600; text-decoration: none; }
        header.site a.title { min-width: 0; overflow-wrap: anywhere; }
        nav.languages { flex-shrink: 0; white-space: nowrap; }
        div.search { position: relative; margin-left: auto; }
        div.search input { font: inherit; padding: .25rem .5rem; border: 1px solid var(--line); border-radius: 4px;
                           background: var(--back); color: var(--text); width: 13rem; }
        div.search ol.results { position: absolute; right: 0; z-index: 10; width: min(28rem, 90vw); margin: .3rem 0 0;
                                padding: .3rem; list-style: none; background: var(--back); border: 1px solid var(--line);
                                border-radius: 6px; box-shadow: 0 4px 16px rgba(0, 0, 0, .15); max-height: 70vh; overflow-y: auto; }
        div.search li { padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
        div.search li:last-child { border-bottom: none; }
        div.search li p { margin: .2rem 0 0; color: var(--muted); font-weight: 400; font-size: .85rem; }
        nav.languages a { font-weight: 400; color: var(--accent); margin-left: .8rem; }
        :lang(zh) body, body:lang(zh) { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif; }
        footer.site { border-top: 1px solid var(--line); margin-top: 3rem; }
        main { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; min-width: 0; }
        nav.course, nav.course-menu { font-family: system-ui, sans-serif; font-size: .9rem; }
        nav.course { display: none; }
        nav.course ol, nav.course-menu ol { list-style: none; padding: 0; margin: 0; }
        nav.course li, nav.course-menu li { margin: .1rem 0; }
        nav.course a, nav.course-menu a { display: block; padding: .3rem .6rem; border-radius: 4px; color: var(--muted);
                                          text-decoration: none; }
        nav.course ol a::before, nav.course-menu ol a::before { content: counter(list-item) ". "; }
        nav.course p.all-lessons, nav.course-menu p.all-lessons { margin: .4rem 0 0; border-top: 1px solid var(--line);
                                                                  padding-top: .3rem; }
        nav.course a[aria-current="page"], nav.course-menu a[aria-current="page"] { background: var(--row); color: var(--text);
                                                                                   font-weight: 600; }
        nav.course-menu { max-width: 46rem; margin: .25rem auto 0; padding: 0 1.25rem; }
        nav.course-menu details { border: 1px solid var(--line); border-radius: 6px; }
        nav.course-menu summary { cursor: pointer; padding: .5rem .8rem; font-weight: 600; }
        nav.course-menu span.position { margin-left: .3rem; color: var(--muted); font-weight: 400; }
        nav.course-menu details[open] > summary { border-bottom: 1px solid var(--line); }
        nav.course-menu ol { padding: .4rem; }
        @media (min-width: 75rem) {
          .layout { display: grid; grid-template-columns: 15rem minmax(0, 46rem); gap: 2rem; justify-content: center; }
          nav.course { display: block; position: sticky; top: 1rem; align-self: start; padding-top: 1.5rem; }
          nav.course-menu { display: none; }
          .layout > main { margin: 0; }
          .layout > main:only-child { grid-column: 1 / -1; justify-self: center; width: 100%; }
          header.site, footer.site { max-width: 63rem; }
        }
        p.meta, span.meta { color: var(--muted); font-family: system-ui, sans-serif; font-size: .85rem; }
        nav.toc { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0 2rem;
                  font-family: system-ui, sans-serif; font-size: .9rem; }
        nav.toc p { margin: .2rem 0; font-weight: 600; }
        nav.toc ol { margin: .2rem 0; padding-left: 1.4rem; }
        section.downloads ul { font-family: system-ui, sans-serif; font-size: .95rem; }
        h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.25; }
        h1 { font-size: 2rem; margin: 1.5rem 0 .5rem; }
        h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
        h3 { font-size: 1.1rem; margin-top: 1.8rem; }
        a { color: var(--accent); }
        a.anchor { margin-left: .4rem; color: var(--line); text-decoration: none; font-weight: 400; }
        h2:hover a.anchor, h3:hover a.anchor { color: var(--muted); }
        p.summary { font-size: 1.15rem; color: var(--muted); margin-top: 0; }
        code, pre { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: .88em; }
        code { background: var(--code-back); padding: .1em .3em; border-radius: 3px; }
        pre { --cover: var(--code-back); padding: .8rem 1rem; overflow-x: auto; border-radius: 4px; line-height: 1.45; }
        pre code { background: none; padding: 0; }
        math { font-family: "Latin Modern Math", "STIX Two Math", math; font-size: 1.1em; }
        math[display="block"] { margin: 1rem 0; overflow-x: auto; overflow-y: hidden; }
        /* A long display formula wraps before a relation, and a piece that still does not fit before a binary
           operator (the renderer groups them; MathML Core has no line breaking of its own). */
        mrow.lines { display: flex; flex-wrap: wrap; justify-content: center; align-items: baseline; }
        figure.iterations, figure.data, figure.compare, figure.table { margin: 1.5rem 0; overflow-x: auto; }
        figure.plot, details.plot-data { overflow-x: auto; overflow-y: hidden; }
        /* What is cut off at a side of a scrolling box shows as a shadow on that side; a cover that scrolls
           with the content hides the shadow once that side is reached. */
        math[display="block"], figure.iterations, figure.data, figure.compare, figure.table, figure.plot, details.plot-data, pre {
          --edge: color-mix(in srgb, var(--text) 30%, transparent);
          background:
            linear-gradient(to right, var(--cover, var(--back)) 40%, transparent) left / 1.5rem 100% no-repeat local,
            linear-gradient(to left, var(--cover, var(--back)) 40%, transparent) right / 1.5rem 100% no-repeat local,
            linear-gradient(to right, var(--edge) 0%, transparent) left / .6rem 100% no-repeat scroll,
            linear-gradient(to left, var(--edge) 0%, transparent) right / .6rem 100% no-repeat scroll var(--cover, var(--back));
        }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: .9rem;
                font-family: system-ui, sans-serif; }
        figcaption { color: var(--muted); font-family: system-ui, sans-serif; font-size: .9rem; padding-bottom: .4rem; }
        th, td { padding: .3rem .55rem; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
        thead th { border-bottom: 2px solid var(--text); }
        tbody tr:nth-child(even) { background: var(--row); }
        tr.gap td { text-align: center; color: var(--muted); font-style: italic; }
        aside.callout { border-left: 4px solid var(--accent); background: var(--row); padding: .5rem 1rem; margin: 1.5rem 0; }
        aside.callout.tip { border-color: #2e8b57; }
        aside.callout.warning { border-color: #c77800; }
        aside.callout p.callout-title { font-family: system-ui, sans-serif; font-weight: 600; margin: .2rem 0; }
        figure.plot { margin: 1.5rem 0; }
        figure.plot svg { max-width: 100%; height: auto; display: block; }
        /* Each plot is drawn twice: at its own size, and at a phone's width with the same labels, shown instead
           on narrow screens (below), so the labels keep a readable size. */
        figure.plot div.plot-narrow { display: none; }
        figure.plot figcaption { color: var(--muted); font-family: system-ui, sans-serif; font-size: .9rem; margin-top: .3rem; }
        details.plot-data summary { cursor: pointer; color: var(--muted); font-family: system-ui, sans-serif; font-size: .85rem; }
        section.faq h3 { position: relative; padding-left: 1.6rem; }
        section.faq h3::before { content: "Q"; position: absolute; left: 0; color: var(--accent); }
        section.faq h3:lang(zh)::before { content: "问"; }
        section.faq h3 + * { margin-top: .3rem; }
        td.text { text-align: left; white-space: normal; }
        figure.table th, figure.table td { white-space: normal; text-align: left; }
        figure.compare table { font-size: .82rem; }
        figure.compare th, figure.compare td { padding: .3rem .4rem; }
        figure.compare thead th { white-space: normal; vertical-align: bottom; min-width: 4.5em; word-break: keep-all; }
        span.nowrap { white-space: nowrap; }
        @media (min-width: 640px) { p code, li code { white-space: nowrap; } }
        figure.compare td.text { min-width: 6rem; }
        figure.compare thead th:first-child { text-align: left; }
        figure.compare tbody th { text-align: left; white-space: normal; min-width: 7rem; max-width: 16rem; }
        details.claims { border-left: 4px solid #2e8b57; background: var(--row); padding: .6rem 1rem; margin: 1.5rem 0;
                       font-family: system-ui, sans-serif; font-size: .92rem; }
        details.claims summary { font-weight: 600; cursor: pointer; }
        details.claims[open] summary { margin-bottom: .3rem; }
        details.claims ul { list-style: none; padding: 0; margin: 0; }
        details.code { border-left: 4px solid var(--line); padding: .4rem 1rem; margin: 1rem 0 1.5rem; }
        details.code summary { cursor: pointer; font-family: system-ui, sans-serif; font-size: .95rem; }
        details.code p { font-family: system-ui, sans-serif; font-size: .9rem; }
        details.code pre { max-height: 32rem; overflow: auto; font-size: .8rem; }
        details.claims .mark { color: #2e8b57; font-weight: 700; }
        details.claims .evidence { color: var(--muted); }
        p.source { color: var(--muted); font-size: .9rem; margin-top: 2rem; }
        figure.step figcaption { color: var(--muted); font-family: system-ui, sans-serif; font-size: .9rem; }
        section.front p.introduction { font-size: 1.1rem; }
        section.front h2, section.handouts h2 { font-size: 1.15rem; margin-top: 1.6rem; }
        ul.objectives li { margin: .25rem 0; }
        ol.lessons a.pdf { margin-left: .6rem; font-family: system-ui, sans-serif; font-size: .85rem; font-weight: 400; }
        figure.numbered { margin: 1.5rem 0; }
        figure.numbered > figure { margin-top: .3rem; }
        figcaption.number { font-weight: 600; color: var(--text); padding-bottom: 0; }
        div.equation { display: flex; align-items: center; gap: 1rem; }
        div.equation > math { flex: 1; min-width: 0; }
        span.equation-number { font-family: system-ui, sans-serif; font-size: .95rem; }
        a.term { color: inherit; text-decoration: underline dotted var(--muted); }
        a.term dfn, span.term, dfn.term { font-style: inherit; }
        dl.glossary dt { font-weight: 600; margin-top: 1rem; scroll-margin-top: 1rem; }
        dl.glossary dt dfn { font-style: normal; }
        dl.glossary dt span.other { font-weight: 400; color: var(--muted); margin-left: .4rem; }
        dl.glossary dd { margin: .2rem 0 0 1.2rem; }
        dl.glossary dt:target { background: var(--row); }
        ol.lessons { padding-left: 1.5rem; }
        ol.lessons li { margin: 1rem 0; }
        ol.lessons li a { font-size: 1.2rem; font-family: system-ui, sans-serif; font-weight: 600; }
        ol.lessons span.meta { display: block; }
        ol.lessons li p { margin: .2rem 0 0; color: var(--muted); }
        nav.pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 3rem;
                    font-family: system-ui, sans-serif; }
        nav.pager a[rel="next"] { margin-left: auto; }
        /* Phones: the header takes two rows, plots use the full width of the screen, comparisons become cards. */
        @media (max-width: 40rem) {
          header.site { flex-wrap: wrap; row-gap: .5rem; padding: .75rem 1.25rem; }
          header.site a.title { flex: 1 1 0; overflow: hidden; display: -webkit-box; -webkit-box-orient: vertical;
                                -webkit-line-clamp: 2; line-height: 1.4; }
          div.search { flex: 1 1 100%; margin-left: 0; }
          div.search input { width: 100%; }
          figure.plot { margin-left: -1.25rem; margin-right: -1.25rem; }
          figure.plot div.plot-wide { display: none; }
          figure.plot div.plot-narrow { display: block; }
          figure.plot div.plot-narrow svg { width: 100%; }
          figure.plot figcaption { margin: .3rem 1.25rem 0; }
          /* A comparison becomes one card per run: its label, its outcome, then each number beside its column's
             name (from the cell's data-label). */
          figure.compare { overflow: visible; background: none; }
          figure.compare table, figure.compare tbody { display: block; }
          figure.compare thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
          figure.compare tbody tr { display: flex; flex-direction: column; margin: .6rem 0; padding: .3rem .8rem;
                                    border: 1px solid var(--line); border-radius: 6px; background: none; }
          figure.compare tbody th { order: -2; border: none; padding: .2rem 0; min-width: 0; max-width: none; font-size: .95rem; }
          figure.compare td { display: flex; justify-content: space-between; gap: 1rem; min-width: 0; padding: .25rem 0;
                              border-bottom: none; border-top: 1px solid var(--line); white-space: normal; }
          figure.compare td::before { content: attr(data-label); color: var(--muted); text-align: left; }
          figure.compare td.text { text-align: right; }
          figure.compare td.outcome { order: -1; display: block; border-top: none; padding-top: 0; text-align: left; }
          figure.compare td.outcome::before { content: none; }
        }
        span.link-target { display: none; }
        @media print {
          :root { --text: #000; --muted: #333; --back: #fff; --line: #999; --row: #f3f3f3; --code-back: #f3f3f3; }
          header.site, div.search, nav.pager, nav.course, nav.course-menu, nav.toc, a.anchor, section.downloads, details.plot-data, details.code { display: none; }
          body { font-size: 11pt; }
          main { max-width: none; }
          article { break-before: page; }
          /* A plot, a callout or a formula stays whole, at most about a third of the page high; a table or a listing
             may continue on the next page (its header row repeats there), so neither leaves the rest of a page blank. */
          figure, aside, math[display="block"] { break-inside: avoid; }
          figure.iterations, figure.data, figure.compare, figure.table, figure.numbered, pre { break-inside: auto; }
          tr { break-inside: avoid; }
          figure > figcaption:first-child { break-after: avoid; }
          figure.plot svg { max-height: 8.5cm; width: auto; margin: 0 auto; }
          p, li { orphans: 2; widows: 2; }
          h2, h3 { break-after: avoid; }
          figure.iterations, figure.data, figure.compare, figure.table, figure.plot, details.plot-data { overflow: visible; }
          math[display="block"], figure.iterations, figure.data, figure.compare, figure.table, figure.plot, details.plot-data, pre {
            background: var(--cover, var(--back)); }
          figure.plot div.plot-wide { display: block; }
          figure.plot div.plot-narrow { display: none; }
          a { color: inherit; }
          /* A link prints its short address, or in the course handout the page it goes to, after it. */
          span.link-target { display: inline; overflow-wrap: anywhere; font-size: .85em; color: var(--muted); }
        }

        """
}
