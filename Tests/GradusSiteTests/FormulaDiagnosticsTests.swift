import Foundation
import GradusLessons
import GradusSite
import GradusTestSupport
import Testing

/// Every mistake a formula objective can hold: one diagnostic at its place (inside the formula where it is one line
/// without escapes), and no output written.
struct FormulaDiagnosticsTests {
    /// A lesson with one example whose objective line (line 6) is `objective`.
    static func lesson(
        _ objective: String, start: String = "[1]", optimizer: String = "{method: gd, lr: 0.1}", extra: String = "",
        body: String = "Text.\n"
    ) -> String {
        "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: \(objective)\n\(extra)    start: \(start)\n    optimizer: \(optimizer)\n    stop: {max-iterations: 10}\n---\n\(body)"
    }

    static let cases: [(name: String, lesson: String, expected: String)] = [
        (
            "unknown function", lesson(#"{formula: "sine(x)"}"#),
            "l.md:6:27: error: in the formula: unknown function 'sine'; did you mean 'sin'? (functions: sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, exp, log, log2, log10, sqrt, abs, sign, sigmoid)"
        ),
        (
            "unknown variable", lesson(#"{formula: "x + z", variables: [x]}"#),
            "l.md:6:31: error: in the formula: unknown name 'z' (the variables are x)"
        ),
        (
            "unknown name near a constant", lesson(#"{formula: "x + cc", variables: [x], constants: {c: 1}}"#),
            "l.md:6:31: error: in the formula: unknown name 'cc'; did you mean 'c'? (the variables are x; the constants c)"
        ),
        (
            "unbalanced parenthesis", lesson(#"{formula: "(x + 1"}"#),
            "l.md:6:27: error: in the formula: unbalanced parenthesis: this '(' is never closed"
        ),
        (
            "closing parenthesis", lesson(#"{formula: "x + 1))"}"#),
            "l.md:6:32: error: in the formula: unbalanced parenthesis: this ')' has no '(' before it"
        ),
        (
            "missing operand", lesson(#"{formula: "x +"}"#),
            "l.md:6:30: error: in the formula: missing operand after '+'"
        ),
        (
            "implicit multiplication, plain scalar", lesson("\n      formula: x * cos(c x)\n      constants: {c: 0.5}"),
            "l.md:7:26: error: in the formula: missing operator before 'x': write '*' to multiply (as in 2*x)"
        ),
        (
            "single-quoted", lesson("{formula: 'x^2 + 2y'}"),
            "l.md:6:34: error: in the formula: missing operator before 'y': write '*' to multiply (as in 2*x)"
        ),
        (
            "escape before the mistake falls back to the scalar", lesson(#"{formula: "\u0078 + z", variables: [x]}"#),
            "l.md:6:26: error: in the formula: unknown name 'z' (the variables are x)"
        ),
        (
            "block scalar falls back to its start", lesson("\n      formula: |\n        x + z\n      variables: [x]"),
            "l.md:7:16: error: in the formula: unknown name 'z' (the variables are x)"
        ),
        (
            "two free names", lesson(#"{formula: "x^2 + y^2"}"#, start: "[1, 1]"),
            "l.md:6:33: error: in the formula: the formula has more than one variable ('x' and 'y'): list them in order, e.g. variables: [x, y]"
        ),
        (
            "variable listed but unused", lesson(#"{formula: "x^2", variables: [x, y]}"#, start: "[1, 1]"),
            "l.md:6:48: error: the variable 'y' is listed but the formula does not use it"
        ),
        (
            "duplicate variable", lesson(#"{formula: "x^2", variables: [x, x]}"#, start: "[1, 1]"),
            "l.md:6:48: error: the variable 'x' is listed twice"
        ),
        (
            "variable named like a function", lesson(#"{formula: "exp^2", variables: [exp]}"#),
            "l.md:6:47: error: 'exp' is a function; a variable needs another name"
        ),
        (
            "constant names a variable", lesson(#"{formula: "x^2", variables: [x], constants: {x: 2}}"#),
            "l.md:6:61: error: 'x' is a variable; a constant needs another name"
        ),
        (
            "constant named pi", lesson(#"{formula: "x^2", constants: {pi: 3}}"#),
            "l.md:6:45: error: 'pi' is the built-in constant pi; a constant needs another name"
        ),
        (
            "constant with an unknown name", lesson(#"{formula: "c*x^2", constants: {c: 2 * q}}"#),
            "l.md:6:54: error: in the value of 'c': unknown constant 'q'; a constant may use numbers and pi, e"
        ),
        (
            "constant before its use", lesson(#"{formula: "c*x^2", constants: {c: 2 * d, d: 1}}"#),
            "l.md:6:54: error: in the value of 'c': unknown constant 'd'; a constant may use numbers and pi, e"
        ),
        (
            "constant not finite", lesson(#"{formula: "c*x^2", constants: {c: log(0)}}"#),
            "l.md:6:50: error: in the value of 'c': the value of 'log(0)' is not a finite number"
        ),
        (
            "variables not a list", lesson(#"{formula: "x^2", variables: x}"#),
            "l.md:6:44: error: 'variables' must be a list of names, e.g. [x1, x2]"
        ),
        (
            "constants not a mapping", lesson(#"{formula: "x^2", constants: [1]}"#),
            "l.md:6:44: error: 'constants' must be a mapping of names to values, e.g. {c: 0.15 * pi}"
        ),
        (
            "unknown key", lesson(#"{formula: "x^2", name: wavy}"#),
            "l.md:6:33: error: unknown key 'name' in a formula objective; expected one of: formula, variables, constants"
        ),
        (
            "start of the wrong size", lesson(#"{formula: "x1^2 + 2*x2^2", variables: [x1, x2]}"#, start: "[1]"),
            "l.md:7:12: error: 'start' has 1 value; the formula has 2 variables (x1, x2)"
        ),
        (
            "data with a formula", lesson(#"{formula: "x^2"}"#, extra: "    data: {x: [[1], [2]], y: [1, 2]}\n"),
            "l.md:7:11: error: a formula objective takes no 'data': the formula is the whole objective"
        ),
        (
            "mini-batches with a formula",
            lesson(#"{formula: "x^2"}"#, optimizer: "{method: sgd, lr: 0.1, batch_size: 2}"),
            "l.md:5:5: error: mini-batches ('batch_size') need a regression objective with data"
        ),
        (
            "nested too deep", lesson("{formula: \"" + Array(repeating: "x", count: 60).joined(separator: "+") + "\"}"),
            "l.md:6:122: error: in the formula: the formula nests more than 48 levels deep"
        ),
        (
            "binding to an unknown derivative",
            lesson(#"{formula: "x^2"}"#, body: "{{ seed.objective.derivative.y }}\n"),
            "l.md:11:1: error: write 'objective.derivative.NAME' with one of the formula's variables: x"
        ),
        (
            "binding to an unknown formula value",
            lesson(#"{formula: "c*x^2", constants: {c: 2}}"#, body: "{{ seed.objective.b }}\n"),
            "l.md:11:1: error: seed's formula has no 'b'; write objective.formula, objective.gradient, objective.derivative.NAME or a constant: c"
        ),
        (
            "binding to an unknown variable", lesson(#"{formula: "x^2"}"#, body: "{{ seed.final.gradient.y }}\n"),
            "l.md:11:1: error: 'y' is not a variable of seed's formula; its variables: x"
        ),
    ]

    @Test(arguments: cases.map(\.name))
    func eachMistakeIsOneDiagnosticAtItsPlace(name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        try expectOneDiagnostic(building: testCase.lesson, named: name, expected: testCase.expected)
    }
}
