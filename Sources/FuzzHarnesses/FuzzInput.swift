/// How the harnesses read libFuzzer's bytes. Text-level stages only ever receive valid
/// Unicode (a Swift `String`), so their harnesses repair invalid UTF-8 the way the
/// standard library does (U+FFFD) instead of discarding the input.
enum FuzzInput {
    /// The bytes, copied; the buffer libFuzzer lends is only valid during the call.
    static func bytes(_ data: UnsafeRawBufferPointer) -> [UInt8] {
        Array(data)
    }

    /// The bytes as text, invalid sequences replaced by U+FFFD.
    static func text(_ data: UnsafeRawBufferPointer) -> String {
        String(decoding: data, as: UTF8.self)
    }
}
