/// The four statistical entity classes of CoNLL-2003.
public enum EntityLabel: Int, Sendable, CaseIterable {
    case person = 0, organization, location, misc

    /// CoNLL tag suffix ("PER", "ORG", "LOC", "MISC").
    public var conllName: String {
        switch self {
        case .person: "PER"
        case .organization: "ORG"
        case .location: "LOC"
        case .misc: "MISC"
        }
    }

    public init?(conllName: String) {
        switch conllName {
        case "PER": self = .person
        case "ORG": self = .organization
        case "LOC": self = .location
        case "MISC": self = .misc
        default: return nil
        }
    }
}

/// An entity over token indices `start..<end` of one sentence or document.
public struct LabeledSpan: Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int
    public var label: EntityLabel

    public init(start: Int, end: Int, label: EntityLabel) {
        self.start = start
        self.end = end
        self.label = label
    }
}
