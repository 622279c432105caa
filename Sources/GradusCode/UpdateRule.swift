import GradusOptim

/// A first-order method's update written out with NumPy, operation by operation in torch.optim's order (so the
/// listing rounds as torch and Gradus do), with its schedule and clipping.
struct UpdateRule {
    let spec: OptimizerSpec
    let words: ListingWords

    /// The hyperparameters, and the state the method keeps between steps.
    func writeSettings(to out: inout PythonSource) {
        let n = PythonLiteral.number
        let rate = spec.schedule == .constant ? "lr" : "base_lr"
        switch spec.method {
        case .gd(let lr): out.line("\(rate) = \(n(lr))")
        case .sgd(let c):
            out.line("\(rate) = \(n(c.learningRate))")
            if c.momentum != 0 {
                out.line("momentum = \(n(c.momentum))")
                if c.dampening != 0 { out.line("dampening = \(n(c.dampening))") }
                out.line("velocity = None  # " + words(.momentumBuffer))
            }
            if c.weightDecay != 0 { out.line("weight_decay = \(n(c.weightDecay))") }
        case .adam(let c):
            out.line("\(rate), beta1, beta2, eps = \(n(c.learningRate)), \(n(c.beta1)), \(n(c.beta2)), \(n(c.eps))")
            if c.weightDecay != 0 { out.line("weight_decay = \(n(c.weightDecay))") }
            out.line("m = np.zeros_like(theta)  # " + words(.firstMoment))
            out.line("v = np.zeros_like(theta)  # " + words(.secondMoment))
            if c.amsgrad { out.line("v_max = np.zeros_like(theta)") }
        case .adagrad(let c):
            out.line("\(rate), eps = \(n(c.learningRate)), \(n(c.eps))")
            if c.learningRateDecay != 0 { out.line("lr_decay = \(n(c.learningRateDecay))") }
            if c.weightDecay != 0 { out.line("weight_decay = \(n(c.weightDecay))") }
            out.line("total = np.full_like(theta, \(n(c.initialAccumulatorValue)))  # " + words(.squaredGradients))
        case .rmsprop(let c):
            out.line("\(rate), alpha, eps = \(n(c.learningRate)), \(n(c.alpha)), \(n(c.eps))")
            if c.weightDecay != 0 { out.line("weight_decay = \(n(c.weightDecay))") }
            out.line("square_avg = np.zeros_like(theta)")
            if c.centered { out.line("grad_avg = np.zeros_like(theta)") }
            if c.momentum > 0 {
                out.line("momentum = \(n(c.momentum))")
                out.line("buffer = np.zeros_like(theta)")
            }
        }
        if let clip = spec.clipNorm { out.line("max_norm = \(n(clip))  # " + words(.gradientClipping)) }
        writeScheduleSettings(to: &out)
    }

    /// The schedule's constants (nothing for a constant rate).
    func writeScheduleSettings(to out: inout PythonSource) {
        let n = PythonLiteral.number
        switch spec.schedule {
        case .constant: break
        case .step(let size, let gamma): out.line("step_size, gamma = \(size), \(n(gamma))")
        case .exponential(let gamma): out.line("gamma = \(n(gamma))")
        case .cosineAnnealing(let tMax, let etaMin): out.line("t_max, eta_min = \(tMax), \(n(etaMin))")
        case .linear(let start, let end, let total):
            out.line("start_factor, end_factor, total_iters = \(n(start)), \(n(end)), \(total)")
        }
    }

    /// One step from `theta` with gradient `grad` at iteration `k`.
    func writeStep(to out: inout PythonSource) {
        writeSchedule(to: &out)
        stepBody(to: &out)
    }

    /// This step's learning rate from the schedule (nothing for a constant rate).
    func writeSchedule(to out: inout PythonSource) {
        switch spec.schedule {
        case .constant: break
        case .step: out.line("lr = base_lr * gamma ** (k // step_size)  # " + words(.schedule, ["name": "StepLR"]))
        case .exponential: out.line("lr = base_lr * gamma**k  # " + words(.schedule, ["name": "ExponentialLR"]))
        case .cosineAnnealing:
            out.line(
                "lr = eta_min + (base_lr - eta_min) * (1 + math.cos(math.pi * k / t_max)) / 2  # "
                    + words(.schedule, ["name": "CosineAnnealingLR"]))
        case .linear:
            out.line(
                "lr = base_lr * (start_factor + (end_factor - start_factor) * min(total_iters, k) / total_iters)"
                    + "  # " + words(.schedule, ["name": "LinearLR"]))
        }
    }

