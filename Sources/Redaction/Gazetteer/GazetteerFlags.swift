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
    static let prefix = GazetteerFlags(rawValue: 1 << 31)

    /// Any place list.
    static let place: GazetteerFlags = [.usPlace, .usState, .county, .foreignPlace, .worldCity]
    /// Any name list.
    static let name: GazetteerFlags = [.firstName, .surname, .nickname]
    /// Any allow-list.
    static let allow: GazetteerFlags = [.allowVehicle, .allowWeapon, .allowJargon, .allowPublicOrg, .allowLegal, .allowCaller, .country]
}
