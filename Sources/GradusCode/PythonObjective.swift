import GradusLessons
import GradusOptim

/// An example's objective as NumPy functions: `objective(theta)` returns J(θ) and ∇J(θ), computed as Gradus computes
/// them; `hessian(theta)` the matrix of second derivatives for Newton's method. Data come first, inline or from the
/// CSV file beside the listing.
struct PythonObjective {
    let example: Example
    let dataFile: String?
    let words: ListingWords

    /// Whether the listing can write out the objective's Hessian.
    static func hasHessian(_ objective: ObjectiveDeclaration) -> Bool {
        if case .beale = objective { false } else { true }
    }

    func write(to out: inout PythonSource, hessian: Bool) {
        let n = PythonLiteral.number
        /// `def hessian(theta):` with these lines, when Newton's method needs it.
        func hessianFunction(_ lines: String...) {
            guard hessian else { return }
            out.lines(["", ""])
            out.block("def hessian(theta):") { $0.lines(lines) }
        }
        switch example.objective {
        case .linearRegression(let problem):
            writeData(features: problem.features, targets: problem.targets, to: &out)
            let half = problem.loss == .halfMSE
            out.block("def objective(theta, X=X, y=y):") {
                $0.docstring(words(half ? .halfMSEDoc : .mseDoc))
                $0.line("m = len(y)")
                $0.line("r = (X * theta).sum(axis=1) - y  # " + words(.residuals))
                $0.line(
                    half
                        ? "return r @ r / (2 * m), (X * r[:, None]).sum(axis=0) / m"
                        : "return r @ r / m, 2 * (X * r[:, None]).sum(axis=0) / m")
            }
            hessianFunction(half ? "return X.T @ X / len(y)" : "return 2 * (X.T @ X) / len(y)")
        case .logisticRegression(let problem):
            writeData(features: problem.features, targets: problem.targets, to: &out)
            out.block("def objective(theta, X=X, y=y):") {
                $0.docstring(words(.logisticDoc))
                $0.line("z = (X * theta).sum(axis=1)  # Xθ")
                $0.line("loss = np.mean(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z)")
                $0.line("p = 1 / (1 + np.exp(-z))  # " + words(.probabilities))
                $0.line("return loss, (X * (p - y)[:, None]).sum(axis=0) / len(y)")
            }
            hessianFunction("p = 1 / (1 + np.exp(-(X @ theta)))", "return X.T @ (X * (p * (1 - p))[:, None]) / len(y)")
        case .quadratic(let bowl):
            out.comment(words(.sumNote))
            out.line("A = \(PythonLiteral.array(bowl.matrix))")
            if let b = bowl.linear {
                out.line("b = \(PythonLiteral.array(b))")
                out.lines(["", ""])
                out.block("def objective(theta):") {
                    $0.docstring(words(.quadraticDoc))
                    $0.line("A_theta = (A * theta).sum(axis=1)  # Aθ")
                    $0.line("return (theta * A_theta).sum() / 2 - (b * theta).sum(), A_theta - b")
                }
            } else {
                out.line("centre = \(PythonLiteral.array(bowl.center))  # " + words(.leastAt))
                out.lines(["", ""])
                out.block("def objective(theta):") {
                    $0.docstring(words(.centredDoc))
                    $0.line("d = theta - centre")
                    $0.line("g = (A * d).sum(axis=1)  # A(θ − c)")
                    $0.line("return (d * g).sum() / 2, g")
                }
            }
            hessianFunction("return A")
        case .rosenbrock(let r):
            out.line("a, b = \(n(r.a)), \(n(r.b))")
            out.lines(["", ""])
            out.block("def objective(theta):") {
                $0.docstring(words(.rosenbrockDoc))
                $0.line("x, y = theta")
                $0.line("u, v = a - x, y - x * x")
                $0.line("return u * u + b * (v * v), np.array([-2 * u - 4 * b * x * v, 2 * b * v])")
            }
            hessianFunction(
                "x, y = theta",
                "return np.array([[2 - 4 * b * (y - x * x) + 8 * b * x * x, -4 * b * x], [-4 * b * x, 2 * b]])")
        case .himmelblau:
            out.block("def objective(theta):") {
                $0.docstring(words(.himmelblauDoc))
                $0.line("x, y = theta")
                $0.line("p, q = x * x + y - 11, x + y * y - 7")
                $0.line("return p * p + q * q, np.array([4 * x * p + 2 * q, 2 * p + 4 * y * q])")
            }
            hessianFunction(
                "x, y = theta", "p, q = x * x + y - 11, x + y * y - 7",
                "return np.array([[4 * p + 8 * x * x + 2, 4 * x + 4 * y], [4 * x + 4 * y, 2 + 4 * q + 8 * y * y]])")
        case .booth:
            out.block("def objective(theta):") {
                $0.docstring(words(.boothDoc))
                $0.line("x, y = theta")
                $0.line("p, q = x + 2 * y - 7, 2 * x + y - 5")
                $0.line("return p * p + q * q, np.array([2 * p + 4 * q, 4 * p + 2 * q])")
            }
            hessianFunction("return np.array([[10.0, 8.0], [8.0, 10.0]])")
        case .beale:
            out.block("def objective(theta):") {
                $0.docstring(words(.bealeDoc))
                $0.line("x, y = theta")
                $0.line("loss, gx, gy = 0.0, 0.0, 0.0")
                $0.line("y_power = 1.0  # " + words(.yPower))
                $0.block("for i, c in enumerate([1.5, 2.25, 2.625], start=1):") {
                    $0.line("y_i = y_power * y")
                    $0.line("r = c - x + x * y_i")
                    $0.line("loss += r * r")
                    $0.line("gx += 2 * r * (y_i - 1)")
                    $0.line("gy += 2 * r * (x * i * y_power)")
                    $0.line("y_power = y_i")
                }
                $0.line("return loss, np.array([gx, gy])")
            }
        case .wavy:
            out.block("def objective(theta):") {
                $0.docstring(words(.wavyDoc))
                $0.line("(x,) = theta")
                $0.line("return x * x / 8 + np.sin(3 * x), np.array([x / 4 + 3 * np.cos(3 * x)])")
            }
            hessianFunction("(x,) = theta", "return np.array([[0.25 - 9 * np.sin(3 * x)]])")
        case .formula(let objective):
            writeFormula(objective.formula, hessian: hessian, to: &out)
        }
    }

