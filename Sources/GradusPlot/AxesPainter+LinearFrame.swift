extension AxesPainter {
    /// The frame and ticks of a plot with linear axes (contour, function and scatter plots) below `top` in `outer`:
    /// room on the left for the y tick labels and on the right for the last x tick label when it overhangs.
    static func linearFrame(
        in outer: Rect, top: Double, x: ClosedRange<Double>, y: ClosedRange<Double>, xLabel: String, yLabel: String
    ) -> (frame: Rect, x: AxisTicks, y: AxisTicks) {
        let m = TextMetrics.regular
        let bottom = outer.maxY - bottomMargin(m, hasLabel: !xLabel.isEmpty)
        let plotHeight = Swift.max(bottom - top, 10)
        let yTicks = TickGenerator.linear(
            lower: y.lowerBound, upper: y.upperBound, maxTicks: yTickBudget(height: plotHeight, m), extend: false)
        let left = outer.minX + leftMargin(yTicks, m, hasLabel: !yLabel.isEmpty)
        var right = outer.maxX - 14
        var xTicks = xTicks(
            kind: .linear, lower: x.lowerBound, upper: x.upperBound, width: right - left, m, extend: false)
        let overhang = rightOverhang(xTicks, m)
        if overhang > 10 {
            right = outer.maxX - overhang - 4
            xTicks = self.xTicks(
                kind: .linear, lower: x.lowerBound, upper: x.upperBound, width: right - left, m, extend: false)
        }
        return (Rect(x: left, y: top, width: Swift.max(right - left, 10), height: plotHeight), xTicks, yTicks)
    }
}
