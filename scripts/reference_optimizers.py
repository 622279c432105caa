#!/usr/bin/env python3
"""Independent NumPy reference for GradusOptim's optimizers, transcribed from torch.optim's
single-tensor (foreach=False) code paths and the ATen CPU scalar kernels they call:

    add_(other, alpha=a)        self + a*other
    addcmul_(t1, t2, value=v)   self + v*t1*t2        evaluated ((v*t1)*t2)
    addcdiv_(t1, t2, value=v)   self + v*t1/t2        evaluated ((v*t1)/t2)
    lerp_(end, w)               |w| < 0.5 ? self + w*(end-self) : end - (end-self)*(1-w)

Every operation is a separate IEEE double operation (NumPy ufuncs never fuse a multiply and an add),
and bias corrections use Python's float ** (C pow), as torch does with `beta ** step`.

Writes Tests/GradusOptimTests/Fixtures/optimizers.json:
  * "runs": 1000-step trajectories θ₀…θ₁₀₀₀ of each method on the seed's linear regression and on
    Rosenbrock, keyed by the hyperparameter names GradusOptim's OptimizerSpec uses;
  * "bitexact": a fixed gradient sequence and, for each method, the parameters after every step as
    IEEE-754 bit patterns (hex), for a bit-for-bit comparison.
Run: python3 scripts/reference_optimizers.py
"""
import json
import math
import pathlib

import numpy as np


# ----------------------------------------------------------------------------- element-wise ATen ops
def add(self, other, alpha):
    return self + alpha * other


def addcmul(self, t1, t2, value):
    return self + value * t1 * t2


def addcdiv(self, t1, t2, value):
    return self + value * t1 / t2


def lerp(self, end, weight):
    if abs(weight) < 0.5:
        return self + weight * (end - self)
    return end - (end - self) * (1.0 - weight)


# ----------------------------------------------------------------------------- optimizers (torch rules)
DEFAULTS = {
    "gd": dict(lr=1e-3),
    "sgd": dict(lr=1e-3, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False, maximize=False),
    "adam": dict(lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0, amsgrad=False, maximize=False),
    "adamw": dict(lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2, amsgrad=False, maximize=False),
    "adagrad": dict(lr=1e-2, lr_decay=0.0, weight_decay=0.0, initial_accumulator_value=0.0, eps=1e-10,
                    maximize=False),
    "rmsprop": dict(lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0, centered=False,
                    maximize=False),
}


class Optimizer:
    """One parameter tensor, torch.optim semantics; `step(p, g, lr)` returns the new p."""

    def __init__(self, method, **overrides):
        self.method = method
        self.h = dict(DEFAULTS[method])
        unknown = set(overrides) - set(self.h)
        assert not unknown, unknown
        self.h.update(overrides)
        self.t = 0
        self.state = {}

    def step(self, p, grad, lr):
        h = self.h
        m = self.method
        self.t += 1
        g = -grad if h.get("maximize") else grad.copy()
        if m == "gd":
            return add(p, g, -lr)
        if m == "sgd":
            if h["weight_decay"] != 0:
                g = add(g, p, h["weight_decay"])
            if h["momentum"] != 0:
                if "velocity" not in self.state:
                    buf = g.copy()
                else:
                    buf = add(self.state["velocity"] * h["momentum"], g, 1 - h["dampening"])
                self.state["velocity"] = buf
                g = add(g, buf, h["momentum"]) if h["nesterov"] else buf
            return add(p, g, -lr)
        if m in ("adam", "adamw"):
            beta1, beta2 = h["betas"]
            if not self.state:
                self.state = {"exp_avg": np.zeros_like(p), "exp_avg_sq": np.zeros_like(p)}
                if h["amsgrad"]:
                    self.state["max_exp_avg_sq"] = np.zeros_like(p)
            if h["weight_decay"] != 0:
                if m == "adamw":
                    p = p * (1 - lr * h["weight_decay"])
                else:
                    g = add(g, p, h["weight_decay"])
            s = self.state
            s["exp_avg"] = lerp(s["exp_avg"], g, 1 - beta1)
            s["exp_avg_sq"] = addcmul(s["exp_avg_sq"] * beta2, g, g, 1 - beta2)
            step = float(self.t)
            bias_correction1 = 1 - beta1 ** step
            bias_correction2 = 1 - beta2 ** step
            step_size = lr / bias_correction1
            bias_correction2_sqrt = math.sqrt(bias_correction2)
            second = s["exp_avg_sq"]
            if h["amsgrad"]:
                s["max_exp_avg_sq"] = np.maximum(s["max_exp_avg_sq"], s["exp_avg_sq"])
                second = s["max_exp_avg_sq"]
            denom = np.sqrt(second) / bias_correction2_sqrt + h["eps"]
            return addcdiv(p, s["exp_avg"], denom, -step_size)
        if m == "adagrad":
            if not self.state:
                self.state = {"sum": np.full_like(p, h["initial_accumulator_value"])}
            if h["weight_decay"] != 0:
                g = add(g, p, h["weight_decay"])
            clr = lr / (1 + (float(self.t) - 1) * h["lr_decay"])
            self.state["sum"] = addcmul(self.state["sum"], g, g, 1.0)
            std = np.sqrt(self.state["sum"]) + h["eps"]
            return addcdiv(p, g, std, -clr)
        if m == "rmsprop":
            if not self.state:
                self.state = {"square_avg": np.zeros_like(p)}
                if h["centered"]:
                    self.state["grad_avg"] = np.zeros_like(p)
                if h["momentum"] > 0:
                    self.state["momentum_buffer"] = np.zeros_like(p)
            s = self.state
            if h["weight_decay"] != 0:
                g = add(g, p, h["weight_decay"])
            alpha = h["alpha"]
            s["square_avg"] = addcmul(s["square_avg"] * alpha, g, g, 1 - alpha)
            if h["centered"]:
                s["grad_avg"] = lerp(s["grad_avg"], g, 1 - alpha)
                avg = np.sqrt(addcmul(s["square_avg"], s["grad_avg"], s["grad_avg"], -1.0))
            else:
                avg = np.sqrt(s["square_avg"])
            avg = avg + h["eps"]
            if h["momentum"] > 0:
                s["momentum_buffer"] = addcdiv(s["momentum_buffer"] * h["momentum"], g, avg, 1.0)
                return add(p, s["momentum_buffer"], -lr)
            return addcdiv(p, g, avg, -lr)
        raise ValueError(m)


