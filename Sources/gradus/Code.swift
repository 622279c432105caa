import ArgumentParser
import Foundation
import GradusCode
import GradusLessons
import GradusSite

extension Gradus {
    struct Code: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a lesson's examples as Python programs (NumPy or PyTorch) that compute the page's numbers."
        )

        @Argument(help: "A lesson file.") var file: String
        @Option(help: "Only this example.") var example: String?
        @Option(help: "numpy or pytorch.") var flavour: Flavour = .numpy

        enum Flavour: String, ExpressibleByArgument, CaseIterable { case numpy, pytorch }

        func run() throws {
            let lesson: Lesson
            do {
                lesson = try LessonTraces(file: URL(fileURLWithPath: file), overrides: .none).lesson
            } catch {
                throw fail(error)
            }
            let examples = lesson.examples.filter { example == nil || $0.name == example }
            if let example, examples.isEmpty {
                let names = lesson.examples.map(\.name).joined(separator: ", ")
                throw ValidationError("no example named '\(example)' in \(file); its examples: \(names)")
            }
            let kind: Listing.Flavour = flavour == .numpy ? .numpy : .pytorch
            for (i, example) in examples.enumerated() {
                var request = ListingRequest(
                    example: example, title: example.label.text(in: lesson.language) ?? example.name,
                    lessonFile: URL(fileURLWithPath: file).lastPathComponent,
                    parameterNames: [])
                if PythonListing.readsDataFile(example) {
                    request.dataFile = "\(example.name).data.csv"
                    printError(
                        "note: '\(example.name)' reads its data from \(request.dataFile!); the site's data folder has it"
                    )
                }
                if i > 0 { print("\n") }
                print(PythonListing.listing(kind, request).code, terminator: "")
            }
        }
    }
}
