/// Closed word classes the speaker rules need: honorifics and titles around names,
/// pronouns, function words that are capitalised only because they start a sentence.
/// Lower-case forms.
enum NameLexicon {
    static let malePronouns: Set<String> = ["he", "him", "his", "himself"]
    static let femalePronouns: Set<String> = ["she", "her", "hers", "herself"]
    /// Pronouns that never name a speaker on their own.
    static let otherPronouns: Set<String> = [
        "i", "me", "we", "us", "you", "they", "them", "it", "this", "that", "who", "which", "one",
        "someone", "everyone", "anyone", "nobody", "these", "those", "some", "others", "many",
        "both", "all", "each", "few", "several", "what", "whoever",
    ]

    /// Pronouns that can be the subject of a cue and need resolving.
    static let personalPronouns: Set<String> = ["he", "she", "i", "we", "they", "you", "it"]

    static func isPronoun(_ lower: String) -> Bool {
        malePronouns.contains(lower) || femalePronouns.contains(lower) || otherPronouns.contains(lower)
    }

    static let maleHonorifics: Set<String> = ["mr.", "mr", "sir", "messrs."]
    static let femaleHonorifics: Set<String> = ["mrs.", "mrs", "ms.", "ms", "miss", "madam", "dame"]

    /// Words that start a noun phrase without being part of the name.
    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "one", "another",
        "this", "that", "some", "two", "three", "several", "many", "other",
    ]

    /// Capitalised words that open sentences or clauses but are never part of a name.
    static let sentenceWords: Set<String> = [
        "but", "and", "or", "so", "then", "still", "meanwhile", "however", "now", "later", "also",
        "when", "as", "after", "while", "if", "in", "on", "at", "yet", "instead", "indeed", "even",
        "because", "since", "though", "although", "before", "during", "for", "with", "without",
        "by", "from", "to", "of", "here", "there", "there's", "that's", "it's", "asked", "earlier",
        "last", "this", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "speaking", "writing", "why",
        "what", "where", "how", "not", "only", "just", "both", "all", "every", "no", "yes", "well",
        "oh", "like", "about", "according", "said", "says", "told", "added", "asked", "reported",
        "wrote", "tweeted", "mr.", "mrs.", "ms.", "dr.", "perhaps", "maybe", "thus", "moreover",
        "likewise", "similarly", "additionally", "instead", "nonetheless", "nevertheless", "notably", "ultimately",
        "importantly", "interestingly", "specifically", "separately", "overall", "finally", "again", "besides",
    ]

    /// Title and office words that may precede a name: "US Secretary of State Antony Blinken".
    static let titles: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "sen.", "sens.", "rep.", "reps.", "gov.", "gen.", "lt.", "col.",
        "maj.", "capt.", "sgt.", "adm.", "rev.", "prof.", "pres.", "atty.", "supt.", "hon.", "cmdr.",
        "president", "vice", "secretary", "senator", "sen", "representative", "congressman",
        "congresswoman", "governor", "mayor", "minister", "prime", "chancellor", "chairman",
        "chairwoman", "chair", "speaker", "leader", "majority", "minority", "whip", "director",
        "spokesman", "spokeswoman", "spokesperson", "press", "attorney", "general", "judge",
        "justice", "chief", "candidate", "nominee", "former", "state", "of", "defense", "homeland",
        "security", "national", "council", "adviser", "advisor", "ambassador", "commissioner",
        "sheriff", "officer", "executive", "ceo", "founder", "manager", "campaign", "strategist",
        "pollster", "professor", "analyst", "economist", "author", "host", "anchor", "reporter",
        "editor", "columnist", "rabbi", "pastor", "reverend", "father", "pope", "king", "queen",
        "prince", "princess", "lady", "first", "republican", "democratic", "democrat", "gop", "us",
        "u.s.", "american", "white", "house", "presidential", "hopeful", "businessman", "billionaire",
        "mogul", "frontrunner", "front-runner", "sheikh", "ayatollah", "rep", "gov", "deputy",
        "assistant", "acting", "senior", "top", "lawmaker", "legislator", "delegate", "president-elect",
        "congressional", "assemblyman", "assemblywoman", "councilman", "councilwoman", "lawyer",
        "activist", "officials", "official", "aide", "actor", "actress", "singer", "comedian",
        "the", "a", "an", "and", "staff", "news", "network", "commentator", "contributor",
        "conservative", "liberal", "progressive", "independent", "libertarian", "texas", "florida",
    ]

    /// Titles that only ever stand before a person's name ("Sen. Ted Cruz", "President Obama").
    static let personTitles: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "sen.", "sens.", "rep.", "reps.", "gov.", "gen.", "lt.", "col.",
        "maj.", "capt.", "sgt.", "adm.", "rev.", "prof.", "pres.", "atty.", "hon.", "cmdr.", "president",
        "senator", "secretary", "governor", "mayor", "minister", "chancellor", "chairman", "chairwoman",
        "spokesman", "spokeswoman", "spokesperson", "judge", "justice", "congressman", "congresswoman",
        "representative", "ambassador", "sheriff", "pastor", "rabbi", "pope", "king", "queen", "prince",
        "princess", "sheikh", "ayatollah", "cardinal", "bishop", "archbishop", "director", "professor",
        "candidate", "nominee", "leader", "speaker", "commissioner", "strategist", "adviser", "advisor",
        "aide", "manager", "founder", "analyst", "pollster", "economist", "host", "anchor", "author",
        "businessman", "billionaire", "activist", "attorney", "lawyer", "officer", "chief", "councilman",
        "councilwoman", "assemblyman", "assemblywoman", "frontrunner", "front-runner", "mogul", "hopeful",
        "lady", "sir", "dame", "reverend", "father", "sister", "brother", "cousin", "daughter", "son",
        "wife", "husband", "mother", "actor", "actress", "comedian", "singer", "rapper", "correspondent",
        "columnist", "reporter", "editor", "ceo", "executive", "vice", "whip", "delegate", "trustee",
    ]

    /// Lower-case words that link a name to the person it describes: "Clinton ally James Carville".
    static let relationWords: Set<String> = [
        "ally", "co-host", "friend", "supporter", "critic", "rival", "colleague", "staffer", "running",
        "mate", "surrogate", "backer", "donor", "adviser", "aide", "lawyer", "attorney", "spokesman",
        "spokeswoman", "campaign", "press", "secretary", "chief", "of", "staff", "senior", "former",
        "member", "co-founder", "cofounder", "partner", "associate", "contributor", "fellow",
    ]

    /// Non-person nouns that still speak in news: "the statement read", "the report said".
    static let sourceNouns: Set<String> = [
        "statement", "report", "piece", "editorial", "paper", "newspaper", "campaign", "group", "committee",
        "article", "ad", "advertisement", "letter", "memo", "email", "e-mail", "post", "tweet", "release",
        "poll", "survey", "study", "source", "sources", "officials", "people", "voters", "supporters",
        "critics", "protesters", "audience", "crowd", "administration", "government", "agency", "department",
        "court", "lawsuit", "complaint", "filing", "document", "documents", "indictment", "ruling", "website",
        "site", "network", "magazine", "book", "memoir", "video", "note", "message", "messages", "transcript",
        "president", "party", "team", "organization", "foundation", "union", "company", "firm", "spokesperson",
        "sign", "signs", "banner", "placard", "t-shirt", "shirt", "hat", "headline", "caption", "slogan",
    ]

    /// Suffixes that follow a surname and are not it: "Martin Luther King Jr."
    static let nameSuffixes: Set<String> = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]

    /// Common female first names (US news), for pronoun agreement.
    static let femaleFirstNames: Set<String> = [
        "hillary", "chelsea", "michelle", "melania", "ivanka", "carly", "nancy", "elizabeth",
        "sarah", "kellyanne", "hope", "megyn", "debbie", "donna", "huma", "loretta", "sally",
        "susan", "susana", "nikki", "marsha", "kelly", "kelly", "jeanne", "jennifer", "karen",
        "mary", "patricia", "linda", "barbara", "jessica", "margaret", "lisa", "betty", "dorothy",
        "sandra", "ashley", "kimberly", "emily", "carol", "amanda", "melissa", "deborah",
        "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy", "shirley", "angela",
        "helen", "anna", "brenda", "pamela", "nicole", "samantha", "katherine", "christine", "emma",
        "ruth", "julie", "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan",
        "evelyn", "judith", "olivia", "andrea", "hannah", "megan", "cheryl", "jacqueline", "martha",
        "madeleine", "gloria", "teresa", "ann", "anne", "sara", "madison", "frances", "kathryn",
        "janet", "jean", "abigail", "alice", "judy", "sophia", "grace", "denise", "amber", "doris",
        "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie", "brittany",
        "charlotte", "marie", "kayla", "alexis", "lori", "elena", "claire", "heather", "maureen",
        "rachel", "phyllis", "roberta", "stacey", "colleen", "betsy", "kirsten", "tammy", "amy",
        "dianne", "dana", "gina", "jill", "katie", "kate", "maria", "rosa", "carmen", "sonia",
        "sonia", "ruth", "condoleezza", "condi", "madeline", "jan", "jane", "janet", "kamala",
        "elise", "cathy", "cathy", "barbara", "jeanine", "laura", "ann", "michele", "tulsi",
        "angela", "theresa", "marine", "wendy", "kristen", "kristin", "meghan", "monica", "paula",
        "rosie", "oprah", "katrina", "tina", "eva", "irene", "juanita", "kathy", "kathleen",
        "zephyr", "jodi", "mika", "norah", "gretchen", "dana", "joy", "whoopi", "connie", "jackie",
        "jacqueline", "lynn", "stella", "bella", "liz", "beth", "peggy", "molly", "caroline",
        "ellen", "erin", "hilary", "shannon", "vanessa", "valerie", "tammy", "patty", "hope",
    ]

    /// Common male first names (US news), for pronoun agreement.
    static let maleFirstNames: Set<String> = [
        "donald", "barack", "bernie", "bernard", "ted", "marco", "jeb", "john", "ben", "chris",
        "rand", "mike", "mitt", "paul", "bill", "joe", "joseph", "tim", "mitch", "harry", "reince",
        "corey", "jared", "eric", "newt", "rudy", "rudolph", "james", "robert", "michael", "william",
        "david", "richard", "charles", "thomas", "christopher", "daniel", "matthew", "anthony",
        "mark", "steven", "stephen", "andrew", "kenneth", "george", "edward", "brian", "ronald",
        "kevin", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "jonathan", "larry",
        "justin", "scott", "brandon", "frank", "benjamin", "gregory", "samuel", "raymond", "patrick",
        "alexander", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan",
        "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith",
        "christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin", "arthur",
        "lawrence", "jesse", "dylan", "bryan", "jordan", "billy", "bruce", "albert", "willie",
        "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent",
        "russell", "elijah", "louis", "bobby", "philip", "johnny", "vladimir", "antony", "tony",
        "lindsey", "rick", "dick", "jim", "tom", "bob", "steve", "dan", "dave", "ron", "ken", "greg",
        "jeff", "matt", "nick", "sam", "al", "jimmy", "martin", "karl", "glenn", "sean", "rush",
        "bret", "ted", "hugh", "lou", "newt", "mitt", "jon", "josh", "bret", "lanny", "reid",
        "xi", "benjamin", "bibi", "recep", "hassan", "francois", "emmanuel", "boris", "david",
        "nigel", "justin", "enrique", "vicente", "felipe", "kim", "fidel", "raul", "hugo", "rodrigo",
        "trey", "jason", "devin", "kevin", "elijah", "chuck", "orrin", "lamar", "jeff", "ron",
        "pat", "rob", "roger", "sheldon", "carl", "howard", "kenneth", "stuart", "tucker", "sean",
        "bill", "brit", "wolf", "anderson", "chris", "lester", "jake", "chuck", "george", "steve",
    ]
}
