import ArgumentParser
import Foundation
import GradusLessons
import GradusRuns
import GradusSite

@main
struct Gradus: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds live gradient-descent lessons into a static site.",
        subcommands: [Build.self, Run.self, Check.self, Handout.self, Serve.self])
}

/// "1 lesson", "14 lessons".
func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Prints diagnostics in the compiler's form and exits with status 1.
func fail(_ diagnostics: Diagnostics) -> ExitCode {
    FileHandle.standardError.write(Data((diagnostics.description + "\n").utf8))
    return ExitCode(1)
}

extension Gradus {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Build the site from the content folder.")

        @Option(help: "The folder of lesson sources.") var content = "content"
        @Option(help: "The folder the site is written to (replaced as a whole).") var output = "output"
        @Option(help: "How many lessons to run at once (the output is the same for any number).")
        var jobs = ProcessInfo.processInfo.activeProcessorCount
        @Flag(help: "Run every lesson again instead of reusing unchanged ones from .gradus-cache.") var noCache = false

        func run() throws {
            do {
                let outputURL = URL(fileURLWithPath: output)
                let summary = try SiteBuild(
                    content: URL(fileURLWithPath: content), output: outputURL,
                    cache: noCache ? nil : SiteBuild.defaultCache(for: outputURL), jobs: jobs
                ).run()
                print(
                    "built \(count(summary.lessons, "lesson")) (\(count(summary.examples, "example"))) into \(output)/: "
                        + "\(count(summary.files.count, "file")); \(summary.rerun.count) run, \(summary.reused.count) unchanged")
            } catch {
                throw fail(error)
            }
        }
    }

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
            let lesson: Lesson
            do {
                lesson = try LessonFile.load(URL(fileURLWithPath: file), overrides: overrides)
            } catch {
                let exit = fail(error)
                if !settings.isEmpty {
                    printError("note: the example was read with " + settings.map { "--set \($0)" }.joined(separator: " "))
                }
                throw exit
            }
            var examples = lesson.examples
            if let example {
                examples = examples.filter { $0.name == example }
                guard !examples.isEmpty else {
                    let names = lesson.examples.map(\.name).joined(separator: ", ")
                    throw ValidationError("no example named '\(example)' in \(file); its examples: \(names)")
                }
            }
            if format == .csv, examples.count > 1 {
                let names = examples.map(\.name).joined(separator: ", ")
                throw ValidationError("CSV is one table per example: choose one with --example (\(names))")
            }
            let runs = examples.map(Executor.run)
            switch format {
            case .table: for run in runs { print(TraceExport.table(run), terminator: "") }
            case .csv: print(TraceExport.csv(runs[0]), terminator: "")
            case .json: print(TraceExport.json(runs), terminator: "")
            }
        }
    }
}

extension Gradus {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rerun every example and compare with the golden values beside the lessons.",
            discussion: "Exits 0 when everything matches, 1 when anything differs.")

        @Option(help: "The folder of lesson sources.") var content = "content"
        @Flag(help: "Rewrite the golden files with the values of this run and print what changed.") var update = false
        @Option(help: "Also write a JUnit XML report to this file.") var junit: String?

        func run() throws {
            let results: [SiteCheck.LessonResult]
            do {
                results = try SiteCheck(content: URL(fileURLWithPath: content)).run(update: update)
                if let junit { try SiteCheck.write(SiteCheck.junit(results), to: junit) }
            } catch {
                throw fail(error)
            }
            for result in results {
                let report = result.report(update: update)
                for line in report.lines { print(line) }
                for problem in report.problems { printError(problem) }
            }
            if !update && !results.allSatisfy(\.passed) { throw ExitCode(1) }
        }
    }
}

extension Gradus {
    struct Handout: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write self-contained handouts: one HTML file per lesson and one for the whole course.",
            discussion: "Each file carries its stylesheet, math font and figures inline and makes no external request.")

        @Option(help: "The folder of lesson sources.") var content = "content"
        @Option(help: "The folder the handouts are written to (replaced as a whole).") var output = "handouts"
        @Flag(help: "Also print each handout to PDF with headless Chromium.") var pdf = false

        func run() throws {
            do {
                let files = try SiteHandouts(content: URL(fileURLWithPath: content), output: URL(fileURLWithPath: output))
                    .run(pdf: pdf)
                print("wrote \(files.count) handout files into \(output)/")
            } catch {
                throw fail(error)
            }
        }
    }
}
