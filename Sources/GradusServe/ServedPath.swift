/// Maps the path of a request to a file path relative to the served folder, refusing anything that could leave it.
public enum ServedPath {
    /// The relative file path that `urlPath` names (`index.html` for a folder), or nil when the path is malformed,
    /// names a hidden file, or has a `.` or `..` component, literal or percent-encoded.
    public static func relative(_ urlPath: String) -> String? {
        var path = Substring(urlPath)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        guard let decoded = String(path).removingPercentEncoding else { return nil }
        guard !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let components = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard components.allSatisfy({ !$0.hasPrefix(".") }) else { return nil }
        let names = components.map(String.init)
        if names.isEmpty || decoded.hasSuffix("/") { return (names + ["index.html"]).joined(separator: "/") }
        return names.joined(separator: "/")
    }
}
