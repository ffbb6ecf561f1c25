/// Substring search on UTF-8 bytes. Foundation's `contains`/`range(of:)` go through
/// NSString and UTF-16 and were a visible share of the cleaner's time.
extension String {
    func containsBytes(_ needle: StaticString) -> Bool {
        var copy = self
        return copy.withUTF8 { haystack in
            Self.firstOffset(of: UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount), in: haystack) != nil
        }
    }

    func containsBytes(_ needle: String) -> Bool {
        var copy = self
        var needleCopy = needle
        return copy.withUTF8 { haystack in needleCopy.withUTF8 { Self.firstOffset(of: $0, in: haystack) != nil } }
    }

    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard haystack.count >= needle.count else { return nil }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
