import GradusLessons
import GradusOptim

/// An example as a PyTorch program: the objective written with tensors, its gradient from autograd, and the step
/// taken by `torch.optim` with the example's hyperparameters, in float64.
struct TorchListing {
    let request: ListingRequest
    var example: Example { request.example }
    var words: ListingWords { request.words }

    init(_ request: ListingRequest) { self.request = request }

    var listing: Listing {
        guard case .firstOrder(let spec, let sampling, let box) = example.method else {
            return unsupported(words(.torchHasNoNewton))
        }
        var out = PythonSource()
        NumPyListing(request).header(&out)
        if case .cosineAnnealing = spec.schedule { out.line("import math") }
        out.lines(["import torch", "", "torch.set_default_dtype(torch.float64)", ""])
        writeObjective(to: &out)
        out.line()
        if let sampling { NumPyListing(request).writeSampler(sampling, to: &out) }
        out.line("theta = torch.tensor(\(PythonLiteral.list(example.start)), requires_grad=True)")
        out.line("optimizer = \(optimizer(spec))")
        if spec.schedule != .constant {
            out.line("base_lr = \(PythonLiteral.number(spec.learningRate))")
            out.comment(words(.scheduleClosedForm))
            UpdateRule(spec: spec, words: words).writeScheduleSettings(to: &out)
        }
        if let clip = spec.clipNorm {
            out.line("max_norm = \(PythonLiteral.number(clip))  # " + words(.gradientClipping))
        }
        if let box {
            out.line("lower = torch.tensor(\(PythonLiteral.list(box.lower)))")
            out.line("upper = torch.tensor(\(PythonLiteral.list(box.upper)))")
        }
        NumPyListing(request).writeLoopState(sampling, to: &out)
        out.block("for k in range(\(example.stopping.maxIterations + 1)):") { body in
            body.line("optimizer.zero_grad()")
            body.line("J = objective(theta)")
            body.line("J.backward()")
            body.line("loss, grad = J.item(), theta.grad")
            body.block("if not (torch.isfinite(J) and torch.isfinite(grad).all() and torch.isfinite(theta).all()):") {
                $0.end(with: words(.outcomeNotFinite))
            }
            body.line("history.append((k, *theta.tolist(), loss))")
            StopChecks(stopping: example.stopping, example: example, library: .torch, words: words).write(to: &body)
            if example.stopping.lossChangeTolerance != nil { body.line("previous_loss = loss") }
            if sampling != nil {
                body.line("rows = next(draw)  # " + words(.miniBatch))
                body.line("optimizer.zero_grad()")
                body.line("objective(theta, X[rows], y[rows]).backward()")
            }
            if spec.schedule != .constant {
                UpdateRule(spec: spec, words: words).writeSchedule(to: &body)
                body.block("for group in optimizer.param_groups:") { $0.line("group[\"lr\"] = lr") }
            }
            if spec.clipNorm != nil { body.line("torch.nn.utils.clip_grad_norm_([theta], max_norm)") }
            body.line("optimizer.step()")
            if box != nil {
                body.block("with torch.no_grad():") { $0.line("theta.clamp_(lower, upper)  # " + words(.backIntoBox)) }
            }
        }
        out.line()
        NumPyListing(request).printRows(&out)
        return Listing(flavour: .pytorch, code: out.text, unsupported: nil)
    }

    private func unsupported(_ reason: String) -> Listing {
        var out = PythonSource()
        NumPyListing(request).header(&out)
        out.comment(reason)
        return Listing(flavour: .pytorch, code: out.text, unsupported: reason)
    }

    /// The `torch.optim` constructor with every hyperparameter that differs from torch's default.
    private func optimizer(_ spec: OptimizerSpec) -> String {
        let n = PythonLiteral.number
        var arguments = ["[theta]", "lr=\(n(spec.learningRate))"]
        func add(_ name: String, _ value: Double, default: Double) {
            if value != `default` { arguments.append("\(name)=\(n(value))") }
        }
        func flag(_ name: String, _ value: Bool) { if value { arguments.append("\(name)=True") } }
        let name: String
        switch spec.method {
        case .gd: name = "SGD"
        case .sgd(let c):
            name = "SGD"
            add("momentum", c.momentum, default: 0)
            add("dampening", c.dampening, default: 0)
            add("weight_decay", c.weightDecay, default: 0)
            flag("nesterov", c.nesterov)
            flag("maximize", c.maximize)
        case .adam(let c):
            name = c.decoupledWeightDecay ? "AdamW" : "Adam"
            if c.beta1 != 0.9 || c.beta2 != 0.999 { arguments.append("betas=(\(n(c.beta1)), \(n(c.beta2)))") }
            add("eps", c.eps, default: 1e-8)
            add("weight_decay", c.weightDecay, default: c.decoupledWeightDecay ? 1e-2 : 0)
            flag("amsgrad", c.amsgrad)
            flag("maximize", c.maximize)
        case .adagrad(let c):
            name = "Adagrad"
            add("lr_decay", c.learningRateDecay, default: 0)
            add("weight_decay", c.weightDecay, default: 0)
            add("initial_accumulator_value", c.initialAccumulatorValue, default: 0)
            add("eps", c.eps, default: 1e-10)
            flag("maximize", c.maximize)
        case .rmsprop(let c):
            name = "RMSprop"
            add("alpha", c.alpha, default: 0.99)
            add("eps", c.eps, default: 1e-8)
            add("weight_decay", c.weightDecay, default: 0)
            add("momentum", c.momentum, default: 0)
            flag("centered", c.centered)
            flag("maximize", c.maximize)
        }
        // The single-tensor code path, whose order of operations Gradus follows.
        arguments.append("foreach=False")
        return "torch.optim.\(name)(\(arguments.joined(separator: ", ")))"
    }

