import Foundation

/// The replay form's CSRF defence: a random token in a `SameSite=Strict`, `HttpOnly` cookie,
/// repeated in the form as a hidden field (double submit). A POST whose field does not equal
/// its cookie, or whose `Origin` names another site, is refused: another site can make a
/// browser send the cookie but can neither read it nor put it in the form.
public enum CSRFToken {
    public static let cookieName = "newsflow_csrf"
    public static let fieldName = "csrf"

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// The token in a `Cookie` header, when it has the shape `make` gives.
    public static func fromCookies(_ header: String?) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ";") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0] == cookieName {
                let value = String(pair[1])
                if value.count == 64, value.allSatisfy({ $0.isHexDigit }) { return value }
            }
        }
        return nil
    }

    public static func setCookie(_ token: String) -> String {
        "\(cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict"
    }

    /// Whether a POST may change state: the field equals the cookie, and the browser's
    /// `Origin` and `Sec-Fetch-Site`, when sent, say the form came from this same site.
    public static func allows(cookie: String?, field: String?, origin: String?, fetchSite: String?, host: String?) -> Bool {
        guard let cookie, let field, AccessPolicy.constantTimeEqual(cookie, field) else { return false }
        if let fetchSite, fetchSite != "same-origin", fetchSite != "none" { return false }
        if let origin {
            guard let host, let url = URL(string: origin), let originHost = url.host else { return false }
            let originAuthority = url.port.map { "\(originHost):\($0)" } ?? originHost
            if originAuthority.lowercased() != host.lowercased() { return false }
        }
        return true
    }
}
