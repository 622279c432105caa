import Foundation

/// Where the preview listens: an IP address and a port. Only loopback by default; another address must be asked for.
public struct ServeAddress: Sendable, Equatable {
    /// An IPv4 or IPv6 literal.
    public let host: String
    /// The port; 0 lets the system choose.
    public let port: UInt16

    /// A bad `--host` or `--port`.
    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Accepts an IPv4 or IPv6 literal, or `localhost` (meaning 127.0.0.1), and a port in 0...65535.
    public init(host: String, port: Int) throws(Invalid) {
        guard let port = UInt16(exactly: port) else { throw Invalid(description: "port \(port) is not in 0...65535") }
        let host = host == "localhost" ? "127.0.0.1" : host
        guard Self.isIPv4(host) || Self.isIPv6(host) else {
            throw Invalid(description: "host '\(host)' is not an IP address (try 127.0.0.1)")
        }
        self.host = host
        self.port = port
    }

    public var isIPv6: Bool { Self.isIPv6(host) }

    /// True for 127.0.0.0/8 and ::1.
    public var isLoopback: Bool { host.hasPrefix("127.") || host == "::1" }

    /// The address for a browser, with `port` (the one actually bound) in place of the requested one.
    public func url(port: UInt16? = nil) -> String {
        let name = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : isIPv6 ? "[\(host)]" : host
        return "http://\(name):\(port ?? self.port)/"
    }

    /// Whether a request's `Host` header may be answered. On a loopback address only local names are, so that a
    /// web page elsewhere cannot read the preview through a DNS name rebound to 127.0.0.1.
    public func allows(hostHeader: String?) -> Bool {
        guard isLoopback, let hostHeader else { return true }
        var name = Substring(hostHeader.lowercased())
        if name.hasPrefix("["), let end = name.firstIndex(of: "]") {
            name = name[name.index(after: name.startIndex)..<end]
        } else if let colon = name.lastIndex(of: ":") {
            name = name[..<colon]
        }
        return name == "localhost" || name == "::1" || name.hasPrefix("127.") && Self.isIPv4(String(name))
    }

    static func isIPv4(_ text: String) -> Bool {
        var address = in_addr()
        return inet_pton(AF_INET, text, &address) == 1
    }

    static func isIPv6(_ text: String) -> Bool {
        var address = in6_addr()
        return inet_pton(AF_INET6, text, &address) == 1
    }
}
