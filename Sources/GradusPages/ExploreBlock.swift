import GradusLessons
import GradusOptim
import GradusPlot
import GradusRuns
import GradusText

/// An explore block on the page: the contour map drawn at build time with the path of the chosen combination,
/// controls that choose another (the page's script swaps in that combination's precomputed path, caption and first
/// step, and animates its iterations), the data of every combination in a `<script type="application/json">`, and
/// small multiples of a few combinations for a page without the script and for print.
struct ExploreBlock {
    let block: GeneratedBlock
    let explore: Explore
    /// The runs of the combinations, in combination order.
    let runs: [ExampleRun]
    let words: Localization
    /// Unique within the page.
    let id: String
    /// Whether the controls, the runs' data and the script are written (on the web; not in a handout).
    let live: Bool
    /// Whether the page's script is written after this block (the page's first explore block).
    let writesScript: Bool

    /// The size of the map (drawn again at a phone's width, as every plot) and of each small multiple, in SVG units.
    static let mapSize = (width: 560, height: 480)
    static let narrowSize = (width: PlotDrawing.narrowWidth, height: 320)
    static let multipleSize = (width: 280, height: 250)
    /// The least distance, in SVG units, between two drawn points of a path: closer iterates are left out of the
    /// drawing (never out of the caption's numbers).
    static let thinning = 1.5

    var html: HTMLWriter {
        get throws(Diagnostics) {
            guard let first = runs.first, runs.allSatisfy({ $0.example.start.count == 2 }) else {
                throw Diagnostics(
                    block.location,
                    "an explore block draws the paths on a contour map: example '\(block.example)' needs two parameters"
                )
            }
            let figure = PlotFigure(runs: runs, block: block, words: words, id: id)
            // The map holds the runs that stay finite; a diverging path leaves it at its edge.
            let staying = runs.filter { !$0.trace.outcome.isDiverged }
            let region = PlotFigure(runs: staying.isEmpty ? runs : staying, block: block, words: words, id: id)
                .contourRegion()
            let contoured = PlotFigure.contourGrid(
                first, x: region.x, y: region.y, starts: runs.compactMap { $0.trace.iterations.first?.loss })
            let (grid, levels) = (contoured.grid, contoured.levels)
            let names = words.parameterNames(first.example)
            func map(_ title: String) -> ContourPlot {
                var plot = ContourPlot(
                    title: title, xLabel: names[0], yLabel: names[1], xRange: region.x, yRange: region.y, values: grid)
                plot.levels = levels
                figure.decorate(&plot, clipped: 0)
                return plot
            }
            let initial = explore.initialRun
            let fields = runs.indices.map(fields)
            // The maps have no heading of their own (the block's title stands above them in the page), so one
            // drawing serves this page and its translation's.
            let main = map("")
            let title = block.title ?? words.plotTitle(.contour)
            let text = Self.caption(fields[initial], words)
            let pixels = main.pixels(width: Self.mapSize.width, height: Self.mapSize.height)
            let paths = runs.map { Self.path($0, pixels) }
            var out = HTMLWriter()
            out.open("div", [.init("class", "explore"), .init("id", id)])
            out.newline()
            out.open("figure", [.init("class", "plot explore-figure")])
            out.newline()
            out.element("p", [.init("class", "explore-title")], title)
            out.newline()
            // The path is drawn in the wide map's units; on the phone's map a transform places it.
            var wide = Self.shared(
                main, memo: first.memo, id: id + "-map", title: title, text: text, size: Self.mapSize)
            Self.insert(Self.pathGroup(paths[initial]), into: &wide)
            var narrow = Self.shared(
                main, memo: first.memo, id: id + "-narrow", title: title, text: text, size: Self.narrowSize)
            let narrowPixels = main.pixels(width: Self.narrowSize.width, height: Self.narrowSize.height)
            let placement = Self.placement(from: pixels, to: narrowPixels, region: region)
            Self.insert(Self.pathGroup(paths[initial], placement: placement), into: &narrow)
            PlotDrawing(wide: wide, narrow: narrow).write(to: &out)
            if live {
                writeControls(to: &out)
                out.open("script", [.init("type", "application/json"), .init("class", "explore-data")])
                out.raw(data(paths: paths, pixels: pixels, fields: fields))
                out.close("script")
                out.newline()
            }
            // The caption last: a figure's caption is its first or last child.
            out.open("figcaption", [.init("aria-live", "polite")])
            writeCaption(fields[initial], to: &out)
            out.close("figcaption")
            out.newline()
            out.close("figure")
            out.newline()
            writeMultiples(map: map, fields: fields, to: &out)
            out.close("div")
            out.newline()
            for claim in explore.claims { try LessonRun.check(claim, explore, runs: runs) }
            if live && writesScript {
                out.open("script")
                out.raw(ExploreScript.js)
                out.close("script")
                out.newline()
            }
            return out
        }
    }

