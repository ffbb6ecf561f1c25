#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The pre-filter's output: a growable byte buffer, and the only place in the pre-filter
/// that owns memory through a raw pointer.
///
/// The pre-filter appends many short runs, and `Array.append(contentsOf:)` paid a
/// uniqueness and capacity check (plus generic dispatch) on every one: here it is one
/// capacity check per run, then `memcpy`. The type is non-copyable, so exactly one value
/// owns the memory and `deinit` frees it; everything else reads and writes through the
/// methods below, whose only inputs are indices, bytes and `Span`s.
struct ByteSink: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The byte at `index`, which must be below `count`.
    subscript(index: Int) -> UInt8 {
        @inline(__always) get {
            precondition(index >= 0 && index < count, "ByteSink index out of range")
            return base[index]
        }
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends the eight bytes of `word` in memory order (the order `Span.word(at:)` reads them).
    @inline(__always)
    mutating func append(word: UInt64) {
        reserve(8)
        UnsafeMutableRawPointer(base + count).storeBytes(of: word, as: UInt64.self)
        count += 8
    }

    @inline(__always)
    mutating func append(_ bytes: Span<UInt8>) {
        guard !bytes.isEmpty else { return }
        reserve(bytes.count)
        bytes.withUnsafeBufferPointer { memcpy(base + count, $0.baseAddress!, $0.count) }
        count += bytes.count
    }

    /// Makes room for `extra` more bytes, doubling as needed, so a loop of single-byte
    /// appends that follows grows the buffer at most once.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Forgets everything written after the first `newCount` bytes.
    mutating func truncate(to newCount: Int) {
        count = min(count, max(newCount, 0))
    }

    /// Lends the bytes written from `start` on, for reading only while `body` runs.
    @inline(__always)
    func withBytes<Result>(from start: Int, _ body: (Span<UInt8>) -> Result) -> Result {
        precondition(start >= 0 && start <= count, "ByteSink start out of range")
        let written = UnsafeBufferPointer(start: base + start, count: count - start)
        return body(written.span)
    }

    /// Appends the bytes written from `start` on to `array`.
    func copyBytes(from start: Int, to array: inout [UInt8]) {
        withBytes(from: start) { written in written.withUnsafeBufferPointer { array.append(contentsOf: $0) } }
    }

    /// The bytes written so far, as an array.
    func makeArray() -> [UInt8] {
        var array: [UInt8] = []
        array.reserveCapacity(count)
        copyBytes(from: 0, to: &array)
        return array
    }
}
