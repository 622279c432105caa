import Foundation
import GradusTestSupport
import Testing

/// Reads a JSON fixture committed beside the tests.
func fixture(_ name: String, filePath: String = #filePath) throws -> [String: Any] {
    let url = folderBeside(filePath, named: "Fixtures").appendingPathComponent(name)
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return try #require(object as? [String: Any])
}

/// Central finite differences of `f` at `x`.
func numericalGradient(_ f: ([Double]) -> Double, at x: [Double], h: Double = 1e-6) -> [Double] {
    x.indices.map { j in
        var plus = x
        var minus = x
        plus[j] += h
        minus[j] -= h
        return (f(plus) - f(minus)) / (2 * h)
    }
}
