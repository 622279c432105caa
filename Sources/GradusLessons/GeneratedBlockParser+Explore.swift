import Yams

extension GeneratedBlockParser {
    static let exploreKeys = ["example", "lr", "momentum", "start", "initial", "claims", "title", "x", "y"]

    /// The settings of an explore block, each over its list of values, in the order the block writes them; the
    /// combination shown first; the claims over the combinations.
    func explore(
        _ block: inout GeneratedBlock, pairs: [(key: String, keyNode: Node, value: Node)]
    ) throws(Diagnostics) {
        var explore = Explore()
        for pair in pairs {
            guard let setting = Explore.Setting(rawValue: pair.key) else { continue }
            explore.dimensions.append(try dimension(setting, pair.value))
        }
        guard !explore.dimensions.isEmpty else {
            throw Diagnostics(
                block.location, "an explore block varies at least one setting: 'lr: […]', 'momentum: […]' or 'start: …'"
            )
        }
        let count = explore.dimensions.reduce(1.0) { $0 * Double($1.values.count) }
        guard count <= Double(Explore.runLimit) else {
            let sizes = explore.dimensions.map { "\($0.values.count)" }.joined(separator: " × ")
            throw Diagnostics(
                block.location,
                "the explore block asks for \(Int(count)) runs (\(sizes)); the limit is \(Explore.runLimit): use fewer values"
            )
        }
        if let node = pairs.first(where: { $0.key == "initial" })?.value {
            explore.initial = try initial(node, explore)
        }
        if let node = pairs.first(where: { $0.key == "claims" })?.value {
            explore.claims = try exploreClaims(node, explore)
        }
        block.explore = explore
    }

    func dimension(_ setting: Explore.Setting, _ node: Node) throws(Diagnostics) -> Explore.Dimension {
        let location = reader.location(node)
        if setting == .start, let mapping = node.mapping {
            guard mapping.count == 1, let grid = mapping["grid"] else {
                throw reader.fail(node, "'start' is a list of points or '{grid: {x: [low, high, count], y: […]}}'")
            }
            let axes = try reader.mapping(grid, allowed: ["x", "y"], what: "a start grid")
            func axis(_ name: String) throws(Diagnostics) -> [Explore.Value] {
                guard let found = axes.first(where: { $0.key == name })?.value else {
                    throw reader.fail(grid, "a start grid needs '\(name): [low, high, count]'")
                }
                let numbers = try reader.vector(found, what: "'\(name)'")
                guard numbers.count == 3, numbers[0] < numbers[1], numbers[2] >= 2, numbers[2] <= 100,
                    numbers[2] == numbers[2].rounded()
                else {
                    throw reader.fail(
                        found, "'\(name)' is [low, high, count] with low < high and a count from 2 to 100")
                }
                let n = Int(numbers[2])
                return (0..<n).map { i in
                    let value = Self.tidy(numbers[0] + (numbers[1] - numbers[0]) * Double(i) / Double(n - 1))
                    return Explore.Value(text: Self.text(value), numbers: [value])
                }
            }
            let xs = try axis("x")
            let ys = try axis("y")
            let points = ys.flatMap { y in
                xs.map { x in Explore.Value(text: "[\(x.text), \(y.text)]", numbers: x.numbers + y.numbers) }
            }
            var dimension = Explore.Dimension(setting: setting, values: points, location: location)
            dimension.grid = (xs, ys)
            return dimension
        }
        guard let list = node.sequence, !list.isEmpty else {
            throw reader.fail(
                node,
                setting == .start
                    ? "'start' is a list of points, e.g. '[[1, 2], [-1, 0]]', or '{grid: {x: [low, high, count], y: […]}}'"
                    : "'\(setting.rawValue)' is a list of values, e.g. '[0.01, 0.05, 0.1]'")
        }
        var values: [Explore.Value] = []
        for entry in list {
            let value: Explore.Value
            if setting == .start {
                let point = try reader.vector(entry, what: "a start point")
                let texts = entry.sequence?.map { $0.scalar?.string ?? "" } ?? []
                value = Explore.Value(text: "[" + texts.joined(separator: ", ") + "]", numbers: point)
            } else {
                let number = try reader.double(entry, what: "a value of '\(setting.rawValue)'")
                value = Explore.Value(text: entry.scalar?.string ?? Self.text(number), numbers: [number])
            }
            if values.contains(where: { $0.numbers == value.numbers }) {
                throw reader.fail(entry, "'\(setting.rawValue)' lists \(value.text) twice")
            }
            values.append(value)
        }
        return Explore.Dimension(setting: setting, values: values, location: location)
    }

    /// `initial: {lr: 0.05, start: [1, 2]}`: a value of each setting named (the others start in the middle).
    func initial(_ node: Node, _ explore: Explore) throws(Diagnostics) -> [Int] {
        let names = explore.dimensions.map(\.setting.rawValue)
        var indices = explore.dimensions.map { ($0.values.count - 1) / 2 }
        for pair in try reader.mapping(node, allowed: names, what: "'initial'") {
            let d = names.firstIndex(of: pair.key)!
            let numbers =
                explore.dimensions[d].setting == .start
                ? try reader.vector(pair.value, what: "'initial' start")
                : [try reader.double(pair.value, what: "'initial' \(pair.key)")]
            guard let index = explore.dimensions[d].values.firstIndex(where: { $0.numbers == numbers }) else {
                throw reader.fail(pair.value, "'initial' \(pair.key) must be one of the values the block lists")
            }
            indices[d] = index
        }
        return indices
    }

