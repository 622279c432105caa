import GradusLessons
import GradusOptim
import GradusPlot
import GradusRuns

/// The visual language of the course's figures: a method keeps its colour and dash in every figure of the course.
extension PlotFigure {
    /// The palette slot of each method (colour, and dash pattern = slot mod 5): plain gradient descent blue and
    /// solid, momentum vermillion and dashed, Nesterov green and dotted, Adam purple with dash-dots, RMSProp sky
    /// blue, AdaGrad orange, Newton's method olive.
    static let methodSlots = [
        "gd": 0, "momentum": 1, "nesterov": 2, "adam": 3, "rmsprop": 4, "adagrad": 5, "newton": 6,
    ]

    /// The method of a declaration, as a key of `methodSlots` (AdamW draws as Adam, SGD without momentum as
    /// gradient descent).
    static func methodKey(_ method: MethodDeclaration) -> String {
        switch method {
        case .newton: return "newton"
        case .firstOrder(let spec, _, _):
            switch spec.method {
            case .gd: return "gd"
            case .sgd(let c): return c.momentum == 0 ? "gd" : c.nesterov ? "nesterov" : "momentum"
            case .adam: return "adam"
            case .adagrad: return "adagrad"
            case .rmsprop: return "rmsprop"
            }
        }
    }

    /// Palette slots for the examples the page's figures show. An example shown only beside runs of other
    /// methods takes its method's slot, so that comparisons of methods look alike across the course; examples
    /// that a figure compares with runs of the same method (a sweep, several starts) take the free slots in order
    /// of first appearance. Either way an example keeps its slot on the whole page.
    static func paletteSlots(_ body: [Piece], methods: [String: String]) -> [String: Int] {
        var slots: [String: Int] = [:]
        let figures = body.compactMap { piece -> [String]? in
            guard case .block(let block) = piece, block.kind == .plot else { return nil }
            return block.examples.map(\.name)
        }
        // Examples in a figure whose runs all differ in method take the method's slot.
        var byMethod = Set<String>()
        for names in figures {
            let keys = names.map { methods[$0] ?? "" }
            if Set(keys).count == keys.count, keys.allSatisfy({ methodSlots[$0] != nil }) { byMethod.formUnion(names) }
        }
        // …unless the example also stands in a figure beside runs of its own method.
        for names in figures {
            let keys = names.map { methods[$0] ?? "" }
            if Set(keys).count != keys.count { byMethod.subtract(names) }
        }
        for names in figures {
            for name in names where byMethod.contains(name) && slots[name] == nil {
                slots[name] = methodSlots[methods[name] ?? ""]
            }
        }
        var used = Set(slots.values)
        var next = 0
        for names in figures {
            for name in names where slots[name] == nil {
                var tries = 0
                while used.contains(next % Series.styleCount) && tries < Series.styleCount {
                    next += 1
                    tries += 1
                }
                slots[name] = next % Series.styleCount
                used.insert(next % Series.styleCount)
                next += 1
                if used.count == Series.styleCount { used = [] }
            }
        }
        return slots
    }

    /// Each run's method key, by example name.
    static func methodKeys(_ runs: [ExampleRun]) -> [String: String] {
        Dictionary(
            runs.map { ($0.example.name, methodKey($0.example.method)) }, uniquingKeysWith: { first, _ in first })
    }
}
