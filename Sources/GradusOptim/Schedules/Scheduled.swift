/// An optimizer whose learning rate follows a schedule: update t (from 0) uses
/// `schedule.rate(base:afterSteps: t)`, as a torch scheduler stepped once after every `optimizer.step()`.
public struct Scheduled<Base: AdjustableOptimizer>: Optimizer {
    public private(set) var base: Base
    public let schedule: LearningRateSchedule
    /// The base learning rate (torch's `initial_lr`).
    public let baseRate: Double
    public private(set) var stepsTaken = 0

    public init(_ base: Base, schedule: LearningRateSchedule) {
        self.base = base
        self.schedule = schedule
        self.baseRate = base.learningRate
        self.base.learningRate = schedule.rate(base: baseRate, afterSteps: 0)
    }

    public var learningRate: Double { base.learningRate }
    public var state: [StateEntry] { base.state }

    public mutating func step(parameters: inout [Double], gradient: [Double], update: inout [Double]) {
        base.step(parameters: &parameters, gradient: gradient, update: &update)
        stepsTaken += 1
        base.learningRate = schedule.rate(base: baseRate, afterSteps: stepsTaken)
    }
}
