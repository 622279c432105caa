/// How a formula is laid out: inside running text (`$…$`) or as its own block (`$$…$$`).
public enum MathStyle: Sendable {
    /// Inline math: `<math>`, limits of `\sum` etc. are placed as scripts.
    case inline
    /// Display math: `<math display="block">`, limits go below/above large operators.
    case display
}
