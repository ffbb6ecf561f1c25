import Articles
import Testing

@Suite("Article ids")
struct ArticleIDTests {
    @Test("ids are derived from the URL when there is one, else from the body")
    func derivation() {
        let byURL = RawArticle(url: "https://x.test/a", body: "one")
        let sameURL = RawArticle(url: "https://x.test/a", body: "two")
        let byBody = RawArticle(body: "one")
        #expect(byURL.resolvedID == sameURL.resolvedID)
        #expect(byURL.resolvedID != byBody.resolvedID)
        #expect(byBody.resolvedID == RawArticle(body: "one").resolvedID)
        #expect(RawArticle(id: "given", body: "x").resolvedID == "given")
    }

    @Test("derived ids are SHA-256 based and stable across versions")
    func knownValue() {
        // SHA-256("abc") = ba7816bf8f01cfea...
        #expect(ArticleID.derive(from: "abc") == "a-ba7816bf8f01cfea")
        // SHA-256("") = e3b0c44298fc1c14...
        #expect(ArticleID.derive(from: "") == "a-e3b0c44298fc1c14")
    }

    /// The hand-written SHA-256 (kept to spare every build swift-crypto's BoringSSL) against
    /// FIPS 180-2 vectors that cross block boundaries: a two-block message and a million bytes.
    @Test("the SHA-256 behind ids matches the standard's multi-block vectors")
    func multiBlockVectors() {
        #expect(ArticleID.derive(from: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "a-248d6a61d20638b8")
        #expect(ArticleID.derive(from: String(repeating: "a", count: 1_000_000)) == "a-cdc76e5c9914fb92")
    }
}