# ----------------------------------------------------------------------------- schedules (closed forms)
def scheduled_lr(base, t, schedule):
    """torch.optim.lr_scheduler closed forms (`_get_closed_form_lr`), t = last_epoch = steps taken."""
    if schedule is None:
        return base
    kind = schedule["type"]
    if kind == "step":
        return base * schedule["gamma"] ** (t // schedule["step_size"])
    if kind == "exponential":
        return base * schedule["gamma"] ** t
    if kind == "cosine":
        eta_min = schedule.get("eta_min", 0.0)
        return eta_min + (base - eta_min) * (1 + math.cos(math.pi * t / schedule["t_max"])) / 2
    if kind == "linear":
        start, end, total = schedule.get("start_factor", 1 / 3), schedule.get("end_factor", 1.0), schedule.get(
            "total_iters", 5)
        return base * (start + (end - start) * min(total, t) / total)
    raise ValueError(kind)


def clip(grad, max_norm):
    """torch.nn.utils.clip_grad_norm_ for one tensor, norm_type 2."""
    total = math.sqrt(float(np.sum(grad * grad)))
    coef = max_norm / (total + 1e-6)
    return grad * coef if coef < 1 else grad


# ----------------------------------------------------------------------------- objectives
SEED_X = [[1.0, 2.0], [2.0, 3.0], [3.0, 4.0], [4.0, 5.0]]
SEED_Y = [1.0, 2.0, 3.0, 4.0]


def linear_regression(theta):
    """J = Σr²/(2m), ∇J = Xᵀr/m, accumulated row by row in the order GradusOptim uses."""
    m, d = len(SEED_X), len(theta)
    g = [0.0] * d
    total = 0.0
    for i in range(m):
        prediction = 0.0
        for j in range(d):
            prediction += SEED_X[i][j] * theta[j]
        r = prediction - SEED_Y[i]
        total += r * r
        for j in range(d):
            g[j] += SEED_X[i][j] * r
    return total / (2 * m), np.array([gj / m for gj in g])


def rosenbrock(theta, a=1.0, b=100.0):
    """(a − x)² + b(y − x²)²."""
    x, y = float(theta[0]), float(theta[1])
    u = a - x
    v = y - x * x
    value = u * u + b * (v * v)
    return value, np.array([-2.0 * u - 4.0 * b * x * v, 2.0 * b * v])


OBJECTIVES = {"seed": (linear_regression, [0.5, -0.5]), "rosenbrock": (rosenbrock, [-1.5, 2.0])}


def run(objective, method, steps=1000, schedule=None, clip_norm=None, **hyper):
    f, start = OBJECTIVES[objective]
    opt = Optimizer(method, **hyper)
    base = opt.h["lr"]
    p = np.array(start, dtype=np.float64)
    thetas, losses, rates = [], [], []
    for t in range(steps + 1):
        loss, g = f(p)
        thetas.append(p.tolist())
        losses.append(loss)
        if t == steps:
            break
        lr = scheduled_lr(base, t, schedule)
        rates.append(lr)
        if clip_norm is not None:
            g = clip(g, clip_norm)
        p = opt.step(p, g, lr)
    return thetas, losses, rates, {k: v.tolist() for k, v in opt.state.items()}


RUNS = [
    ("seed", dict(method="gd", lr=0.01)),
    ("seed", dict(method="sgd", lr=0.01, momentum=0.9)),
    ("seed", dict(method="sgd", lr=0.01, momentum=0.9, dampening=0.1, weight_decay=0.01)),
    ("seed", dict(method="sgd", lr=0.01, momentum=0.9, nesterov=True)),
    ("seed", dict(method="sgd", lr=0.001, maximize=True)),
    ("seed", dict(method="adam", lr=0.01)),
    ("seed", dict(method="adam", lr=0.05, betas=[0.8, 0.99], amsgrad=True, weight_decay=0.01)),
    ("seed", dict(method="adamw", lr=0.01)),
    ("seed", dict(method="adamw", lr=0.02, amsgrad=True, weight_decay=0.1, eps=1e-6)),
    ("seed", dict(method="adagrad", lr=0.1)),
    ("seed", dict(method="adagrad", lr=0.1, lr_decay=0.01, initial_accumulator_value=0.1, weight_decay=0.001)),
    ("seed", dict(method="rmsprop", lr=0.01)),
    ("seed", dict(method="rmsprop", lr=0.001, centered=True, momentum=0.9, weight_decay=0.01)),
    ("seed", dict(method="sgd", lr=0.02, momentum=0.5, schedule=dict(type="step", step_size=100, gamma=0.5))),
    ("seed", dict(method="adam", lr=0.05, schedule=dict(type="exponential", gamma=0.995))),
    ("seed", dict(method="sgd", lr=0.03, schedule=dict(type="cosine", t_max=300, eta_min=0.001))),
    ("seed", dict(method="rmsprop", lr=0.01, schedule=dict(type="linear", start_factor=0.1, end_factor=1.0,
                                                            total_iters=50))),
    ("seed", dict(method="gd", lr=0.05, clip_norm=1.0)),
    ("rosenbrock", dict(method="gd", lr=1e-4)),
    ("rosenbrock", dict(method="sgd", lr=1e-4, momentum=0.9)),
    ("rosenbrock", dict(method="sgd", lr=1e-4, momentum=0.9, nesterov=True)),
    ("rosenbrock", dict(method="adam", lr=0.01)),
    ("rosenbrock", dict(method="adamw", lr=0.01, amsgrad=True)),
    ("rosenbrock", dict(method="adagrad", lr=0.1)),
    ("rosenbrock", dict(method="rmsprop", lr=0.001, centered=True)),
    ("rosenbrock", dict(method="sgd", lr=5e-4, momentum=0.9, clip_norm=10.0)),
]


def hexbits(values):
    """IEEE-754 bit patterns as 16 hex digits."""
    return [format(np.float64(v).view(np.uint64), "016x") for v in values]


def main():
    runs = []
    for objective, config in RUNS:
        config = dict(config)
        method = config.pop("method")
        schedule = config.pop("schedule", None)
        clip_norm = config.pop("clip_norm", None)
        hyper = {k: (tuple(v) if k == "betas" else v) for k, v in config.items()}
        thetas, losses, rates, state = run(objective, method, schedule=schedule, clip_norm=clip_norm, **hyper)
        entry = {"objective": objective, "start": OBJECTIVES[objective][1], "method": method,
                 "parameters": config, "thetas": thetas, "final_loss": losses[-1], "final_state": state}
        if schedule is not None:
            entry["schedule"] = schedule
            entry["rates"] = rates
        if clip_norm is not None:
            entry["clip_norm"] = clip_norm
        runs.append(entry)

    rng = np.random.default_rng(20240601)
    gradients = rng.standard_normal((200, 2)) * np.array([3.0, 0.5])
    bitexact = []
    for config in [dict(method="gd", lr=0.1), dict(method="sgd", lr=0.05),
                   dict(method="sgd", lr=0.05, momentum=0.9),
                   dict(method="sgd", lr=0.05, momentum=0.9, dampening=0.3, weight_decay=0.1),
                   dict(method="sgd", lr=0.05, momentum=0.9, nesterov=True),
                   dict(method="sgd", lr=0.05, momentum=0.8, nesterov=True, weight_decay=0.01, maximize=True),
                   dict(method="adam", lr=0.01), dict(method="adamw", lr=0.01, amsgrad=True),
                   dict(method="adagrad", lr=0.1, lr_decay=0.01), dict(method="rmsprop", lr=0.01, centered=True,
                                                                        momentum=0.5)]:
        config = dict(config)
        method = config.pop("method")
        opt = Optimizer(method, **config)
        p = np.array([0.5, -0.5])
        after = []
        for g in gradients:
            p = opt.step(p, g.copy(), opt.h["lr"])
            after.append(hexbits(p))
        bitexact.append({"method": method, "parameters": config, "start": [0.5, -0.5], "after": after})

    out = {
        "description": "torch.optim rules transcribed to NumPy (scripts/reference_optimizers.py)",
        "runs": runs,
        "bitexact": {"gradients": [hexbits(g) for g in gradients], "methods": bitexact},
    }
    path = pathlib.Path(__file__).resolve().parent.parent / "Tests/GradusOptimTests/Fixtures/optimizers.json"
    path.write_text(json.dumps(out, separators=(",", ":")) + "\n")
    print(f"wrote {path}: {len(runs)} runs, {len(bitexact)} bit-exact sequences")
    for r in runs:
        print(f"  {r['objective']:10s} {r['method']:8s} {r['parameters']} final θ={r['thetas'][-1]}")


if __name__ == "__main__":
    main()
