/// Deterministic article ids: "a-" + the first 16 hex digits of SHA-256.
public enum ArticleID {
    public static func derive(from text: String) -> String {
        let digest = SHA256.hash(Array(text.utf8))
        let hex = digest.prefix(8).map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
        return "a-" + hex
    }
}
