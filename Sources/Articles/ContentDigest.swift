/// SHA-256 for callers outside this module: the view's offline page names its inline style
/// by digest in its Content-Security-Policy (`style-src 'sha256-…'`).
public enum ContentDigest {
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] { SHA256.hash(bytes) }
}
