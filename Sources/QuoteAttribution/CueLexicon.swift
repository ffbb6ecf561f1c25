/// Verbs and phrases that attribute speech ("said", "told", "according to"), in
/// every tense a news writer uses. Lower-case forms.
enum CueLexicon {
    /// Regular verbs: base forms; -s, -ed and -ing forms are derived.
    private static let regular = [
        "add", "admit", "acknowledge", "announce", "answer", "argue", "ask", "assert", "boast",
        "brag", "caution", "charge", "chant", "claim", "comment", "complain", "concede", "conclude",
        "confirm", "contend", "continue", "counter", "cry", "declare", "deny", "emphasize", "emphasise",
        "exclaim", "explain", "fume", "gush", "insist", "joke", "lament", "maintain", "mock", "muse",
        "note", "observe", "plead", "pledge", "point", "post", "predict", "proclaim", "promise",
        "quip", "recall", "recount", "reiterate", "remark", "reply", "report", "respond", "retort",
        "scoff", "scream", "shout", "snap", "stress", "suggest", "testify", "tweet", "urge", "vow",
        "warn", "whisper", "wonder", "yell", "blast", "slam", "demand", "describe", "dub", "call",
        "accuse", "criticize", "decry", "praise", "reject", "dismiss", "label", "mutter", "state",
        "agree", "disagree", "repeat", "recommend", "question", "opine", "rail", "thunder", "quote",
        "press", "bark", "condemn", "attack", "tout", "hail", "brand", "refer", "invoke", "talk",
        "discuss", "defend", "thank", "apologize", "cite", "liken", "characterize", "deride",
        "lambast", "rip", "knock", "trash", "chide", "scold", "remind", "lecture", "challenge",
        "laud", "champion", "pitch", "sigh", "grumble", "ponder", "marvel", "recite", "chime",
        "interject", "interrupt", "wail", "hiss", "growl", "gripe", "whine", "beg", "tease", "taunt",
        "predict", "forecast", "estimate", "conclude", "find", "cheer", "applaud", "celebrate",
        "welcome", "criticise", "warn", "advise", "retaliate", "rebut", "protest", "reason", "surmise",
        "speculate", "theorize", "demur", "crow", "rant", "rave", "vent", "sputter", "stammer", "mumble",
        "murmur", "laugh", "smile", "shrug", "lash", "concur", "exhort", "portray", "elaborate", "issue",
        "release", "echo", "sing", "react", "caution", "grill", "hammer", "rebuke", "scoff", "sneer", "assure", "reassure", "inform", "notify", "signal",
    ]
    /// Irregular forms and forms the suffix rules would get wrong.
    private static let irregular: Set<String> = [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote",
        "writing", "written", "read", "reads", "put", "sang", "sung", "think", "thinks", "thought", "swear", "swore",
        "speak", "spoke", "insisted", "admitted", "admitting", "quipped", "quipping", "snapped",
        "snapping", "testified", "denied", "replied", "cried", "according", "texted", "emailed",
        "e-mailed", "wrote", "posted", "tweeted", "answered", "continued", "spoke", "found",
        "ripped", "chimed", "begged", "sighed", "wailed", "referred", "referring", "lambasted", "criticised",
    ]
    /// "states" is usually a noun, "points" and "calls" too often; drop them.
    private static let excluded: Set<String> = [
        "states", "state", "points", "point", "calls", "call", "post", "posts", "question", "questions",
        "quote", "quotes", "read", "reads", "rail", "rails", "reply", "report", "reports", "comment",
        "comments", "answer", "answers", "charge", "charges", "label", "labels", "demand", "demands",
        "counter", "promise", "promises", "continue", "cry", "dub", "pledge", "pledges", "think",
        "speak", "thought", "put", "deny", "claim", "remarks", "remark", "charged", "charging",
        "find", "finds", "finding", "knock", "knocks", "rip", "rips", "trash", "brand", "brands", "pitch",
        "pitches", "talk", "talks", "attack", "attacks", "press", "cheer", "cheers", "welcome", "signal",
        "signals", "hail", "estimate", "estimates", "forecast", "forecasts", "challenge", "challenges",
        "lecture", "lectures", "champion", "defend", "thank", "thanks", "taunt", "taunts", "beg", "tease",
        "warn", "inform", "advise", "interrupt", "growl", "hiss", "agree", "agrees", "agreed", "agreeing",
        "issue", "issues", "issuing", "release", "releases", "releasing", "echo", "echoes", "portray",

    ]

