import ArgumentParser

/// Catches an unknown command name before ArgumentParser sees a help flag. ArgumentParser
/// answers `newsflow veiw --help` with the help of the deepest command it recognised (the
/// root) and exit 0, so a typo looks like success; this says which name is unknown instead.
enum UnknownCommandCheck {
    /// The error to print when `arguments` ask for help and name a command that does not
    /// exist, else nil. Only the leading command words are checked (up to the first option or
    /// a command without subcommands); `help` is left to ArgumentParser.
    static func problem(in arguments: [String], root: any ParsableCommand.Type) -> String? {
        guard arguments.contains(where: { $0 == "--help" || $0 == "-h" }) else { return nil }
        var command = root
        var path = [root._commandName]
        for word in arguments {
            let subcommands = command.configuration.subcommands
            if word.hasPrefix("-") || word == "help" || subcommands.isEmpty { return nil }
            guard let next = subcommands.first(where: { $0._commandName == word || $0.configuration.aliases.contains(word) }) else {
                let known = subcommands.map { $0._commandName }.joined(separator: ", ")
                let parent = path.joined(separator: " ")
                return "unknown command '\(word)' for '\(parent)'. Commands: \(known). See '\(parent) --help'."
            }
            command = next
            path.append(next._commandName)
        }
        return nil
    }
}
