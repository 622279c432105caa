extension Stylesheet {
    /// Exercises: a framed question, the answer folded on the web, open in a teacher's edition, and ruled room to
    /// write on a student's sheet.
    static let exercise = """
        section.exercise { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px;
                           padding: .6rem 1rem; margin: 1.5rem 0; }
        section.exercise > p.exercise-title { margin: 0 0 .2rem; color: var(--accent); font: 700 .95rem system-ui, sans-serif; }
        section.exercise ol.choices { list-style: none; padding-left: .2rem; }
        section.exercise ol.choices li { margin: .25rem 0; }
        section.exercise span.choice-letter { display: inline-block; min-width: 1.7em; font: 700 .95rem system-ui, sans-serif; }
        section.exercise.sheet span.choice-letter::before { content: "☐ "; font-weight: 400; }
        details.answer { margin: .6rem 0 .2rem; }
        details.answer > summary { cursor: pointer; color: var(--accent); font-family: system-ui, sans-serif; font-size: .95rem; }
        details.answer[open] > summary { margin-bottom: .3rem; }
        div.answer { margin-top: .6rem; padding-top: .4rem; border-top: 1px dashed var(--line); }
        p.answer-value { margin: .3rem 0; }
        p.accept, ul.choice-results { color: var(--muted); font-family: system-ui, sans-serif; font-size: .88rem; }
        ul.choice-results { padding-left: 1.2rem; }
        div.answer-space { min-height: 6.5rem; margin-top: .6rem;
                           background: repeating-linear-gradient(180deg, transparent, transparent 2.1rem, #c3c8d0 2.1rem, #c3c8d0 2.2rem); }
        div.answer-space::before { content: attr(data-label); color: var(--muted); font: .8rem system-ui, sans-serif; }
        header.sheet p.name { font-family: system-ui, sans-serif; margin: 1rem 0; }
        header.sheet p.name span.blank { display: inline-block; width: 16rem; border-bottom: 1px solid var(--text); }
        p.variant-values { color: var(--muted); font-family: system-ui, sans-serif; font-size: .9rem; }
        @media print { section.exercise { break-inside: avoid; } details.answer > summary { display: none; } }

        """
}
