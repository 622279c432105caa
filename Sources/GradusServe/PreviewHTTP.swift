import FlyingSocks
import Foundation
import Synchronization

/// The preview's HTTP/1.1 server, on FlyingSocks' non-blocking sockets. FlyingFox's own server reads a request line
/// byte by byte in quadratic time and without a bound (a 1 MB line kept it busy for minutes), and offers no hook to
/// limit it; the preview needs only GET and HEAD without bodies, so it reads heads itself with `HeadReader`:
/// - a request line over 8 KiB is answered 414, a head over 64 KiB 431, a malformed head 400, and the connection is
///   closed — before any routing or Host check, and as soon as that many bytes have arrived;
/// - a head must arrive whole within `idleTimeout`, and a connection silent that long is closed (`GuardedPool`);
/// - a request with a body is answered and its connection closed, so bodies are never read;
/// - each response is written in one piece.
final class PreviewHTTP: Sendable {
    let address: any SocketAddress
    let pool: any AsyncSocketPool
    let handler: PreviewHandler
    let idleTimeout: Duration
    /// The port, once listening.
    private let port = Mutex<UInt16?>(nil)

    init(address: any SocketAddress, handler: PreviewHandler, idleTimeout: Duration) {
        self.address = address
        #if os(Linux)
            self.pool = GuardedPool(inner: .ePoll(), idleTimeout: idleTimeout)
        #else
            self.pool = GuardedPool(inner: .poll(), idleTimeout: idleTimeout)
        #endif
        self.handler = handler
        self.idleTimeout = idleTimeout
    }

    /// Listens and answers until cancelled or the socket fails; closes the listening socket when it ends.
    func run() async throws {
        try await pool.prepare()
        let socket = try Socket(domain: Int32(type(of: address).family))
        defer {
            port.withLock { $0 = nil }
            try? socket.close()
        }
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: address)
        try socket.listen()
        let listener = try AsyncSocket(socket: socket, pool: pool)
        switch try socket.sockname() {
        case .ip4(_, let number), .ip6(_, let number): port.withLock { $0 = number }
        default: break
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.pool.run() }
            group.addTask {
                try await withThrowingDiscardingTaskGroup { connections in
                    for try await connection in listener.sockets {
                        connections.addTask { await self.serve(connection) }
                    }
                }
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// The port once the server listens; waits up to `timeout` seconds.
    func listeningPort(timeout: TimeInterval) async throws -> UInt16 {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let port = port.withLock({ $0 }) { return port }
            guard Date() < deadline else { throw NotListening(seconds: timeout) }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// The server did not listen within the time `listeningPort` waited.
    struct NotListening: Error, CustomStringConvertible {
        let seconds: TimeInterval
        var description: String { "the preview did not start listening within \(seconds) seconds" }
    }

    /// Answers the requests on one connection until the client closes it, a head is refused, or a limit is reached.
    func serve(_ connection: AsyncSocket) async {
        defer { try? connection.close() }
        var reader = HeadReader()
        do {
            while true {
                let waiting = ContinuousClock.now
                var result = reader.next()
                while result == .needMore {
                    guard ContinuousClock.now - waiting < idleTimeout else { return }
                    reader.append(try await connection.read(atMost: 16_384))
                    result = reader.next()
                }
                switch result {
                case .head(let head):
                    let closing = !head.keepsAlive || head.hasBody
                    try await connection.write(Self.encode(handler.response(to: head), closing: closing))
                    if closing { return }
                case .refused(let status):
                    try await connection.write(Self.encode(PreviewHandler.refusal(status), closing: true))
                    return
                case .needMore:
                    return
                }
            }
        } catch {
            return  // the client went away, fell silent, or the server is stopping
        }
    }

    /// The status line, header fields and body of `response` as bytes.
    static func encode(_ response: PreviewHandler.Response, closing: Bool) -> Data {
        var head = "HTTP/1.1 \(response.status) \(response.phrase)\r\n"
        for (name, value) in response.fields { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(response.length)\r\n"
        if closing { head += "Connection: close\r\n" }
        var data = Data((head + "\r\n").utf8)
        data.append(response.body)
        return data
    }
}
