/// How a lesson writes its symbols (`notation:` in the front matter): the parameters' names, the learning rate's and
/// the objective's symbol. Tables, axes, worked steps, captions and claim evidence use them.
public struct Notation: Sendable, Equatable {
    /// The names of θ's components, e.g. `[θ₀, θ₁]`; nil: a formula's variables, else θ₁, θ₂, … (1-based).
    public var parameters: [String]? = nil
    /// The learning rate's symbol: `α` (the default) or e.g. `η`.
    public var learningRate = "α"
    /// The objective's symbol: `J` (the default) or e.g. `f`.
    public var objective = "J"
    /// The momentum's symbol: `β` (the default) or e.g. `μ`.
    public var momentum = "β"

    public init(parameters: [String]? = nil, learningRate: String = "α", objective: String = "J") {
        self.parameters = parameters
        self.learningRate = learningRate
        self.objective = objective
    }

    /// The names of an example's `dimension` parameters: the lesson's, else the formula's variables (`names`), else
    /// θ₁, θ₂, … (θ alone for one parameter).
    public func parameterNames(dimension: Int, formulaNames names: [String]?) -> [String] {
        (0..<dimension).map { i in
            if let parameters, i < parameters.count { return parameters[i] }
            if let names, i < names.count { return names[i] }
            return dimension == 1 ? "θ" : "θ" + Self.subscripted(i + 1)
        }
    }

    /// `12` → `₁₂`.
    public static func subscripted(_ n: Int) -> String {
        String(String(n).unicodeScalars.map { Character(Unicode.Scalar(0x2080 + ($0.value - 0x30))!) })
    }
}