    /// The features and targets, inline when few, else read from `dataFile`.
    private func writeData(features: Matrix, targets: [Double], to out: inout PythonSource) {
        if let dataFile, PythonListing.readsDataFile(example) {
            out.comment(words(.dataColumns, ["rows": "\(features.rows)", "columns": "\(features.columns)"]))
            out.line("data = np.loadtxt(\(PythonLiteral.string(dataFile)), delimiter=\",\", skiprows=1)")
            out.line("X, y = data[:, :-1], data[:, -1]")
        } else {
            out.line("X = \(PythonLiteral.array(features))  # " + words(.oneRowPerSample))
            out.line("y = \(PythonLiteral.array(targets))")
        }
        out.line()
        out.comment(words(.sumNote))
        out.lines(["", ""])
    }

    private func writeFormula(_ formula: Formula, hessian: Bool, to out: inout PythonSource) {
        let variables = formula.variables.enumerated().map { i, name in
            PythonName.isUsable(name) ? name : "theta\(i)"
        }
        for constant in formula.constants where PythonName.isUsable(constant.name) {
            out.line("\(constant.name) = \(PythonLiteral.number(constant.value))")
        }
        if !formula.constants.isEmpty { out.lines(["", ""]) }
        let printer = PythonExpression(library: .numpy, variables: variables)
        // A variable called `theta` would hide the vector: the functions then take `point`.
        let argument = variables.contains("theta") ? "point" : "theta"
        let unpack =
            (variables.count == 1 ? "(\(variables[0]),)" : variables.joined(separator: ", ")) + " = \(argument)"
        out.block("def objective(\(argument)):") {
            $0.docstring(words(.formulaDoc, ["formula": formula.text]))
            $0.line(unpack)
            let gradient = formula.gradient.map(printer.source).joined(separator: ", ")
            $0.line("return \(printer.source(formula.expression)), np.array([\(gradient)], dtype=float)")
        }
        if hessian {
            out.lines(["", ""])
            out.block("def hessian(\(argument)):") {
                $0.line(unpack)
                let rows = formula.variables.indices.map { i in
                    // The upper triangle, mirrored, as Gradus computes the Hessian.
                    "["
                        + formula.variables.indices.map { j in
                            printer.source(formula.derivative(min(i, j)).derivative(withRespectTo: max(i, j)))
                        }.joined(separator: ", ") + "]"
                }
                $0.line("return np.array([\(rows.joined(separator: ", "))], dtype=float)")
            }
        }
    }
}
