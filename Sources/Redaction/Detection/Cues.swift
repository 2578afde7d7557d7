/// Word lists that carry evidence for the name and place detectors, as folded token keys.
///
/// These are small, closed lists of function words (ranks, roles, verbs, prepositions),
/// not lists of identifiers: they say where a name or a place is likely to stand.
enum Cues {
    /// Builds a key set from words (each one token as ICU cuts it).
    static func keys(_ words: [String]) -> KeySet {
        KeySet(words.map { TokenKey.key($0) })
    }

    /// Small closed word lists used inside the detectors' per-token logic.
    static let copulas = keys(["is", "was"])
    /// Nouns after which a capitalised word names a family ("the Wade residence").
    static let householdNouns = keys(["family", "families", "residence", "house", "home", "household", "kids", "boys", "girls", "brothers",
                                      "sisters", "place", "property", "farm", "ranch", "trailer", "compound", "homestead", "clan"])
    /// The nations of the United Kingdom, which place lists also carry as regions.
    static let ukNations = keys(["england", "scotland", "wales", "britain"])
    /// Languages, which country lists also carry as demonyms: "in English" is no place.
    static let languages = keys(["english", "spanish", "french", "german", "italian", "portuguese", "russian", "chinese", "mandarin",
                                 "cantonese", "vietnamese", "korean", "japanese", "arabic", "somali", "polish", "tagalog", "hmong",
                                 "punjabi", "hindi", "urdu", "farsi", "persian", "greek", "turkish", "ukrainian", "amharic", "swahili"])
    /// Determiners before which an ordinary capitalised word is a noun ("the Park").
    static let determiners = keys(["the", "a", "an", "this", "that", "our", "their", "every", "each"])
    /// Possessive pronouns before a noun ("my Silverado", "his Sierra").
    static let possessivePronouns = keys(["my", "his", "her", "your", "its", "whose"])
    /// Determiners that open an appositive after a name ("Hope, the crisis worker", "Joy, my neighbor").
    static let appositiveLeads = keys(["the", "a", "an", "my", "our", "his", "her", "their"])
    static let nameNoun = TokenKey.key("name")
    static let fromKey = TokenKey.key("from")
    static let ofKey = TokenKey.key("of")
    static let theKey = TokenKey.key("the")
    static let facilityKey = TokenKey.key("facility")
    static let conjunctions = keys(["and", "&", "or"])
    /// The writer in "me and tomasz", "tomasz and i".
    static let writerPronouns = keys(["me", "i", "myself"])
    static let cueWords = keys(["called", "named", "nicknamed", "aka", "name", "alias", "dubbed", "titled"])
    static let weakCueWords = keys(["as", "by"])
    /// Words before a name read back in record order, surname first ("your subject Lomax,
    /// Shelby Rae", "RP Armendariz, Lupe").
    static let recordCueWords = keys(["subject", "suspect", "party", "rp", "driver", "registered", "owner", "returns", "inmate", "defendant"])
    /// "we call Biscuit", "everybody calls him Tiny": the present of "call" names someone
    /// after a group as its subject or before an object pronoun.
    static let presentCallWords = keys(["call", "calls"])
    /// Animal nouns that name the animal when a capitalised word follows ("his dog Bandit",
    /// "the horse, Biscuit,"): a police dog's or a pet's name points at its handler or owner.
    static let animalWords = keys(["dog", "puppy", "pup", "mutt", "pitbull", "canine", "horse", "mare", "gelding", "stallion", "pony",
                                   "mule", "cat", "kitten"])
    /// Contractions written without their apostrophe in quick writing ("the suspect isnt
    /// going anywhere", "my partner didnt see it"): verbs, never names.
    static let bareContractions = keys(["isnt", "wasnt", "arent", "werent", "dont", "doesnt", "didnt", "cant", "couldnt", "wouldnt",
                                        "shouldnt", "wont", "hasnt", "havent", "hadnt", "aint", "mustnt", "neednt"])
    /// One-word holidays that also name people or towns (Christmas, Easter): before a
    /// lower-case noun they name the holiday's goods ("a Christmas gift", "Halloween candy").
    static let holidayWords = keys(["christmas", "easter", "halloween", "thanksgiving", "hanukkah", "kwanzaa", "valentine", "valentines"])
    /// Words that close a holiday's name ("Christmas Eve", "Easter Sunday").
    static let holidayTails = keys(["eve", "day", "sunday", "monday", "morning", "night", "weekend"])
    static let namingGroups = keys(["we", "they", "everybody", "everyone", "people", "folks", "guys", "kids", "friends", "regulars"])
    static let objectPronouns = keys(["him", "her", "them"])
    /// "calls himself K-Dog", "called herself Peaches": a reflexive after "call" names the subject.
    static let reflexivePronouns = keys(["himself", "herself", "themselves", "themself"])
    /// "goes by Peewee", "going by Rico": "by" after "go" introduces the name someone uses
    /// ("went by" stays out: "we went by Kroger" is a visit).
    static let goingWords = keys(["go", "goes", "going"])
    /// "by" after "go" ("goes by Peewee").
    static let byKey = TokenKey.key("by")
    /// "miss", a title or the noun after "near" or a determiner ("a near miss").
    static let missKey = TokenKey.key("miss")
    /// Quantifiers and plural verbs after a list of people ("Tran, Okafor and Lindqvist all saw it").
    static let listQuantifiers = keys(["all", "both", "each", "were", "are", "have", "had", "agreed", "say"])
    /// Greetings and calls for attention before a vocative ("Hey Pooh,", "Listen, Boo,").
    static let greetings = keys(["hey", "yo", "hi", "hello", "listen", "look", "okay", "ok", "c'mon", "bye", "thanks"])
    /// Slang terms of address that stand where a name would ("Bro, drop it", "Cuz, listen").
    static let addressTerms = keys(["bro", "bruh", "cuz", "dawg", "homie", "fam", "dude", "sis", "bruv", "mang"])
    /// Words for parents and grandparents used as forms of address ("Mom", "Grandpa").
    static let familyAddressTerms = keys(["mom", "dad", "mommy", "daddy", "mama", "momma", "mamma", "papa", "pops", "grandma", "grandpa",
                                          "granny", "nana", "gramma", "grampa", "abuela", "abuelo", "mother", "father"])
    /// Who a radio call addresses when it is no person ("Hello Central, this is car four").
    static let radioAddressees = keys(["central", "control", "base", "radio", "dispatch", "county", "command", "units", "everybody", "everyone",
                                       "guys", "folks", "team", "squad"])
    /// Nouns that open a list of names after a colon ("gave us three names: Boo, Scooter …").
    static let nameListNouns = keys(["names", "nicknames", "aliases", "monikers", "aka", "akas"])
    /// Dotted short forms of the generic agency words ("the S.O.", "the P.D.").
    static let dottedAgencyWords = keys(["s.o", "p.d", "s.d", "so", "pd", "sd"])
    /// "near", which makes a following lower-case "miss" the noun.
    static let nearKey = TokenKey.key("near")
    /// "Bam, whose real name is …": adjectives between "whose" and "name".
    static let nameAdjectives = keys(["real", "actual", "legal", "full", "given", "first", "last", "true", "street"])
    /// "whose", opening "whose real name is …" after a nickname.
    static let whoseKey = TokenKey.key("whose")
    /// Possessive pronouns after a copula before a role ("Tank was his cousin", "Biscuit is her brother").
    static let predicatePossessives = keys(["his", "her", "their", "my", "our"])
    /// Pronouns that take a predicate like a name does ("Nobody was his friend").
    static let indefinitePronouns = keys(["nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "whoever",
                                          "whomever", "none", "noone", "no-one", "another", "neither", "either", "each", "one", "who"])
    /// Relatives and companions named in a predicate ("Sissy was his sister"); narrower than
    /// ``roles``, which also holds naming words and generic nouns.
    static let kinRoles = keys(["brother", "sister", "cousin", "mother", "father", "mom", "dad", "son", "daughter", "uncle", "aunt", "nephew",
                                "niece", "grandson", "granddaughter", "grandmother", "grandfather", "grandma", "grandpa", "wife", "husband",
                                "boyfriend", "girlfriend", "ex", "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "fiancé", "fiance",
                                "fiancée", "friend", "roommate", "partner", "stepfather", "stepmother", "stepson", "stepdaughter", "stepbrother",
                                "stepsister", "half-brother", "half-sister", "neighbor", "neighbour", "coworker", "co-worker", "landlord",
                                "tenant", "cellmate", "buddy", "babysitter", "caregiver", "dealer", "pimp", "supplier", "brother-in-law",
                                "sister-in-law", "godson", "goddaughter", "godmother", "godfather"])
    static let placeNouns = keys(["bar", "restaurant", "store", "shop", "club", "motel", "hotel", "apartments", "complex", "place", "church",
                                  "street", "road", "town", "city", "park", "lounge", "tavern", "diner", "cafe", "market", "station",
                                  "neighborhood", "trailer", "campground", "business", "company", "gym", "school", "hospital", "mall",
                                  "plaza", "village", "subdivision", "spot", "joint", "pub", "saloon"])
    static let movementPrepositions = keys(["to", "into", "at"])
    static let movementVerbs = keys(["taken", "transported", "admitted", "booked", "rushed", "airlifted", "flown", "driven", "brought",
                                     "transferred", "committed", "jailed", "lodged", "hospitalized", "hospitalised", "treated", "released"])
    static let compassWords = keys(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "downtown",
                                    "uptown", "midtown"])

    /// ``pluralRanks`` as token keys.
    static let pluralRankKeys = keys(Array(pluralRanks))
    /// Ranks in the plural, written before a list of surnames ("Officers Lane, Ruiz and Cole").
    static let pluralRanks: Set<String> = [
        "officers", "deputies", "detectives", "troopers", "sergeants", "sgts", "agents", "constables", "lieutenants", "inspectors",
        "corporals", "captains", "messrs", "drs", "doctors", "nurses", "judges", "ofcs", "deps", "dets",
    ]

    /// Ranks, titles and honorifics that precede a name ("Deputy Dana Whitfield", "Sgt. Lane").
    static let titles: KeySet = keys([
        "officer", "ofc", "offr", "deputy", "dep", "dept", "sergeant", "sgt", "detective", "det", "lieutenant", "lt", "captain", "capt", "cpt",
        "trooper", "tpr", "constable", "const", "corporal", "cpl", "agent", "chief", "sheriff", "undersheriff", "marshal", "inspector", "insp",
        "commander", "cmdr", "major", "maj", "colonel", "col", "mr", "mrs", "ms", "miss", "mx", "mister", "missus", "dr", "judge", "justice", "nurse", "father", "fr",
        "pastor", "reverend", "rev", "patrolman", "patrolwoman", "po", "p.o", "ranger", "warden", "investigator", "inv", "dispatcher", "paramedic",
        "medic", "firefighter", "coach", "professor", "prof", "uncle", "aunt", "auntie", "grandma", "grandpa", "grandmother", "grandfather",
        "supervisor", "superintendent", "commissioner", "councilman", "councilwoman", "mayor", "senator", "governor", "ssgt", "sfc", "pfc", "spc",
        "pvt", "chaplain", "bailiff", "cadet", "recruit", "handler", "k9", "k-9", "sr", "snr", "det.sgt", "sgt.", "tfc", "dsgt", "msgt",
        "specialist", "cst", "ptl", "ptlm", "cpo", "dc", "ds", "pc", "psgt", "di", "dci", "insp", "supt", "ofcr", "trp", "cprl", "agt", "sa",
        "rp", "susp", "subj", "vict", "comp", "wit", "caller", "agente", "sargento", "teniente", "capitán", "capitan", "oficial", "comandante",
        "sra", "srta", "dusm", "tfo", "vpso", "bpa", "garda", "gardaí", "senior", "sen", "ldg", "cbpo", "madam", "sir", "dame", "lady", "lord", "imam", "rabbi", "bishop", "elder", "brother", "sister",
        // Abbreviated plural ranks before a list of names ("Sgts. Pillai and Washington"); the
        // whole words ("Officers OK", "Troopers needed") are as often plain nouns.
        "sgts", "lts", "cpls", "dets", "ofcs",
    ])

    /// Honorifics that precede only a name: after them even an ordinary word that is a
    /// listed surname is the name ("mrs. long", "Mr. Strong").
    static let honorifics = keys(["mr", "mrs", "ms", "miss", "mx", "mister", "missus"])

    /// Titles that are also common surnames: after another title they are the name
    /// ("Sgt. Bishop", "Officer Pastor", "Det. Judge").
    static let titleSurnames = keys(["bishop", "pastor", "judge", "major", "marshal", "warden", "coach", "nurse", "ranger", "chaplain",
                                     "mayor", "sheriff", "constable", "elder", "dean", "deacon", "king", "knight", "prior", "abbott"])
    /// Titles that are also given names: after another title and before a name they are
    /// the given name ("Officer Justice Okeke", "Deputy Major Tillman", "Sgt. Dean Hollis").
    static let titleGivenNames = keys(["justice", "major", "dean", "king", "prince"])
    /// Titles that form a rank with a title after them ("Deputy Marshal", "Chief Judge").
    static let rankCompoundLeads = keys(["deputy", "dep", "chief", "assistant", "asst", "under", "head", "high", "lord", "master", "senior", "snr", "sr",
                                         "sen", "ldg"])
    static let majorKey = TokenKey.key("major")
    /// Nouns after "Major" that make a unit's name, not a person ("Major Crimes Unit").
    static let majorUnitNouns = keys(["crimes", "crime", "case", "cases", "accident", "accidents", "incident", "incidents", "crash", "crashes",
                                      "collision", "collisions", "investigations", "narcotics", "felony", "felonies", "offenses", "offences",
                                      "events", "disaster", "disasters", "theft", "thefts", "fraud"])
    /// "Sergeant Major", "Drum Major", "Staff Major".
    static let majorRankLeads = keys(["sergeant", "sgt", "drum", "staff", "command", "msgt", "ssgt"])

    /// Plural role nouns that open sentences as subjects ("Neighbors called", "Witnesses
    /// said"); some are surnames too, but a plural at a sentence start is the noun.
    static let pluralRoles = keys(["neighbors", "neighbours", "witnesses", "residents", "bystanders", "callers", "victims", "suspects",
                                   "passengers", "drivers", "parents", "relatives", "cousins", "guards", "nurses", "medics", "tenants",
                                   // Collective nouns act the same way ("Staff said the door was locked").
                                   "staff", "security", "management", "dispatch", "crews", "employees", "workers", "customers"])

    /// Role nouns after which a name follows, often after a comma ("my partner Will",
    /// "The complainant, Nguyễn Thị Bích Ngọc,").
    static let roles: KeySet = keys([
        "partner", "suspect", "driver", "passenger", "victim", "complainant", "caller", "witness", "neighbor", "neighbour", "wife", "husband",
        "boyfriend", "girlfriend", "son", "daughter", "brother", "sister", "mother", "father", "mom", "dad", "friend", "roommate", "owner",
        "manager", "clerk", "employee", "bouncer", "cousin", "nephew", "niece", "grandson", "granddaughter", "stepfather", "stepson", "stepdaughter",
        "ex", "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "fiancé", "fiance", "fiancée", "landlord", "tenant", "resident", "homeowner",
        "subject", "defendant", "inmate", "prisoner", "juvenile", "student", "teacher", "principal", "coworker", "co-worker", "named", "name",
        "nicknamed", "aka", "a.k.a", "alias", "identified", "called", "known", "shooter", "gunman", "attacker", "assailant", "male", "female",
        "man", "woman", "guy", "boy", "girl", "kid", "teen", "teenager", "child", "baby", "toddler", "mechanic", "worker", "agent", "nurse",
        "doctor", "paramedic", "ems", "medic", "guard", "bartender", "cashier", "attendant", "operator", "dispatcher", "trainee", "rookie",
        "sergeant", "lieutenant", "captain", "deputy", "officer", "trooper", "detective", "corporal", "supervisor", "boss", "chief", "dog",
        "k9", "canine", "handler", "maintenance", "foreman", "superintendent", "coordinator", "counselor", "caseworker", "advocate", "interpreter",
        "translator", "informant", "ci", "source", "tipster", "relative", "uncle", "aunt", "grandmother", "grandfather", "grandma", "grandpa",
        "aide", "host", "hostess", "conductor", "technician", "tech", "waitress", "waiter", "server", "cook", "janitor", "custodian",
        "receptionist", "secretary", "teller", "pharmacist", "assistant", "intern", "volunteer", "cabbie", "courier", "trucker", "lifeguard",
        "horse", "mare", "gelding", "stallion", "fto", "cto", "regular", "transient", "drifter", "panhandler", "patron", "customer", "squatter", "trespasser",
        "veteran",
    ])

    /// Prepositions between a role word and a capitalised word: the word belongs to a new
    /// phrase ("the caller by the Lighthouse"), not to the role ("of" may: "the son of Ramirez";
    /// so may the prepositions that take people: "my partner with Will", "the driver for Rose").
    static let roleBarriers = keys(["in", "at", "on", "by", "near", "into", "onto", "toward", "towards", "through", "across",
                                    "past", "outside", "inside", "behind", "under", "over"])
    /// One-word answers that make a sentence of their own ("No.", "Yes.").
    static let answerWords = keys(["no", "yes", "nope", "yep", "yeah"])

    /// Role words that are strong enough alone (the name right after them is a person).
    static let strongRoles: KeySet = keys([
        "partner", "suspect", "driver", "passenger", "victim", "complainant", "caller", "witness", "neighbor", "neighbour", "wife", "husband",
        "boyfriend", "girlfriend", "son", "daughter", "brother", "sister", "mother", "father", "mom", "dad", "friend", "roommate", "owner",
        "manager", "clerk", "bouncer", "cousin", "nephew", "niece", "named", "nicknamed", "aka", "alias", "dispatcher", "dog", "k9", "canine",
        "stepfather", "stepson", "fiancé", "fiance", "landlord", "tenant", "shooter", "gunman", "informant", "interpreter", "translator",
        "boss", "coworker", "co-worker", "grandson", "granddaughter", "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "relative",
        "bf", "gf", "hubby", "baby-daddy", "babydaddy", "sgt", "ofc", "passenger", "operator", "rp", "caller", "susp", "vict", "comp", "wit",
        "aide", "conductor", "technician", "waitress", "waiter", "janitor", "custodian", "receptionist", "secretary", "teller", "pharmacist",
        "cabbie", "courier", "trucker", "lifeguard", "hostess", "horse", "mare", "gelding", "stallion",
    ])

    /// Police-dog words beside ``animalWords`` that reach over function words as roles
    /// ("K9 Rook", "my K-9 is Justice").
    static let animalRoles = keys(["k9", "k-9"])
    /// Verbs of riding: the capitalised word right after them is a horse ("rides Thunder").
    static let ridingVerbs = keys(["ride", "rides", "rode", "riding"])

    /// Verbs that, right after a capitalised word, show it is a person acting
    /// ("Rose called back", "Hunter kept the rifle") — unlike "Hope is not a tactic".
    static let actionVerbs: KeySet = keys([
        "said", "says", "told", "tells", "asked", "asks", "called", "calls", "yelled", "shouted", "screamed", "kept", "got", "ran", "went", "took",
        "paid", "drove", "came", "saw", "shot", "fired", "stepped", "put", "looked", "turned", "walked", "knocked", "opened", "radioed", "answered",
        "arrived", "tried", "made", "found", "gave", "held", "moved", "pulled", "pushed", "grabbed", "followed", "stopped", "started", "jumped",
        "fell", "hit", "noticed", "heard", "handed", "reached", "waited", "covered", "cleared", "approached", "replied", "admitted", "explained",
        "agreed", "refused", "wanted", "needed", "decided", "managed", "helped", "stayed", "left", "returned", "would", "could", "did", "didn't",
        "wasn't", "had", "has", "was", "is", "who", "whispered", "screamed", "cried", "laughed", "nodded", "smiled", "swore", "lied", "confessed",
        "testified", "reported", "texted", "wrote", "met", "lives", "lived", "works", "worked", "owns", "owned", "got", "hollered", "broke",
        "tackled", "dragged", "punched", "kicked", "stabbed", "swung", "charged", "lunged", "reached", "dove", "ducked", "drew", "aimed",
        "pointed", "watched", "spotted", "recognized", "recognised", "keyed", "transmitted", "responded", "showed", "pulled", "parked",
        "stood", "sat", "knelt", "slipped", "tripped", "climbed", "crawled", "backed", "ran", "sprinted", "chased", "caught", "cuffed",
        "handcuffed", "searched", "patted", "frisked", "arrested", "booked", "transported", "applied", "gets", "goes", "runs", "keeps",
        "complied", "stated", "fled", "exited", "resisted", "refused", "threatened", "displayed", "brandished",
        "slapped", "threw", "tossed", "dropped", "knew", "talked", "spoke", "yanked", "shoved", "fought", "wrestled", "lifted", "unloaded",
        "disarmed", "restrained", "thanked", "hugged", "whistled", "signaled", "signalled", "waved", "rolled", "kicked", "jerked", "snatched",
        "warned", "begged", "flagged", "offered", "promised", "insisted", "denied",
        "will", "can", "should", "might", "must", "never", "always", "also", "then", "still", "just", "and", "'s", "’s",
    ])

    /// Speech verbs after a name typed in lower case in a text thread ("ronnie says hes outside").
    static let speechVerbs: KeySet = keys(["says", "said", "sez", "texted", "told", "asked", "wants", "thinks", "yelled"])
    /// Verbs of speaking after which a capitalised word, directly or after "in", is a
    /// language ("spoke Tamil", "talked to him in Tigrinya").
    /// (Not "said", "asked" or "told": "said he lives in Tuba" names a place.)
    static let languageVerbs: KeySet = keys(["spoke", "speak", "speaks", "speaking", "talked", "talking", "talks", "answered",
                                             "translated", "prayed", "interpreted", "replied"])
    /// Verbs of telling before a name typed in lower case ("tell gutierrez", "ask okafor").
    static let tellingVerbs: KeySet = keys(["tell", "ask", "text", "call", "told", "asked", "texted", "called", "radio", "page", "ping",
                                             "says", "said", "name", "named", "nicknamed"])

    /// Verbs too common after ordinary words to count alone at a sentence start.
    static let weakVerbs: KeySet = keys(["is", "was", "has", "had", "will", "can", "should", "might", "must", "never", "always", "also", "then", "still", "just", "and", "would", "could", "did"])

    /// Prepositions that put the capitalised words after them in a place.
    static let placePrepositions: KeySet = keys([
        "in", "near", "from", "to", "at", "outside", "of", "toward", "towards", "through", "into", "across", "around", "past", "via", "between",
        "on", "off", "below", "above", "downtown", "uptown", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "rural", "central",
        "suburban", "outskirts", "edge", "within", "inside", "beyond", "by", "leaving", "entering", "reach", "visit", "visiting", "moved",
    ])

    /// Particles that may sit inside a name ("Abu Bakr al-Siddiqi", "Ludwig van Beethoven", "José de la Cruz").
    static let particles: KeySet = keys([
        "de", "del", "della", "la", "le", "van", "von", "der", "den", "da", "das", "dos", "di", "du", "bin", "bint", "ibn", "al", "el", "abu",
        "st", "ter", "ten", "y", "e", "ap", "mac", "o", "lo", "los", "las", "des", "dei", "degli", "ben", "ould", "bat", "binti", "bte",
        "ni", "nic", "ui", "mhic", "vander", "vanden", "zu", "zum", "af", "av",
    ])
    /// "st" is a particle inside a run ("Cody St John") but not before one ("1st st").
    static let saintKey = TokenKey.key("st")
    static let inKey = TokenKey.key("in")

    /// Function words that are never names even when capitalised (sentence starts, headings).
    static let stopWords: KeySet = keys([
        "the", "a", "an", "and", "or", "but", "if", "then", "when", "while", "as", "at", "by", "for", "from", "in", "into", "of", "on", "onto",
        "to", "with", "without", "he", "she", "it", "they", "we", "i", "you", "me", "him", "her", "them", "us", "my", "our", "his", "their",
        "its", "your", "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom", "whose", "why", "how", "where",
        "after", "before", "during", "until", "since", "because", "so", "not", "no", "yes", "all", "any", "some", "every", "each", "both",
        "either", "neither", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "about", "around", "over", "under",
        "up", "down", "out", "off", "again", "once", "only", "also", "just", "very", "too", "still", "even", "now", "later", "soon", "never",
        "always", "sometimes", "often", "usually", "maybe", "perhaps", "okay", "ok", "well", "oh", "hey", "is", "was", "are", "were", "be",
        "been", "being", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should", "shall", "may", "might", "must",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "god", "lord", "jesus", "christ", "lessons", "learned", "summary", "event",
        "narrative", "report", "incident", "note", "notes", "update", "supplement", "supplemental", "dispatch", "cad", "unit", "units",
        // Spanish function words and interjections in code-switched narratives ("Oye, está bien, nadie …").
        "oye", "oiga", "está", "esta", "están", "estaba", "nada", "nadie", "pero", "pues", "bien", "aquí", "allí", "ahí", "ahora",
        "entonces", "también", "porque", "nunca", "siempre", "todo", "todos", "usted", "ustedes", "nosotros", "ellos", "órale", "ándale",
        "mijo", "mija", "vámonos", "dios", "qué", "cómo", "dónde", "cuándo", "sí", "muy", "ya", "adentro", "afuera", "dice", "dijo",
        "llegamos", "sarge",
        // French function words in Quebec and bilingual narratives ("Je travaille pour la …"); "Le", "La",
        // "Les", "Du" and "Elle" stay out: they are also surnames and given names.
        "je", "nous", "vous", "ils", "avec", "dans", "vers", "chez", "mais", "donc", "puis", "alors", "ensuite",
    ])

    /// Spanish articles that are also listed first names ("Una"): never the given name of a
    /// lower-case pair ("una casa", "una pelea").
    static let spanishArticles = keys(["una", "unas", "unos"])

    /// Determiners, pronouns, prepositions and conjunctions: never the first word of a
    /// name even when a name list contains them ("My", "In", "An" are in the Census lists).
    static let functionWords: KeySet = keys([
        "the", "a", "an", "and", "or", "but", "if", "my", "our", "his", "her", "their", "its", "your", "this", "that", "these", "those",
        "to", "of", "in", "on", "at", "by", "for", "from", "with", "he", "she", "it", "they", "we", "i", "you", "me", "him", "them", "us",
        "as", "so", "no", "not", "all", "any", "some", "every", "each", "both", "there", "here", "what", "which", "who", "when", "where",
        "why", "how", "then", "than", "into", "onto", "upon", "after", "before", "during", "until", "since", "because", "while", "do", "is",
    ])

    /// A county's facilities written after it in lower case ("niobrara county jail").
    static let countyFacilities = keys(["jail", "detention", "courthouse", "hospital", "fairgrounds", "lockup", "correctional", "prison", "morgue"])
    /// Second words of those facilities ("detention center", "correctional facility").
    static let facilityTails = keys(["center", "centre", "facility", "complex", "institution"])
    /// Last words that make a capitalised run a named place or institution.
    static let placeHeads: KeySet = keys([
        "university", "college", "school", "academy", "hospital", "clinic", "church", "cathedral", "mosque", "temple", "synagogue", "apartments",
        "park", "center", "centre", "mall", "plaza", "motel", "hotel", "inn", "lodge", "casino", "stadium", "arena", "library", "jail", "prison",
        "courthouse", "station", "airport", "terminal", "cemetery", "bridge", "tunnel", "lake", "river", "creek", "beach", "market", "store",
        "restaurant", "bar", "tavern", "pub", "diner", "cafe", "club", "gym", "bank", "pharmacy", "estates", "village", "manor", "towers", "homes",
        "spa", "salon", "nails", "barbershop", "laundromat", "grill", "motors", "garage",
        "mine", "quarry", "campground", "trailhead", "marina", "reservoir", "canyon", "mesa", "butte", "fairgrounds", "grounds", "resort",
        "roadhouse", "elevator", "reservation", "rancheria",
        "bbq", "barbecue", "smokehouse", "steakhouse", "saloon", "cantina", "taqueria", "pizzeria", "bakery", "brewery", "winery",
        "distillery", "speedway", "raceway", "truckstop",
        "festival", "fest", "carnival", "expo", "amphitheater", "amphitheatre", "coliseum", "pavilion", "ballpark", "auditorium", "fieldhouse",
        "chapel", "tabernacle", "living",
        "street", "avenue", "ave", "road", "boulevard", "blvd", "highway", "hwy", "parkway", "pkwy", "lane", "drive",
    ])

    /// Trade words that end a business's name ("Brantley Outdoor Supply", "Acme Towing"):
    /// a capitalised run ending in one is no compound surname.
    static let businessTails: KeySet = keys([
        "supply", "supplies", "outfitters", "hardware", "lumber", "feed", "tire", "tires", "pawn", "towing", "hauling", "trucking",
        "freight", "construction", "roofing", "plumbing", "electric", "landscaping", "auto", "outdoors", "outdoor", "farms", "farm",
        "ranch", "realty", "rentals", "storage", "salvage", "transport", "logistics", "industries", "enterprises", "holdings",
    ])

    /// Generational suffixes that belong to a name.
    static let generationalSuffixes: KeySet = keys(["jr", "sr", "ii", "iii", "iv", "jnr", "snr"])

    /// Words after which a name follows ("named", "called", "aka").
    static let namingWords: KeySet = keys(["named", "called", "nicknamed", "aka", "alias", "dubbed"])

    /// Adjectives that form street nicknames with a name ("Big Tone", "Lil Mike", "Baby Ray").
    static let nicknamePrefixes: KeySet = keys(["big", "little", "lil", "lil'", "baby", "young", "old", "fat", "slim", "tiny", "crazy", "pretty", "mister"])

    /// Last words of a capitalised run that name a police command ("APD Zone", "JFK Command").
    static let commandWords: KeySet = keys(["zone", "district", "division", "div", "precinct", "pct", "troop", "sector", "command", "detachment", "substation", "barracks"])
    /// Nouns of an operation's rooms, desks and departments, capitalised in police writing
    /// ("from Rail Control", "to Fire Dispatch", "in Human Resources"): no place's name.
    static let operationsNouns = keys(["control", "dispatch", "comms", "ops", "base", "headquarters", "hq", "range", "desk", "room", "lobby",
                                       "resources", "works", "management", "enforcement", "relations", "accounting", "maintenance", "payroll",
                                       "billing", "admissions", "compliance", "security", "safety", "insurance"])
    /// Last words of a capitalised run that name a team, shift, unit or squad ("Dundee Response
    /// Team", "Tri-City Tactical Unit").
    static let unitWords = keys(["team", "shift", "unit", "squad"])
    /// Place words written before the name they head ("Lake Havasu", "Fort Hood", "Mount Hood").
    static let placeHeadsFirst = keys(["lake", "mount", "mt", "fort", "ft", "cape", "isla", "lago", "bayou", "glacier", "lac", "colonia", "barrio",
                                       "rancho"])
    /// Words between a chain's name and its store number ("Family Dollar store #8841").
    static let storeWords = keys(["store", "location", "branch", "unit"])
    static let numberAbbreviationKey = TokenKey.key("no")
    /// Words that close a department's subdivision after a functional unit ("Records
    /// Branch", "Patrol Section", "Traffic Bureau"): a job, not a person.
    static let subdivisionWords = keys(["branch", "section", "bureau", "detail", "office", "desk"])
    /// Functional units before a command word: they name a job, not a place or command.
    static let functionalUnits: KeySet = keys([
        "patrol", "traffic", "investigation", "investigations", "investigative", "criminal", "narcotics", "homicide", "detective", "detectives",
        "operations", "support", "special", "tactical", "records", "communications", "training", "juvenile", "vice", "intelligence", "field",
        "services", "uniform", "canine", "k9", "marine", "aviation", "motor", "administrative", "professional", "standards", "internal", "affairs",
    ])

    /// Words of an agency's name that are never a person's name ("Houston Police Department").
    static let agencyWords = keys(["police", "bureau", "agency", "troopers", "constabulary"])

    /// Head words that make a capitalised run an organisation rather than a person.
    static let orgHeads: KeySet = keys([
        "police", "sheriff", "sheriff's", "sheriff’s", "department", "dept", "office", "patrol", "troopers", "bureau", "agency", "division",
        "court", "university", "college", "school", "hospital", "company", "inc", "llc", "corp", "corporation", "co", "ltd", "group",
        "association", "foundation", "services", "service", "authority", "commission", "council", "county", "city", "state", "district",
        "academy", "center", "centre", "church", "bank", "club", "team", "unit", "task", "force", "station", "precinct", "squad",
    ])
}
