import ArgumentParser
import Foundation
import GradusLessons

@main
struct Gradus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Builds live gradient-descent lessons into a static site.",
        subcommands: [Build.self, Run.self, Code.self, Check.self, Handout.self, Serve.self])
}

/// The options every command that reads a whole course shares.
struct CourseOptions: ParsableArguments {
    @Option(help: "The folder of lesson sources.") var content = "content"
    @Option(help: "How many examples and pages to work on at once (the output is the same for any number).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    var contentURL: URL { URL(fileURLWithPath: content) }
}

/// "1 lesson", "14 lessons".
func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Prints diagnostics in the compiler's form and exits with status 1.
func fail(_ error: some Error & CustomStringConvertible) -> ExitCode {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    return ExitCode(1)
}
