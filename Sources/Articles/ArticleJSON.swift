import Foundation

/// The one JSON coding used for records: snake_case keys come from CodingKeys,
/// keys are sorted and slashes unescaped, so the same record always gives the
/// same bytes (replays are byte-identical; duplicates are detectable).
public enum ArticleJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        Array(try encoder.encode(value))
    }

    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try JSONDecoder().decode(type, from: Data(bytes))
    }

    /// Readable form for terminals and `newsflow process`.
    public static func prettyEncode<T: Encodable>(_ value: T) throws -> String {
        let pretty = JSONEncoder()
        pretty.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return String(decoding: try pretty.encode(value), as: UTF8.self)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
