import Testing

@testable import GradusMath

@Suite struct TokenizerTests {
    @Test func numbersKeepTheirDecimalPart() throws {
        #expect(try kinds("0.0123 42 .5") == [.number("0.0123"), .number("42"), .number(".5")])
    }

    @Test func aTrailingDotIsNotPartOfTheNumber() throws {
        #expect(try kinds("3.") == [.number("3"), .symbol(".")])
    }

    @Test func minusIsASeparateSymbol() throws {
        #expect(try kinds("-0.5") == [.symbol("-"), .number("0.5")])
    }

    @Test func commandsAreLettersAfterABackslash() throws {
        #expect(try kinds(#"\alpha\beta x"#) == [.command("alpha"), .command("beta"), .letter("x")])
    }

    @Test func controlSymbolsAreOneCharacter() throws {
        #expect(
            try kinds(#"\,\\\{\|\ a"#) == [
                .command(","), .command("\\"), .command("{"), .command("|"), .command(" "), .letter("a"),
            ])
    }

    @Test func structuralCharacters() throws {
        #expect(
            try kinds("x^{2}_i & y'") == [
                .letter("x"), .superscript, .openBrace, .number("2"), .closeBrace, .subscript, .letter("i"),
                .alignmentTab, .letter("y"), .symbol("'"),
            ])
    }

    @Test func offsetsAreUTF8Bytes() throws {
        let tokens = try Tokenizer.tokenize("θ = \\alpha")
        #expect(tokens.map(\.offset) == [0, 3, 5])
        #expect(tokens.map(\.length) == [2, 1, 6])
        #expect(tokens[0].kind == .letter("θ"))
    }
}
