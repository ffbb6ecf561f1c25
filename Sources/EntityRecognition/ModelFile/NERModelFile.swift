import Foundation

/// The compact binary model format ("NFNER" + version): transitions as floats,
/// emission weights as 16-bit fixed-point values at delta-coded sparse indices
/// (most hashed buckets stay zero), and gazetteers as phrase-hash tables.
public enum NERModelFile {
    static let magic: [UInt8] = Array("NFNER".utf8)
    static let version: UInt32 = 1
    /// Version 2 appends the word-cluster table (`WordClusters`); written only when the model has one.
    static let clustersVersion: UInt32 = 2

    public static func encode(_ model: NERModel) -> Data {
        var w = ByteWriter()
        for b in magic { w.u8(b) }
        w.u32(model.clusters.count > 0 ? clustersVersion : version)
        w.u32(UInt32(model.bucketBits))
        w.u32(UInt32(BILOU.count))
        let passes = [model.firstPass] + (model.secondPass.map { [$0] } ?? [])
        w.u32(UInt32(passes.count))
        for p in passes { encode(p, into: &w) }
        w.u32(UInt32(model.gazetteers.count))
        for g in model.gazetteers { encode(g, into: &w) }
        if model.clusters.count > 0 { encode(model.clusters, into: &w) }
        return w.data
    }

    static func encode(_ weights: CompactWeights, into w: inout ByteWriter) {
        for v in weights.transitions { w.f32(v) }
        let entries = weights.nonzeroWeights()
        let maxAbs = entries.reduce(Float(0)) { max($0, abs($1.value)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        w.f32(scale)
        var nonzero: [(Int, Int16)] = []
        for (i, v) in entries {
            let q = Int16(clamping: Int((v / scale).rounded()))
            if q != 0 { nonzero.append((i, q)) }
        }
        w.u32(UInt32(nonzero.count))
        var last = 0
        for (i, q) in nonzero {
            w.varint(UInt64(i - last))
            w.i16(q)
            last = i
        }
    }

    static func encode(_ g: Gazetteer, into w: inout ByteWriter) {
        w.u32(UInt32(g.categories.count))
        for c in g.categories { w.string(c) }
        w.u32(UInt32(g.maxLength))
        w.u32(UInt32(g.phrases.count))
        for (h, mask) in g.phrases.sorted(by: { $0.key < $1.key }) {
            w.u64(h)
            w.u32(mask)
        }
    }

    public static func decode(_ data: Data, source: String = "model") throws -> NERModel {
        var r = ByteReader(data)
        guard r.remaining >= magic.count, Array(try r.take(magic.count, "magic")) == magic else {
            throw ModelFileError.notAModel(source)
        }
        let v = try r.u32("version")
        guard v == version || v == clustersVersion else { throw ModelFileError.unsupportedVersion(v) }
        let bits = Int(try r.u32("bucket bits"))
        guard (8...24).contains(bits) else { throw ModelFileError.inconsistent("bucket bits \(bits)") }
        let tags = Int(try r.u32("tag count"))
        guard tags == BILOU.count else { throw ModelFileError.inconsistent("\(tags) tags, expected \(BILOU.count)") }
        let passes = Int(try r.u32("pass count"))
        guard passes == 1 || passes == 2 else { throw ModelFileError.inconsistent("\(passes) passes") }
        var weights: [CompactWeights] = []
        for _ in 0..<passes { weights.append(try decodeWeights(&r, bucketBits: bits)) }
        let gazetteerCount = Int(try r.u32("gazetteer count"))
        guard gazetteerCount <= 8 else { throw ModelFileError.inconsistent("\(gazetteerCount) gazetteers") }
        var gazetteers: [Gazetteer] = []
        for _ in 0..<gazetteerCount { gazetteers.append(try decodeGazetteer(&r)) }
        let clusters = v == clustersVersion ? try decodeClusters(&r) : .empty
        return NERModel(bucketBits: bits, firstPass: weights[0], secondPass: weights.count > 1 ? weights[1] : nil,
                        gazetteers: gazetteers, clusters: clusters)
    }

    static func decodeWeights(_ r: inout ByteReader, bucketBits: Int) throws -> CompactWeights {
        let t = BILOU.count
        var transitions = [Float](repeating: 0, count: (t + 1) * t)
        for i in 0..<transitions.count { transitions[i] = try r.f32("transitions") }
        let scale = try r.f32("weight scale")
        let count = Int(try r.u32("weight count"))
        let buckets = 1 << bucketBits
        guard count <= buckets * t, count <= r.remaining / 3 else { throw ModelFileError.inconsistent("too many weights") }
        var rowOf = [Int32](repeating: -1, count: buckets)
        var rows: [UInt8] = []
        var pending = [Float](repeating: 0, count: t)
        var pendingBucket = -1
        var index = 0
        func flush() {
            guard pendingBucket >= 0 else { return }
            rowOf[pendingBucket] = Int32(rows.count / CompactWeights.rowBytes)
            CompactWeights.appendRow(pending, to: &rows)
            for j in 0..<t { pending[j] = 0 }
        }
        for _ in 0..<count {
            index += Int(truncatingIfNeeded: try r.varint("weight index"))
            guard index >= 0, index < buckets * t else { throw ModelFileError.inconsistent("weight index out of range") }
            let bucket = index / t
            if bucket != pendingBucket {
                flush()
                pendingBucket = bucket
            }
            pending[index % t] = Float(try r.i16("weight")) * scale
        }
        flush()
        return CompactWeights(bucketBits: bucketBits, rowOf: rowOf, rows: rows, transitions: transitions)
    }

    static func decodeGazetteer(_ r: inout ByteReader) throws -> Gazetteer {
        let categoryCount = Int(try r.u32("gazetteer categories"))
        guard categoryCount <= 32 else { throw ModelFileError.inconsistent("\(categoryCount) gazetteer categories") }
        var categories: [String] = []
        for _ in 0..<categoryCount { categories.append(try r.string("gazetteer category")) }
        let maxLength = Int(try r.u32("gazetteer phrase length"))
        guard maxLength <= 16 else { throw ModelFileError.inconsistent("gazetteer phrases of \(maxLength) tokens") }
        let count = Int(try r.u32("gazetteer size"))
        guard count <= r.remaining / 12 else { throw ModelFileError.truncated("gazetteer entries") }
        var phrases: [UInt64: UInt32] = [:]
        phrases.reserveCapacity(count)
        for _ in 0..<count {
            let h = try r.u64("gazetteer entry")
            phrases[h] = try r.u32("gazetteer entry")
        }
        return Gazetteer(phrases: phrases, maxLength: maxLength, categories: categories)
    }
}
