/// What a gazetteer entry is: one bit per list it appears in. An entry can be in several
/// lists ("Jordan" is a first name, a surname and a country).
struct GazetteerFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let firstName = GazetteerFlags(rawValue: 1 << 0)
    static let surname = GazetteerFlags(rawValue: 1 << 1)
    static let englishWord = GazetteerFlags(rawValue: 1 << 2)
    static let usPlace = GazetteerFlags(rawValue: 1 << 3)
    static let usState = GazetteerFlags(rawValue: 1 << 4)
    static let stateCode = GazetteerFlags(rawValue: 1 << 5)
    static let county = GazetteerFlags(rawValue: 1 << 6)
    static let foreignPlace = GazetteerFlags(rawValue: 1 << 7)
    static let worldCity = GazetteerFlags(rawValue: 1 << 8)
    static let country = GazetteerFlags(rawValue: 1 << 9)
    static let streetSuffix = GazetteerFlags(rawValue: 1 << 10)
    static let allowVehicle = GazetteerFlags(rawValue: 1 << 11)
    static let allowWeapon = GazetteerFlags(rawValue: 1 << 12)
    static let allowJargon = GazetteerFlags(rawValue: 1 << 13)
    static let allowPublicOrg = GazetteerFlags(rawValue: 1 << 14)
    static let allowLegal = GazetteerFlags(rawValue: 1 << 15)
    static let allowCaller = GazetteerFlags(rawValue: 1 << 16)
    static let nickname = GazetteerFlags(rawValue: 1 << 17)
    static let business = GazetteerFlags(rawValue: 1 << 18)
    /// A proper prefix of some multi-token entry (keep extending the look-up).
    /// A proper prefix of some multi-token entry ("san" of "San Luis Obispo").
    static let prefix = GazetteerFlags(rawValue: 1 << 31)
    /// A proper prefix of an entry of an allow list or of the countries (``allowLists``).
    static let allowPrefix = GazetteerFlags(rawValue: 1 << 30)
    /// A proper prefix of a place or business entry (``placeLists``).
    static let placePrefix = GazetteerFlags(rawValue: 1 << 29)

    /// Any place list.
    static let place: GazetteerFlags = [.usPlace, .usState, .county, .foreignPlace, .worldCity]
    /// Any name list.
    static let name: GazetteerFlags = [.firstName, .surname, .nickname]
    /// Any allow-list.
    static let allow: GazetteerFlags = [.allowVehicle, .allowWeapon, .allowJargon, .allowPublicOrg, .allowLegal, .allowCaller, .country]
    /// The lists whose prefixes carry ``allowPrefix``.
    static let allowLists: GazetteerFlags = allow
    /// The lists whose prefixes carry ``placePrefix``.
    static let placeLists: GazetteerFlags = [.business, .usPlace, .usState, .county, .foreignPlace, .worldCity, .country]

    /// The prefix bits that can lead to an entry with one of `wanted`'s flags: a look-up
    /// for places only needs to extend through place prefixes.
    static func prefixes(leadingTo wanted: GazetteerFlags) -> GazetteerFlags {
        var result: GazetteerFlags = []
        if wanted.isSubset(of: allowLists) { result.insert(.allowPrefix) }
        if wanted.isSubset(of: placeLists) { result.insert(.placePrefix) }
        return result.isEmpty ? .prefix : result
    }
}
