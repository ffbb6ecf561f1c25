#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the legacy charsets that news sites outside Western Europe still declare
/// (Shift_JIS, EUC-JP, GBK, Big5, EUC-KR, windows-1251, KOI8-R, ISO-8859-x, ...) with the
/// C library's iconv, which knows all of them: a media monitor reads Tokyo, Beijing and
/// Moscow sites too, and dead-lettering their pages loses them.
enum LegacyCharsetDecoder {
    /// WHATWG labels whose decoder (what browsers use) is a superset that iconv knows
    /// under another name: pages labelled GB2312 are written in GBK, Shift_JIS pages in
    /// windows-31j, EUC-KR pages in windows-949, Big5 pages with HKSCS characters.
    static let supersets: [String: String] = [
        "gb2312": "GB18030", "gbk": "GB18030", "x-gbk": "GB18030", "csgb2312": "GB18030", "gb_2312-80": "GB18030",
        "chinese": "GB18030", "iso-ir-58": "GB18030",
        "shift_jis": "CP932", "shift-jis": "CP932", "sjis": "CP932", "x-sjis": "CP932", "ms_kanji": "CP932",
        "windows-31j": "CP932", "csshiftjis": "CP932",
        "euc-kr": "CP949", "ks_c_5601-1987": "CP949", "korean": "CP949", "windows-949": "CP949", "cseuckr": "CP949",
        "big5": "BIG5-HKSCS", "x-x-big5": "BIG5-HKSCS", "cn-big5": "BIG5-HKSCS", "csbig5": "BIG5-HKSCS",
        "tis-620": "CP874", "iso-8859-11": "CP874", "windows-874": "CP874",
    ]

    /// Labels never honoured: UTF-16/32 declared inside a page is ignored by browsers (the
    /// page could not have been parsed to find it), and UTF-7 only ever smuggles markup.
    static func isRefused(_ label: String) -> Bool {
        label.hasPrefix("utf-16") || label.hasPrefix("utf-32") || label.hasPrefix("ucs") || label.hasPrefix("utf-7")
            || label.hasPrefix("unicode")
    }

    /// At most this share of the bytes may be invalid in the charset (each becomes U+FFFD).
    static let invalidShare = 0.1

    /// The text, or nil when iconv does not know `label` or over a tenth of the bytes are
    /// invalid in it (then the label is wrong, and guessing would only make mojibake).
    static func decode(_ bytes: ArraySlice<UInt8>, label: String) -> String? {
        guard !isRefused(label) else { return nil }
        let name = supersets[label] ?? label
        guard let converter = Converter(from: name) else { return nil }
        defer { converter.close() }
        return converter.convert(bytes, maxInvalid: Int(Double(bytes.count) * invalidShare))
    }

    /// One iconv conversion descriptor to UTF-8.
    private struct Converter {
        let descriptor: iconv_t

        init?(from name: String) {
            let descriptor = iconv_open("UTF-8", name)
            guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
            self.descriptor = descriptor
        }

        func close() { iconv_close(descriptor) }

        /// Converts in 64 KB output steps; each byte that starts no valid sequence becomes
        /// U+FFFD, and a sequence cut off at the end one U+FFFD. Nil past `maxInvalid` of them.
        func convert(_ input: ArraySlice<UInt8>, maxInvalid: Int) -> String? {
            var output: [UInt8] = []
            output.reserveCapacity(input.count * 3 / 2 + 16)
            var invalid = 0
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let ok = input.withUnsafeBytes { inBytes -> Bool in
                guard let base = inBytes.baseAddress else { return true }
                // iconv takes `char **` but only reads the input.
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: CChar.self))
                var inLeft = inBytes.count
                while inLeft > 0 {
                    let (produced, result, error) = chunk.withUnsafeMutableBytes { outBytes in
                        var outPointer: UnsafeMutablePointer<CChar>? = outBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                        var outLeft = outBytes.count
                        let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                        return (outBytes.count - outLeft, result, errno)
                    }
                    output.append(contentsOf: chunk[..<produced])
                    guard result == -1 else { continue }
                    switch error {
                    case E2BIG:
                        continue
                    case EILSEQ, EINVAL:
                        invalid += 1
                        if invalid > maxInvalid { return false }
                        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        // EILSEQ: skip the byte; EINVAL (a sequence cut off at the end): skip the rest.
                        let skip = error == EINVAL ? inLeft : 1
                        inPointer = inPointer.map { $0 + skip }
                        inLeft -= skip
                    default:
                        return false
                    }
                }
                return true
            }
            guard ok else { return nil }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
