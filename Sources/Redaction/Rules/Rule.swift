/// One detection rule of a rule pack: a PCRE2 pattern with a label, a score, optional
/// context words and optional validators.
///
/// ```json
/// { "id": "badge.after-keyword", "label": "BADGE", "score": 0.9,
///   "pattern": "(?i:badge|shield)\\s*(?:#|no\\.?)?\\s*\\K[A-Z0-9][A-Z0-9-]{1,9}",
///   "context": { "words": ["officer", "deputy"], "before": 6, "boost": 0.05 },
///   "validators": ["has-digit"],
///   "reason": "Numbers right after a badge keyword are badge numbers." }
/// ```
public struct Rule: Sendable, Hashable, Codable {
    /// Context words near a match that raise its score or are required for it.
    public struct Context: Sendable, Hashable, Codable {
        /// The words (case- and accent-insensitive; one token each, e.g. "badge", "#", "tel").
        public var words: [String]
        /// How many non-space tokens before the match to look at.
        public var before: Int
        /// How many non-space tokens after the match to look at.
        public var after: Int
        /// When true a match without a context word is dropped.
        public var required: Bool
        /// Added to the score when a context word is found (capped at 1).
        public var boost: Double

        /// Creates a context requirement.
        public init(words: [String], before: Int = 3, after: Int = 0, required: Bool = false, boost: Double = 0.15) {
            self.words = words
            self.before = before
            self.after = after
            self.required = required
            self.boost = boost
        }

        enum CodingKeys: String, CodingKey { case words, before, after, required, boost }

        /// Decodes with defaults for the optional keys.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            words = try container.decode([String].self, forKey: .words)
            before = try container.decodeIfPresent(Int.self, forKey: .before) ?? 3
            after = try container.decodeIfPresent(Int.self, forKey: .after) ?? 0
            required = try container.decodeIfPresent(Bool.self, forKey: .required) ?? false
            boost = try container.decodeIfPresent(Double.self, forKey: .boost) ?? 0.15
        }
    }

    /// Where a rule can match, so it runs only near those places: tokens containing digits,
    /// listed words, capitals, or characters. A match must start within `before` bytes
    /// before a trigger. A rule without a trigger searches the whole document.
    ///
    /// ```json
    /// "trigger": { "words": ["badge", "shield"], "before": 0 }
    /// ```
    public struct Trigger: Sendable, Hashable, Codable {
        /// Tokens that contain an ASCII digit.
        public var digits: Bool
        /// Tokens equal to one of these words (case- and accent-insensitive).
        public var words: [String]
        /// Any of these characters in the text.
        public var characters: String
        /// Upper-case tokens of two or more letters.
        public var capitals: Bool
        /// How many bytes before a trigger a match may start.
        public var before: Int
        /// The listed words trigger only when written with a capital first letter: for a
        /// case-sensitive pattern that spells its keywords only Capitalised or in CAPITALS,
        /// "went home" cannot match where "Oak Park Home" can.
        public var capitalisedWords: Bool

        /// Creates a trigger.
        public init(digits: Bool = false, words: [String] = [], characters: String = "", capitals: Bool = false, before: Int = 0,
                    capitalisedWords: Bool = false) {
            self.digits = digits
            self.words = words
            self.characters = characters
            self.capitals = capitals
            self.before = before
            self.capitalisedWords = capitalisedWords
        }

        enum CodingKeys: String, CodingKey { case digits, words, characters, capitals, before, capitalisedWords }

        /// Decodes with defaults for the optional keys.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            digits = try c.decodeIfPresent(Bool.self, forKey: .digits) ?? false
            words = try c.decodeIfPresent([String].self, forKey: .words) ?? []
            characters = try c.decodeIfPresent(String.self, forKey: .characters) ?? ""
            capitals = try c.decodeIfPresent(Bool.self, forKey: .capitals) ?? false
            before = try c.decodeIfPresent(Int.self, forKey: .before) ?? 0
            capitalisedWords = try c.decodeIfPresent(Bool.self, forKey: .capitalisedWords) ?? false
        }
    }

    /// Unique id, e.g. `phone.nanp`. Used to disable the rule and in every audit entry.
    public var id: String
    /// The label of what it finds.
    public var label: Label
    /// The PCRE2 pattern (UTF mode). Write digits as `[0-9]`; use `\K` or ``group`` to
    /// leave a keyword outside the reported span.
    public var pattern: String
    /// Base confidence in 0...1.
    public var score: Double
    /// Match case-insensitively.
    public var caseless: Bool
    /// The capture group whose range is reported (0 or absent: the whole match).
    public var group: Int
    /// Context words.
    public var context: Context?
    /// Names of Swift validators that must all accept the matched text (see ``Validators``).
    public var validators: [String]
    /// Why the rule exists — the generalisation it encodes.
    public var reason: String?
    /// Where the rule can match (absent: everywhere).
    public var trigger: Trigger?

    /// Creates a rule.
    public init(id: String, label: Label, pattern: String, score: Double, caseless: Bool = false, group: Int = 0,
                context: Context? = nil, validators: [String] = [], reason: String? = nil, trigger: Trigger? = nil) {
        self.id = id
        self.label = label
        self.pattern = pattern
        self.score = score
        self.caseless = caseless
        self.group = group
        self.context = context
        self.validators = validators
        self.reason = reason
        self.trigger = trigger
    }

    enum CodingKeys: String, CodingKey { case id, label, pattern, score, caseless, group, context, validators, reason, trigger }

    /// Decodes with defaults for the optional keys.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(Label.self, forKey: .label)
        pattern = try container.decode(String.self, forKey: .pattern)
        score = try container.decodeIfPresent(Double.self, forKey: .score) ?? 0.8
        caseless = try container.decodeIfPresent(Bool.self, forKey: .caseless) ?? false
        group = try container.decodeIfPresent(Int.self, forKey: .group) ?? 0
        context = try container.decodeIfPresent(Context.self, forKey: .context)
        validators = try container.decodeIfPresent([String].self, forKey: .validators) ?? []
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
        trigger = try container.decodeIfPresent(Trigger.self, forKey: .trigger)
    }
}
