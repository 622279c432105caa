/// The script of explore blocks, written once into a page that has one. It only chooses among the runs the build
/// made and draws their precomputed SVG positions: it computes nothing of an optimizer. Without it the page shows
/// the first combination and the small multiples.
enum ExploreScript {
    static let js = #"""
        (function () {
          "use strict";
          function setup(root) {
            var dataNode = root.querySelector("script.explore-data");
            var controls = root.querySelector(".explore-controls");
            var groups = Array.prototype.slice.call(root.querySelectorAll("figure.explore-figure .explore-path"));
            if (!dataNode || !controls || groups.length === 0) { return; }
            var data = JSON.parse(dataNode.textContent);
            var status = controls.querySelector(".explore-k");
            var playButton = controls.querySelector("[data-act=play]");
            var inputs = Array.prototype.slice.call(controls.querySelectorAll("[data-dim]"));
            var fields = Array.prototype.slice.call(root.querySelectorAll("figcaption [data-f]"));
            var chosen = data.initial.slice();
            var shown = -1;
            var timer = null;

            function run() {
              var index = 0;
              for (var d = 0; d < data.sizes.length; d++) { index = index * data.sizes[d] + chosen[d]; }
              return data.runs[index];
            }
            function pointText(p, i) { return (p[2 * i] / 10) + "," + (p[2 * i + 1] / 10); }
            function place(mark, p, i) {
              mark.setAttribute("cx", p.length ? p[2 * i] / 10 : -10);
              mark.setAttribute("cy", p.length ? p[2 * i + 1] / 10 : -10);
            }
            function draw() {
              var r = run();
              var count = r.p.length / 2;
              var upTo = shown < 0 ? count : Math.max(1, Math.min(shown, count));
              var points = [];
              for (var i = 0; i < upTo; i++) { points.push(pointText(r.p, i)); }
              groups.forEach(function (group) {
                group.querySelector("polyline").setAttribute("points", points.join(" "));
                place(group.querySelector(".gp-start"), r.p, 0);
                place(group.querySelector(".gp-end"), r.p, upTo - 1);
              });
              var k = 0;
              for (var j = 0; j < upTo && j < r.k.length; j++) { k += r.k[j]; }
              status.textContent = shown < 0 ? "" : data.words.iteration.replace("{k}", String(k));
              fields.forEach(function (field) { field.textContent = r[field.getAttribute("data-f")]; });
              root.setAttribute("data-run", String(data.runs.indexOf(r)));
            }
            function stop() {
              if (timer !== null) { clearInterval(timer); timer = null; }
              playButton.textContent = data.words.play;
              playButton.setAttribute("aria-pressed", "false");
            }
            function sync() {
              inputs.forEach(function (input) {
                var d = Number(input.getAttribute("data-dim"));
                var axis = input.getAttribute("data-axis");
                var value = chosen[d];
                if (axis === "x") { value = chosen[d] % data.start.columns; }
                if (axis === "y") { value = Math.floor(chosen[d] / data.start.columns); }
                input.value = String(value);
                var names = input.getAttribute("data-values");
                if (names !== null) {
                  var text = names.split("|")[value];
                  input.setAttribute("aria-valuetext", text);
                  var output = input.parentNode.querySelector("output");
                  if (output) { output.textContent = text; }
                }
              });
            }
            function choose(d, axis, value) {
              if (axis === "x") { value = Math.floor(chosen[d] / data.start.columns) * data.start.columns + value; }
              if (axis === "y") { value = value * data.start.columns + chosen[d] % data.start.columns; }
              chosen[d] = value;
              stop();
              shown = -1;
              sync();
              draw();
            }
            inputs.forEach(function (input) {
              var d = Number(input.getAttribute("data-dim"));
              var axis = input.getAttribute("data-axis");
              input.addEventListener("input", function () { choose(d, axis, Number(input.value)); });
              input.addEventListener("change", function () { choose(d, axis, Number(input.value)); });
              if (input.tagName !== "INPUT") { return; }
              input.addEventListener("keydown", function (event) {
                var value = Number(input.value);
                var last = Number(input.max);
                var keys = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 1, PageDown: -1 };
                if (event.key in keys) { value = Math.min(last, Math.max(0, value + keys[event.key])); }
                else if (event.key === "Home") { value = 0; }
                else if (event.key === "End") { value = last; }
                else { return; }
                event.preventDefault();
                choose(d, axis, value);
              });
            });
            if (data.start) groups.forEach(function (group) {
              var svg = group.ownerSVGElement;
              svg.addEventListener("click", function (event) {
                // The group's own matrix: a click on the phone's map lands in the wide map's units.
                var matrix = group.getScreenCTM();
                if (!matrix) { return; }
                var p = svg.createSVGPoint();
                p.x = event.clientX;
                p.y = event.clientY;
                p = p.matrixTransform(matrix.inverse());
                var best = -1, bestDistance = Infinity;
                data.start.points.forEach(function (q, i) {
                  if (!q) { return; }
                  var dx = q[0] / 10 - p.x, dy = q[1] / 10 - p.y;
                  if (dx * dx + dy * dy < bestDistance) { bestDistance = dx * dx + dy * dy; best = i; }
                });
                if (best >= 0) { choose(data.start.dim, null, best); }
              });
            });
            function advance() {
              var count = run().p.length / 2;
              shown = shown < 0 ? 1 : Math.min(count, shown + 1);
              draw();
              return shown < count;
            }
            playButton.addEventListener("click", function () {
              if (timer !== null) { stop(); return; }
              shown = 0;
              playButton.textContent = data.words.pause;
              playButton.setAttribute("aria-pressed", "true");
              timer = setInterval(function () { if (!advance()) { stop(); } }, 40);
            });
            controls.querySelector("[data-act=step]").addEventListener("click", function () { stop(); advance(); });
            controls.querySelector("[data-act=whole]").addEventListener("click", function () {
              stop();
              shown = -1;
              draw();
            });
            controls.hidden = false;
            root.classList.add("explore-live");
            stop();
            sync();
            draw();
          }
          function start() {
            Array.prototype.forEach.call(document.querySelectorAll("div.explore"), setup);
          }
          if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
          else { start(); }
        })();
        """#
}
