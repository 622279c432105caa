import Yams

extension LessonParser {
    /// The examples the explore blocks of `body` ask for, one per combination, each the named example with the
    /// combination's settings written in by `ExampleOverrides` (as `gradus run --set` does), keyed by
    /// `Explore.key(example:run:)`. A combination that is not a valid example is one diagnostic at the block's
    /// setting.
    static func exploreVariants(
        _ body: [Piece], root: Node, reader: YAMLReader, files: any DataFiles
    ) -> (variants: [String: Example], problems: [Diagnostic]) {
        var variants: [String: Example] = [:]
        var problems: [Diagnostic] = []
        let entries = root.mapping?["examples"]?.sequence.map(Array.init) ?? []
        let parser = ExampleParser(reader: reader, files: files)
        for piece in body {
            guard case .block(let block) = piece, let explore = block.explore,
                let entry = entries.first(where: { $0.mapping?["name"]?.string == block.example })
            else { continue }
            let single = Node.mapping(Node.Mapping([(Node("examples"), Node.sequence(Node.Sequence([entry])))]))
            for run in 0..<explore.count {
                let key = explore.key(example: block.example, run: run)
                guard variants[key] == nil else { continue }
                do throws(Diagnostics) {
                    let overrides: ExampleOverrides
                    do throws(SettingError) {
                        overrides = try ExampleOverrides(example: block.example, parsing: explore.settings(of: run))
                    } catch {
                        throw Diagnostics(block.location, error.description)
                    }
                    let changed = try overrides.apply(to: single, reader: reader)
                    guard let example = changed.mapping?["examples"]?.sequence?.first else { continue }
                    variants[key] = try parser.example(example)
                } catch {
                    let indices = explore.indices(of: run)
                    let named = zip(explore.dimensions, indices).map {
                        "\($0.setting.rawValue) = \($0.values[$1].text)"
                    }
                    let first = error.all.first?.message ?? "the example cannot be made"
                    problems.append(
                        Diagnostic(
                            explore.dimensions[0].location,
                            "with \(named.joined(separator: ", ")), example '\(block.example)' is not valid: \(first)"))
                    break
                }
            }
        }
        return (variants, problems)
    }
}
