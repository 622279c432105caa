/* The floor for recording a run: gradient descent on 2-D Rosenbrock (a = 1, b = 100) from (-1.5, 2) with
 * lr 1e-4, every iteration's k, theta, loss, gradient, gradient norm, update and learning rate written into
 * column arrays allocated before the loop (fresh ones for each run, as each run in Gradus allocates its own); the loop also tests the values for finiteness, as Gradus's run loop does.
 * Prints nanoseconds per iteration (best of ROUNDS runs of N iterations) and the final point.
 * Usage: recording_floor [iterations] [rounds]   (default 1000000 5). Built by scripts/bench-recording. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    int rounds = argc > 2 ? atoi(argv[2]) : 5;
    const double a = 1, b = 100, lr = 1e-4;
    double best = INFINITY, x = 0, y = 0, check = 0;
    for (int round = 0; round < rounds; round++) {
        double start = now();
        /* Fresh columns for every run, as a run in Gradus allocates its own. */
        long *ks = malloc(sizeof(long) * (n + 1));
        double *thetas = malloc(sizeof(double) * 2 * (n + 1));
        double *gradients = malloc(sizeof(double) * 2 * (n + 1));
        double *updates = malloc(sizeof(double) * 2 * (n + 1));
        double *losses = malloc(sizeof(double) * (n + 1));
        double *norms = malloc(sizeof(double) * (n + 1));
        double *rates = malloc(sizeof(double) * (n + 1));
        if (!ks || !thetas || !gradients || !updates || !losses || !norms || !rates) return 1;
        x = -1.5;
        y = 2;
        long k;
        for (k = 0; k <= n; k++) {
            double u = a - x, v = y - x * x;
            double gx = -2.0 * u - 4.0 * b * x * v, gy = 2.0 * b * v;
            double loss = u * u + b * (v * v);
            if (!isfinite(loss) || !isfinite(gx) || !isfinite(gy) || !isfinite(x) || !isfinite(y)) break;
            double norm = sqrt(gx * gx + gy * gy);
            ks[k] = k;
            thetas[2 * k] = x;
            thetas[2 * k + 1] = y;
            gradients[2 * k] = gx;
            gradients[2 * k + 1] = gy;
            losses[k] = loss;
            norms[k] = norm;
            rates[k] = lr;
            if (k == n) break;
            double nx = x + (-lr) * gx, ny = y + (-lr) * gy;
            updates[2 * k] = nx - x;
            updates[2 * k + 1] = ny - y;
            x = nx;
            y = ny;
        }
        double elapsed = now() - start;
        if (elapsed < best) best = elapsed;
        /* Read the columns so that the stores cannot be dropped. */
        for (long j = 0; j <= n; j += 4096) check += thetas[2 * j] + losses[j] + norms[j] + updates[2 * (j < n ? j : 0)];
        free(ks), free(thetas), free(gradients), free(updates), free(losses), free(norms), free(rates);
    }
    printf("C floor: %.1f ns/iteration (best of %d rounds of %ld); final point %.17g %.17g; checksum %g\n",
           best / (double)n * 1e9, rounds, n, x, y, check);
    return 0;
}
