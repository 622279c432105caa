#!/usr/bin/env python3
"""Independent reference for GradusOptim's seeded mini-batch gradient descent.

PRNG: SplitMix64 (state += 0x9E3779B97F4A7C15; z = (z ^ z>>30)·0xBF58476D1CE4E5B9;
z = (z ^ z>>27)·0x94D049BB133111EB; out z ^ z>>31, all mod 2⁶⁴).
Bounded integers in [0, n): Lemire's method (x·n as 128 bits; reject while low < (2⁶⁴ − n) mod n; take high).
Shuffle: Fisher–Yates from the last index down, each epoch on a fresh identity permutation; the generator's
stream continues across epochs. Batches: consecutive slices, the last one shorter (drop_last=False).
Update: torch.optim.SGD rules (see reference_optimizers.py) applied to the batch gradient
(1/|B|)·Σ_{i∈B} xᵢ rᵢ accumulated in batch order.

Writes Tests/GradusOptimTests/Fixtures/minibatch.json. Run: python3 scripts/reference_minibatch.py
"""
import json
import pathlib

import numpy as np

from reference_optimizers import Optimizer

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def bounded(self, n):
        product = self.next() * n
        low = product & MASK
        if low < n:
            threshold = ((1 << 64) - n) % n
            while low < threshold:
                product = self.next() * n
                low = product & MASK
        return product >> 64

    def shuffle(self, values):
        for i in range(len(values) - 1, 0, -1):
            j = self.bounded(i + 1)
            values[i], values[j] = values[j], values[i]


def batches(m, batch_size, seed, epochs, shuffle=True):
    rng = SplitMix64(seed)
    out = []
    for _ in range(epochs):
        order = list(range(m))
        if shuffle:
            rng.shuffle(order)
        for start in range(0, m, batch_size):
            out.append(order[start:start + batch_size])
    return out


def regression(X, y, theta, rows):
    d = len(theta)
    g = [0.0] * d
    total = 0.0
    for i in rows:
        prediction = 0.0
        for j in range(d):
            prediction += X[i][j] * theta[j]
        r = prediction - y[i]
        total += r * r
        for j in range(d):
            g[j] += X[i][j] * r
    return total / (2 * len(rows)), np.array([gj / len(rows) for gj in g])


def main():
    seed_x = [[1.0, 2.0], [2.0, 3.0], [3.0, 4.0], [4.0, 5.0]]
    seed_y = [1.0, 2.0, 3.0, 4.0]
    # A second data set: 10 rows with an intercept column, so the last batch of 3 is partial.
    xs = np.linspace(-2.0, 2.5, 10)
    wide_x = [[1.0, float(x)] for x in xs]
    wide_y = [float(0.5 - 1.5 * x + 0.25 * np.sin(3 * x)) for x in xs]
    cases = [
        ("seed", seed_x, seed_y, [0.5, -0.5], 1, 42, dict(method="sgd", lr=0.01)),
        ("seed", seed_x, seed_y, [0.5, -0.5], 2, 7, dict(method="sgd", lr=0.01, momentum=0.9)),
        ("wide", wide_x, wide_y, [0.0, 0.0], 3, 2024, dict(method="sgd", lr=0.05, momentum=0.5, nesterov=True)),
        ("wide", wide_x, wide_y, [0.0, 0.0], 4, 99, dict(method="adam", lr=0.05)),
    ]
    runs = []
    steps = 1000
    for name, X, y, start, batch_size, seed, config in cases:
        config = dict(config)
        method = config.pop("method")
        opt = Optimizer(method, **config)
        m = len(y)
        epochs = -(-steps // -(-m // batch_size)) + 1
        plan = batches(m, batch_size, seed, epochs)
        p = np.array(start)
        thetas = [p.tolist()]
        for k in range(steps):
            _, g = regression(X, y, p, plan[k])
            p = opt.step(p, g, opt.h["lr"])
            thetas.append(p.tolist())
        runs.append({"data": name, "features": X, "targets": y, "start": start, "batch_size": batch_size,
                     "seed": seed, "method": method, "parameters": config, "first_batches": plan[:12],
                     "thetas": thetas})

    rng = SplitMix64(0)
    first = [format(rng.next(), "016x") for _ in range(5)]
    rng = SplitMix64(12345)
    bounded = [rng.bounded(n) for n in (1, 2, 3, 7, 10, 1000, 2**63 + 5, 6, 6, 6)]
    out = {"splitmix64_seed0": first, "bounded_seed12345": [str(b) for b in bounded],
           "permutation_seed1_n10": batches(10, 10, 1, 1)[0], "runs": runs}
    path = pathlib.Path(__file__).resolve().parent.parent / "Tests/GradusOptimTests/Fixtures/minibatch.json"
    path.write_text(json.dumps(out, separators=(",", ":")) + "\n")
    print(f"wrote {path}; SplitMix64(0) starts {first[:2]}")
    for r in runs:
        print(f"  {r['data']} batch {r['batch_size']} seed {r['seed']} {r['method']} final θ={r['thetas'][-1]}")


if __name__ == "__main__":
    main()
