import Foundation
import GradusLessons
import GradusSite
import GradusTestSupport
import Testing

/// Every diagnostic a lesson can cause, each checked once: the text, the line and the column.
/// (Syntax errors of bindings, formats, YAML and CSV are also covered by the module tests.)
struct DiagnosticsTests {
    static let cases: [(name: String, lesson: String, expected: String)] = [
        (
            "examples not a list", "---\ntitle: T\norder: 1\nexamples:\n  seed: 1\n---\nText.\n",
            "l.md:5:3: error: 'examples' must be a list of examples"
        ),
        (
            "example not a mapping", "---\ntitle: T\norder: 1\nexamples:\n  - just text\n---\nText.\n",
            "l.md:5:5: error: an example must be a mapping of keys to values"
        ),
        (
            "duplicate example",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:11:5: error: a second example is named 'seed'"
        ),
        (
            "bad example name",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: 2seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:5:11: error: an example's name is letters, digits and '_', starting with a letter: '2seed'"
        ),
        (
            "missing start",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:5:5: error: the example has no 'start'"
        ),
        (
            "missing stop",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n---\nText.\n",
            "l.md:5:5: error: the example has no 'stop'"
        ),
        (
            "stop without max",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {gradient-tolerance: 1e-6}\n---\nText.\n",
            "l.md:10:11: error: 'stop' needs 'max-iterations'"
        ),
        (
            "max too large",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100000000}\n---\nText.\n",
            "l.md:10:28: error: 'max-iterations' must be between 0 and 10000000"
        ),
        (
            "max not integer",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 1.5}\n---\nText.\n",
            "l.md:10:28: error: 'max-iterations' must be a whole number"
        ),
        (
            "lr not number",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: fast}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:9:33: error: 'lr' must be a number"
        ),
        (
            "optimizer not mapping",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: gd\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:9:16: error: 'optimizer' must be a mapping with a 'method'"
        ),
        (
            "optimizer without method",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:9:16: error: 'optimizer' needs a 'method'"
        ),
        (
            "objective unknown param",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: {name: rosenbrock, c: 3}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:6:35: error: unknown key 'c' in 'objective'; expected one of: name, a, b, condition_number, dimension, rotation, center, A, loss"
        ),
        (
            "objective mapping without name",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: {a: 1}\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:6:16: error: 'objective' needs a 'name'"
        ),
        (
            "formula objective with data",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: booth\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:11: error: the booth objective takes no 'data'"
        ),
        (
            "regression without data",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:6:16: error: the linear-regression objective needs 'data' with 'x' and 'y'"
        ),
        (
            "data missing y",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:11: error: 'data' needs 'x' (rows of features) and 'y' (one target per row), or 'generate'"
        ),
        (
            "y length",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:52: error: 'y' has 3 values; 'x' has 4 rows"
        ),
        (
            "x not rows",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: 3, y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:15: error: 'x' must be a non-empty list of rows"
        ),
        (
            "generate and x",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {generate: linear, x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:30: error: 'x' does not go with 'generate': the data are generated"
        ),
        (
            "generate unknown",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {generate: cubic, samples: 10, weights: [1, 2]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:22: error: 'generate' is 'linear' or 'classes', not 'cubic'"
        ),
        (
            "generate without samples",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {generate: linear, weights: [1, 2]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:11: error: generated data needs 'samples' and 'weights'"
        ),
        (
            "generate samples range",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {generate: linear, samples: 0, weights: [1, 2]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:39: error: 'samples' must be between 1 and 1000000"
        ),
        (
            "generate empty weights",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {generate: linear, samples: 5, weights: []}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:51: error: 'weights' needs at least one value"
        ),
        (
            "generate bad range",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {generate: linear, samples: 5, weights: [1, 2], range: [1, 0]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:66: error: 'range' must be [low, high] with low < high"
        ),
        (
            "intercept not bool",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4], intercept: maybe}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:77: error: 'intercept' must be true or false"
        ),
        (
            "csv missing",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {csv: data/none.csv}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:17: error: cannot read 'data/none.csv': no such file"
        ),
        (
            "quadratic kappa below one",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: {name: quadratic, condition_number: 0.5}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:6:52: error: invalid value for condition_number: must be finite and ≥ 1"
        ),
        (
            "schedule without name",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01, schedule: {gamma: 0.5}}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:9:49: error: 'schedule' needs a 'name'"
        ),
        (
            "schedule missing param",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01, schedule: {name: step}}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:9:49: error: invalid value for step_size: required by the step schedule"
        ),
        (
            "betas not pair",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: adam, betas: [0.9]}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:9:38: error: 'betas' must be a pair [a, b]"
        ),
        (
            "betas out of range",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: adam, betas: [0.9, 1.5]}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:9:38: error: 'betas' β₂ must be in [0, 1)"
        ),
        (
            "batch size zero",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: sgd, lr: 0.01, batch_size: 0}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:9:52: error: 'batch_size' must be at least 1"
        ),
        (
            "batch on formula",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: booth\n    start: [0.5, -0.5]\n    optimizer: {method: sgd, lr: 0.01, batch_size: 2}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:5:5: error: mini-batches ('batch_size') need a regression objective with data"
        ),
        (
            "box missing upper",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01, box: {lower: [0, 0]}}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:9:44: error: 'box' needs 'lower' and 'upper'"
        ),
        (
            "box crossed",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01, box: {lower: [1, 1], upper: [0, 0]}}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:5:5: error: 'box': every lower bound must be at most its upper bound"
        ),
        (
            "newton bad c1",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: newton, step: armijo, c1: 2}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:9:51: error: 'c1' must be in (0, 1)"
        ),
        (
            "check negative",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    check: {rtol: -1}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:10:19: error: 'rtol' must not be negative"
        ),
        (
            "order not int", "---\ntitle: T\norder: first\n---\nText\n",
            "l.md:3:8: error: 'order' must be a whole number"
        ),
        ("title missing", "---\norder: 1\n---\nText\n", "l.md:1:1: error: the front matter has no 'title'"),
        ("order missing", "---\ntitle: T\n---\nText\n", "l.md:1:1: error: the front matter has no 'order'"),
        (
            "empty front matter", "---\n---\nText\n",
            "l.md:1:1: error: the front matter is empty; it needs at least 'title' and 'order'"
        ),
        (
            "raw-html not bool", "---\ntitle: T\norder: 1\nraw-html: sometimes\n---\nText\n",
            "l.md:4:11: error: 'raw-html' must be true or false"
        ),
        (
            "binding empty",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{ }}\n",
            "l.md:12:4: error: expected a value's name after '{{', e.g. {{ example.final.loss }}"
        ),
        (
            "binding trailing",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.final.loss extra}}\n",
            "l.md:12:19: error: unexpected 'extra' in a binding"
        ),
        (
            "binding dot",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.}}\n",
            "l.md:12:8: error: expected a name after '.'"
        ),
        (
            "binding example only",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed}}\n",
            "l.md:12:1: error: 'seed' is an example; name one of its values: iterations, outcome, final, iter, start, lr, max_iterations, samples, x, y, solution, solution_loss, distance_to_solution, condition_number, lambda_min, lambda_max, max_stable_lr, contraction, remaining, optimal_lr, param, batch_size, batches_per_epoch, observed_rate, clip_norm, schedule, gradient_tolerance, loss_change_tolerance, diverge_above, box, newton, objective"
        ),
        (
            "binding iter without index",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.iter.loss}}\n",
            "l.md:12:1: error: write 'iter[K]' with the iteration number K, e.g. seed.iter[1].loss"
        ),
        (
            "binding iteration without value",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.final}}\n",
            "l.md:12:1: error: name a value of the iteration: k, loss, theta, gradient, gradient_norm, update, lr, state, batch_loss, batch_gradient"
        ),
        (
            "binding extra after scalar",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.final.loss[0]}}\n",
            "l.md:12:1: error: unexpected '[0]' after a single value"
        ),
        (
            "binding no solution",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: booth\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.solution[0]}}\n",
            "l.md:11:1: error: seed has no closed-form solution"
        ),
        (
            "binding no hessian",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: booth\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.condition_number}}\n",
            "l.md:11:1: error: seed's objective has no constant Hessian"
        ),
        (
            "binding no data",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: booth\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.samples}}\n",
            "l.md:11:1: error: seed's objective has no data"
        ),
        (
            "binding x without index",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.x}}\n",
            "l.md:12:1: error: 'x' is the data matrix: pick a row and a column, e.g. x[0][1] (4 rows)"
        ),
        (
            "binding clip",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.clip_norm}}\n",
            "l.md:12:1: error: seed does not clip its gradient"
        ),
        (
            "binding schedule",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.schedule.gamma}}\n",
            "l.md:12:1: error: seed has a constant learning rate"
        ),
        (
            "binding state missing",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.iter[0].state.velocity[0]}}\n",
            "l.md:12:1: error: the optimizer of seed keeps no 'velocity' at iteration 0"
        ),
        (
            "binding param without name",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.param}}\n",
            "l.md:12:1: error: write 'param.NAME', e.g. seed.param.momentum"
        ),
        (
            "binding state without name",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.iter[0].state}}\n",
            "l.md:12:1: error: write 'state.NAME[i]', e.g. seed.iter[1].state.velocity[0]"
        ),
        (
            "binding unknown example key",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n{{seed.finale.loss}}\n",
            "l.md:12:1: error: 'finale' is not a value of an example; expected one of: iterations, outcome, final, iter, start, lr, max_iterations, samples, x, y, solution, solution_loss, distance_to_solution, condition_number, lambda_min, lambda_max, max_stable_lr, contraction, remaining, optimal_lr, param, batch_size, batches_per_epoch, observed_rate, clip_norm, schedule, gradient_tolerance, loss_change_tolerance, diverge_above, box, newton, objective"
        ),
        (
            "table block empty",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus table\n```\n",
            "l.md:12:1: error: the table block is empty"
        ),
        (
            "table needs example",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus table\nfirst: 3\n```\n",
            "l.md:12:1: error: the table block needs 'example: NAME'"
        ),
        (
            "table first out of range",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus table\nexample: seed\nfirst: 5000\n```\n",
            "l.md:14:8: error: 'first' must be between 0 and 1000"
        ),
        (
            "compare needs examples",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus compare\ntolerance: 1e-3\n```\n",
            "l.md:12:1: error: the compare block needs 'examples: [A, B]'"
        ),
        (
            "compare examples not list",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus compare\nexamples: seed\n```\n",
            "l.md:13:11: error: 'examples' must be a list of example names"
        ),
        (
            "block kind missing",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus\nexample: seed\n```\n",
            "l.md:12:1: error: a gradus block needs a kind, e.g. 'gradus table'"
        ),
        (
            "claims empty list",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus claims\nclaims: []\n```\n",
            "l.md:13:9: error: claims are a list, one claim per line starting with '- '"
        ),
        (
            "claim mapping without claim",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus claims\n- text: hello\n```\n",
            "l.md:13:3: error: a claim needs 'claim: …'"
        ),
        (
            "claim text unclosed binding",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus claims\n- claim: seed reaches the iteration limit\n  text: 'a {{seed.lr'\n```\n",
            "l.md:14:12: error: '{{' is not closed by '}}' in the claim's text"
        ),
        (
            "claim text unknown value",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus claims\n- claim: seed reaches the iteration limit\n  text: The loss ends at {{seed.final.los}}.\n```\n",
            "l.md:14:26: error: 'los' is not a value of an iteration; expected one of: k, loss, theta, gradient, gradient_norm, update, lr, state, batch_loss, batch_gradient"
        ),
        (
            "unclosed dollar before TeX", "---\ntitle: T\norder: 1\n---\nThe rate $\\alpha = 0.035 is small.\n",
            "l.md:5:10: error: this $ opens math that is not closed in its paragraph (write \\$ for a dollar sign)"
        ),
        (
            "unclosed display math", "---\ntitle: T\norder: 1\n---\nText.\n\n$$ x^2\n\nMore.\n",
            "l.md:7:1: error: this $$ opens math that is not closed in its paragraph (write \\$ for a dollar sign)"
        ),
        (
            "sig 0",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nJ is {{seed.final.loss | sig 0}}.\n",
            "l.md:12:26: error: unknown number format 'sig 0'; expected 'fixed N', 'sig N' or 'sci N' (N from 0 to 17, at least 1 for sig)"
        ),
        (
            "tab in YAML",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n\tobjective: linear-regression\n---\nText.\n",
            "l.md:6:1: error: malformed YAML: found a tab character that violates indentation (this line has a tab: YAML is indented with spaces only)"
        ),
        (
            "y with csv",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {csv: data/a.csv, y: [1, 2]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\nText.\n",
            "l.md:7:29: error: 'y' does not go with 'csv': the file gives the features and the target (its last column, or the one named by 'target')"
        ),
        (
            "claim on text value",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus claims\n- seed.outcome < 3\n```\n",
            "l.md:13:3: error: seed.outcome is not a number"
        ),
        (
            "claim fewer iterations not converged",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus claims\n- seed needs fewer iterations than seed\n```\n",
            "l.md:13:3: error: the claim 'seed needs fewer iterations than seed' does not hold: seed reached the iteration limit of 100"
        ),
        (
            "step beyond run",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus step\nexample: seed\niteration: 100\n```\n",
            "l.md:12:1: error: iteration 100 of seed has no recorded update (the run reached the iteration limit of 100 at iteration 100)"
        ),
        (
            "contour 1-D",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: wavy\n    start: [0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n```gradus plot\nkind: contour\nexample: seed\n```\n",
            "l.md:11:1: error: a contour plot needs examples with two parameters"
        ),
        (
            "math unbalanced",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n$\\frac{1}{2$ here\n",
            "l.md:12:10: error: in this formula: missing } to match {"
        ),
        (
            "math unknown env",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n---\n$$\\begin{foo} x \\end{foo}$$\n",
            "l.md:12:3: error: in this formula: unknown environment foo"
        ),
        (
            "label not text",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n    label: [a, b]\n---\nText.\n",
            "l.md:11:12: error: 'label' is a text, or one text per language: label: {en: …, zh: …}"
        ),
        (
            "label empty",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n    label: \"  \"\n---\nText.\n",
            "l.md:11:12: error: 'label' is empty"
        ),
        (
            "label language not a tag",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n    label: {english words: Slow}\n---\nText.\n",
            "l.md:11:13: error: a key of 'label' is a language tag such as en or zh, not 'english words'"
        ),
        (
            "label in a language not text",
            "---\ntitle: T\norder: 1\nexamples:\n  - name: seed\n    objective: linear-regression\n    data: {x: [[1, 2], [2, 3], [3, 4], [4, 5]], y: [1, 2, 3, 4]}\n    start: [0.5, -0.5]\n    optimizer: {method: gd, lr: 0.01}\n    stop: {max-iterations: 100}\n    label: {en: [x]}\n---\nText.\n",
            "l.md:11:17: error: the label in 'en' must be text"
        ),
        (
            "notation unknown key", "---\ntitle: T\norder: 1\nnotation: {params: [a]}\n---\nText.\n",
            "l.md:4:12: error: unknown key 'params' in 'notation'; expected one of: parameters, lr, objective, momentum"
        ),
        (
            "notation parameters not a list", "---\ntitle: T\norder: 1\nnotation: {parameters: θ₁}\n---\nText.\n",
            "l.md:4:24: error: 'parameters' is a list of names, one per parameter, e.g. [θ₁, θ₂]"
        ),
        (
            "notation parameter twice", "---\ntitle: T\norder: 1\nnotation: {parameters: [θ₁, θ₁]}\n---\nText.\n",
            "l.md:4:29: error: the parameter name 'θ₁' is listed twice"
        ),
        (
            "notation symbol with a space", "---\ntitle: T\norder: 1\nnotation: {lr: learning rate}\n---\nText.\n",
            "l.md:4:16: error: 'lr' is a symbol without spaces, such as θ₁, α or J"
        ),
        (
            "notation not a mapping", "---\ntitle: T\norder: 1\nnotation: f\n---\nText.\n",
            "l.md:4:11: error: 'notation' must be a mapping of keys to values"
        ),
    ]

    @Test(arguments: cases.map(\.name))
    func eachMistakeIsOneDiagnosticAtItsPlace(name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        try expectOneDiagnostic(building: testCase.lesson, named: name, expected: testCase.expected)
    }
}
