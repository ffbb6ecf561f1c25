import Foundation

/// Links taken from article data (the article's URL, its canonical URL) become `href`s only
/// when they are absolute http or https URLs without credentials or whitespace; anything
/// else (`javascript:`, `data:`, relative paths, `//host`) is shown as text, never linked.
public enum SafeURL {
    public static func href(_ text: String?) -> String? {
        guard let text, !text.isEmpty, text.count <= 4096 else { return nil }
        guard !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F || HTMLEscaping.isBidiControl($0) })
        else { return nil }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
              components.user == nil, components.password == nil
        else { return nil }
        return text
    }
}
