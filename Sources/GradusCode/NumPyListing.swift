import GradusLessons
import GradusOptim

/// An example as a NumPy program a student could have written: the objective and its gradient as functions, the
/// update written out in torch.optim's order of operations, a loop with the example's stopping rule, and the rows of
/// the page's table printed at the end.
struct NumPyListing {
    let request: ListingRequest
    var example: Example { request.example }
    var words: ListingWords { request.words }

    init(_ request: ListingRequest) { self.request = request }

    var listing: Listing {
        if let reason = unsupportedReason {
            var out = PythonSource()
            header(&out)
            out.comment(reason)
            return Listing(flavour: .numpy, code: out.text, unsupported: reason)
        }
        var out = PythonSource()
        header(&out)
        if case .firstOrder(let spec, _, _) = example.method, case .cosineAnnealing = spec.schedule {
            out.line("import math")
        }
        out.lines(["import numpy as np", ""])
        PythonObjective(example: example, dataFile: request.dataFile, words: words).write(to: &out, hessian: isNewton)
        out.line()
        if let sampling { writeSampler(sampling, to: &out) }
        settings(&out)
        loop(&out)
        out.line()
        printRows(&out)
        return Listing(flavour: .numpy, code: out.text, unsupported: nil)
    }

    /// Why there is no NumPy listing (nil: there is one).
    var unsupportedReason: String? {
        if isNewton, !PythonObjective.hasHessian(example.objective) {
            return words(.newtonNeedsHessian)
        }
        return nil
    }

    var isNewton: Bool {
        if case .newton = example.method { true } else { false }
    }

    var sampling: BatchSampling? {
        if case .firstOrder(_, let sampling, _) = example.method { sampling } else { nil }
    }

    func header(_ out: inout PythonSource) {
        // The page's words stay on one comment line each, whatever they hold.
        let title = PythonLiteral.comment(request.title)
        out.comment(words(.headerSource, ["title": title, "file": PythonLiteral.comment(request.lessonFile)]))
        out.comment(words(.headerGenerated))
        out.comment(words(.headerPrints))
        let names = request.parameterNames.enumerated().map {
            words(.nameIs, ["index": "\($0.offset)", "name": PythonLiteral.comment($0.element)])
        }
        if !names.isEmpty {
            out.comment(words(.headerNames, ["names": names.joined(separator: words(.nameSeparator))]))
        }
        out.line()
    }

    // MARK: Settings

    func settings(_ out: inout PythonSource) {
        out.line("theta = \(PythonLiteral.array(example.start))")
        switch example.method {
        case .newton(let settings):
            out.line("lr = \(PythonLiteral.number(settings.learningRate))  # " + words(.stepFactor))
            if case .armijo(let c1, let shrink, let trials) = settings.step {
                out.line(
                    "c1, shrink, max_trials = \(PythonLiteral.number(c1)), \(PythonLiteral.number(shrink)), \(trials)"
                        + "  # " + words(.armijo))
            }
        case .firstOrder(let spec, _, let box):
            UpdateRule(spec: spec, words: words).writeSettings(to: &out)
            if let box {
                out.line("lower, upper = \(PythonLiteral.array(box.lower)), \(PythonLiteral.array(box.upper))")
            }
        }
        writeLoopState(sampling, to: &out)
    }

    /// What the loop starts with, in both flavours: the batch sampler (for a mini-batch run), the history of iterates
    /// and the outcome.
    func writeLoopState(_ sampling: BatchSampling?, to out: inout PythonSource) {
        if let sampling {
            out.line(
                "draw = batches(len(y), \(sampling.batchSize), seed=\(sampling.seed)\(sampling.shuffle ? "" : ", shuffle=False"))"
            )
        }
        out.line("history = []  # " + words(.history))
        out.line("outcome = None")
        out.line()
    }

    // MARK: The loop

    func loop(_ out: inout PythonSource) {
        let stop = example.stopping
        out.block("for k in range(\(stop.maxIterations + 1)):") { body in
            body.line("loss, grad = objective(theta)")
            body.block("if not (np.isfinite(loss) and np.isfinite(grad).all() and np.isfinite(theta).all()):") {
                $0.end(with: words(.outcomeNotFinite))
            }
            body.line("history.append((k, *theta, loss))")
            StopChecks(stopping: stop, example: example, library: .numpy, words: words).write(to: &body)
            if stop.lossChangeTolerance != nil { body.line("previous_loss = loss") }
            if isNewton { newtonStep(&body) } else { firstOrderStep(&body) }
        }
    }