    static let verbs: Set<String> = {
        var forms = irregular
        for base in regular {
            forms.insert(base)
            forms.insert(base.hasSuffix("y") && !base.hasSuffix("ay") ? String(base.dropLast()) + "ies" : base + "s")
            if base.hasSuffix("e") {
                forms.insert(base + "d")
                forms.insert(String(base.dropLast()) + "ing")
            } else if base.hasSuffix("y") && !base.hasSuffix("ay") {
                forms.insert(String(base.dropLast()) + "ied")
                forms.insert(base + "ing")
            } else {
                forms.insert(base + "ed")
                forms.insert(base + "ing")
            }
        }
        return forms.subtracting(excluded)
    }()

    /// Words that are usually nouns but are verbs of saying before "that" or ":".
    static let verbsBeforeThat: Set<String> = [
        "reports", "report", "claims", "claim", "notes", "note", "states", "state", "argues", "points",
        "charges", "charge", "comments", "answers", "replies", "promises", "thinks", "think", "believes",
        "believe", "believed", "feels", "felt", "hopes", "hoped", "fears", "feared", "knows", "knew",
        "wants", "wanted", "predicts", "suggests", "adds", "says", "said",
    ]

    /// Cues whose next phrase is the listener, not the speaker: "told the New Yorker".
    static let objectFirst: Set<String> = [
        "told", "tells", "tell", "telling", "urged", "urges", "warned", "warns", "reminded", "informed",
        "assured", "called", "calls", "accused", "blasted", "slammed", "praised", "criticized", "mocked",
        "thanked", "challenged", "asking", "urging",
    ]

    /// Participles that hang off a clause whose subject is the speaker ("..., saying").
    static let participles: Set<String> = [
        "saying", "adding", "noting", "telling", "writing", "explaining", "arguing", "insisting",
        "warning", "calling", "declaring", "stressing", "claiming", "asking", "stating", "tweeting",
        "vowing", "promising", "suggesting", "describing", "urging", "joking", "complaining",
        "predicting", "acknowledging", "admitting", "announcing", "recalling", "accusing", "referring",
    ]

    /// Words that may sit between a subject and its cue: "Blinken has also said".
    static let auxiliaries: Set<String> = [
        "has", "had", "have", "also", "later", "then", "again", "previously", "once", "recently",
        "repeatedly", "publicly", "would", "will", "could", "did", "does", "do", "further", "simply",
        "often", "frequently", "earlier", "already", "just", "first", "quickly", "flatly", "famously",
        "bluntly", "reportedly", "actually", "still", "never", "even", "only", "long", "privately",
        "openly", "ultimately", "immediately", "finally", "subsequently", "now", "is", "was", "be",
        "been", "were", "are", "went", "on", "may", "might", "should", "can", "not", "n't", "always",
    ]

    /// Words that open an adverbial clause, never a subject: "In a statement, …", "Outside, …".
    static let adverbialOpeners: Set<String> = [
        "in", "on", "at", "after", "before", "during", "outside", "inside", "since", "while", "when", "as",
        "by", "for", "from", "with", "without", "despite", "amid", "following", "earlier", "later",
        "meanwhile", "still", "yet", "asked", "speaking", "writing", "under", "over", "through", "throughout",
        "if", "although", "though", "because", "once", "until", "unlike", "like", "according",
    ]

    /// Nouns of time that head adverbials, not speakers: "The next day, …".
    static let timeNouns: Set<String> = [
        "day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "afternoon", "evening",
        "night", "today", "yesterday", "tonight", "time", "times", "moment", "jan.", "feb.", "aug.", "sept.",
        "sep.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "weekend",
    ]

    /// Words that may stand between a cue and the speaker after it: "said Wednesday Blinken" is
    /// rare, but "said on Tuesday" before a full stop is common; these never start a speaker.
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "later", "earlier", "then", "also", "again", "recently", "last",
        "this", "week", "night", "morning", "afternoon", "evening", "once",
    ]
}
