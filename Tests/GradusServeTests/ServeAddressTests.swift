import GradusServe
import Testing

@Suite struct ServeAddressTests {
    @Test func defaultsToLoopback() throws {
        let address = try ServeAddress(host: "127.0.0.1", port: 8000)
        #expect(address.isLoopback)
        #expect(address.url() == "http://127.0.0.1:8000/")
        #expect(address.url(port: 51234) == "http://127.0.0.1:51234/")
        #expect(try ServeAddress(host: "localhost", port: 80).host == "127.0.0.1")
        #expect(try ServeAddress(host: "::1", port: 80).url() == "http://[::1]:80/")
    }

    @Test func otherAddressesOnlyWhenNamed() throws {
        let any = try ServeAddress(host: "0.0.0.0", port: 8000)
        #expect(!any.isLoopback)
        #expect(any.allows(hostHeader: "laptop.local:8000"))
    }

    @Test(arguments: [("example.com", 8000), ("127.0.0.1", 70_000), ("127.0.0.1", -1), ("1.2.3", 80)])
    func refusesBadHostsAndPorts(host: String, port: Int) {
        #expect(throws: ServeAddress.Invalid.self) { try ServeAddress(host: host, port: port) }
    }

    @Test func loopbackAnswersOnlyLocalHostHeaders() throws {
        let address = try ServeAddress(host: "127.0.0.1", port: 8000)
        for header in ["127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000", "127.0.0.1"] {
            #expect(address.allows(hostHeader: header), "\(header)")
        }
        #expect(address.allows(hostHeader: nil))
        for header in ["evil.example:8000", "127.0.0.1.evil.example", "[::2]:8000", ""] {
            #expect(!address.allows(hostHeader: header), "\(header)")
        }
    }
}
