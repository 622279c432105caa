import GradusLessons
import GradusRuns
import GradusText

extension LessonPage {
    /// The claims that hold, each with its evidence, folded under "How these numbers were checked".
    mutating func claims(_ block: GeneratedBlock) -> HTMLWriter {
        var out = HTMLWriter()
        guard showsClaims else { return out }
        out.open("details", [.init("class", "claims")] + (claimsOpen ? [.flag("open")] : []))
        out.newline()
        out.element("summary", words(.claimsSummary))
        out.newline()
        out.open("ul")
        out.newline()
        var written = 0
        for claim in block.claims {
            do throws(Diagnostics) {
                let evidence = try run.check(claim)
                out.open("li")
                out.element("span", [.init("class", "mark"), .init("aria-hidden", "true")], "✓")
                out.text(" ")
                if claim.text == claim.source {
                    out.text(sentence(claim.statement))
                } else {
                    for part in claim.textParts {
                        switch part {
                        case .text(let plain): out.text(plain)
                        case .binding(let binding): value(binding)?.write(to: &out, binding.format, words)
                        }
                    }
                }
                out.text(words.sentenceSpace)
                out.element(
                    "span", [.init("class", "evidence")], words.parenthesized(self.evidence(evidence, claim.statement)))
                out.close("li")
                out.newline()
                written += 1
            } catch {
                problems += error.all
            }
        }
        if written == 0 { out.newline() }
        out.close("ul")
        out.newline()
        out.close("details")
        out.newline()
        return out
    }

    /// What the page calls the example named `name`.
    func label(_ name: String) -> String { run.run(named: name).map { words.label($0.example) } ?? name }

    /// A claim without `text:` in words, its examples by their labels.
    func sentence(_ statement: Claim.Statement) -> String {
        switch statement {
        case .converges(let name, nil): words(.claimConverges, ["example": label(name)])
        case .converges(let name, let within?):
            words(.claimConvergesWithin, ["example": label(name), "n": "\(within)"])
        case .diverges(let name, nil): words(.claimDiverges, ["example": label(name)])
        case .diverges(let name, let within?): words(.claimDivergesWithin, ["example": label(name), "n": "\(within)"])
        case .reachesIterationLimit(let name): words(.claimLimit, ["example": label(name)])
        case .fails(let name): words(.claimFails, ["example": label(name)])
        case .needsFewerIterations(let a, let b): words(.claimFewer, ["example": label(a), "other": label(b)])
        case .compare(let left, let comparison, let right):
            words(
                .claimCompare,
                [
                    "left": quantity(left), "op": Self.symbols[comparison.rawValue] ?? comparison.rawValue,
                    "right": operand(right),
                ])
        }
    }

    static let symbols = ["<": "<", "<=": "≤", ">": ">", ">=": "≥"]

    func operand(_ operand: Claim.Operand) -> String {
        switch operand {
        case .number(let x): words.number(x)
        case .value(let binding): quantity(binding)
        }
    }

    /// The evidence of a claim that holds: how the runs ended, or the values compared, in the lesson's notation.
    func evidence(_ evidence: ClaimEvidence, _ statement: Claim.Statement) -> String {
        switch evidence {
        case .outcomes(let runs):
            return runs.map {
                words(.evidenceOutcome, ["example": label($0.example), "outcome": words.outcome($0.outcome)])
            }
            .joined(separator: words.listSeparator)
        case .comparison(_, let x, _, let y):
            guard case .compare(let left, _, let right) = statement else { return words.number(x) }
            var values = [(left, x)]
            if case .value(let binding) = right { values.append((binding, y)) }
            // Values of one example are named once: "Gradient descent (…): final J = …; J at k = 0 = …".
            let names = Set(values.map { example(of: $0.0)?.name })
            if names.count == 1, let example = example(of: left) {
                let parts = values.map { bare($0.0) + " = " + words.number($0.1) }.joined(
                    separator: words.listSeparator)
                return words(.evidenceOutcome, ["example": words.label(example), "outcome": parts])
            }
            return values.map { quantity($0.0) + " = " + words.number($0.1) }.joined(separator: words.listSeparator)
        }
    }

    /// The example a binding reads.
    func example(of binding: Binding) -> Example? {
        guard case .name(let name)? = binding.path.first else { return nil }
        return run.run(named: name)?.example
    }

    /// A bound value in words with its example: "final J of Gradient descent (learning rate 0.01)", "α of …".
    func quantity(_ binding: Binding) -> String {
        guard let example = example(of: binding) else { return binding.pathText }
        return words(.quantityOf, ["quantity": bare(binding), "example": words.label(example)])
    }

    /// A bound value in words without its example: "final J", "J at k = 0", "α".
    func bare(_ binding: Binding) -> String {
        guard let example = example(of: binding) else { return binding.pathText }
        let names = words.parameterNames(example)
        let symbol = words.notation.objective
        func component(_ rest: ArraySlice<Binding.Component>) -> String {
            let index: Int? = if case .index(let i)? = rest.dropFirst().first { i } else { nil }
            guard case .name(let q)? = rest.first else { return "" }
            switch (q, index) {
            case ("loss", _): return symbol
            case ("gradient_norm", _): return "‖∇\(symbol)‖"
            case ("theta", let i?) where i < names.count: return names[i]
            case ("gradient", let i?) where i < names.count: return "∂\(symbol)/∂\(names[i])"
            case ("lr", _): return words.notation.learningRate
            default: return rest.map(\.description).joined(separator: ".")
            }
        }
        let rest = binding.path.dropFirst()
        let quantity: String
        switch (rest.first, rest.dropFirst().first) {
        case (.name("final")?, _): quantity = words(.quantityFinal, ["q": component(rest.dropFirst())])
        case (.name("iter")?, .index(let k)?):
            quantity = words(.quantityAt, ["q": component(rest.dropFirst(2)), "k": "\(k)"])
        case (.name("lr")?, _): quantity = words.notation.learningRate
        case (.name("max_stable_lr")?, _): quantity = "2/λₘₐₓ"
        case (.name("optimal_lr")?, _): quantity = "2/(λₘᵢₙ + λₘₐₓ)"
        case (.name("lambda_max")?, _): quantity = "λₘₐₓ"
        case (.name("lambda_min")?, _): quantity = "λₘᵢₙ"
        case (.name("condition_number")?, _): quantity = "κ"
        case (.name("solution_loss")?, _): quantity = "\(symbol)(θ*)"
        case (.name("iterations")?, _): quantity = words(.quantityIterations)
        case (.name("diverge_above")?, _): quantity = words(.quantityBound)
        case (.name("distance_to_solution")?, _): quantity = words(.quantityDistance)
        default: quantity = component(rest)
        }
        return quantity
    }
}
