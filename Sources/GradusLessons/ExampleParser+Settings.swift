import GradusOptim
import Yams

extension ExampleParser {
    /// `loss: half-mse` (the default, 1/(2m)·Σr²) or `loss: mse` (1/m·Σr², torch.nn.MSELoss) of linear regression.
    func leastSquaresLoss(_ node: Node?) throws(Diagnostics) -> LeastSquaresLoss {
        guard let node else { return .halfMSE }
        let name = try reader.string(node, what: "'loss'")
        guard let loss = LeastSquaresLoss(rawValue: name) else {
            let known = LeastSquaresLoss.allCases.map(\.rawValue).joined(separator: ", ")
            throw reader.fail(node, "unknown loss '\(name)'; expected one of: \(known)")
        }
        return loss
    }

    /// A projected run starts inside its box: a start outside it is refused rather than silently moved.
    func startInside(_ box: MethodDeclaration.Box, start: [Double], node: Node) throws(Diagnostics) {
        for j in start.indices where !(box.lower[j] <= start[j] && start[j] <= box.upper[j]) {
            throw reader.fail(
                node,
                "'start' must lie inside the box: coordinate \(j) is \(start[j]), outside [\(box.lower[j]), \(box.upper[j])]"
            )
        }
    }
}