    private func writeObjective(to out: inout PythonSource) {
        let n = PythonLiteral.number
        func data(_ features: Matrix, _ targets: [Double]) {
            if let file = request.dataFile, PythonListing.readsDataFile(example) {
                out.line("data = torch.tensor(np_loadtxt(\(PythonLiteral.string(file)), delimiter=\",\", skiprows=1))")
                out.line("X, y = data[:, :-1], data[:, -1]")
            } else {
                let rows = (0..<features.rows).map { i in
                    PythonLiteral.list((0..<features.columns).map { features[i, $0] })
                }
                out.line("X = torch.tensor([\(rows.joined(separator: ", "))])  # " + words(.oneRowPerSample))
                out.line("y = torch.tensor(\(PythonLiteral.list(targets)))")
            }
            out.lines(["", ""])
        }
        switch example.objective {
        case .linearRegression(let p):
            if request.dataFile != nil, PythonListing.readsDataFile(example) { loadText(&out) }
            data(p.features, p.targets)
            out.block("def objective(theta, X=X, y=y):") {
                $0.line("r = X @ theta - y")
                $0.line(p.loss == .halfMSE ? "return r @ r / (2 * len(y))" : "return r @ r / len(y)")
            }
        case .logisticRegression(let p):
            if request.dataFile != nil, PythonListing.readsDataFile(example) { loadText(&out) }
            data(p.features, p.targets)
            out.block("def objective(theta, X=X, y=y):") {
                $0.line("z = X @ theta")
                $0.line("return torch.mean(torch.nn.functional.softplus(z) - y * z)")
            }
        case .quadratic(let bowl):
            let rows = (0..<bowl.matrix.rows).map { i in
                PythonLiteral.list((0..<bowl.matrix.columns).map { bowl.matrix[i, $0] })
            }
            out.line("A = torch.tensor([\(rows.joined(separator: ", "))])")
            if let b = bowl.linear {
                out.line("b = torch.tensor(\(PythonLiteral.list(b)))")
                out.lines(["", ""])
                out.block("def objective(theta):") { $0.line("return theta @ (A @ theta) / 2 - b @ theta") }
            } else {
                out.line("centre = torch.tensor(\(PythonLiteral.list(bowl.center)))")
                out.lines(["", ""])
                out.block("def objective(theta):") {
                    $0.line("d = theta - centre")
                    $0.line("return d @ (A @ d) / 2")
                }
            }
        case .rosenbrock(let r):
            out.line("a, b = \(n(r.a)), \(n(r.b))")
            out.lines(["", ""])
            out.block("def objective(theta):") {
                $0.line("x, y = theta")
                $0.line("return (a - x) ** 2 + b * (y - x**2) ** 2")
            }
        case .himmelblau:
            out.block("def objective(theta):") {
                $0.line("x, y = theta")
                $0.line("return (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2")
            }
        case .booth:
            out.block("def objective(theta):") {
                $0.line("x, y = theta")
                $0.line("return (x + 2 * y - 7) ** 2 + (2 * x + y - 5) ** 2")
            }
        case .beale:
            out.block("def objective(theta):") {
                $0.line("x, y = theta")
                $0.line("return sum((c - x + x * y**i) ** 2 for i, c in enumerate([1.5, 2.25, 2.625], start=1))")
            }
        case .wavy:
            out.block("def objective(theta):") {
                $0.line("(x,) = theta")
                $0.line("return x**2 / 8 + torch.sin(3 * x)")
            }
        case .formula(let objective):
            let formula = objective.formula
            let variables = formula.variables.enumerated().map { i, name in
                PythonName.isUsable(name) ? name : "theta\(i)"
            }
            for constant in formula.constants where PythonName.isUsable(constant.name) {
                out.line("\(constant.name) = \(n(constant.value))")
            }
            if !formula.constants.isEmpty { out.lines(["", ""]) }
            let argument = variables.contains("theta") ? "point" : "theta"
            out.block("def objective(\(argument)):") {
                $0.line(
                    (variables.count == 1 ? "(\(variables[0]),)" : variables.joined(separator: ", ")) + " = \(argument)"
                )
                $0.line("return " + PythonExpression(library: .torch, variables: variables).source(formula.expression))
            }
        }
    }

    private func loadText(_ out: inout PythonSource) {
        out.line("from numpy import loadtxt as np_loadtxt")
        out.line()
    }
}