    /// A path as drawn: the SVG positions of the iterates inside the map (a point closer than `thinning` to the
    /// last drawn one is left out, the last iterate is kept), their iteration numbers, and whether the run leaves
    /// the map (its path then stops at the edge).
    struct Path {
        var points: [(x: Double, y: Double)] = []
        var ks: [Int] = []
    }

    static func path(_ run: ExampleRun, _ pixels: PlotPixels) -> Path {
        let xs = run.trace.iterations.thetaColumn(0)
        let ys = run.trace.iterations.thetaColumn(1)
        let ks = run.trace.iterations.kColumn
        var path = Path()
        var pending: (point: (x: Double, y: Double), k: Int)? = nil
        for i in xs.indices {
            guard let p = pixels.point(xs[i], ys[i]) else { break }
            if let last = path.points.last,
                (p.x - last.x) * (p.x - last.x) + (p.y - last.y) * (p.y - last.y)
                    < thinning * thinning
            {
                pending = (p, ks[i])
                continue
            }
            path.points.append(p)
            path.ks.append(ks[i])
            pending = nil
        }
        if let pending {
            path.points.append(pending.point)
            path.ks.append(pending.k)
        }
        return path
    }

    /// A coordinate to a tenth of an SVG unit, as the data stores it (in tenths).
    static func tenths(_ value: Double) -> Int { Int((value * 10).rounded()) }

