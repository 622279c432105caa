#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(ucrt)
    import ucrt
#endif

/// The C library's elementary functions, the ones Python's `math` and `**` call, so that
/// schedules and bias corrections round exactly as the NumPy references do.
enum Elementary {
    /// xʸ as C `pow` (Python's `float ** float`).
    static func power(_ x: Double, _ y: Double) -> Double { pow(x, y) }
    static func cosine(_ x: Double) -> Double { cos(x) }
    static func exponential(_ x: Double) -> Double { exp(x) }
    static func logarithm(_ x: Double) -> Double { log(x) }
    /// log(1 + x), accurate for small x.
    static func logOnePlus(_ x: Double) -> Double { log1p(x) }
    static func sine(_ x: Double) -> Double { sin(x) }
}
