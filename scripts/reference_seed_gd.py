#!/usr/bin/env python3
"""Independent reference for the seed lesson's run: batch gradient descent on linear regression.

Written with NumPy, separately from the Swift code, from the formulas alone:
    J(θ) = 1/(2m)·‖Xθ − y‖²,   ∇J = (1/m)·Xᵀ(Xθ − y),   θ ← θ − α·∇J   (torch.optim.SGD without momentum)
Writes Tests/GradusOptimTests/Fixtures/seed_gd.json; the Swift tests compare every iteration with it.
Run: python3 scripts/reference_seed_gd.py
"""
import json
import pathlib

import numpy as np

X = np.array([[1, 2], [2, 3], [3, 4], [4, 5]], dtype=np.float64)
y = np.array([1, 2, 3, 4], dtype=np.float64)
theta = np.array([0.5, -0.5], dtype=np.float64)
alpha = 0.01
iterations = 1000
m = len(y)

records = []
for k in range(iterations + 1):
    residual = X @ theta - y
    loss = residual @ residual / (2 * m)
    gradient = X.T @ residual / m
    records.append({"k": k, "theta": theta.tolist(), "loss": float(loss), "gradient": gradient.tolist()})
    if k < iterations:
        theta = theta + (-alpha) * gradient

solution = np.linalg.lstsq(X, y, rcond=None)[0]
out = {
    "description": "seed lesson: GD on linear regression, alpha=0.01, theta0=[0.5,-0.5], 1000 iterations (NumPy)",
    "solution": solution.tolist(),
    "hessianConditionNumber": float(np.linalg.cond(X.T @ X / m)),
    "iterations": records,
}
path = pathlib.Path(__file__).resolve().parent.parent / "Tests/GradusOptimTests/Fixtures/seed_gd.json"
path.write_text(json.dumps(out, indent=1) + "\n")
print(f"wrote {path}: final theta {theta.tolist()}, loss {records[-1]['loss']:.6g}, cond {out['hessianConditionNumber']:.4g}")
