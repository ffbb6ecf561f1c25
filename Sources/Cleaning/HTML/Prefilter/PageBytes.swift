#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the pre-filter reads the page: bounds-checked `Span` reads everywhere, and these
/// few reads that need the page's memory itself (`memchr` and `memcmp`, which are much
/// faster than byte loops on long runs, and the pointer-taking hint word test), each
/// scoped to one call.
extension Span where Element == UInt8 {
    /// The first index of `byte` in `range` (`memchr`: the pre-filter's long jumps over
    /// text, comments and attribute values).
    @inline(__always)
    func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "range out of the page")
        guard !range.isEmpty else { return nil }
        return withUnsafeBufferPointer { page in
            guard let found = memchr(page.baseAddress! + range.lowerBound, Int32(byte), range.count) else { return nil }
            return page.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Whether the bytes at `offset` spell `literal` exactly.
    @inline(__always)
    func matches(_ literal: StaticString, at offset: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard offset >= 0, offset + length <= count else { return false }
        return withUnsafeBufferPointer { memcmp($0.baseAddress! + offset, literal.utf8Start, length) == 0 }
    }

    /// The first index at or after `from` where `literal` starts.
    func firstIndex(of literal: StaticString, from: Int) -> Int? {
        let first = literal.utf8Start[0]
        let length = literal.utf8CodeUnitCount
        var i = from
        while i + length <= count {
            guard let at = firstIndex(of: first, in: i..<count) else { return nil }
            if at + length > count { return nil }
            if matches(literal, at: at) { return at }
            i = at + 1
        }
        return nil
    }

    /// Whether the bytes in `range` equal the lower-case ASCII `name` once every byte is
    /// OR-ed with 0x20 (how the pre-filter compares element and attribute names).
    @inline(__always)
    func equalsIgnoringCase(_ range: Range<Int>, _ name: StaticString) -> Bool {
        let length = name.utf8CodeUnitCount
        guard range.count == length else { return false }
        let literal = name.utf8Start
        for k in 0..<length where self[range.lowerBound + k] | 0x20 != literal[k] { return false }
        return true
    }

    /// Whether `count` bytes at `first` equal those at `second`.
    @inline(__always)
    func bytesEqual(at first: Int, _ second: Int, count length: Int) -> Bool {
        precondition(first >= 0 && second >= 0 && max(first, second) + length <= count, "range out of the page")
        return withUnsafeBufferPointer { memcmp($0.baseAddress! + first, $0.baseAddress! + second, length) == 0 }
    }

    /// Appends the bytes in `range` to `array`.
    @inline(__always)
    func appendBytes(in range: Range<Int>, to array: inout [UInt8]) {
        extracting(range).withUnsafeBufferPointer { array.append(contentsOf: $0) }
    }

    /// `BoilerplateHints.isSignificantToken` for the token at `range`.
    @inline(__always)
    func isSignificantToken(_ range: Range<Int>) -> Bool {
        extracting(range).withUnsafeBufferPointer { BoilerplateHints.isSignificantToken($0) }
    }
}