    private func stepBody(to out: inout PythonSource) {
        var g = "grad"
        if spec.clipNorm != nil {
            out.line("coefficient = max_norm / (np.linalg.norm(grad) + 1e-6)  # " + words(.clipNorm))
            out.line("g = grad * coefficient if coefficient < 1 else grad")
            g = "g"
        }
        let maximize: Bool
        switch spec.method {
        case .gd: maximize = false
        case .sgd(let c): maximize = c.maximize
        case .adam(let c): maximize = c.maximize
        case .adagrad(let c): maximize = c.maximize
        case .rmsprop(let c): maximize = c.maximize
        }
        if maximize {
            out.line("g = -\(g)  # " + words(.maximize))
            g = "g"
        }
        switch spec.method {
        case .gd:
            out.line("theta = theta - lr * \(g)")
        case .sgd(let c):
            if c.weightDecay != 0 {
                out.line("g = \(g) + weight_decay * theta")
                g = "g"
            }
            if c.momentum != 0 {
                let damped = c.dampening != 0 ? "(1 - dampening) * \(g)" : g
                out.line("velocity = \(g) if velocity is None else momentum * velocity + \(damped)")
                out.line(c.nesterov ? "g = \(g) + momentum * velocity  # " + words(.nesterov) : "g = velocity")
                g = "g"
            }
            out.line("theta = theta - lr * \(g)")
        case .adam(let c):
            out.line("t = k + 1  # " + words(.stepsTaken))
            if c.weightDecay != 0 {
                if c.decoupledWeightDecay {
                    out.line("theta = theta * (1 - lr * weight_decay)  # " + words(.decoupledDecay))
                } else {
                    out.line("g = \(g) + weight_decay * theta")
                    g = "g"
                }
            }
            out.line(lerp("m", toward: g, weight: 1 - c.beta1, weightText: "(1 - beta1)"))
            out.line("v = v * beta2 + (1 - beta2) * \(g) * \(g)")
            var second = "v"
            if c.amsgrad {
                out.line("v_max = np.maximum(v_max, v)")
                second = "v_max"
            }
            out.line("denominator = np.sqrt(\(second)) / np.sqrt(1 - beta2**t) + eps")
            out.line("theta = theta - lr / (1 - beta1**t) * m / denominator")
        case .adagrad(let c):
            if c.weightDecay != 0 {
                out.line("g = \(g) + weight_decay * theta")
                g = "g"
            }
            let rate = c.learningRateDecay != 0 ? "lr / (1 + k * lr_decay)" : "lr"
            out.line("total = total + \(g) * \(g)")
            out.line("theta = theta - \(rate) * \(g) / (np.sqrt(total) + eps)")
        case .rmsprop(let c):
            if c.weightDecay != 0 {
                out.line("g = \(g) + weight_decay * theta")
                g = "g"
            }
            out.line("square_avg = square_avg * alpha + (1 - alpha) * \(g) * \(g)")
            if c.centered {
                out.line(lerp("grad_avg", toward: g, weight: 1 - c.alpha, weightText: "(1 - alpha)"))
                out.line("denominator = np.sqrt(square_avg - grad_avg * grad_avg) + eps")
            } else {
                out.line("denominator = np.sqrt(square_avg) + eps")
            }
            if c.momentum > 0 {
                out.line("buffer = buffer * momentum + \(g) / denominator")
                out.line("theta = theta - lr * buffer")
            } else {
                out.line("theta = theta - lr * \(g) / denominator")
            }
        }
    }

    /// `name ← name + w·(target − name)`, as torch's `lerp_` computes it for this weight.
    private func lerp(_ name: String, toward target: String, weight: Double, weightText: String) -> String {
        abs(weight) < 0.5
            ? "\(name) = \(name) + \(weightText) * (\(target) - \(name))"
            : "\(name) = \(target) - (\(target) - \(name)) * (1 - \(weightText))"
    }
}
