import Foundation

/// Little-endian writer for the compact model format.
struct ByteWriter {
    var data = Data()

    mutating func u8(_ v: UInt8) { data.append(v) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }
    mutating func i16(_ v: Int16) {
        withUnsafeBytes(of: UInt16(bitPattern: v).littleEndian) { data.append(contentsOf: $0) }
    }
    mutating func varint(_ v: UInt64) {
        var x = v
        while x >= 0x80 {
            data.append(UInt8(x & 0x7f) | 0x80)
            x >>= 7
        }
        data.append(UInt8(x))
    }
    mutating func string(_ s: String) {
        let bytes = Array(s.utf8)
        u32(UInt32(bytes.count))
        data.append(contentsOf: bytes)
    }
}

/// Bounds-checked little-endian reader: corrupt input throws, never traps.
struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    var remaining: Int { bytes.count - offset }

    mutating func take(_ n: Int, _ what: String) throws -> ArraySlice<UInt8> {
        guard n >= 0, remaining >= n else { throw ModelFileError.truncated(what) }
        defer { offset += n }
        return bytes[offset..<(offset + n)]
    }

    mutating func u8(_ what: String) throws -> UInt8 {
        guard remaining >= 1 else { throw ModelFileError.truncated(what) }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func u32(_ what: String) throws -> UInt32 {
        let s = try take(4, what)
        return s.reversed().reduce(0) { ($0 << 8) | UInt32($1) }
    }

    mutating func u64(_ what: String) throws -> UInt64 {
        let s = try take(8, what)
        return s.reversed().reduce(0) { ($0 << 8) | UInt64($1) }
    }

    mutating func f32(_ what: String) throws -> Float { Float(bitPattern: try u32(what)) }

    mutating func i16(_ what: String) throws -> Int16 {
        guard remaining >= 2 else { throw ModelFileError.truncated(what) }
        defer { offset += 2 }
        return Int16(bitPattern: UInt16(bytes[offset]) | (UInt16(bytes[offset + 1]) << 8))
    }

    mutating func varint(_ what: String) throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard remaining >= 1 else { throw ModelFileError.truncated(what) }
            let b = bytes[offset]
            offset += 1
            guard shift < 64 else { throw ModelFileError.inconsistent("\(what) has an overlong number") }
            result |= UInt64(b & 0x7f) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
        }
    }

    mutating func string(_ what: String) throws -> String {
        let n = Int(try u32(what))
        return String(decoding: try take(n, what), as: UTF8.self)
    }
}
