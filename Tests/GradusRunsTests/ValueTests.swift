import GradusLessons
import GradusOptim
import GradusRuns
import GradusTestSupport
import Testing

/// Binding resolution (`Value.swift`, `Value+Settings.swift`, `Value+Formula.swift`): every value a page can show.
struct ValueTests {
    @Test func iterationValuesFollowTheHandComputedSteps() throws {
        let run = try lessonRun(Examples.square)
        // x: 3 → 1.5 → 0.75; f = x²: 9, 2.25, 0.5625; f′ = 2x: 6, 3, 1.5; update = −0.25·f′.
        #expect(try value(run, "sq.iter[0].loss") == .number(9))
        #expect(try value(run, "sq.iter[0].gradient[0]") == .number(6))
        #expect(try value(run, "sq.iter[0].update[0]") == .number(-1.5))
        #expect(try value(run, "sq.iter[0].lr") == .number(0.25))
        #expect(try value(run, "sq.iter[1].theta[0]") == .number(1.5))
        #expect(try value(run, "sq.iter[1].k") == .integer(1))
        #expect(try value(run, "sq.final.theta[0]") == .number(0.75))
        #expect(try value(run, "sq.final.loss") == .number(0.5625))
        #expect(try value(run, "sq.final.gradient_norm") == .number(1.5))
        #expect(try value(run, "sq.final.k") == .integer(2))
        #expect(try value(run, "sq.iterations") == .integer(2))
        #expect(try value(run, "sq.outcome") == .outcome(.reachedIterationLimit(2)))
    }

    @Test func aFormulasVariablesNameTheComponents() throws {
        let run = try lessonRun(Examples.bowl)
        #expect(try number(run, "bowl.start.y") == 1)
        #expect(try value(run, "bowl.iter[0].gradient.x") == .number(2))
        #expect(try value(run, "bowl.iter[0].gradient.y") == .number(6))
        #expect(isApproximatelyEqual(try number(run, "bowl.final.x"), 0.8, relative: 1e-15))
        #expect(isApproximatelyEqual(try number(run, "bowl.final.y"), 0.4, relative: 1e-15))
        #expect(try value(run, "bowl.final.y") == value(run, "bowl.final.theta[1]"))
        #expect(try value(run, "bowl.iter[0].update.y") == value(run, "bowl.iter[0].update[1]"))
        // f(0.8, 0.4) = 0.64 + 3·0.16 = 1.12.
        #expect(isApproximatelyEqual(try number(run, "bowl.final.loss"), 1.12, relative: 1e-15))
    }

    @Test func settingsAndDataAreValuesOfTheExample() throws {
        let run = try lessonRun(LessonText.seedExample, Examples.newton)
        #expect(try value(run, "seed.lr") == .number(0.01))
        #expect(try value(run, "seed.max_iterations") == .integer(10))
        #expect(try value(run, "seed.start[1]") == .number(-0.5))
        #expect(try value(run, "seed.samples") == .integer(4))
        #expect(try value(run, "seed.x[2][1]") == .number(4))
        #expect(try value(run, "seed.y[3]") == .number(4))
        #expect(try value(run, "nt.newton.lr") == .number(1))
        #expect(try value(run, "nt.newton.c1") == .number(0.25))
        #expect(try value(run, "nt.newton.shrink") == .number(0.5))
        #expect(try value(run, "nt.newton.indefinite") == .text("fail"))
        #expect(try value(run, "nt.gradient_tolerance") == .number(1e-12))
    }

    @Test func objectiveValuesOfAQuadraticAndAFormula() throws {
        let run = try lessonRun(Examples.newton, Examples.bowl)
        // A = [[1]]: the constant Hessian's only eigenvalue is 1, so κ = 1 and 2/λmax = 2; the minimiser is 0.
        #expect(try value(run, "nt.lambda_max") == .number(1))
        #expect(try value(run, "nt.condition_number") == .number(1))
        #expect(try value(run, "nt.max_stable_lr") == .number(2))
        #expect(try value(run, "nt.solution[0]") == .number(0))
        #expect(try value(run, "nt.objective.A[0][0]") == .number(1))
        // One full Newton step from 4 lands on 0, where ∇J = 0 stops the run.
        #expect(try value(run, "nt.final.theta[0]") == .number(0))
        #expect(try value(run, "nt.iterations") == .integer(1))
        // d/dx x² = 2x and d/dy 3y² = 6y, written as TeX.
        #expect(try value(run, "bowl.objective.derivative.x") == .tex("2 x"))
        #expect(try value(run, "bowl.objective.derivative.y") == .tex("6 y"))
        #expect(try value(run, "bowl.objective.gradient") == .tex("\\left(2 x, 6 y\\right)"))
    }

