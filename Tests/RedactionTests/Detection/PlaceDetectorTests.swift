import Testing
@testable import Redaction

/// Gazetteer places and businesses: what the place detector reports and how far a span reaches.
struct PlaceDetectorTests {
    /// A chain's store number belongs to the business it follows: it says which store.
    @Test(arguments: [
        ("Robbery alarm at the QuikTrip #417 on the east side.", "QuikTrip #417"),
        ("Robbery alarm at the QuikTrip # 417 on the east side.", "QuikTrip # 417"),
        ("Armed robbery at the Family Dollar store #8841 that night.", "Family Dollar store #8841"),
        ("It was Walgreens No. 2291 by the highway.", "Walgreens No. 2291"),
        ("We met at the Walmart store 1614 parking lot.", "Walmart store 1614"),
    ])
    func storeNumberJoinsTheBusiness(_ input: String, _ expected: String) throws {
        let places = try DetectionSupport.found(.location, in: input)
        #expect(places.contains(expected), "\(places)")
    }

    /// A count after a business is not its store number.
    @Test(arguments: [
        ("I went to the Walmart 2 times that week.", "Walmart"),
        ("He stood outside the Walmart store 2 hours.", "Walmart"),
    ])
    func countAfterABusinessStaysOut(_ input: String, _ expected: String) throws {
        let places = try DetectionSupport.found(.location, in: input)
        #expect(places == [expected], "\(places)")
    }

    /// A date or a clock time after an address's unit is no part of the address.
    @Test(arguments: [
        ("Domestic at the Pine Acres Mobile Home Park, lot 12, 6/3/24, 2215 hrs.", "lot 12", "6/3/24"),
        ("Call to 1420 Elm St, Apt 3, 7/9/2022 at 1900.", "1420 Elm St, Apt 3", "7/9/2022"),
    ])
    func dateAfterAnAddressStaysOut(_ input: String, _ place: String, _ date: String) throws {
        #expect(try DetectionSupport.found(.location, in: input).contains(place))
        #expect(try DetectionSupport.found(.date, in: input).contains(date))
    }

    /// A listed town written in lower case right after a place word, with or without a compass word.
    @Test(arguments: [
        ("Ofc Smith. i was sent to a fight in north tulsa and then out to pahrump.", "tulsa"),
        ("Ofc Smith. i was sent to a fight in north tulsa and then out to pahrump.", "pahrump"),
        ("i was dispatched to a fight in north tulsa. got there late.", "tulsa"),
    ])
    func lowerCaseTownAfterAPlaceWord(_ input: String, _ town: String) throws {
        #expect(try DetectionSupport.covered(town, in: input))
    }

    /// A town that is a word, after "the", is the word ("to the greenbelt").
    @Test func lowerCaseWordTownAfterAnArticleStaysAWord() throws {
        let input = "Officer Lane said he ran into the greenbelt along the creek."
        #expect(try !DetectionSupport.found(.location, in: input).contains("greenbelt"))
    }
}
