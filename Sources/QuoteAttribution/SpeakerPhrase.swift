/// The words a rule took for the speaker of a quote, and the cue that licensed them.
struct SpeakerPhrase: Sendable {
    var words: [FrameToken]
    var cue: String
    /// Where the phrase starts: pronouns resolve to people mentioned before it.
    var offset: Int { words.first?.start ?? 0 }
}
