import Foundation

/// Names, places and allow-listed phrases, looked up by folded token keys.
///
/// Every entry — one token ("Whitfield") or several ("San Luis Obispo", "Terry v. Ohio") —
/// is stored as the combined key of its tokens in one hash table with a bit per list, so
/// a look-up is one hash probe per token and never builds a `String`. Multi-token entries
/// also mark their prefixes, so the longest match is found by extending while a prefix
/// is known.
struct Gazetteer: Sendable {
    /// The version of the generated lists (from `manifest.json`).
    let version: String
    private let entries: KeyTable<GazetteerFlags>
    /// The longest entry, in non-space tokens.
    let maxTokens: Int

    /// Which list files feed which flag.
    static let files: [(String, GazetteerFlags)] = [
        ("gazetteer/first-names.txt", .firstName),
        ("gazetteer/surnames.txt", .surname),
        ("gazetteer/english-words.txt", .englishWord),
        ("gazetteer/us-places.txt", .usPlace),
        ("gazetteer/us-states.txt", .usState),
        ("gazetteer/us-state-codes.txt", .stateCode),
        ("gazetteer/us-counties.txt", .county),
        ("gazetteer/ca-places.txt", .foreignPlace),
        ("gazetteer/ca-province-codes.txt", .stateCode),
        ("gazetteer/uk-places.txt", .foreignPlace),
        ("gazetteer/au-places.txt", .foreignPlace),
        ("gazetteer/nz-places.txt", .foreignPlace),
        ("gazetteer/world-cities.txt", .worldCity),
        ("gazetteer/countries.txt", .country),
        ("gazetteer/street-suffixes.txt", .streetSuffix),
        ("gazetteer/businesses.txt", .business),
        ("allowlist/vehicles.txt", .allowVehicle),
        ("allowlist/weapons.txt", .allowWeapon),
        ("allowlist/jargon.txt", .allowJargon),
        ("allowlist/public-orgs.txt", .allowPublicOrg),
        ("allowlist/legal.txt", .allowLegal),
    ]

    /// Loads the bundled lists plus caller allow-list phrases.
    static func bundled(extraAllowList: [String] = []) throws(RulePackError) -> Gazetteer {
        var builder = Builder()
        for (path, flag) in files {
            let data = try BundledResources.data(path)
            builder.add(lines: data, flag: flag, pairs: false)
        }
        builder.add(lines: try BundledResources.data("gazetteer/nicknames.txt"), flag: .nickname, pairs: true)
        for phrase in extraAllowList {
            builder.add(entry: Array(phrase.utf8), flag: .allowCaller)
        }
        var version = "unknown"
        if let manifest = try? JSONSerialization.jsonObject(with: BundledResources.data("gazetteer/manifest.json")) as? [String: Any],
           let value = manifest["version"] as? String {
            version = value
        }
        return Gazetteer(version: version, entries: builder.table(), maxTokens: builder.maxTokens)
    }

    /// Builds a gazetteer from in-memory lists (tests).
    static func make(_ lists: [(GazetteerFlags, [String])], version: String = "test") -> Gazetteer {
        var builder = Builder()
        for (flag, phrases) in lists {
            for phrase in phrases { builder.add(entry: Array(phrase.utf8), flag: flag) }
        }
        return Gazetteer(version: version, entries: builder.table(), maxTokens: builder.maxTokens)
    }

    /// The flags of a single token.
    @inline(__always)
    func flags(_ token: Token) -> GazetteerFlags {
        entries[TokenKey.combine(TokenKey.sequenceSeed, token.key)] ?? []
    }

    /// The flags of a single token key (e.g. a stem without its possessive).
    @inline(__always)
    func flags(key: UInt64) -> GazetteerFlags {
        entries[TokenKey.combine(TokenKey.sequenceSeed, key)] ?? []
    }

    /// The flags of a phrase (tests and cue look-ups).
    func flags(of phrase: String) -> GazetteerFlags {
        var builder = Builder()
        return entries[builder.sequenceKey(Array(phrase.utf8))] ?? []
    }

    /// The longest entry starting at token `start` whose flags intersect `wanted`:
    /// returns the index one past its last token and the entry's flags.
    func longestMatch(in text: Text, from start: Int, wanted: GazetteerFlags) -> (end: Int, flags: GazetteerFlags)? {
        let tokens = text.tokens
        guard start < tokens.count, tokens[start].kind != .space else { return nil }
        var key = TokenKey.sequenceSeed
        let through = GazetteerFlags.prefixes(leadingTo: wanted)
        var best: (Int, GazetteerFlags)?
        var index = start
        var count = 0
        while index < tokens.count, count < maxTokens {
            let token = tokens[index]
            if token.kind == .space {
                // Entries never span a line break.
                if text.utf8[Int(token.start)..<Int(token.end)].contains(0x0A) { break }
                index += 1
                continue
            }
            key = TokenKey.combine(key, token.key)
            count += 1
            guard let flags = entries[key] else { break }
            if !flags.intersection(wanted).isEmpty { best = (index + 1, flags) }
            if flags.intersection(through).isEmpty { break }
            index += 1
        }
        return best
    }