    func exploreClaims(_ node: Node, _ explore: Explore) throws(Diagnostics) -> [ExploreClaim] {
        guard let list = node.sequence, !list.isEmpty else {
            throw reader.fail(node, "claims are a list, one claim per line starting with '- '")
        }
        var claims: [ExploreClaim] = []
        for entry in list {
            let sentence = try reader.string(entry, what: "a claim")
            let location = reader.location(entry)
            do throws(ExploreClaimSyntax.Problem) {
                let statement = try ExploreClaimSyntax(explore: explore).parse(sentence)
                claims.append(ExploreClaim(statement: statement, source: sentence, location: location))
            } catch {
                throw Diagnostics(location, "cannot read the claim '\(sentence)': \(error.message)")
            }
        }
        return claims
    }

    /// `value` without the last bits of rounding noise (a grid step of 0.1 gives 0.3, not 0.30000000000000004).
    static func tidy(_ value: Double) -> Double {
        let rounded = (value * 1e9).rounded() / 1e9
        return rounded == 0 ? 0 : rounded
    }

    /// The shortest text that reads back as `value`, without a trailing `.0`.
    static func text(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

/// The sentences a claim over an explore block can be.
struct ExploreClaimSyntax {
    struct Problem: Error {
        let message: String
    }

    let explore: Explore

    static let expectations =
        "'every lr < 0.1 converges', 'every lr >= 0.1 diverges', 'every converges within 500 iterations' or 'momentum 0.9 needs fewer iterations than momentum 0 for every lr <= 0.05'"

    func parse(_ sentence: String) throws(Problem) -> ExploreClaim.Statement {
        let words = sentence.split(separator: " ").map(String.init)
        if words.first == "every" {
            var rest = Array(words.dropFirst())
            if rest.first == "run" { rest.removeFirst() }
            let (conditions, tail) = try self.conditions(rest)
            return .every(conditions, try expectation(tail))
        }
        guard words.count >= 8, words[2...5] == ["needs", "fewer", "iterations", "than"] else {
            throw Problem(message: "write e.g. \(Self.expectations)")
        }
        let d = try dimension(words[0])
        guard words[6] == words[0] else {
            throw Problem(message: "both sides of 'needs fewer iterations than' name the same setting, '\(words[0])'")
        }
        let faster = try value(words[1], of: d)
        let slower = try value(words[7], of: d)
        var conditions: [ExploreClaim.Condition] = []
        if words.count > 8 {
            guard words.count >= 11, words[8] == "for", words[9] == "every" else {
                throw Problem(message: "after the two settings write 'for every SETTING OP NUMBER'")
            }
            let (found, tail) = try self.conditions(Array(words[10...]))
            guard tail.isEmpty else { throw Problem(message: "unexpected '\(tail.joined(separator: " "))'") }
            conditions = found
        }
        if conditions.contains(where: { $0.dimension == d }) {
            throw Problem(message: "the conditions cannot restrict '\(words[0])', the setting compared")
        }
        return .fewerIterations(dimension: d, faster: faster, slower: slower, conditions)
    }

    func dimension(_ name: String) throws(Problem) -> Int {
        guard let d = explore.dimensions.firstIndex(where: { $0.setting.rawValue == name }) else {
            let names = explore.dimensions.map(\.setting.rawValue).joined(separator: ", ")
            throw Problem(message: "'\(name)' is not a setting of this block (it varies \(names))")
        }
        guard explore.dimensions[d].setting != .start else {
            throw Problem(message: "a claim compares numbers; 'start' is a point")
        }
        return d
    }

    func value(_ text: String, of d: Int) throws(Problem) -> Int {
        guard let number = Double(text),
            let index = explore.dimensions[d].values.firstIndex(where: { $0.numbers == [number] })
        else {
            throw Problem(message: "\(text) is not one of the values of '\(explore.dimensions[d].setting.rawValue)'")
        }
        return index
    }

    /// `SETTING OP NUMBER [and SETTING OP NUMBER …]` at the start of `words`; the words after them.
    func conditions(_ words: [String]) throws(Problem) -> ([ExploreClaim.Condition], [String]) {
        var conditions: [ExploreClaim.Condition] = []
        var rest = words[...]
        while rest.count >= 3, let comparison = ExploreClaim.Comparison(rawValue: rest[rest.startIndex + 1]) {
            let d = try dimension(rest[rest.startIndex])
            guard let number = Double(rest[rest.startIndex + 2]), number.isFinite else {
                throw Problem(message: "'\(rest[rest.startIndex + 2])' is not a number")
            }
            conditions.append(.init(dimension: d, comparison: comparison, number: number))
            rest = rest.dropFirst(3)
            if rest.first == "and" { rest = rest.dropFirst() } else { break }
        }
        return (conditions, Array(rest))
    }

    func expectation(_ words: [String]) throws(Problem) -> ExploreClaim.Expectation {
        if words == ["converges"] { return .converges(within: nil) }
        if words.count == 4, words[0] == "converges", words[1] == "within", let n = Int(words[2]), n >= 0,
            words[3] == "iterations" || words[3] == "iteration"
        {
            return .converges(within: n)
        }
        if words == ["diverges"] { return .diverges }
        if words == ["reaches", "the", "iteration", "limit"] { return .reachesIterationLimit }
        throw Problem(message: "write e.g. \(Self.expectations)")
    }
}
