import Foundation
import GradusTestSupport
import Testing

/// A page that loads a built page with an explore block in a frame, drives its controls (keys on the learning-rate
/// slider, a click on the map at a start point, the step and whole-run buttons) and reports, after each action, the
/// combination the block says it shows, the drawn path's last point and end mark (wide map), the caption's fields and
/// the iteration shown.
let exploreHarness = #"""
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>explore</title></head><body>
    <iframe id="page" width="1100" height="900"></iframe><pre id="report">pending</pre>
    <script>
    var frame = document.getElementById("page");
    frame.addEventListener("load", function () {
      var d = frame.contentDocument, w = frame.contentWindow, root = d.querySelector("div.explore"), steps = [];
      var data = JSON.parse(root.querySelector("script.explore-data").textContent);
      var group = root.querySelector("div.plot-wide .explore-path");
      function state(action) {
        var points = group.querySelector("polyline").getAttribute("points").trim().split(" ");
        var end = group.querySelector(".gp-end"), fields = {};
        root.querySelectorAll("figcaption [data-f]").forEach(function (f) { fields[f.getAttribute("data-f")] = f.textContent; });
        var slider = root.querySelector("input[data-dim='0']");
        steps.push({action: action, live: root.classList.contains("explore-live"), run: Number(root.getAttribute("data-run")),
          count: points.length, last: points[points.length - 1], end: end.getAttribute("cx") + "," + end.getAttribute("cy"),
          fields: fields, shown: root.querySelector(".explore-k").textContent,
          slider: slider.value, valuetext: slider.getAttribute("aria-valuetext"),
          output: slider.parentNode.querySelector("output").textContent});
      }
      function key(target, name) {
        target.focus();
        target.dispatchEvent(new w.KeyboardEvent("keydown", {key: name, bubbles: true, cancelable: true}));
      }
      state("initial");
      var slider = root.querySelector("input[data-dim='0']");
      key(slider, "ArrowRight");
      state("ArrowRight");
      key(slider, "Home");
      state("Home");
      // A click at start point 8 of the grid, found through the path group's own matrix (wide map units → screen).
      var svg = group.ownerSVGElement, q = data.start.points[8], p = svg.createSVGPoint();
      p.x = q[0] / 10; p.y = q[1] / 10;
      var c = p.matrixTransform(group.getScreenCTM());
      svg.dispatchEvent(new w.MouseEvent("click", {clientX: c.x, clientY: c.y, bubbles: true}));
      state("click");
      var step = root.querySelector("[data-act=step]");
      step.click(); step.click(); step.click();
      state("step3");
      root.querySelector("[data-act=whole]").click();
      state("whole");
      document.getElementById("report").textContent = JSON.stringify(steps);
    });
    frame.src = "l.html";
    </script></body></html>
    """#

@Suite(.enabled(if: chromiumInstalled))
struct ExploreBrowserTests {
    /// The controls, driven by key presses and a pointer click in headless Chromium, show the chosen combination: the
    /// drawn path ends where that run's path in the page's data ends, and the caption's fields are that run's texts.
    @Test func theControlsShowTheChosenRunsPrecomputedValues() throws {
        let (folder, output) = try buildExploreCourse(exploreLesson)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try String(contentsOf: output.appendingPathComponent("l.html"), encoding: .utf8)
        let data = try exploreData(html)
        let runs = try #require(data["runs"] as? [[String: Any]])
        let harnessFile = output.appendingPathComponent("explore-harness.html")
        try exploreHarness.write(to: harnessFile, atomically: true, encoding: .utf8)
        let result = try chromium([
            "--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom", harnessFile.absoluteString,
        ])
        let report = try #require(
            result.stdout.split(separator: "<pre id=\"report\">").dropFirst().first?.split(separator: "</pre>").first,
            "the harness wrote no report")
        let text = report.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let steps = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]], "\(text)")
        try #require(steps.count == 6, "\(text)")
        // lr index × 9 + start index (row × 3 + column); the block starts at lr 0.2 (index 1) and (0, 0) (index 4).
        let expected: [(action: String, run: Int, lr: String)] = [
            ("initial", 1 * 9 + 4, "0.2"), ("ArrowRight", 2 * 9 + 4, "0.45"), ("Home", 0 * 9 + 4, "0.05"),
            ("click", 0 * 9 + 8, "0.05"), ("step3", 0 * 9 + 8, "0.05"), ("whole", 0 * 9 + 8, "0.05"),
        ]
        func point(_ p: [Int], _ i: Int) -> String {
            func tenths(_ t: Int) -> String {
                t % 10 == 0 ? "\(t / 10)" : String(format: "%.1f", Double(t) / 10)
            }
            return tenths(p[2 * i]) + "," + tenths(p[2 * i + 1])
        }
        for (step, want) in zip(steps, expected) {
            let action = want.action
            #expect(step["action"] as? String == action)
            #expect(step["live"] as? Bool == true, "\(action): the script did not start")
            #expect(step["run"] as? Int == want.run, "\(action)")
            #expect(step["valuetext"] as? String == want.lr, "\(action)")
            #expect(step["output"] as? String == want.lr, "\(action)")
            let run = runs[want.run]
            let path = try #require(run["p"] as? [Int])
            let drawn = action == "step3" ? 3 : path.count / 2
            #expect(step["count"] as? Int == drawn, "\(action)")
            #expect(step["last"] as? String == point(path, drawn - 1), "\(action)")
            #expect(step["end"] as? String == point(path, drawn - 1), "\(action)")
            let fields = try #require(step["fields"] as? [String: String])
            for name in ["settings", "outcome", "loss", "iterations", "theta", "gradient", "update", "next"] {
                #expect(fields[name] == run[name] as? String, "\(action): \(name)")
            }
            // The run's exact iteration count is the one the caption states.
            #expect(fields["iterations"]?.contains("\(run["n"] as? Int ?? -1)") == true, "\(action)")
            let ks = try #require(run["k"] as? [Int])
            let shown = action == "step3" ? "Iteration \(ks.prefix(3).reduce(0, +))" : ""
            #expect(step["shown"] as? String == shown, "\(action)")
        }
    }
}
