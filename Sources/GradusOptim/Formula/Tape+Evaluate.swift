#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension Tape {
    /// Runs the tape forward, writing every slot's value.
    @inline(__always)
    func forward(_ point: UnsafeBufferPointer<Double>, into values: UnsafeMutableBufferPointer<Double>) {
        instructions.withUnsafeBufferPointer { program in
            for i in 0..<program.count {
                let instruction = program[i]
                let a = Int(instruction.a)
                let b = Int(instruction.b)
                let y: Double
                switch instruction.opcode {
                case .number: y = instruction.constant
                case .variable: y = point[a]
                case .negate: y = -values[a]
                case .add: y = values[a] + values[b]
                case .subtract: y = values[a] - values[b]
                case .multiply: y = values[a] * values[b]
                case .divide: y = values[a] / values[b]
                case .square: y = values[a] * values[a]
                case .powerConstant: y = Self.power(values[a], constant: instruction.constant)
                case .power: y = pow(values[a], values[b])
                case .call: y = instruction.function.evaluate(values[a])
                }
                values[i] = y
            }
        }
    }

    /// The outputs at `point`.
    func values(at point: [Double]) -> [Double] {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(count, 1)) { values in
            point.withUnsafeBufferPointer { forward($0, into: values) }
            return outputs.map { values[Int($0)] }
        }
    }

    /// The first output at `point` (a tape of one expression), without allocating.
    func value(at point: [Double]) -> Double {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(count, 1)) { values in
            point.withUnsafeBufferPointer { forward($0, into: values) }
            return values[Int(outputs[0])]
        }
    }

    /// The first output and its gradient by reverse-mode automatic differentiation: a forward pass stores every
    /// slot, then one backward pass carries ∂f/∂slot (the adjoint) from the output to the variables, each instruction
    /// passing its adjoint times its local partial derivative to its operands. Scratch lives on the stack.
    func valueAndGradient(at point: [Double], gradient: inout [Double]) -> Double {
        let n = count
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * max(n, 1)) { scratch in
            let values = UnsafeMutableBufferPointer(rebasing: scratch[0..<n])
            let adjoints = UnsafeMutableBufferPointer(rebasing: scratch[n..<(2 * n)])
            point.withUnsafeBufferPointer { forward($0, into: values) }
            let output = Int(outputs[0])
            for i in 0..<n { adjoints[i] = 0 }
            adjoints[output] = 1
            gradient.withUnsafeMutableBufferPointer { gradient in
                for j in gradient.indices { gradient[j] = 0 }
                instructions.withUnsafeBufferPointer { program in
                    for i in stride(from: output, through: 0, by: -1) {
                        let g = adjoints[i]
                        let instruction = program[i]
                        let a = Int(instruction.a)
                        let b = Int(instruction.b)
                        switch instruction.opcode {
                        case .number: continue
                        case .variable: gradient[a] += g
                        case .negate: adjoints[a] -= g
                        case .add:
                            adjoints[a] += g
                            adjoints[b] += g
                        case .subtract:
                            adjoints[a] += g
                            adjoints[b] -= g
                        case .multiply:
                            adjoints[a] += g * values[b]
                            adjoints[b] += g * values[a]
                        case .divide:
                            adjoints[a] += g / values[b]
                            adjoints[b] -= g * values[i] / values[b]
                        case .square: adjoints[a] += g * (2 * values[a])
                        case .powerConstant:
                            let c = instruction.constant
                            adjoints[a] += g * (c * Self.power(values[a], constant: c - 1))
                        case .power:
                            let x = values[a]
                            let y = values[b]
                            adjoints[a] += g * (y * pow(x, y - 1))
                            adjoints[b] += g * (values[i] * log(x))
                        case .call: adjoints[a] += g * instruction.function.slope(values[a], values[i])
                        }
                    }
                }
            }
            return values[output]
        }
    }
}