    /// Moved from the page tests: a formula's TeX, its derivatives and constants, and values by variable name.
    @Test func bindingsShowTheFormulaItsDerivativesAndNamedValues() throws {
        let run = try lessonRun(
            """
              - name: bowl
                objective: {formula: "x1^2 + 2*x2^2", variables: [x1, x2]}
                start: [-5, -2]
                optimizer: {method: gd, lr: 0.1}
                stop: {max-iterations: 20}
              - name: wave
                objective: {formula: "x * cos(c * x)", constants: {c: 0.15 * pi}}
                start: [10]
                optimizer: {method: gd, lr: 2}
                stop: {max-iterations: 10}

            """)
        #expect(try value(run, "bowl.objective.formula") == .tex("x_{1}^{2} + 2 x_{2}^{2}"))
        #expect(try value(run, "bowl.objective.gradient") == .tex("\\left(2 x_{1}, 4 x_{2}\\right)"))
        #expect(try value(run, "bowl.objective.derivative.x2") == .tex("4 x_{2}"))
        // (x cos cx)′ = cos cx − cx sin cx.
        #expect(try value(run, "wave.objective.gradient") == .tex("\\cos(c x) - c x \\sin(c x)"))
        #expect(try value(run, "wave.objective.c") == .number(0.15 * Double.pi))
        #expect(try value(run, "bowl.final.x1") == value(run, "bowl.final.theta[0]"))
        #expect(try value(run, "bowl.iter[3].x2") == value(run, "bowl.iter[3].theta[1]"))
        #expect(try value(run, "bowl.final.gradient.x2") == value(run, "bowl.final.gradient[1]"))
        #expect(try value(run, "bowl.start.x1") == .number(-5))
    }

    @Test(arguments: [
        ("nosuch.final.loss", "no example named 'nosuch' in this lesson; its examples: sq, seed"),
        (
            "sq.iter[3].loss",
            "iteration 3 does not exist: sq reached the iteration limit of 2 (its last iteration is 2)"
        ),
        ("sq.final.theta", "'theta' is a vector: pick a component, e.g. theta[0]"),
        ("sq.final.theta[1]", "theta[1] does not exist: theta has 1 components, numbered from 0"),
        ("sq.final.update[0]", "no update was made at iteration 2: the run stopped there"),
        ("sq.final.gradient.z", "'z' is not a variable of sq's formula; its variables: x"),
        ("sq.objective.derivative.z", "write 'objective.derivative.NAME' with one of the formula's variables: x"),
        ("sq.solution[0]", "sq has no closed-form solution"),
        ("sq.condition_number", "sq's objective has no constant Hessian"),
        ("sq.newton.lr", "sq does not use Newton's method"),
        ("seed.samples.x", "unexpected 'x' after a single value"),
        ("seed.box.lower[0]", "seed is not projected onto a box"),
        ("seed.param.momentum", "seed has no hyperparameter 'momentum'; its hyperparameters: lr"),
    ])
    func aMissingValueIsADiagnosticThatSaysWhy(path: String, message: String) throws {
        let run = try lessonRun(Examples.square, LessonText.seedExample)
        #expect(try failure(run, path) == message)
    }

    @Test func aMissingValueIsReportedAtTheBinding() throws {
        let run = try lessonRun(Examples.square)
        let place = SourceLocation(path: "l.md", line: 7, column: 3)
        let binding = try #require(Binding(path: "sq.final.nope", location: place))
        #expect(
            throws: Diagnostics(
                place,
                "'nope' is not a value of an iteration; expected one of: k, loss, theta, gradient, gradient_norm, update, lr, state, batch_loss, batch_gradient"
            )
        ) {
            try run.value(of: binding)
        }
    }
}
