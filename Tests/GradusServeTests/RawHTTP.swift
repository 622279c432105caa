import Foundation

/// A minimal HTTP/1.1 client over a plain socket, so tests can send request targets (`/../x`, `%2e%2e`) exactly as
/// written; URL types would normalise them.
struct RawHTTP {
    struct Response {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let port: UInt16

    /// `get` on a thread of its own: the blocking socket calls must not hold one of Swift concurrency's few
    /// threads, which the server in the same process needs to answer (on a 2-core machine under load, a
    /// blocked pool can starve it).
    func fetch(_ target: String, host: String? = nil, method: String = "GET") async throws -> Response {
        try await Self.onThread { try get(target, host: host, method: method) }
    }

    /// Runs blocking socket calls on a thread of their own.
    static func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    func get(_ target: String, host: String? = nil, method: String = "GET") throws -> Response {
        let fd = try connection()
        defer { close(fd) }
        let request =
            "\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n"
        let bytes = Array(request.utf8)
        guard send(fd, bytes, bytes.count, 0) == bytes.count else { throw Failure(description: "send failed") }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
            if let response = Self.parse(data) { return response }  // complete by Content-Length
        }
        guard let response = Self.parse(data, complete: true) else {
            throw Failure(description: "no HTTP response to \(target)")
        }
        return response
    }

    /// A blocking socket connected to the server, whose sends and receives give up after `timeout` seconds.
    func connection(timeout: Int = 30) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(description: "connect failed: errno \(errno)")
        }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    /// Sends `bytes` on `fd` as far as the server takes them (it may close early), without SIGPIPE.
    static func sendAll(_ bytes: [UInt8], on fd: Int32) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return }
            sent += count
        }
    }

    /// Reads from `fd` until the server closes it (or resets it, or the receive timeout passes); the bytes read.
    static func readToEnd(_ fd: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// The response in `data` once it is whole (by Content-Length), or at the end of the stream.
    static func parse(_ data: Data, complete: Bool = false) -> Response? {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let body = data[split.upperBound...]
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        let parts = head[0].split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        if let length = headers["content-length"].flatMap(Int.init), body.count < length, !complete { return nil }
        if headers["content-length"] == nil, !complete { return nil }
        return Response(status: status, headers: headers, body: String(decoding: body, as: UTF8.self))
    }
}
