#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GradusMath
import Testing

/// Golden files: `Golden/<name>.<inline|display>.tex` is converted and compared byte for byte
/// with `Golden/<name>.<inline|display>.mathml` (read relative to this file, not as resources).
@Suite struct GoldenTests {
    static let directory = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Golden")

    static func names() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".tex") }.map { String($0.dropLast(4)) }.sorted()
    }

    static func read(_ file: String) throws -> String {
        var text = String(decoding: try Data(contentsOf: directory.appending(path: file)), as: UTF8.self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    @Test func corpusIsPresentAndComplete() throws {
        let names = Self.names()
        #expect(names.count >= 16)
        for name in names {
            #expect(FileManager.default.fileExists(atPath: Self.directory.appending(path: name + ".mathml").path),
                    "missing \(name).mathml")
        }
    }

    @Test(arguments: names())
    func matchesGoldenOutput(name: String) throws {
        let style: MathStyle = name.hasSuffix(".display") ? .display : .inline
        let output = try TeX.mathML(try Self.read(name + ".tex"), style: style)
        #expect(output == (try Self.read(name + ".mathml")))
    }
}
