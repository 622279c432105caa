import GradusMath
import GradusTestSupport
import Testing

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Golden files: `Golden/<name>.<inline|display>.tex` is converted and compared byte for byte
/// with `Golden/<name>.<inline|display>.mathml` (read relative to this file, not as resources);
/// `GRADUS_UPDATE_GOLDEN=1` rewrites them.
@Suite struct GoldenTests {
    static let golden = GoldenFolder()

    static func names() -> [String] { golden.names(withSuffix: ".tex") }

    static func read(_ file: String) throws -> String {
        var text = try golden.read(file)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    @Test func corpusIsPresentAndComplete() throws {
        let names = Self.names()
        #expect(names.count >= 16)
        for name in names {
            #expect(Self.golden.exists(name + ".mathml"), "missing \(name).mathml")
        }
    }

    @Test(arguments: names())
    func matchesGoldenOutput(name: String) throws {
        let style: MathStyle = name.hasSuffix(".display") ? .display : .inline
        let output = try TeX.mathML(try Self.read(name + ".tex"), style: style)
        try Self.golden.check(output + "\n", named: name + ".mathml")
    }
}
