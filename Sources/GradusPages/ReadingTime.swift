import GradusLessons

/// An estimate of the minutes a lesson takes to read: 200 words a minute, or 400 Chinese characters.
enum ReadingTime {
    static func minutes(_ lesson: Lesson) -> Int {
        var words = 0
        var characters = 0
        for piece in lesson.body {
            guard case .markdown(let text) = piece else {
                if case .block = piece { words += 60 }  // a table or figure takes a while to read too
                continue
            }
            var inWord = false
            for scalar in text.unicodeScalars {
                if scalar.isASCII {
                    // Letters and digits, without looking up Unicode's properties.
                    let wordy =
                        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    if wordy && !inWord { words += 1 }
                    inWord = wordy
                } else if (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) {
                    characters += 1
                    inWord = false
                } else if scalar.properties.isAlphabetic {
                    if !inWord { words += 1 }
                    inWord = true
                } else {
                    inWord = false
                }
            }
        }
        let minutes = Double(words) / 200 + Double(characters) / 400
        return max(1, Int(minutes.rounded(.up)))
    }
}
