/// Series colours and dash patterns, and the stylesheet embedded in every plot.
enum Palette {
    /// Okabe–Ito colours (colour-blind safe), black omitted so lines stay visible on dark pages,
    /// yellow last because it is faint on white.
    /// Orange comes after sky blue, so the fifth series is not mistaken for the second (vermillion).
    static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#F0E442"]

    /// The percentage of each colour in its mix with the page's text colour: the light colours take more of the
    /// text colour, so every series keeps a contrast of at least 3:1 on the page's light and dark backgrounds
    /// (tested in GradusPagesTests/ContrastTests).
    static let shares = [80, 80, 80, 80, 75, 70, 50]

    /// Dash patterns, so series also differ in greyscale print. Index 0 is solid.
    static let dashes = ["", "7 4", "2 3", "9 3 2 3", "4 2"]

    /// The CSS classes that give series `index` its colour and dash pattern.
    static func classes(for index: Int) -> String {
        "gp-c\(index % colors.count) gp-d\(index % dashes.count)"
    }

    /// The stylesheet, scoped to the plot's root id (a `<style>` in inline SVG applies to the whole page).
    /// Axes and text use `currentColor`, so they follow the page's text colour in light and dark themes.
    static func stylesheet(id: String) -> String {
        let r = "#\(id)"
        var css = [
            "\(r){font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif;font-size:11px;max-width:100%;height:auto}",
            "\(r) text{fill:currentColor;stroke:none}",
            "\(r) .gp-title{font-size:15px;font-weight:600}",
            "\(r) .gp-panel-title{font-size:12px;font-weight:600}",
            "\(r) .gp-label{font-size:12px}",
            "\(r) .gp-legend{font-size:12px}",
            "\(r) .gp-tick-label{font-size:11px;font-variant-numeric:tabular-nums}",
            "\(r) .gp-small .gp-tick-label{font-size:10px}",
            "\(r) .gp-small .gp-label{font-size:11px}",
            "\(r) .gp-axis{fill:none;stroke:currentColor;stroke-width:1}",
            "\(r) .gp-tick{stroke:currentColor;stroke-width:1}",
            "\(r) .gp-grid{stroke:currentColor;stroke-opacity:.13;stroke-width:1}",
            "\(r) .gp-note{font-size:13px;font-style:italic;opacity:.75}",
            "\(r) .gp-line{fill:none;stroke:currentColor;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}",
            "\(r) .gp-dot{fill:currentColor;stroke:none}",
            "\(r) .gp-start{fill:none;stroke:currentColor;stroke-width:2}",
            "\(r) .gp-end{fill:currentColor;stroke:currentColor;stroke-width:1}",
            "\(r) .gp-cross{fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}",
            "\(r) .gp-contour{fill:none;stroke:currentColor;stroke-width:1}",
            "\(r) .gp-curve .gp-line{stroke-width:1.5;stroke-opacity:.6}",
            "\(r) .gp-step{stroke:currentColor;stroke-width:1.5}",
            "\(r) .gp-arrow{fill:currentColor;stroke:none}",
            "\(r) .gp-optimum .gp-mark{fill:none;stroke:currentColor;stroke-width:2.2;stroke-linecap:round}",
            "\(r) .gp-box{fill:currentColor;fill-opacity:.07;stroke:currentColor;stroke-width:1.5;stroke-dasharray:5 3}",
            "\(r) .gp-clip-note{font-size:11px;font-style:italic;opacity:.8}",
            "\(r) .gp-sample{fill:currentColor;fill-opacity:.45;stroke:currentColor;stroke-opacity:.8;stroke-width:1}",
            "\(r) .gp-sample.gp-group0{fill:none;stroke-opacity:.7}",
            "\(r) .gp-sample.gp-group1{fill-opacity:.75;stroke:none}",
        ]
        // Each colour is mixed with some of the page's text colour (see `shares`): lighter on dark pages,
        // deeper on light ones (browsers without color-mix() use the plain colour).
        for (i, c) in colors.enumerated() {
            css.append("\(r) .gp-c\(i){color:\(c);color:color-mix(in srgb,\(c) \(shares[i])%,currentColor)}")
        }
        for (i, d) in dashes.enumerated() where !d.isEmpty {
            css.append("\(r) .gp-d\(i) .gp-line{stroke-dasharray:\(d)}")
        }
        return css.joined(separator: "\n")
    }
}
