import Foundation

/// The word-cluster section of the model file (version 2) and the standalone
/// cluster table `newsflow train clusters` writes ("NFCLU"): entry count, then
/// (lower-case word hash u64, path u16) sorted by hash, so equal tables are equal bytes.
extension NERModelFile {
    static let clusterMagic: [UInt8] = Array("NFCLU".utf8)

    static func encode(_ c: WordClusters, into w: inout ByteWriter) {
        w.u32(UInt32(c.paths.count))
        for (h, path) in c.paths.sorted(by: { $0.key < $1.key }) {
            w.u64(h)
            w.i16(Int16(truncatingIfNeeded: path))
        }
    }

    static func decodeClusters(_ r: inout ByteReader) throws -> WordClusters {
        let count = Int(try r.u32("cluster count"))
        guard count <= r.remaining / 10 else { throw ModelFileError.truncated("cluster entries") }
        var paths: [UInt64: UInt32] = [:]
        paths.reserveCapacity(count)
        for _ in 0..<count {
            let h = try r.u64("cluster entry")
            let p = UInt32(UInt16(bitPattern: try r.i16("cluster entry")))
            guard p < (1 << WordClusters.pathBits) else { throw ModelFileError.inconsistent("cluster path \(p)") }
            paths[h] = p
        }
        return WordClusters(paths: paths)
    }

    /// A standalone cluster table.
    public static func encodeClusters(_ c: WordClusters) -> Data {
        var w = ByteWriter()
        for b in clusterMagic { w.u8(b) }
        encode(c, into: &w)
        return w.data
    }

    public static func decodeClusters(_ data: Data, source: String = "clusters") throws -> WordClusters {
        var r = ByteReader(data)
        guard r.remaining >= clusterMagic.count, Array(try r.take(clusterMagic.count, "magic")) == clusterMagic else {
            throw ModelFileError.notAModel(source)
        }
        return try decodeClusters(&r)
    }
}
