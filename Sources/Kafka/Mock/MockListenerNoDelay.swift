#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns Nagle's algorithm off on the mock brokers' listening sockets, so the connections they
/// accept inherit `TCP_NODELAY`.
///
/// librdkafka 2.0.2's mock leaves Nagle on. When a client pipelines requests on one connection
/// (a transaction's produce requests and its TxnOffsetCommit), the broker's second small response
/// waits for the client to acknowledge the first, and the client delays that acknowledgement by
/// 40 ms: about one transaction commit in four took 45 ms instead of 4. The mock has no setting
/// for this and does not expose its sockets, so they are found by their ports among this
/// process's file descriptors.
enum MockListenerNoDelay {
    /// Sets `TCP_NODELAY` on every listening TCP socket of this process bound to one of `ports`.
    /// Returns how many it set.
    @discardableResult
    static func apply(ports: Set<Int>) -> Int {
        guard !ports.isEmpty else { return 0 }
        var set = 0
        for descriptor in sockets(boundToOneOf: ports) where isListening(descriptor) {
            var on: Int32 = 1
            if setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size)) == 0 {
                set += 1
            }
        }
        return set
    }

    /// The ports of a `bootstrap.servers` list such as `127.0.0.1:40011,127.0.0.1:40013`.
    static func ports(ofBootstrapServers servers: String) -> Set<Int> {
        Set(servers.split(separator: ",").compactMap { address in
            address.split(separator: ":").last.flatMap { Int($0) }
        })
    }

    /// This process's TCP sockets whose local port is one of `ports`: the listeners and the
    /// connections they accepted.
    static func sockets(boundToOneOf ports: Set<Int>) -> [Int32] {
        openDescriptors().filter { descriptor in localPort(of: descriptor).map(ports.contains) ?? false }
    }

    static func isListening(_ descriptor: Int32) -> Bool {
        intOption(descriptor, level: SOL_SOCKET, name: SO_ACCEPTCONN) == 1
    }

    static func hasNoDelay(_ descriptor: Int32) -> Bool {
        intOption(descriptor, level: Int32(IPPROTO_TCP), name: TCP_NODELAY).map { $0 != 0 } ?? false
    }

    private static func intOption(_ descriptor: Int32, level: Int32, name: Int32) -> Int32? {
        var value: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(descriptor, level, name, &value, &length) == 0 ? value : nil
    }

    private static func openDescriptors() -> [Int32] {
        #if os(Linux)
        if let directory = opendir("/proc/self/fd") {
            defer { closedir(directory) }
            var descriptors: [Int32] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if let descriptor = Int32(name) { descriptors.append(descriptor) }
            }
            return descriptors
        }
        #endif
        return Array(0..<Int32(min(getdtablesize(), 65_536)))
    }

    private static func localPort(of descriptor: Int32) -> Int? {
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { return nil }
        switch Int32(address.ss_family) {
        case AF_INET:
            return Int(UInt16(bigEndian: withUnsafeBytes(of: address) { $0.load(as: sockaddr_in.self).sin_port }))
        case AF_INET6:
            return Int(UInt16(bigEndian: withUnsafeBytes(of: address) { $0.load(as: sockaddr_in6.self).sin6_port }))
        default:
            return nil
        }
    }
}
