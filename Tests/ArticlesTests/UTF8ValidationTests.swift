import Testing
@testable import Articles

/// The byte loop that validates every page must agree with the standard library's decoder.
@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    /// The decoder's answer, through a collection with no contiguous storage (the generic path).
    func reference(_ bytes: [UInt8]) -> Int? {
        TextDecoding.firstInvalidUTF8Offset(bytes.lazy.map { $0 })
    }

    @Test("edge cases: overlong forms, surrogates, beyond U+10FFFF, truncation, stray continuation bytes", arguments: [
        [], [0x41], Array("héllo wörld — “quotes” 😀".utf8), [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80],
        [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x80],
        [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0xE2, 0x80, 0x94, 0x48], [0x80], [0x41, 0xBF, 0x41],
        Array(repeating: 0x61, count: 17) + [0xFF],
    ] as [[UInt8]])
    func edgeCases(bytes: [UInt8]) {
        #expect(TextDecoding.firstInvalidUTF8Offset(bytes) == reference(bytes))
    }

    @Test("random bytes, mostly ASCII with multi-byte runs, agree with the decoder")
    func randomBytes() {
        var state: UInt64 = 42
        func next() -> UInt8 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let multiByte: [[UInt8]] = [[0xC3, 0xA9], [0xE2, 0x80, 0x94], [0xF0, 0x9F, 0x98, 0x80]]
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(next() % 64) {
                let roll = next()
                if roll < 200 { bytes.append(roll & 0x7F) } else if roll < 250 { bytes += multiByte[Int(roll) % 3] } else { bytes.append(next()) }
            }
            #expect(TextDecoding.firstInvalidUTF8Offset(bytes) == reference(bytes))
        }
    }
}
