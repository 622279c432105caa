import GradusServe
import Testing

@Suite struct ServedPathTests {
    @Test(arguments: [
        ("/", "index.html"),
        ("", "index.html"),
        ("/gradient-descent.html", "gradient-descent.html"),
        ("/a/b/", "a/b/index.html"),
        ("/a//b.css", "a/b.css"),
        ("/style.css?v=2#top", "style.css"),
        ("/my%20page.html", "my page.html"),
    ])
    func mapsPathsToFiles(path: String, file: String) {
        #expect(ServedPath.relative(path) == file)
    }

    @Test(arguments: [
        "/../secret.txt", "/a/../../secret.txt", "/..", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
        "/%2e%2e%2fsecret.txt", "/..%2Fsecret.txt", "/a/%2e./%2e%2e/secret.txt", "/./index.html",
        "/.hidden", "/a%5c..%5csecret.txt", "/a%00.html", "/%zz",
    ])
    func refusesTraversalAndHiddenFiles(path: String) {
        #expect(ServedPath.relative(path) == nil)
    }
}

@Suite struct MediaTypeTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("style.css", "text/css; charset=utf-8"),
        ("figure.SVG", "image/svg+xml"),
        ("trace.json", "application/json"),
        ("trace.csv", "text/csv; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"),
        ("fonts/math.otf", "font/otf"),
        ("fonts/math.woff2", "font/woff2"),
        ("README", "application/octet-stream"),
        ("archive.xyz", "application/octet-stream"),
    ])
    func choosesByExtension(path: String, type: String) {
        #expect(MediaType.of(path: path) == type)
    }
}
