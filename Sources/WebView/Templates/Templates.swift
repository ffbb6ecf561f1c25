import Mustache

/// The parsed templates. Each is parsed with the escaping pragma in front
/// (`HTMLEscaping.pragma`), and a template that could write a value unescaped (`{{{…}}}` or
/// `{{&…}}`) is refused, so no page can carry article data as markup.
public struct Templates: Sendable {
    let library: MustacheLibrary

    public enum TemplateError: Error, CustomStringConvertible {
        case unescapedOutput(template: String)
        case parse(template: String, error: any Error)
        case missing(String)

        public var description: String {
            switch self {
            case .unescapedOutput(let name): "template '\(name)' writes a value unescaped ({{{ }}} or {{& }})"
            case .parse(let name, let error): "template '\(name)' does not parse: \(error)"
            case .missing(let name): "no template named '\(name)'"
            }
        }
    }

    public static let shared: Result<Templates, TemplateError> = Result { () throws(TemplateError) in try Templates(PageTemplates.all) }

    init(_ sources: [String: String]) throws(TemplateError) {
        HTMLEscaping.register()
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            if source.contains("{{{") || source.contains("{{&") { throw .unescapedOutput(template: name) }
            do {
                library.register(try MustacheTemplate(string: HTMLEscaping.pragma + source), named: name)
            } catch {
                throw .parse(template: name, error: error)
            }
        }
        self.library = library
    }

    /// Renders `name` with `context` (a struct; its stored properties are the template's names).
    public func render(_ context: Any, template name: String) throws(TemplateError) -> String {
        guard let text = library.render(context, withTemplate: name) else { throw .missing(name) }
        return text
    }

    /// The sources, for tests that check them.
    public static var sources: [String: String] { PageTemplates.all }
}
