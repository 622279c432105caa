#!/usr/bin/env python3
"""NumPy baseline for GradusBenchmark: the least-squares gradient X.T @ (X @ θ − y) / m (and J) on m × 8 Double
data, best of several runs, with the same bytes-read accounting (m·(d+1)·8 bytes per pass).
Run: python3 scripts/bench_numpy.py [rows…]   (default 1000000 10000000)
"""
import sys
import time

import numpy as np


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [1_000_000, 10_000_000]
    d = 8
    for m in sizes:
        rng = np.random.default_rng(m)
        X = rng.random((m, d)) - 0.5
        y = rng.random(m)
        theta = np.arange(d) / 8 - 0.4
        nbytes = m * (d + 1) * 8
        repeats = 5 if m >= 10_000_000 else 20
        best = float("inf")
        for _ in range(repeats + 1):
            start = time.perf_counter()
            r = X @ theta - y
            loss = r @ r / (2 * m)
            g = X.T @ r / m
            best = min(best, time.perf_counter() - start)
        print(f"m = {m}, d = {d}: numpy {best * 1e3:.2f} ms/iteration, {nbytes / best / 1e9:.2f} GB/s "
              f"(best of {repeats}; loss {loss:.6g}, |g| {np.linalg.norm(g):.6g})")


if __name__ == "__main__":
    main()
