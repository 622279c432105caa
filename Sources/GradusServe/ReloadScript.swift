import Foundation

/// The script injected into served HTML pages: it polls the server's build number every second and reloads the page
/// when the number differs from the one the page was served with. It talks only to the preview server.
public enum ReloadScript {
    /// The path that answers `{"build": N, "ok": true|false}`.
    public static let buildPath = "/__gradus/build"

    /// The `<script>` element for a page served from build `build`.
    public static func element(build: Int) -> String {
        """
        <script>
        (function () {
          var served = \(build);
          function check() {
            fetch("\(buildPath)", { cache: "no-store" })
              .then(function (response) { return response.json(); })
              .then(function (state) {
                if (state.build !== served) { location.reload(); } else { setTimeout(check, 1000); }
              })
              .catch(function () { setTimeout(check, 1000); });
          }
          setTimeout(check, 1000);
        })();
        </script>
        """
    }

    /// `html` with the script inserted before its last `</body>`, or appended when it has none.
    public static func inject(into html: String, build: Int) -> String {
        let script = element(build: build) + "\n"
        guard let body = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else {
            return html + "\n" + script
        }
        var result = html
        result.insert(contentsOf: script, at: body.lowerBound)
        return result
    }
}
