/// Line breaking for plot titles, by estimated width (no font metrics are available when the SVG is written).
enum TitleLines {
    /// The distance between the baselines of two title lines.
    static func lineHeight(_ fontSize: Double) -> Double { (fontSize * 1.25).rounded() }

    /// The estimated width of a title line; titles are set at weight 600, wider than regular text (DejaVu Sans Bold
    /// measured 1.13× DejaVu Sans in Chromium).
    static func width(_ text: String, fontSize: Double) -> Double {
        NumberFormat.estimatedWidth(text, fontSize: fontSize) * 1.15
    }

    /// `text` broken into at most `maxLines` lines that fit `maxWidth` where possible: breaks go at spaces, and
    /// between two characters of a script written without spaces (Chinese, Japanese), never elsewhere. What does
    /// not fit in `maxLines` stays on the last line.
    static func wrap(_ text: String, fontSize: Double, maxWidth: Double, maxLines: Int) -> [String] {
        guard maxWidth > 0, maxLines > 1, width(text, fontSize: fontSize) > maxWidth else { return [text] }
        var lines: [String] = []
        var line = ""
        for piece in pieces(of: text) {
            let candidate = line + piece
            if line.isEmpty || width(trimmed(candidate), fontSize: fontSize) <= maxWidth || lines.count == maxLines - 1
            {
                line = candidate
            } else {
                lines.append(trimmed(line))
                line = piece.drop { $0 == " " }.description
            }
        }
        if !line.isEmpty { lines.append(trimmed(line)) }
        return lines
    }

    /// The unbreakable pieces of `text`: a word with the spaces before it, or one wide character.
    private static func pieces(of text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var previousWasSpace = false
        for character in text {
            if isWide(character) {
                if !current.isEmpty { pieces.append(current) }
                pieces.append(String(character))
                current = ""
            } else if character == " " && !previousWasSpace && !current.isEmpty && current.last != " " {
                pieces.append(current)
                current = " "
            } else {
                current.append(character)
            }
            previousWasSpace = character == " "
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    private static func trimmed(_ line: String) -> String {
        String(line.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// Characters of scripts that break between any two characters (CJK ideographs, kana, Hangul, full-width forms
    /// and CJK punctuation).
    static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return NumberFormat.isWide(scalar)
    }
}