    static func coordinate(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// The scale and offset, per axis, that carry a position of the wide map to the same point of the narrow one
    /// (both maps draw the same region on linear axes).
    struct Placement {
        let scale: (x: Double, y: Double)
        let offset: (x: Double, y: Double)
    }

    static func placement(
        from wide: PlotPixels, to narrow: PlotPixels,
        region: (x: ClosedRange<Double>, y: ClosedRange<Double>, clipped: Int)
    ) -> Placement? {
        guard let w0 = wide.unclipped(region.x.lowerBound, region.y.lowerBound),
            let w1 = wide.unclipped(region.x.upperBound, region.y.upperBound),
            let n0 = narrow.unclipped(region.x.lowerBound, region.y.lowerBound),
            let n1 = narrow.unclipped(region.x.upperBound, region.y.upperBound), w1.x != w0.x, w1.y != w0.y
        else { return nil }
        let scale = ((n1.x - n0.x) / (w1.x - w0.x), (n1.y - n0.y) / (w1.y - w0.y))
        return Placement(scale: scale, offset: (n0.x - scale.0 * w0.x, n0.y - scale.1 * w0.y))
    }

    /// The path's polyline and its start and end marks, styled like a contour plot's first path; with a placement,
    /// moved onto the narrow map (lines and marks keep their size).
    static func pathGroup(_ path: Path, placement: Placement? = nil) -> String {
        let points = path.points.map { "\(coordinate(tenths($0.x))),\(coordinate(tenths($0.y)))" }
        let shrink = placement.map { min(abs($0.scale.x), abs($0.scale.y)) } ?? 1
        func mark(_ name: String, _ radius: Double, _ p: (x: Double, y: Double)?) -> String {
            let (x, y) = p.map { (coordinate(tenths($0.x)), coordinate(tenths($0.y))) } ?? ("-10", "-10")
            let r = coordinate(tenths(radius / shrink))
            return "<circle class=\"\(name)\" cx=\"\(x)\" cy=\"\(y)\" r=\"\(r)\" vector-effect=\"non-scaling-stroke\"/>"
        }
        var transform = ""
        if let placement {
            let numbers = [placement.scale.x, 0, 0, placement.scale.y, placement.offset.x, placement.offset.y]
            transform =
                " transform=\"matrix("
                + numbers.map { NumberFormat.significant(6).format($0).plain }.joined(
                    separator: " ") + ")\""
        }
        return "<g class=\"gp-series gp-trajectory gp-c0 gp-d0 explore-path\"\(transform)>"
            + "<polyline class=\"gp-line\" points=\"\(points.joined(separator: " "))\" vector-effect=\"non-scaling-stroke\"/>"
            + mark("gp-start", 4.5, path.points.first) + mark("gp-end", 4, path.points.last) + "</g>"
    }

    /// `group` as the last element of the SVG.
    static func insert(_ group: String, into svg: inout String) {
        let end = "</svg>"
        var tail = ""
        while svg.last?.isWhitespace == true { tail.insert(svg.removeLast(), at: tail.startIndex) }
        guard svg.hasSuffix(end) else {
            svg += tail
            return
        }
        svg.removeLast(end.count)
        svg += group + end + tail
    }

    /// A value of a setting in the page's words: `α = 0.05`, `start = (1, 2)`.
    func setting(_ dimension: Explore.Dimension, _ value: Explore.Value) -> String {
        switch dimension.setting {
        case .lr: return words(.exploreSetting, ["name": words.notation.learningRate, "value": value.text])
        case .momentum: return words(.exploreSetting, ["name": words.notation.momentum, "value": value.text])
        case .start:
            let point = "(" + value.numbers.map { words.number($0) }.joined(separator: ", ") + ")"
            return words(.exploreSetting, ["name": words(.plotStart), "value": point])
        }
    }

    func settings(_ run: Int) -> String {
        zip(explore.dimensions, explore.indices(of: run)).map { setting($0, $0.values[$1]) }.joined(
            separator: words(.settingsSeparator))
    }

    /// The texts the caption and the worked step show for a run, by placeholder name.
    func fields(_ index: Int) -> [(name: String, text: String)] {
        let run = runs[index]
        let format = NumberFormat.significant(4)
        func vector(_ values: [Double]?) -> String {
            guard let values else { return "—" }
            return "(" + values.map { format.format($0).prose }.joined(separator: ", ") + ")"
        }
        let start = run.trace.iteration(0)
        let next = run.trace.iteration(1)
        return [
            ("settings", settings(index)), ("outcome", words.outcome(run.trace.outcome)),
            ("loss", format.format(run.trace.final.loss).prose),
            ("iterations", words.iterationCount(run.trace.iterationCount)),
            ("theta", vector(start?.theta)), ("gradient", vector(start?.gradient)), ("update", vector(start?.update)),
            ("next", vector(next?.theta)),
        ]
    }

    /// `key`'s sentence with each field in a `<span data-f="NAME">` that the script fills.
    func writeSentence(_ key: WordKey, _ fields: [(name: String, text: String)], to out: inout HTMLWriter) {
        for segment in words.table.segments(key) {
            switch segment {
            case .text(let text): out.text(text)
            case .placeholder(let name):
                if let field = fields.first(where: { $0.name == name }) {
                    out.element("span", [.init("data-f", name)], field.text)
                } else {
                    // The lesson's symbols, as every sentence of the words tables writes them.
                    out.text(
                        ["objective": words.notation.objective, "symbol": words.notation.learningRate][name] ?? "")
                }
            }
        }
    }

    func writeCaption(_ values: [(name: String, text: String)], to out: inout HTMLWriter) {
        out.open("p", [.init("class", "explore-caption")])
        writeSentence(.exploreCaption, values, to: &out)
        out.close("p")
        out.open("p", [.init("class", "explore-step")])
        writeSentence(.exploreStep, values, to: &out)
        out.close("p")
    }

    /// The sliders (a list of starts: a select; a grid of starts: a slider per axis), the play, step and whole-run
    /// buttons and the iteration shown. Hidden until the script shows them.
    func writeControls(to out: inout HTMLWriter) {
        let initial = explore.indices(of: explore.initialRun)
        let mapsStart = explore.dimensions.contains { $0.setting == .start }
        out.open("div", [.init("class", "explore-controls"), .flag("hidden")])
        out.newline()
        out.element("p", [.init("class", "explore-hint")], words(mapsStart ? .exploreHintMap : .exploreHint))
        out.newline()
        func slider(_ control: String, label: String, values: [String], index: Int, dimension: Int, axis: String?) {
            out.open("div", [.init("class", "explore-setting")])
            out.element("label", [.init("for", control)], label)
            var attributes: [HTMLWriter.Attribute] = [
                .init("type", "range"), .init("id", control), .init("min", "0"), .init("max", "\(values.count - 1)"),
                .init("step", "1"), .init("value", "\(index)"), .init("aria-valuetext", values[index]),
                .init("data-dim", "\(dimension)"), .init("data-values", values.joined(separator: "|")),
            ]
            if let axis { attributes.append(.init("data-axis", axis)) }
            out.open("input", attributes)
            out.element("output", [.init("for", control)], values[index])
            out.close("div")
            out.newline()
        }
        for (d, dimension) in explore.dimensions.enumerated() {
            let control = "\(id)-d\(d)"
            switch dimension.setting {
            case .lr, .momentum:
                slider(
                    control,
                    label: dimension.setting == .lr
                        ? words(.exploreLR) : words(.exploreMomentum, ["name": words.notation.momentum]),
                    values: dimension.values.map(\.text), index: initial[d], dimension: d, axis: nil)
            case .start:
                let names = words.parameterNames(runs[0].example)
                if let grid = dimension.grid {
                    for (axis, values) in [("x", grid.x), ("y", grid.y)] {
                        let position = axis == "x" ? initial[d] % grid.x.count : initial[d] / grid.x.count
                        slider(
                            control + axis, label: words(.exploreStartAxis, ["name": names[axis == "x" ? 0 : 1]]),
                            values: values.map { words.number($0.numbers[0]) }, index: position, dimension: d,
                            axis: axis)
                    }
                } else {
                    out.open("div", [.init("class", "explore-setting")])
                    out.element("label", [.init("for", control)], words(.exploreStartPoint))
                    out.open("select", [.init("id", control), .init("data-dim", "\(d)")])
                    for (i, value) in dimension.values.enumerated() {
                        var attributes: [HTMLWriter.Attribute] = [.init("value", "\(i)")]
                        if i == initial[d] { attributes.append(.flag("selected")) }
                        out.element(
                            "option", attributes,
                            "(" + value.numbers.map { words.number($0) }.joined(separator: ", ") + ")")
                    }
                    out.close("select")
                    out.close("div")
                    out.newline()
                }
            }
        }
        out.open("div", [.init("class", "explore-play")])
        for (action, key) in [("play", WordKey.explorePlay), ("step", .exploreStepButton), ("whole", .exploreWhole)] {
            out.element("button", [.init("type", "button"), .init("data-act", action)], words(key))
        }
        out.element("span", [.init("class", "explore-k")], "")
        out.close("div")
        out.newline()
        out.close("div")
        out.newline()
    }

    /// The data of every combination, as JSON: the settings' sizes, the combination shown first, the words the
    /// script needs, the SVG positions of the start points (for a click on the map), and per run the drawn path
    /// (tenths of SVG units, flat), its iteration numbers (as steps from the previous one), and the exact texts of
    /// the caption and the first step.
    func data(paths: [Path], pixels: PlotPixels, fields: [[(name: String, text: String)]]) -> String {
        var json = "{\"sizes\":[" + explore.dimensions.map { "\($0.values.count)" }.joined(separator: ",") + "]"
        json += ",\"initial\":[" + explore.indices(of: explore.initialRun).map(String.init).joined(separator: ",") + "]"
        json +=
            ",\"words\":{\"play\":\(Escape.json(words(.explorePlay))),\"pause\":\(Escape.json(words(.explorePause)))"
        json += ",\"iteration\":\(Escape.json(words(.exploreIteration, ["k": "{k}"])))}"
        if let d = explore.dimensions.firstIndex(where: { $0.setting == .start }) {
            let starts = explore.dimensions[d].values.map { value -> String in
                guard let p = pixels.point(value.numbers[0], value.numbers[1]) else { return "null" }
                return "[\(Self.tenths(p.x)),\(Self.tenths(p.y))]"
            }
            json += ",\"start\":{\"dim\":\(d),\"columns\":\(explore.dimensions[d].grid?.x.count ?? 0)"
            json += ",\"points\":[" + starts.joined(separator: ",") + "]}"
        }
        json += ",\"runs\":["
        for (index, path) in paths.enumerated() {
            if index > 0 { json += "," }
            let run = runs[index]
            json +=
                "\n{\"p\":[" + path.points.map { "\(Self.tenths($0.x)),\(Self.tenths($0.y))" }.joined(separator: ",")
            var previous = 0
            json +=
                "],\"k\":["
                + path.ks.map { k in
                    defer { previous = k }
                    return "\(k - previous)"
                }.joined(separator: ",") + "]"
            json += ",\"n\":\(run.trace.iterationCount),\"finalLoss\":\(Self.number(run.trace.final.loss))"
            for field in fields[index] { json += ",\(Escape.json(field.name)):\(Escape.json(field.text))" }
            json += "}"
        }
        return json + "]}"
    }

    /// A number as JSON writes it (null when not finite): Swift's shortest text that reads back exactly.
    static func number(_ value: Double) -> String { value.isFinite ? "\(value)" : "null" }

    /// Stand-ins for a map's id and text alternative in a shared drawing (letters only: they stay as they are in
    /// an id and in escaped text).
    static let idMark = "gradusexploremap"
    static let textMark = "gradusexploretext"

    /// Small multiples of a few combinations (`Explore.chosen`): each a contour map with its path and its caption.
    func writeMultiples(
        map: (String) -> ContourPlot, fields: [[(name: String, text: String)]], to out: inout HTMLWriter
    ) {
        out.open("div", [.init("class", "explore-fallback")])
        out.element("p", words(.exploreFallback))
        out.newline()
        out.open("div", [.init("class", "explore-multiples")])
        // A small figure: no heading (the caption names the settings), every other contour level, drawn a little
        // coarser. The multiples differ only in their path, id and texts: one drawing serves them all.
        var plot = map("")
        plot.levels = plot.levels.map { levels in levels.enumerated().filter { $0.offset % 2 == 0 }.map(\.element) }
        plot.lineTolerance = 1
        let pixels = plot.pixels(width: Self.multipleSize.width, height: Self.multipleSize.height)
        for (i, index) in explore.chosen.enumerated() {
            let caption = Self.caption(fields[index], words)
            let settings = fields[index].first { $0.name == "settings" }?.text ?? ""
            var svg = Self.shared(
                plot, memo: runs[0].memo, id: "\(id)-m\(i)", title: settings, text: caption, size: Self.multipleSize)
            Self.insert(Self.pathGroup(Self.path(runs[index], pixels)), into: &svg)
            out.open("figure", [.init("class", "explore-multiple")])
            out.raw(svg)
            out.element("figcaption", caption)
            out.close("figure")
            out.newline()
        }
        out.close("div")
        out.close("div")
        out.newline()
    }

    /// The caption of a run in words: its settings, outcome, final loss and iterations.
    static func caption(_ values: [(name: String, text: String)], _ words: Localization) -> String {
        func field(_ name: String) -> String { values.first { $0.name == name }?.text ?? "" }
        return words(
            .exploreCaption,
            [
                "settings": field("settings"), "outcome": field("outcome"), "loss": field("loss"),
                "iterations": field("iterations"),
            ])
    }

    /// `plot`, drawn without a heading, as drawn once for every page that shows these runs (a lesson and its
    /// translation, the small multiples of a block), with its id, its `<title>` and its text alternative put in.
    static func shared(
        _ plot: ContourPlot, memo: RunMemo, id: String, title: String, text: String, size: (width: Int, height: Int)
    ) -> String {
        var blank = plot
        blank.title = ""
        blank.description = textMark
        let key =
            "explore map \(plot.xLabel) \(plot.yLabel) \(plot.xRange) \(plot.yRange) \(plot.levels ?? []) "
            + "\(plot.lineTolerance) \(size.width) \(size.height)"
        // Cut once at the id's stand-in, so that each copy is a join.
        let pieces = memo.value(key) {
            blank.svg(id: idMark, width: size.width, height: size.height).split(
                separator: idMark, omittingEmptySubsequences: false
            ).map(String.init)
        }
        let svg = pieces.joined(separator: id)
        // The title and the text alternative stand at the start, before the stylesheet.
        guard let end = svg.firstRange(of: "</desc>") else { return svg }
        let head = svg[..<end.upperBound].replacing(textMark, with: Escape.markup(text)).replacing(
            "<title id=\"\(id)-title\"></title>", with: "<title id=\"\(id)-title\">\(Escape.markup(title))</title>")
        return String(head) + svg[end.upperBound...]
    }
}
