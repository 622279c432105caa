/// A point in pixel (or data) coordinates.
struct Point: Sendable, Equatable {
    var x: Double
    var y: Double
}

/// An axis-aligned rectangle in pixel coordinates (y grows downwards).
struct Rect: Sendable, Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var minX: Double { x }
    var minY: Double { y }
    var maxX: Double { x + width }
    var maxY: Double { y + height }
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }

    func contains(_ p: Point) -> Bool { p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY }
}

/// Maps data coordinates into a plot rectangle.
struct Projection: Sendable {
    var x: Axis
    var y: Axis
    var frame: Rect

    /// The pixel position of (x, y), or nil if either value cannot be shown on its axis.
    func point(_ x: Double, _ y: Double) -> Point? {
        guard let fx = self.x.fraction(x), let fy = self.y.fraction(y) else { return nil }
        // Keep far-off points finite and small enough to print; clipping happens afterwards.
        let px = frame.minX + Swift.min(Swift.max(fx, -100), 101) * frame.width
        let py = frame.maxY - Swift.min(Swift.max(fy, -100), 101) * frame.height
        return Point(x: px, y: py)
    }

    /// Projects a series; unplottable points become nil (which breaks the line).
    func points(_ s: Series) -> [Point?] {
        (0..<s.count).map { point(s.x[$0], s.y[$0]) }
    }
}

/// Clipping of polylines to a rectangle and light thinning of dense polylines.
enum Clip {
    /// Liang–Barsky clipping of the segment a→b; returns the visible part with its parameters t0, t1.
    static func segment(_ a: Point, _ b: Point, to r: Rect) -> (Point, Point, Double, Double)? {
        var t0 = 0.0
        var t1 = 1.0
        let dx = b.x - a.x
        let dy = b.y - a.y
        let checks: [(Double, Double)] = [
            (-dx, a.x - r.minX), (dx, r.maxX - a.x), (-dy, a.y - r.minY), (dy, r.maxY - a.y),
        ]
        for (p, q) in checks {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let t = q / p
                if p < 0 {
                    if t > t1 { return nil }
                    if t > t0 { t0 = t }
                } else {
                    if t < t0 { return nil }
                    if t < t1 { t1 = t }
                }
            }
        }
        let p0 = Point(x: a.x + t0 * dx, y: a.y + t0 * dy)
        let p1 = Point(x: a.x + t1 * dx, y: a.y + t1 * dy)
        return (p0, p1, t0, t1)
    }

    /// Splits a polyline at nil entries and at the rectangle's edges; returns the visible runs.
    /// An isolated visible point becomes a run of length one.
    static func polyline(_ points: [Point?], to r: Rect) -> [[Point]] {
        var runs: [[Point]] = []
        var current: [Point] = []
        func flush() {
            if !current.isEmpty { runs.append(current) }
            current = []
        }
        var previous: Point? = nil
        for (i, entry) in points.enumerated() {
            guard let p = entry else {
                flush()
                previous = nil
                continue
            }
            if let a = previous {
                if let (c0, c1, t0, t1) = segment(a, p, to: r) {
                    if t0 > 0 || current.isEmpty {
                        flush()
                        current = [c0]
                    }
                    current.append(c1)
                    if t1 < 1 { flush() }
                } else {
                    flush()
                }
            } else {
                // A run starts: it is visible as a lone point only if the next point does not continue it.
                let nextIsPoint = i + 1 < points.count && points[i + 1] != nil
                if !nextIsPoint && r.contains(p) { runs.append([p]) }
            }
            previous = p
        }
        flush()
        return runs
    }

    /// Drops points closer than `tolerance` pixels to the last kept point (the last point is always kept).
    static func thin(_ run: [Point], tolerance: Double = 0.35) -> [Point] {
        guard run.count > 2 else { return run }
        var kept = [run[0]]
        for p in run.dropFirst().dropLast() {
            let q = kept[kept.count - 1]
            if (p.x - q.x).magnitude >= tolerance || (p.y - q.y).magnitude >= tolerance { kept.append(p) }
        }
        let last = run[run.count - 1]
        let q = kept[kept.count - 1]
        if kept.count > 1 && (last.x - q.x).magnitude < tolerance && (last.y - q.y).magnitude < tolerance {
            kept[kept.count - 1] = last
        } else {
            kept.append(last)
        }
        return kept
    }
}
