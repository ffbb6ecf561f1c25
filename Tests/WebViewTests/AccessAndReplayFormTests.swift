import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import StageRuntime
import Testing
@testable import WebView

@Suite("Access token and the replay form's CSRF defence")
struct AccessAndReplayFormTests {
    static let token = "0123456789abcdef-token"

    @Test("with a token, every page needs it: bearer, or basic auth with the token as password")
    func tokenRequired() async throws {
        let app = ViewFixtures.app(ViewFixtures.state(), token: Self.token)
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Basic") == true)
                #expect(response.headers[.contentSecurityPolicy] != nil)
            }
            try await client.execute(uri: "/static/view.css", method: .get, headers: [.authorization: "Bearer wrong-token-000000"]) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/", method: .get, headers: [.authorization: "Bearer \(Self.token)"]) { response in
                #expect(response.status == .ok)
            }
            let basic = Data("anyone:\(Self.token)".utf8).base64EncodedString()
            try await client.execute(uri: "/pipeline", method: .get, headers: [.authorization: "Basic \(basic)"]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("binding anything but loopback needs a token of at least 16 characters")
    func bindingRules() throws {
        #expect(throws: AccessPolicy.Refusal.self) { try AccessPolicy.check(host: "0.0.0.0", token: nil) }
        #expect(throws: AccessPolicy.Refusal.self) { try AccessPolicy.check(host: "0.0.0.0", token: "short") }
        #expect(try AccessPolicy.check(host: "0.0.0.0", token: Self.token).token == Self.token)
        #expect(try AccessPolicy.check(host: "127.0.0.1", token: nil).token == nil)
        #expect(try AccessPolicy.check(host: "::1", token: nil).token == nil)
        #expect(try AccessPolicy.check(host: "localhost", token: nil).token == nil)
    }

    @Test("the confirmation page replays nothing; a POST without the matching token is refused; with it, it replays")
    func replayNeedsConfirmationAndToken() async throws {
        let replayer = RecordingReplayer()
        let app = ViewFixtures.app(ViewFixtures.state(replayer: replayer))
        try await app.test(.router) { client in
            let cookie = try await client.execute(uri: "/dead-letters/replay?stage=cleaner&code=too-large", method: .get) { response in
                #expect(response.status == .ok)
                let html = ViewFixtures.body(response)
                let setCookie = try #require(response.headers[.setCookie])
                #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
                let value = try #require(setCookie.split(separator: ";").first.map(String.init))
                let field = HTMLScan(html).opening("input").first { $0.attribute("name") == "csrf" }?.attribute("value")
                #expect(value == "\(CSRFToken.cookieName)=\(field ?? "")")
                #expect(HTMLScan(html).opening("form").first?.attribute("method") == "post")
                return value
            }
            #expect(replayer.sends == 0, "showing the confirmation sends nothing")
            let token = String(cookie.dropFirst(CSRFToken.cookieName.count + 1))
            let form = "csrf=\(token)&stage=cleaner&code=too-large"
            let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

            // No cookie, a wrong token, another site's origin: refused.
            try await client.execute(uri: "/dead-letters/replay", method: .post, headers: formHeaders, body: ByteBuffer(string: form)) { response in
                #expect(response.status == .forbidden)
            }
            var withCookie = formHeaders
            withCookie[.cookie] = cookie
            try await client.execute(uri: "/dead-letters/replay", method: .post, headers: withCookie, body: ByteBuffer(string: "csrf=\(String(repeating: "0", count: 64))&stage=cleaner")) { response in
                #expect(response.status == .forbidden)
            }
            var crossSite = withCookie
            crossSite[.origin] = "https://evil.example"
            try await client.execute(uri: "/dead-letters/replay", method: .post, headers: crossSite, body: ByteBuffer(string: form)) { response in
                #expect(response.status == .forbidden)
            }
            // GET never replays.
            try await client.execute(uri: "/dead-letters/replay?csrf=\(token)&stage=cleaner", method: .get, headers: withCookie) { _ in }
            #expect(replayer.sends == 0)

            try await client.execute(uri: "/dead-letters/replay", method: .post, headers: withCookie, body: ByteBuffer(string: form + "&again=1")) { response in
                #expect(response.status == .ok)
                #expect(ViewFixtures.body(response).contains("id=\"replay-result\""))
            }
            let sent = replayer.calls.withLock { $0.filter { !$0.dryRun } }
            #expect(sent.count == 1)
            #expect(sent.first?.filter == DeadLetterFilter(stage: "cleaner", code: "too-large"))
            #expect(sent.first?.again == true)
        }
    }
}
