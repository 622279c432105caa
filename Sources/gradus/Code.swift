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
        @Flag(help: "Print the example's data as the CSV file its listing reads, instead of the listing.")
        var dataCSV = false

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
            if dataCSV {
                guard example != nil, let csv = examples.first.flatMap(PythonListing.dataCSV) else {
                    throw ValidationError(
                        "--data-csv needs --example NAME of an example whose listing reads a data file")
                }
                print(csv, terminator: "")
                return
            }
            let kind: Listing.Flavour = flavour == .numpy ? .numpy : .pytorch
            for (i, example) in examples.enumerated() {
                var request = ListingRequest(
                    example: example, title: example.label.text(in: lesson.language) ?? example.name,
                    lessonFile: URL(fileURLWithPath: file).lastPathComponent,
                    parameterNames: [])
                request.language = lesson.language
                if PythonListing.readsDataFile(example) {
                    request.dataFile = "\(example.name).data.csv"
                    printError(
                        "note: '\(example.name)' reads its data from \(request.dataFile!): write it with "
                            + "gradus code \(file) --example \(example.name) --data-csv > \(request.dataFile!)")
                }
                if i > 0 { print("\n") }
                print(PythonListing.listing(kind, request).code, terminator: "")
            }
        }
    }
}