    /// Accumulates entries while loading, then builds the table in one sweep.
    struct Builder {
        /// Sequence keys and the flags they get, in the order added (a key may repeat).
        private var keys: [UInt64] = []
        private var flags: [GazetteerFlags] = []
        var maxTokens = 1

        init() {}

        /// The table of everything added (flags of a repeated key are merged).
        ///
        /// Sized for half the added keys: about four in five are distinct (a name in several
        /// lists, a shared prefix repeat), so the bundled lists fill a table of 2^19 slots
        /// to about 0.41 — 8 MB that the per-token probes share the cache with, where a
        /// fixed 2^20 slots filled it to 0.21. A table that would pass half full grows.
        func table() -> KeyTable<GazetteerFlags> {
            KeyTable(capacity: max(keys.count / 2, 16), filler: [], keys: keys, values: flags) { $0.formUnion($1) }
        }

        /// Adds every line of a list file (pairs: "nick<TAB>canonical", both added).
        mutating func add(lines data: Data, flag: GazetteerFlags, pairs: Bool) {
            data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                var lineStart = 0
                for index in 0...bytes.count {
                    if index == bytes.count || bytes[index] == 0x0A {
                        if index > lineStart {
                            if pairs, let tab = bytes[lineStart..<index].firstIndex(of: 0x09) {
                                add(entry: UnsafeBufferPointer(rebasing: bytes[lineStart..<tab]), flag: flag)
                                add(entry: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<index]), flag: flag)
                            } else {
                                add(entry: UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), flag: flag)
                            }
                        }
                        lineStart = index + 1
                    }
                }
            }
        }

        /// Adds one phrase; marks its proper prefixes.
        mutating func add(entry: [UInt8], flag: GazetteerFlags) {
            entry.withUnsafeBufferPointer { add(entry: $0, flag: flag) }
        }

        /// Adds one phrase given as bytes; marks its proper prefixes.
        mutating func add(entry: UnsafeBufferPointer<UInt8>, flag: GazetteerFlags) {
            var tokens: [UInt64] = []
            segment(entry) { tokens.append($0) }
            guard !tokens.isEmpty else { return }
            maxTokens = max(maxTokens, tokens.count)
            var prefix: GazetteerFlags = .prefix
            if !flag.isDisjoint(with: .allowLists) { prefix.insert(.allowPrefix) }
            if !flag.isDisjoint(with: .placeLists) { prefix.insert(.placePrefix) }
            var sequence = TokenKey.sequenceSeed
            for (position, key) in tokens.enumerated() {
                sequence = TokenKey.combine(sequence, key)
                keys.append(sequence)
                flags.append(position == tokens.count - 1 ? flag : prefix)
            }
        }

        /// The combined key of a phrase.
        mutating func sequenceKey(_ entry: [UInt8]) -> UInt64 {
            var sequence = TokenKey.sequenceSeed
            entry.withUnsafeBufferPointer { buffer in segment(buffer) { sequence = TokenKey.combine(sequence, $0) } }
            return sequence
        }

        /// Cuts a phrase into tokens the way ICU's word rules cut running text: words
        /// (letters, digits, inner apostrophes and periods) and single punctuation marks.
        func segment(_ buffer: UnsafeBufferPointer<UInt8>, _ emit: (UInt64) -> Void) {
            func isWordByte(_ byte: UInt8) -> Bool {
                byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            }
            var index = 0
            let count = buffer.count
            do {
                while index < count {
                    let byte = buffer[index]
                    if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                        index += 1
                        continue
                    }
                    if isWordByte(byte) {
                        let start = index
                        while index < count {
                            let current = buffer[index]
                            if isWordByte(current) {
                                index += 1
                            } else if (current == UInt8(ascii: "'") || current == UInt8(ascii: ".")),
                                      index + 1 < count, isWordByte(buffer[index + 1]), index > start {
                                index += 1
                            } else {
                                break
                            }
                        }
                        emit(TokenKey.key(buffer, start..<index))
                    } else {
                        emit(TokenKey.key(buffer, index..<(index + 1)))
                        index += 1
                    }
                }
            }
        }
    }
}