    func firstOrderStep(_ out: inout PythonSource) {
        guard case .firstOrder(let spec, let sampling, let box) = example.method else { return }
        if sampling != nil {
            out.line("rows = next(draw)  # " + words(.miniBatch))
            out.line("_, grad = objective(theta, X[rows], y[rows])")
            out.block("if not np.isfinite(grad).all():") { $0.end(with: words(.outcomeNotFinite)) }
        }
        UpdateRule(spec: spec, words: words).writeStep(to: &out)
        if box != nil { out.line("theta = np.clip(theta, lower, upper)  # " + words(.backIntoBox)) }
    }

    func newtonStep(_ out: inout PythonSource) {
        guard case .newton(let settings) = example.method else { return }
        out.line("H = hessian(theta)")
        out.block("try:") {
            $0.line("np.linalg.cholesky(H)  # " + words(.positiveDefinite))
            $0.line("direction = -np.linalg.solve(H, grad)")
        }
        out.block("except np.linalg.LinAlgError:") {
            switch settings.indefinite {
            case .fail: $0.end(with: words(.outcomeIndefinite))
            case .gradient: $0.line("direction = -grad  # " + words(.fallBackToGradient))
            case .continue: $0.line("direction = -np.linalg.solve(H, grad)  # " + words(.newtonAnyway))
            }
        }
        if case .armijo = settings.step {
            out.line("slope = grad @ direction")
            out.line("step = lr")
            out.block("for trial in range(max_trials):") {
                $0.line("candidate = theta + step * direction")
                $0.line("value, _ = objective(candidate)")
                $0.block("if np.isfinite(value) and value <= loss + c1 * step * slope:") { $0.line("break") }
                $0.line("step *= shrink")
            }
            out.block("else:") { $0.end(with: words(.outcomeLineSearch, ["trials": "{max_trials}"]), formatted: true) }
            out.line("theta = candidate")
        } else {
            out.line("theta = theta + lr * direction")
        }
    }

    func printRows(_ out: inout PythonSource) {
        out.comment(words(.tableRows, ["first": "\(request.first)", "last": "\(request.last)"]))
        out.block(
            "for row in history[:\(request.first)] + history[max(\(request.first), len(history) - \(request.last)):]:"
        ) { $0.line("print(*row)") }
        out.line("print(outcome)")
    }

    // MARK: Mini-batches

    func writeSampler(_ sampling: BatchSampling, to out: inout PythonSource) {
        out.comment(words(.samplerNote))
        out.lines(["MASK = (1 << 64) - 1", "", ""])
        out.block("def splitmix64(state):") {
            $0.docstring(words(.splitmixDoc))
            $0.line("state = (state + 0x9E3779B97F4A7C15) & MASK")
            $0.line("z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & MASK")
            $0.line("z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK")
            $0.line("return state, z ^ (z >> 31)")
        }
        out.lines(["", ""])
        out.block("def shuffled(n, state):") {
            $0.docstring(words(.shuffledDoc))
            $0.line("order = list(range(n))")
            $0.block("for i in range(n - 1, 0, -1):") {
                $0.line("state, bits = splitmix64(state)")
                $0.line("product = bits * (i + 1)")
                $0.block("if product & MASK < i + 1:") {
                    $0.line("threshold = (MASK + 1 - (i + 1)) % (i + 1)")
                    $0.block("while product & MASK < threshold:") {
                        $0.line("state, bits = splitmix64(state)")
                        $0.line("product = bits * (i + 1)")
                    }
                }
                $0.line("j = product >> 64")
                $0.line("order[i], order[j] = order[j], order[i]")
            }
            $0.line("return order, state")
        }
        out.lines(["", ""])
        out.block("def batches(n, size, seed, shuffle=True):") {
            $0.docstring(words(.batchesDoc))
            $0.line("state = seed")
            $0.block("while True:") {
                $0.block("if shuffle:") { $0.line("order, state = shuffled(n, state)") }
                $0.block("else:") { $0.line("order = list(range(n))") }
                $0.block("for start in range(0, n, size):") { $0.line("yield order[start:start + size]") }
            }
        }
        out.lines(["", ""])
    }
}
