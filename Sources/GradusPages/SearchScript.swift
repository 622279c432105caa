/// The search box: added by script, so pages without JavaScript simply have none.
enum SearchScript {
    static let js = #"""
        (function () {
          "use strict";
          var index = window.gradusSearch;
          var words = window.gradusSearchWords;
          var header = document.querySelector("header.site");
          if (!index || !words || !header) { return; }
          var label = words.label;
          var box = document.createElement("div");
          box.className = "search";
          box.setAttribute("role", "search");
          var input = document.createElement("input");
          input.type = "search";
          input.placeholder = label;
          input.setAttribute("aria-label", label);
          var list = document.createElement("ol");
          list.className = "results";
          list.hidden = true;
          box.appendChild(input);
          box.appendChild(list);
          header.appendChild(box);

          function snippet(text, word) {
            var at = text.toLowerCase().indexOf(word);
            if (at < 0) { return text.slice(0, 120); }
            var start = Math.max(0, at - 50);
            return (start > 0 ? "…" : "") + text.slice(start, at + 80) + "…";
          }

          function search(query) {
            var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
            list.textContent = "";
            if (words.length === 0) { list.hidden = true; return; }
            var hits = [];
            index.forEach(function (entry) {
              var title = (entry.lesson + " " + entry.section).toLowerCase();
              var text = entry.text.toLowerCase();
              var score = 0;
              for (var i = 0; i < words.length; i++) {
                var inTitle = title.indexOf(words[i]) >= 0;
                if (!inTitle && text.indexOf(words[i]) < 0) { return; }
                score += inTitle ? 3 : 1;
              }
              hits.push({ entry: entry, score: score });
            });
            hits.sort(function (a, b) { return b.score - a.score; });
            hits.slice(0, 10).forEach(function (hit) {
              var item = document.createElement("li");
              var link = document.createElement("a");
              link.href = hit.entry.url;
              link.textContent = hit.entry.lesson + (hit.entry.section !== hit.entry.lesson ? " › " + hit.entry.section : "");
              var text = document.createElement("p");
              text.textContent = snippet(hit.entry.text, words[0]);
              item.appendChild(link);
              item.appendChild(text);
              list.appendChild(item);
            });
            if (hits.length === 0) {
              var none = document.createElement("li");
              none.textContent = words.none;
              list.appendChild(none);
            }
            list.hidden = false;
          }

          input.addEventListener("input", function () { search(input.value); });
          input.addEventListener("keydown", function (event) {
            if (event.key === "Escape") { input.value = ""; search(""); }
          });
        })();

        """#
}
