import GradusLessons
import GradusOptim

extension Localization {
    /// What the page calls an example: its label in this language, or one made from its method and settings, e.g.
    /// "Gradient descent (learning rate 0.01)", "SGD with Nesterov momentum 0.9 (learning rate 0.001)".
    public func label(_ example: Example) -> String {
        example.label.text(in: language) ?? generatedLabel(example.method)
    }

    /// A label made from the method and the settings a reader needs to tell runs apart.
    public func generatedLabel(_ method: MethodDeclaration) -> String {
        let format = NumberFormat.significant(6)
        switch method {
        case .newton(let settings):
            let name = self(settings.step == .pure ? .labelNewton : .labelNewtonDamped)
            let parts =
                settings.learningRate == 1
                ? [] : [self(.labelStepFactor, ["lr": number(settings.learningRate, format)])]
            return withSettings(name, parts)
        case .firstOrder(let spec, let sampling, let box):
            let parameters = spec.parameters
            func value(_ name: String) -> Double? {
                if case .number(let x) = parameters[name] { x } else { nil }
            }
            var name: String
            switch spec.methodName {
            case "gd": name = self(.labelGD)
            case "sgd":
                let momentum = value("momentum") ?? 0
                if momentum != 0 {
                    let nesterov = parameters["nesterov"] == .flag(true)
                    name = self(
                        nesterov ? .labelSGDNesterov : .labelSGDMomentum, ["momentum": number(momentum, format)])
                } else if let sampling {
                    name = self(sampling.batchSize == 1 ? .labelStochastic : .labelMiniBatch)
                } else {
                    name = self(.labelSGD)
                }
            case "adam": name = self(.labelAdam)
            case "adamw": name = self(.labelAdamW)
            case "adagrad": name = self(.labelAdagrad)
            case "rmsprop": name = self(.labelRMSprop)
            default: name = spec.methodName
            }
            var parts = [self(.labelLR, ["lr": number(spec.learningRate, format)])]
            if let sampling, sampling.batchSize > 1 { parts.append(self(.labelBatch, ["n": "\(sampling.batchSize)"])) }
            if let decay = value("weight_decay"), decay != 0 {
                parts.append(self(.labelWeightDecay, ["x": number(decay, format)]))
            }
            if let norm = spec.clipNorm { parts.append(self(.labelClip, ["x": number(norm, format)])) }
            if spec.schedule != .constant { parts.append(self(.labelScheduled)) }
            if box != nil { parts.append(self(.labelProjected)) }
            if parameters["maximize"] == .flag(true) { parts.append(self(.labelMaximize)) }
            return withSettings(name, parts)
        }
    }

    /// `name (a, b)`, or the name alone.
    func withSettings(_ name: String, _ parts: [String]) -> String {
        parts.isEmpty
            ? name
            : self(.methodSettings, ["method": name, "settings": parts.joined(separator: self(.settingsSeparator))])
    }
}
