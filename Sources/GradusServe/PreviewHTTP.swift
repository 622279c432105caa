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
    /// Whether the server listens yet, and on which port.
    private let listening = Mutex<Listening>(.notYet)

    /// What `listeningPort` waits on.
    enum Listening: Sendable {
        case notYet
        case on(port: UInt16)
        /// `run()` ended (the socket failed, or the task was cancelled).
        case stopped
    }

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
        defer { stop() }
        try await pool.prepare()
        let socket = try Socket(domain: Int32(type(of: address).family))
        defer { try? socket.close() }
        try socket.setValue(true, for: .localAddressReuse)
        try socket.bind(to: address)
        try socket.listen()
        let listener = try AsyncSocket(socket: socket, pool: pool)
        switch try socket.sockname() {
        case .ip4(_, let number), .ip6(_, let number): listening.withLock { $0 = .on(port: number) }
        default: listening.withLock { $0 = .on(port: 0) }
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

    /// Marks the server as stopped: `listeningPort` stops waiting. Called when `run()` ends, and by the preview when it
    /// ends before `run()` was called.
    func stop() {
        listening.withLock { $0 = .stopped }
    }

    /// The port once the server listens. Waits as long as that takes: it is not a wall-clock deadline, because on a
    /// busy machine (a test run whose other tests hold every thread of the concurrency pool for minutes) the server's
    /// own task may not get to listen before such a deadline even though nothing is wrong. Throws when the server
    /// stopped without listening, or when the waiting task is cancelled.
    func listeningPort() async throws -> UInt16 {
        while true {
            switch listening.withLock({ $0 }) {
            case .on(let port): return port
            case .stopped: throw NotListening()
            case .notYet: try await Task.sleep(for: .milliseconds(10))
            }
        }
    }

    /// The server stopped before it listened.
    struct NotListening: Error, CustomStringConvertible {
        var description: String { "the preview stopped before it listened" }
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
                    try await connection.write(Self.encode(await handler.answer(to: head), closing: closing))
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
