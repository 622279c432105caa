import ArgumentParser
import Foundation
import GradusLessons
import GradusRuns
import GradusSite

extension Gradus {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run a lesson's examples and print their traces.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

        @Argument(help: "A lesson file.") var file: String
        @Option(help: "Run only this example.") var example: String?
        @Option(help: "table, csv or json.") var format: Format = .table
        @Option(
            name: .customLong("set"),
            help: ArgumentHelp(
                "Change a setting of the example before running it, e.g. --set optimizer.lr=0.1 or --set start=[1,2] (repeatable; with --example, only that example changes).",
                valueName: "key=value"))
        var settings: [String] = []

        func run() throws {
            let overrides: ExampleOverrides
            do {
                overrides = try ExampleOverrides(example: example, parsing: settings)
            } catch {
                throw ValidationError(error.description)
            }
            let traces: LessonTraces
            do {
                traces = try LessonTraces(file: URL(fileURLWithPath: file), overrides: overrides)
            } catch {
                let exit = fail(error)
                if !settings.isEmpty {
                    printError(
                        "note: the example was read with " + settings.map { "--set \($0)" }.joined(separator: " "))
                }
                throw exit
            }
            let lesson = traces.lesson
            let examples = lesson.examples.filter { example == nil || $0.name == example }
            if let example, examples.isEmpty {
                let names = lesson.examples.map(\.name).joined(separator: ", ")
                throw ValidationError("no example named '\(example)' in \(file); its examples: \(names)")
            }
            if format == .csv, examples.count > 1 {
                let names = examples.map(\.name).joined(separator: ", ")
                throw ValidationError("CSV is one table per example: choose one with --example (\(names))")
            }
            let runs: [ExampleRun]
            do {
                runs = try traces.run(example: example)
            } catch {
                throw fail(error)
            }
            switch format {
            case .table: for run in runs { print(traces.table(run), terminator: "") }
            case .csv: print(TraceExport.csv(runs[0]), terminator: "")
            case .json: print(TraceExport.json(runs), terminator: "")
            }
        }
    }
}
