#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable byte buffer written through a raw pointer: the pre-filter appends many
/// short runs, and `Array.append(contentsOf:)` paid a uniqueness and capacity check
/// (plus generic dispatch) on every one. One capacity check per run, then `memcpy`.
/// The owner must call `deallocate()` (the pre-filter does so in a `defer`).
struct ByteSink {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    /// Makes room for `extra` more bytes, doubling as needed.
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

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        guard length > 0 else { return }
        reserve(length)
        memcpy(base + count, bytes, length)
        count += length
    }

    /// Forgets everything written after the first `newCount` bytes.
    mutating func truncate(to newCount: Int) {
        count = min(count, max(newCount, 0))
    }

    /// Appends `text` with every run of HTML whitespace (space, tab, LF, FF, CR) cut to
    /// one space. Never writes more than `length` bytes.
    ///
    /// Eight bytes at a time while a word has no control byte and no space that would be
    /// collapsed (two spaces in a row, or a space right after whitespace): such a word is
    /// copied as it is. Other words go byte by byte.
    mutating func appendCollapsingSpaces(_ text: UnsafePointer<UInt8>, count length: Int) {
        reserve(length)
        var written = count
        var inSpace = false
        var k = 0
        while k < length {
            if k + 8 <= length {
                let word = UnsafeRawPointer(text + k).loadUnaligned(as: UInt64.self)
                if WordBytes.controls(word) == 0 {
                    let spaces = WordBytes.equal(word, 0x20)
                    if spaces & (spaces << 8) == 0, !(inSpace && spaces & 0x80 != 0) {
                        UnsafeMutableRawPointer(base + written).storeBytes(of: word, as: UInt64.self)
                        written += 8
                        inSpace = spaces & 0x8000_0000_0000_0000 != 0
                        k += 8
                        continue
                    }
                }
                // Eight bytes of indentation ("\n" and spaces between tags): at most one space.
                if Self.isAllWhitespace(word) {
                    if !inSpace { base[written] = 0x20; written += 1 }
                    inSpace = true
                    k += 8
                    continue
                }
            }
            let end = min(k + 8, length)
            while k < end {
                let c = text[k]
                if HTMLPrefilter.isSpace(c) {
                    if !inSpace { base[written] = 0x20; written += 1 }
                    inSpace = true
                } else {
                    base[written] = c
                    written += 1
                    inSpace = false
                }
                k += 1
            }
        }
        count = written
    }

    /// Whether all eight bytes are HTML whitespace (space, tab, LF, FF, CR).
    @inline(__always)
    private static func isAllWhitespace(_ word: UInt64) -> Bool {
        let whitespace = WordBytes.equal(word, 0x20) | WordBytes.equal(word, 0x0A) | WordBytes.equal(word, 0x09)
            | WordBytes.equal(word, 0x0D) | WordBytes.equal(word, 0x0C)
        return whitespace == WordBytes.highBits
    }

    /// The bytes written so far, as an array.
    func makeArray() -> [UInt8] {
        [UInt8](UnsafeBufferPointer(start: base, count: count))
    }

    func deallocate() {
        base.deallocate()
    }
}
