import Foundation

/// The script injected into served HTML pages: it asks the server for the build number, naming the one the page was
/// served with, and the server answers when the number differs (or after `wait`, when the script asks again); then
/// the page reloads. So a page reloads as soon as a build is published. It talks only to the preview server.
public enum ReloadScript {
    /// The path that answers `{"build": N, "ok": true|false}`.
    public static let buildPath = "/__gradus/build"

    /// How long the server holds a request for the build number that names a build (`?after=N`) before it answers
    /// with the same number: less than the connection's idle timeout.
    public static let wait: Duration = .seconds(20)

    /// N in a request target `…?after=N`, when there is one.
    static func knownBuild(in target: String) -> Int? {
        guard let query = target.firstIndex(of: "?") else { return nil }
        for pair in target[target.index(after: query)...].split(separator: "&") where pair.hasPrefix("after=") {
            return Int(pair.dropFirst("after=".count))
        }
        return nil
    }

    /// The `<script>` element for a page served from build `build`.
    public static func element(build: Int) -> String {
        """
        <script>
        (function () {
          var served = \(build);
          function check() {
            fetch("\(buildPath)?after=" + served, { cache: "no-store" })
              .then(function (response) { return response.json(); })
              .then(function (state) {
                if (state.build !== served) { location.reload(); } else { check(); }
              })
              .catch(function () { setTimeout(check, 1000); });
          }
          check();
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
