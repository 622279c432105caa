// The benchmark executable; see README "Performance".
print("no benchmarks yet")
