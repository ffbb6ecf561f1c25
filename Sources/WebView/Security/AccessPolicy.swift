import Foundation

/// Who may use the view: everyone on a loopback address; with a token configured
/// (`NEWSFLOW_VIEW_TOKEN`), only requests that carry it, as `Authorization: Bearer <token>`
/// or as the password of basic auth (any user name), which lets a browser log in. Binding to
/// anything but loopback without a token is refused.
public struct AccessPolicy: Sendable {
    public let token: String?

    public init(token: String?) {
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
    }

    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    /// Refuses a non-loopback host without a token, and a token too short to resist guessing.
    public static func check(host: String, token: String?) throws(Refusal) -> AccessPolicy {
        let policy = AccessPolicy(token: token)
        if let token = policy.token, token.utf8.count < 16 {
            throw Refusal(description: "\(ViewSettingsNames.token) must be at least 16 characters (for example: openssl rand -hex 24)")
        }
        if policy.token == nil, !isLoopback(host) {
            throw Refusal(description: "newsflow view binds \(host), which is not a loopback address: set \(ViewSettingsNames.token) (at least 16 characters) so that only people who have it can see articles and replay dead letters, or bind 127.0.0.1")
        }
        return policy
    }

    public static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return h == "localhost" || h == "::1" || h.hasPrefix("127.")
    }

    /// Whether a request with this `Authorization` header may pass.
    public func allows(authorization: String?) -> Bool {
        guard let token else { return true }
        guard let authorization else { return false }
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return false }
        let scheme = parts[0].lowercased()
        let credential = String(parts[1]).trimmingCharacters(in: .whitespaces)
        if scheme == "bearer" { return Self.constantTimeEqual(credential, token) }
        if scheme == "basic", let data = Data(base64Encoded: credential) {
            let pair = String(decoding: data, as: UTF8.self)
            guard let colon = pair.firstIndex(of: ":") else { return false }
            return Self.constantTimeEqual(String(pair[pair.index(after: colon)...]), token)
        }
        return false
    }

    /// Compares without stopping at the first difference, so timing does not reveal a prefix.
    public static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0
    }
}

/// Setting names for messages, without importing the settings here twice.
enum ViewSettingsNames {
    static let token = "NEWSFLOW_VIEW_TOKEN (--token)"
}
