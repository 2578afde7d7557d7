import Testing
@testable import Redaction

/// Names beyond any list: titles, roles, ages, runs, casing, propagation, and the words
/// that are also names.
struct NameDetectorTests {
    static let positives: [Positive] = [
        Positive("Deputy Dana Whitfield stopped the car.", "Dana Whitfield", .person),
        // A listed car model that is also a first name, before a surname, is a person.
        Positive("I was escorting inmate Marquis Dunlap back from medical.", "Marquis Dunlap", .person),
        // A middle initial without a period, and a surname that is also a word.
        Positive("Daniela C Capon lives at the end of the road.", "Daniela C Capon", .person),
        // Speakers of a transcript, named at the start of their lines.
        Positive("Ella: What are you doing here?\nDestiny: Leave me alone!\nElla: Put it down.", "Destiny", .person),
        Positive("Sgt. Aoife O'Sullivan-Reyes ran the perimeter.", "Aoife O'Sullivan-Reyes", .person),
        Positive("The complainant, Nguyễn Thị Bích Ngọc, told us through her daughter.", "Nguyễn Thị Bích Ngọc", .person),
        Positive("The bouncer, Faʻamausili Toleafoa, held the door.", "Faʻamausili Toleafoa", .person),
        Positive("The store owner, Abu Bakr al-Siddiqi, had the video ready.", "Abu Bakr al-Siddiqi", .person),
        Positive("Officer Delbert Nez translated for Grandma Tsinajinnie.", "Tsinajinnie", .person),
        Positive("The driver, Rigoberto \"Beto\" Salinas, 34, told me it was his car.", "Rigoberto \"Beto\" Salinas", .person),
        Positive("My partner Will said he will never again stand there.", "Will", .person),
        Positive("Officer Young was the youngest on the shift.", "Young", .person),
        Positive("Sgt. Price and Deputy Long took the rear.", "Long", .person),
        Positive("Chase and Dawn ran the plate while I watched.", "Chase", .person),
        Positive("me and tyler got there first, sgt ramirez showed up later.", "ramirez", .person),
        Positive("I radioed for sgt beaudry and kept the wife inside.", "beaudry", .person),
        Positive("He parked behind my deputy car. Ptl eckert took the door.", "eckert", .person),
        Positive("Subject was arrested for entering autos. APD Zone 5 unit assisted.", "APD Zone 5", .org),
        Positive("Sgt Ruiz of the PAPD JFK Command took the call.", "JFK Command", .org),
        Positive("T.J. and R. Okafor took the back of the house.", "R. Okafor", .person),
        Positive("SUSP DARNELL KING FLED NB ON FOOT.", "DARNELL KING", .person),
        Positive("BY P/O T. LONG (J-2208) AT THE SCENE", "T. LONG", .person),
        Positive("María de los Ángeles Ruiz-Quintanilla called again.", "María de los Ángeles Ruiz-Quintanilla", .person),
        Positive("His passenger gave the name Will Hardesty and a date of birth.", "Will Hardesty", .person),
        Positive("the neighborhood knew him as \"Smoke.\" He was calm.", "Smoke", .person),
        Positive("He was admitted to Pine Rest for evaluation.", "Pine Rest", .location),
        Positive("We were forty miles from Kanab, and the radio was dead.", "Kanab", .location),
        Positive("He was from Independence, Ohio, and worked nights in Parma.", "Independence", .location),
        Positive("in front of a bar called The Salty Pelican.", "The Salty Pelican", .location),
        Positive("He ran from the Wawa on Route 30 into the woods.", "Wawa", .location),
        // A title word that is a common surname continues a name after a listed first name.
        Positive("Warrant service for Lonnie Bishop at the house.", "Lonnie Bishop", .person),
        Positive("His neighbor, Ron Major, came over drunk.", "Ron Major", .person),
        // After an honorific a listed surname that is an ordinary word is the name, in lower case too.
        Positive("his neighbor mrs. long said he had a son.", "long", .person),
        Positive("We spoke to Mrs. Strong at the door.", "Strong", .person),
        // A title that is also a given name, between a rank and a surname, is the given name.
        Positive("Officer Justice Okeke called for EMS.", "Justice Okeke", .person),
        Positive("Sgt. Dean Hollis took the back door.", "Dean Hollis", .person),
        // After a naming cue, including "we call" and "calls him", even an ordinary word is the name.
        Positive("One of them was a regular we call Biscuit.", "Biscuit", .person),
        Positive("Everybody on the block calls him Tiny.", "Tiny", .person),
        Positive("south of San Marcos, for a tail lamp out", "San Marcos", .location),
        // Capitalised particles that are also letters or words, and lower-case particles
        // written before a surname.
        Positive("Later he told Deputy Ruairí Ó Dálaigh about the knife.", "Ruairí Ó Dálaigh", .person),
        Positive("The man, later identified as Colm Ó Briain, was asleep.", "Colm Ó Briain", .person),
        Positive("The caller was Siobhán Ní Bhriain and she was calm.", "Siobhán Ní Bhriain", .person),
        Positive("When I asked van der Kloot to step out he reached for the door pocket.", "van der Kloot", .person),
        Positive("Willemine ten Pas will be talking at roll call.", "Willemine ten Pas", .person),
        // A vehicle model that is also a place, in a place position.
        Positive("He had a no-bail warrant out of Kona and a bad attitude.", "Kona", .location),
        Positive("I was working alone in Bowbells, North Dakota, that night.", "North Dakota", .location),
        Positive("He went back to Denver, Colorado, last week.", "Colorado", .location),
        // Post-office towns below GeoNames' population threshold, after a place word.
        Positive("He was coming back from a party up at Welches with two friends.", "Welches", .location),
        Positive("The deputy came from Honobia on the dirt road.", "Honobia", .location),
        // A place named with ordinary words, right after a place preposition, closing its phrase.
        Positive("I grew up in Possum Trot and still know every back road.", "Possum Trot", .location),
        Positive("He had been living in Tin Cup since the spring.", "Tin Cup", .location),
        // A town named like a word, after a place word and before a comma and a state.
        Positive("The trailer court is in Accident, Maryland, off the main road.", "Accident", .location),
        Positive("Two deputies drove up from Mexican Hat, Utah to help.", "Mexican Hat", .location),
        Positive("She had moved out to Embarrass, Minnesota after the divorce.", "Embarrass", .location),
        Positive("She had moved out to Embarrass, Minnesota after the divorce.", "Minnesota", .location),
        Positive("We met the family near Igloo, South Dakota that night.", "South Dakota", .location),
        // A place that is also a word, joined by "and" to a place in a place position.
        Positive("He lived between Denver and Golden, near the river.", "Golden", .location),
        Positive("We drove from Houma and Hope to the coast.", "Hope", .location),
        // Lower-case writing: a word joined to the writer, a name after "name was".
        Positive("so me and tomasz got sent to the store.", "tomasz", .person),
        Positive("tomasz and i went to talk to him.", "tomasz", .person),
        // A capitalised ordinary word joined to the writer is a person, not the word.
        Positive("At 2140 myself and Mere were sent to a shoplifter.", "Mere", .person),
        Positive("Later me and Patience went back to the car.", "Patience", .person),
        // A team or shift headed by a proper name, or with a command inside, is a unit.
        Positive("PC Ruaridh Morrison, Dundee Response Team 2. At 0150 we attended.", "Dundee Response Team 2", .org),
        Positive("Officer Ana Ruiz here, Hartford PD, Patrol Division B-Shift. On Aug 19 I was flagged down.", "Patrol Division B-Shift", .org),
        Positive("Our SWAT team, the Tri-City Tactical Unit, made entry.", "Tri-City Tactical Unit", .org),
        // A lower-case county takes the facility after it.
        Positive("name is kessinger, going to niobrara county jail tonight.", "niobrara county jail", .location),
        Positive("he went to polk county detention center after that.", "polk county detention center", .location),
        Positive("guy's name was delroy fairweather, he's been trespassed there before.", "delroy fairweather", .person),
        Positive("olga krylova will be talking at the roll call.", "olga krylova", .person),
        Positive("Officer Kimber took the rear of the house.", "Kimber", .person),
        Positive("Suspect: BRZEZINSKI, Wojciech A. (DOB 3-4-88), 5'11\", 190.", "Wojciech A.", .person),
        // Record order in logs and forms: surname in capitals, comma, given names, initial.
        Positive("1933 K12 REQ BACKUP, DRIVER VEH 1 HOLLOWAY, GRANT T DISPLAYED HANDGUN", "HOLLOWAY, GRANT T", .person),
        // A capitalised "The" mid-sentence belongs to the venue's name.
        Positive("We waited outside The Copper Kettle until the crowd thinned.", "The Copper Kettle", .location),
        // Read back surname first on the radio, after a record word or a quote.
        Positive("Radio came back: your subject Okonkwo, Deborah Ann, is clear.", "Okonkwo, Deborah Ann", .person),
        Positive("He said his name was \"Kerrigan, Patrick\" and kept walking.", "Kerrigan, Patrick", .person),
        Positive("Arrestee: O'CONNOR-BAPTISTE, RENÉE M.\nDOB: 1988-07-14", "O'CONNOR-BAPTISTE, RENÉE M.", .person),
        Positive("0240 RP NGUYEN, LINH CALLBACK REQUESTED", "NGUYEN, LINH", .person),
        // Capitals: a listed name continues a found one; a listed name doing something.
        Positive("RP DESTINY WILL 480-555-0122 ADVISED BOYFRIEND WAS SUICIDAL.", "DESTINY WILL", .person),
        Positive("ADVISED BOYFRIEND HUNTER REED WAS SUICIDAL. OFCRS GAVE COMMANDS. REED COMPLIED.", "HUNTER REED", .person),
        // After a role, capitalised words are the name.
        Positive("His passenger, Sage Little Thunder, got out and walked away.", "Sage Little Thunder", .person),
        // Without a role: a given name that is no word, then the words of a compound surname.
        Positive("We found Curtis Two Bulls asleep in the truck.", "Curtis Two Bulls", .person),
        // Lower-case writing: a first name that is also a word or a country beside the writer,
        // a street nickname, a first name that is a word before an age, unmarked sentence starts.
        // A first name at a sentence start introduced by what follows.
        Positive("Bill from the tow company called back and said the driver had a pistol.", "Bill", .person),
        Positive("Rich (that's Officer Richard Szymański) was the one who saw the gun first.", "Rich", .person),
        Positive("Joy, the night nurse on the ward, called us back in.", "Joy", .person),
        // After an animal noun an ordinary word is a police dog's or horse's name.
        Positive("I work the mounted unit and my horse is Maverick, a gray gelding.", "Maverick", .person),
        Positive("Her dog, Pepper, found the second suspect under the deck.", "Pepper", .person),
        Positive("My dog is Justice, a shepherd cross, and he found the kid first.", "Justice", .person),
        Positive("Officer Lund rides Blaze, the tall bay, on weekends.", "Blaze", .person),
        Positive("Present: Lt. Okoro, Sgts. Pillai and Washington.", "Pillai", .person),
        // An initial and its period before a surname, without a title.
        Positive("We had J. Smith there when it started.", "J. Smith", .person),
        Positive("Then K. Lee and R. Diaz arrived with the shotgun.", "K. Lee", .person),
        Positive("Present were Rajendran, G. Hollis Jr., and Tran.", "G. Hollis Jr.", .person),
        Positive("Then E. Okafor came around the corner with the rifle.", "E. Okafor", .person),
        Positive("then tony and drew and i went in the back", "drew", .person),
        // A word set off by commas after a role, and a letter-hyphen street nickname after one.
        Positive("She came back with her new boyfriend, Storm, and two of his cousins.", "Storm", .person),
        Positive("My partner J-Rock took the back door.", "J-Rock", .person),
        Positive("Cst. Singh arrived as cover and we entered together.", "Singh", .person),
        // Capitals: a state code right before a plate.
        Positive("1931 K12 OS, VEH 1 BLK DODGE RAM WA CBX4417", "WA", .location),
        Positive("ok so me and jordan got sent to the gas station on the highway.", "jordan", .person),
        Positive("So me and big tony are doing a walk through. tony chases him out. guy cuts through the lot. when tony went over he got hit.", "big tony", .person),
        Positive("So we got there late. suspect was crystal dunlap, 19, with a warrant. he ran. we chased him.", "crystal dunlap", .person),
        // A title word that is a surname, after a rank.
        Positive("Sgt. Pastor told us to hold the corner.", "Pastor", .person),
        // After a role, a country or a word before an unknown surname is the given name.
        Positive("The passenger, Samoa Faleafa, got out first.", "Samoa Faleafa", .person),
        // Capitals: an unknown word continues a found name.
        Positive("REPORTING OFFICER: DEP. TAQQIQ ANGUTIMMARIK #2291", "TAQQIQ ANGUTIMMARIK", .person),
        // Lower case: an unknown word before a listed surname.
        Positive("so the guy at the desk was sorinel ionescu and he was drunk", "sorinel ionescu", .person),
        // An ʻokina typed as an apostrophe.
        Positive("The caller, 'Aisea Taufa, met us outside.", "'Aisea Taufa", .person),
        // Record order with a given name no list knows.
        Positive("SUBJECT: TUIASOSOPO, FA'AMOANA DOB 03/02/1990", "TUIASOSOPO, FA'AMOANA", .person),
        // Names met in the fifth check set: a particle before a name that is also a stop
        // word, a quoted ordinary word after a naming cue, a job noun before a name, a
        // Spanish rank, a first name that is a word before a physical verb.
        Positive("My partner, Agente José Luis Rivera de Jesús, and I got out.", "José Luis Rivera de Jesús", .person),
        Positive("The husband, a guy everybody called \"Rooster\", opened the door.", "Rooster", .person),
        Positive("The clinic aide, Hannah Ballot, called me at home.", "Hannah Ballot", .person),
        Positive("The conductor, Bernadette Ashworth, came in from the back.", "Bernadette Ashworth", .person),
        Positive("Dupree put the gun in his face. Frank slapped it away.", "Frank", .person),
        Positive("we were called to a fight outside the Spar on O'Connell St. On arrival", "Spar", .location),
        Positive("Hi Victor, I'm writing about the stop last night.", "Victor", .person),
        Positive("The kid, Trevor Johnson Jr., was 17.", "Trevor Johnson Jr.", .person),
        Positive("It was late. Grace and I went in together.", "Grace", .person),
        Positive("We went to the Wade residence twice that week.", "Wade", .person),
        Positive("The second car came down Derry Street with its lights off.", "Derry Street", .location),
        Positive("He was with Big Rich and Little Faith that night.", "Big Rich", .person),
        Positive("we waited for ever\ndep. o'brien showed up at like 0300", "o'brien", .person),
        Positive("so we went in\nofc hollis took the back door", "hollis", .person),
        // Noisy forms: a bare initial closing a first name, lower-case names in a text
        // thread, a name wrapped by a plain line break, OCR capitals with 0 for O, a unit
        // designator with a lettered suffix, a split spelling of a one-word brand.
        Positive("Then Josh T. was at the door with the shotgun.", "Josh T.", .person),
        Positive("Carlos M said the kid ran out the back.", "Carlos M", .person),
        Positive("Ask Tony R, he saw the whole thing.", "Tony R", .person),
        Positive("[10:14 PM] Dee: ronnie says hes outside the store now", "ronnie", .person),
        Positive("[10:15 PM] Sam: tell gutierrez to wait for me", "gutierrez", .person),
        Positive("the neighbor said Dante\nWheeler had left with a rifle.", "Dante\nWheeler", .person),
        Positive("RESIDENCE: 41 ELM ST, C0LUMBUS, 0HI0", "0HI0", .location),
        Positive("LOCATION: THE PINES AT WILLOW RUN, UNIT 14-B", "UNIT 14-B", .location),
        Positive("LOCATION: THE PINES AT WILLOW RUN, UNIT 14-B", "THE PINES AT WILLOW RUN", .location),
        Positive("We followed him all the way out to Calumet\nCity before he stopped.", "Calumet\nCity", .location),
        Positive("Later whitfield called back and tell okonkwo we said thanks.", "okonkwo", .person),
        Positive("we stopped at the quick trip on the way and he was there", "quick trip", .location),
        Positive("Sen Cst Tara Quill took the first call.", "Tara Quill", .person),
        Positive("Garda Eoin Madigan and I went up the lane.", "Eoin Madigan", .person),
        // A naming cue outweighs one listed word; dictation in lower case with names that are words.
        Positive("The man in back said his name was Tacoma Reyes.", "Tacoma Reyes", .person),
        Positive("the victim joy baker said her ex had followed her home", "joy baker", .person),
        Positive("then officer drew hale arrived and took the knife", "drew hale", .person),
        Positive("we found mrs. bishop in the kitchen", "bishop", .person),
        Positive("REPORT 24-1187\nWITNESS: ST. CLAIR, DENISE\nRAN ON FOOT", "ST. CLAIR, DENISE", .person),
        // One capital letter after a naming cue, even when the next sentence follows it.
        Positive("The shooter goes by Q. I asked him twice.", "Q", .person),
        Positive("Both brothers called themselves Q. A nickname is not an ID.", "Q", .person),
    ]

    @Test(arguments: positives)
    func findsName(_ row: Positive) throws {
        #expect(try DetectionSupport.covered(row.identifier, in: row.text), "\(row.identifier) not fully covered")
    }

    /// Words that are names only sometimes, used here as ordinary words.
    static let negatives: [String] = [
        "Our Sheriff's Office runs on county call signs.",
        "The Constable's Office served the papers before noon.",
        "Our horse is a big gray gelding and the dog is a Malinois who speaks no Amharic.",
        "After the shift I rode Amtrak home and slept the whole way.",
        "Will I make that call again? No. Ask yourself what it is for.",
        "ok so my cousin called and the neighbor came over with his brother",
        "CONTACTING RP BY THE LIGHTHOUSE.",
        "The U.S. Marshals came with a warrant.",
        "He made a U-Turn in a T-Shirt and the suspect, however, kept running.",
        "we went to the car which was a green caprice and i stayed with it while he backed off and drew and i called it in",
        "He talked to him in Yup'ik for twenty minutes.",
        "Neighbor calls escalate slowly and then all at once.",
        "Driver said he never saw the lights.",
        "Hope, the thing we all lean on, is not a plan.",
        "Me and Dispatch could not raise him on the radio.",
        "he was taken to the county jail after that.",
        "The Tactical Team and the Night Shift stood by at the perimeter.",
        "The Tactical Unit and the K9 Unit stood by.",
        "After that myself and Patrol swept the block.",
        "He drifted out of his lane twice and then stopped dead in the left lane.",
        "Hope is not a tactic, and faith in your vest is no substitute for cover.",
        "The chase ended at dawn in a cornfield.",
        "It was only by the grace of God that the round hit the door frame.",
        "He was young, rich and drunk, and he told us his father would have our badges.",
        "He was driving a Ford F-150 with a lift kit and had a long gun across the back seat.",
        "We were in an old Crown Vic, the suspect was in a Tahoe.",
        "My Taser, my Streamlight and my Motorola radio all failed in the rain.",
        "The driver said he had just come back from Mexico and his brother lived in Honduras.",
        "He said he had served eight years in the Army and two in the National Guard.",
        "Will you make sure the new hires understand that a passenger who will not show his hands is a threat?",
        "The sergeant, the lieutenant and two detectives arrived after the scene was secure.",
        "Tennessee v. Garner does not let you shoot a fleeing felon.",
        "I read about a similar ambush on LEO Near Miss and in a Police Foundation report.",
        "This one happened at a Little League game, and later a Pop Warner coach called it in.",
        "The father was yelling at the PICU desk and then at the NICU nurses.",
        "He drove a Kona to work and parked it by the loading dock.",
        "We were sitting in his Durango when the call came out.",
        "so me and my partner got sent out, and me and dispatch argued about it.",
        "Take the van to the lot and leave it there, de facto it is ours.",
        "SUBJ IN CUSTODY, KNIFE RECOVERED.",
        "The trooper saw a Kimber 1911 holster on the floorboard but no gun.",
        "The gun was an Airsoft replica with the orange tip painted black.",
        "SUBJ FLED, WHITE MALE, BLUE JEANS.",
        "GRANT FUNDS PAID FOR THE OVERTIME.",
        "so me and my partner and me and the sarge were all there.",
        "me and will power got us through that shift.",
        "we got there late. the driver was young, 19, and scared.",
        "That was a near miss. He put the knife in the sink.",
        "I'm a school resource officer. Early in the year a student told me about a gun.",
        "Grant from the state paid for the new radios.",
        "Hope (and a good vest) is not a plan.",
        "He parked behind my deputy car and blocked me in; officer safety comes first.",
        "The sgt approx two minutes out told me to wait.",
        "The Sergeant Major walked the line and the Chief Judge signed the order.",
        "Holiday weekends are the worst for drunk boaters.",
        "Shell casings were found in the hallway.",
        "Target: a man in a red hoodie, armed.",
        "He was taken to the ER by ambulance.",
        "The ICU was full, so he stayed in the ER overnight.",
        "The Major Crimes Unit took over, and Major Case Squad detectives came later.",
        "The suspect wore a Carhartt jacket, Dickies and Nike shoes.",
        "He drove off in a Mercury Grand Marquis with no plates.",
        "Hope: none. We got lucky that night.",
        // A word that is also a name, glued by a hyphen to a lower-case word: a compound adjective.
        "Rock-solid advice from the sergeant.",
        "We call Dispatch every night before the shift ends.",
        "We came up with a long-term plan and a Long-term fix.",
        // Brands, teams and holidays that look like names or places (traps-c).
        "Dr. Pepper cans littered the floor of the van.",
        "He had a bottle of gasoline in a Walmart bag.",
        "The man wore a Yankees cap pulled low.",
        "Every Memorial Day weekend the lake turns into a parking lot.",
        "Summary: a stop at night.\nLesson: Will you wait for backup next time?",
        "Every stop gets called in. Then he called an ambulance and called in a man down.",
        "Hunting is not allowed in that part of the Park.",
        "He had a prior for Assault on a Peace Officer and a long record.",
        "Never enter the trackbed without confirmed power-down from Rail Control.",
        "Patrol and I swept the block. Mom and I went to church after.",
        "the tribe's office of Justice Services took the call",
        "we got there late\nsgt will be there soon he said\nofficer safety is first",
        "The supervisor has added a floor-plan check to the Operations Plan template.",
        // Code-switched Spanish and verbs that are also first names, after a role word.
        "Oye, está bien, nada pasó. Nadie got hurt that night.",
        "Pero the kid said nothing, and pues, we left.",
        "my partner drew down on him and the dispatcher said wait for backup.",
        "my partner drew and covered the door while I called it out.",
        "Then we got to una casa vieja; adentro, una señora dijo que no.",
        // Countries, nationalities, equipment abbreviations, ranks and national services.
        "I served most of my years in the north of England and wrote this in English.",
        "An HGV clipped the cones, so I took a GPS reading and put my PFD on.",
        "I'm a Garda, and Sen Cst is the rank she holds.",
        "The Royal Flying Doctor Service and the Police Federation both wrote to us.",
        "We read it twice. The Police Federation's advice was sound.",
        "Je travaille de nuit. Nous avons attendu, puis ensuite nous sommes partis.",
        // Plural role nouns opening a sentence; modals after a lower-case rank.
        "Neighbors called about the noise. Witnesses said it was loud.",
        "the officer will be there and sergeant will call back",
        // Languages after a verb of speaking.
        "He spoke Tamil with his mother and talked to the deacon in Tigrinya.",
        // A comma and a state after a word that is no place phrase's ("Thanks, Georgia").
        "Thanks, Georgia, for the coffee.",
        // Contractions without their apostrophe after a role; vehicle and housing abbreviations.
        "wait for the 2nd unit, the suspect isnt going anywhere and my partner didnt see it",
        "He was standing by his RV when the HOA president drove up.",
        "We had BBQ at the party after the shift.",
        "He was assigned to Field Training and heard it from Rail Control first.",
        "by the van period he kept his left hand behind his back period",
        // A holiday before a lower-case noun names its goods.
        "He had bought the rifle as a Christmas gift and hid the Easter basket in the trunk.",
    ]

    @Test(arguments: negatives)
    func leavesWordsAlone(_ input: String) throws {
        let found = try DetectionSupport.found(input)
        #expect(found.isEmpty, "unexpected findings: \(found)")
    }

    /// In capitals a modal after a name stays a word when a verb follows it.
    /// A record word after a name read surname first is the next field, not a given name.
    @Test func recordWordAfterRecordOrderNameStaysOutside() throws {
        let names = try DetectionSupport.found(.person, in: "0204 RP DUNMORE, CLAIRE, DOB 04/11/87, ON SCENE")
        #expect(names == ["DUNMORE, CLAIRE"], "\(names)")
    }

    @Test func modalAfterCapitalNameStaysAWord() throws {
        let found = try DetectionSupport.found("SGT SMITH WILL ADVISE ON ARRIVAL.")
        #expect(found.contains { $0.text == "SMITH" })
        #expect(!found.contains { $0.text.contains("WILL") }, "\(found)")
    }

    /// A one-letter moniker named by a cue spreads to the same capital standing alone, not to
    /// a letter glued to a hyphen or to the letters of an abbreviation.
    @Test func oneLetterMonikerSpreadsToTheCapitalAlone() throws {
        let input = "The shooter goes by Q. I asked if he was Q and he laughed. The Q-tip was on the A.M. log."
        #expect(try DetectionSupport.found(.person, in: input) == ["Q.", "Q"])
    }

    @Test func propagatesConfirmedNamesInAnyCase() throws {
        let input = "Deputy Dana Whitfield took the call. Later WHITFIELD radioed, and whitfield's radio died. D. Whitfield wrote it up."
        let text = try Text(input)
        let findings = try DetectionSupport.engine.scan(text)
        let names = findings.filter { $0.label == .person }.map { text.slice($0.range) }
        #expect(names == ["Dana Whitfield", "WHITFIELD", "whitfield", "D. Whitfield"])
        #expect(findings.contains { $0.detector == "propagation" })
    }

    /// A place's head word and a nickname's adjective do not spread on their own.
    @Test func headWordsAndNicknameAdjectivesDoNotSpread() throws {
        let found = try DetectionSupport.found("Shots fired at Colonia Las Lomas. The colonia has no street signs.")
        #expect(found.map(\.text) == ["Colonia Las Lomas"] && found.first?.label == .location, "\(found)")
        let names = try DetectionSupport.found(.person, in: "His cousin Big Tone showed up. Big crowds make it worse.")
        #expect(names == ["Big Tone"], "\(names)")
    }

    /// In a report typed in capitals a surname that is also a word spreads where it owns or
    /// acts ("PRICE'S WRIST", "PRICE WAS HURT"), not where it is the word ("A HIGH PRICE").
    @Test func capitalsNameThatIsAWordSpreadsWhereItActs() throws {
        let found = try DetectionSupport.found("MY PARTNER, OFFICER JORDAN PRICE, WENT FIRST. HE GRABBED PRICE'S WRIST. PRICE DROPPED HIS RADIO. IT WAS A HIGH PRICE TO PAY.")
        let prices = found.filter { $0.label == .person && $0.text.hasPrefix("PRICE") }
        #expect(prices.count == 2, "\(found)")
    }

    /// In lower-case writing a role noun, a comma and words closed by a comma are a name
    /// ("the driver, bogdan petrenko, said"); a description there is not.
    @Test func lowerCaseAppositiveAfterARoleIsAName() throws {
        let found = try DetectionSupport.found("the driver, bogdan petrenko, said he braked. the caller, a neighbor, and the passenger, visibly drunk, stayed.")
        #expect(found.contains { $0.label == .person && $0.text == "bogdan petrenko" }, "\(found)")
        #expect(!found.contains { $0.text.contains("neighbor") || $0.text.contains("drunk") }, "\(found)")
    }

    /// A preposition after a lower-case name found by its title does not continue the name,
    /// even when a surname list holds it (a property test's shrunk case).
    @Test func prepositionDoesNotContinueALowerCaseName() throws {
        let found = try DetectionSupport.found("the deputy école near the near")
        #expect(found.contains { $0.text == "école" }, "\(found)")
        #expect(!found.contains { $0.text.contains("near") }, "\(found)")
    }

    /// A house number of a found address comes back alone ("walked up to 14815"); years and
    /// short numbers do not.
    @Test func houseNumbersOfAnAddressPropagate() throws {
        let found = try DetectionSupport.found("The call was for 14815 Kercheval Ave. We walked up to 14815 first. In 1999 it was 417 units.")
        #expect(found.contains { $0.label == .location && $0.text == "14815" }, "\(found)")
        #expect(!found.contains { $0.text == "1999" && $0.label == .location }, "\(found)")
    }

    /// A common word of a multi-word place does not spread alone: "Children's National" does
    /// not make "Children" a place.
    @Test func commonWordsOfAPlaceDoNotSpread() throws {
        let found = try DetectionSupport.found("She was flown to Children's National. Children's Services came the next day.")
        #expect(!found.contains { $0.text == "Children" }, "\(found)")
    }

    @Test func wordNamesPropagateOnlyToCapitalisedMentions() throws {
        let input = "Officer Young met us there. Young was calm. He was young and fast."
        let names = try DetectionSupport.found(.person, in: input)
        #expect(names == ["Young", "Young"])
    }

    @Test func titleSurnamePropagatesToCapitalisedMentions() throws {
        let names = try DetectionSupport.found("Det. Judge ran the interview. Later Judge wrote the warrant; the judge signed it.")
            .filter { $0.label == .person }.map(\.text)
        #expect(names == ["Judge", "Judge"])
    }

    /// A police dog's name that is a title word spreads to its other mentions; an agency
    /// word inside a name-shaped run ("Houston Police") spreads to nothing.
    @Test func animalTitleNameSpreadsAndAgencyWordsDoNot() throws {
        let found = try DetectionSupport.found(
            "My dog is Justice, a shepherd. At the creek Justice pulled hard. I work for the Houston Police Department. \"Obinna! Police! Open up!\"")
        #expect(found.filter { $0.label == .person && $0.text == "Justice" }.count == 2)
        #expect(!found.contains { $0.text == "Police" })
    }

    /// A title word that is a common surname spreads from a full name to its bare mentions.
    @Test(arguments: [
        ("Target was Lonnie Bishop. Bishop came out the back with a pistol.", ["Lonnie Bishop", "Bishop"]),
        ("His neighbor Ron Major came over. Major went home and came back.", ["Ron Major", "Major"]),
    ])
    func titleSurnameAfterFirstNameSpreads(_ input: String, _ expected: [String]) throws {
        let names = try DetectionSupport.found(.person, in: input)
        #expect(names == expected)
    }

    /// In capitalised writing a confirmed name that opens a sentence in lower case is a
    /// careless mention; in the middle of a sentence the word stays a word.
    @Test(arguments: [
        ("Her boyfriend Rusty was drunk. rusty came out with a hammer.", ["Rusty", "rusty"]),
        ("Ofc. Page chased him. page says he does not remember.", ["Page", "page"]),
        ("Ofc. Page chased him. He turned the page and read on.", ["Page"]),
    ])
    func nameOpeningASentenceInLowerCaseSpreads(_ input: String, _ expected: [String]) throws {
        let names = try DetectionSupport.found(.person, in: input)
        #expect(names == expected)
    }

    /// A short word in capitals that labels the number after it, or an abbreviation's
    /// plural, is no name; a capitals surname without a number still is.
    @Test(arguments: [
        ("The report is IR# 22-118840 and the RD# is on the form.", [String]()),
        ("He was cited under FS 316.193 and the CCN 22-004471 was given.", []),
        ("Both FSTs and the PBTs were done before the tow.", []),
        ("Later OKONJO came back to the car.", ["OKONJO"]),
    ])
    func capitalsLabelBeforeANumberIsNoName(_ input: String, _ expected: [String]) throws {
        let names = try DetectionSupport.found(input).filter { $0.label == .person }.map(\.text)
        #expect(names == expected, "\(names)")
    }

    /// A pet's or a police dog's name after an animal noun, even an ordinary word; a word
    /// opening the next sentence is not one.
    @Test(arguments: [
        ("He talked about his truck, his dog Bandit, and his mother.", ["Bandit"]),
        ("Her horse, Biscuit, threw her at the gate.", ["Biscuit"]),
        ("The handler sent his dog Ruger into the shed first.", ["Ruger"]),
        ("We put the dog in the car. Then we left.", []),
        ("The K9 Unit arrived with the dog Team Two had found.", []),
    ])
    func animalNounNamesTheAnimal(_ input: String, _ expected: [String]) throws {
        let names = try DetectionSupport.found(.person, in: input)
        #expect(names == expected)
    }

    /// A run ending in a street suffix is a street after a word of place, or when the suffix
    /// is no surname; with a title, an initial, a possessive or no place word it stays a name.
    @Test(arguments: [
        ("The second one ran across Ross Clark Circle into the lot.", "Ross Clark Circle", Label.location),
        ("We drove out to Alki Point after midnight.", "Alki Point", .location),
        ("The call was a welfare check in Allison Hill that night.", "Allison Hill", .location),
        ("I went with Tom Hill to the car.", "Tom Hill", .person),
        ("The film was directed by Brad L Key last year.", "Brad L Key", .person),
        ("They met near Lake Havasu after dark.", "Lake Havasu", .location),
        ("Officer Lake Williams arrived at the door.", "Lake Williams", .person),
        ("Officer Tom Lane arrived at the door.", "Tom Lane", .person),
    ])
    func streetSuffixRunAfterAPlaceWordIsAStreet(_ input: String, _ expected: String, _ label: Label) throws {
        let found = try DetectionSupport.found(input)
        #expect(found.contains { $0.text == expected && $0.label == label }, "\(found)")
    }

    /// A compound surname may close on a word that is radio jargon elsewhere ("Boy" of
    /// "3-Adam-Boy").
    @Test func compoundSurnameClosesOnAJargonWord() throws {
        #expect(try DetectionSupport.found(.person, in: "The man, Nathaniel Eagle Boy, woke with a handgun.") == ["Nathaniel Eagle Boy"])
    }

    /// A town named like a weapon is a place after a place word when it closes its phrase.
    @Test(arguments: [
        ("The nearest backup was Deputy Vigil in Rifle, thirty minutes away.", ["Rifle"]),
        ("She drove to Rifle last night.", ["Rifle"]),
        ("He qualified in Rifle and Pistol last year.", []),
    ])
    func townNamedLikeAWeapon(_ input: String, _ expected: [String]) throws {
        #expect(try DetectionSupport.found(.location, in: input) == expected)
    }

    /// A first name that is also a vehicle or a code word is the person when it acts; a
    /// word at a sentence start is a person when an appositive names a role and the word's
    /// own verb follows it.
    @Test(arguments: [
        ("Sierra told the dispatcher her boyfriend was in the garage.", ["Sierra"]),
        ("Dakota told us to leave.", ["Dakota"]),
        ("Hawk, a regular at the shelter, warned us that a man inside had a knife.", ["Hawk"]),
        ("Hunter, my FTO, told me to wait at the corner.", ["Hunter"]),
        ("The Sierra told us nothing about the driver.", []),
        ("His Sierra ran fine all winter.", []),
        ("Training, the sergeant said, is everything.", []),
    ])
    func actingWordNames(_ input: String, _ expected: [String]) throws {
        #expect(try DetectionSupport.found(.person, in: input) == expected)
    }

    /// Nicknames and ordinary words that the words around them name as a person: a
    /// reflexive "call", "goes by", an appositive "whose real name is", and a copula with a
    /// possessive and a relative ("Tank was his cousin"); pronouns keep their predicates.
    @Test(arguments: [
        ("The suspect calls himself K-Dog on the street.", ["K-Dog"]),
        ("Her boyfriend called himself Smoke and gave no last name.", ["Smoke"]),
        ("He goes by Peewee around the complex.", ["Peewee"]),
        ("We were told to look for Bam, whose real name is Darnell Hughes.", ["Bam", "Darnell Hughes"]),
        ("Tank was his cousin and lived upstairs.", ["Tank"]),
        ("The manager said Biscuit is her brother.", ["Biscuit"]),
        ("Nobody was his friend at the shelter.", []),
        ("Everyone was her neighbor once.", []),
        ("He goes by the book and it goes by fast.", []),
        // Ordinary words listed after "names:" or "nicknames:".
        ("The kids gave us their nicknames: Pookie, Sweets and Lil Bit.", ["Pookie", "Sweets", "Lil Bit"]),
        // A first name after a determiner with a clitic ("that's" is "that is").
        ("She said, \"That's Hector's truck.\"", ["Hector"]),
        ("He said, \"It's Range day.\"", []),
        // A word between a greeting and a comma is the person spoken to; slang terms of
        // address and radio addressees are no one's name.
        ("Hey Pooh, come here.", ["Pooh"]),
        ("\"Listen, Boo, put it down.\"", ["Boo"]),
        ("Bro, drop the knife. Cuz, listen to me.", []),
        ("Hello Central, this is car four.", []),
        // A list of surnames acting together is people, not a firm.
        ("Tran, Okafor and Lindqvist all said he was the man.", ["Tran", "Okafor", "Lindqvist"]),
    ])
    func nicknameNamedByTheWordsAround(_ input: String, _ expected: [String]) throws {
        #expect(try DetectionSupport.found(.person, in: input) == expected)
    }

    /// Generic words that look like names or initials: a collective noun acting at a
    /// sentence start, "near miss", the dotted "S.O." after a determiner, a BB pistol.
    @Test(arguments: [
        "We spoke to the neighbors. Staff said the door was locked. Security said the same.",
        "It was a near miss last week on the freeway.",
        "Deputies from the S.O. arrived first and the P.D. sent two cars.",
        "He had a BB pistol and a BB rifle in the trunk.",
        // The halves of the day written with periods.
        "The A.M. shift handed the P.M. shift the log.",
        // Parents and grandparents called by the word for them.
        "Mom and Dad were both home, so I called Mom back later.",
        // A title in the possessive names its office.
        "I'm a deputy with the Sheriff's Office and work the north end.",
        // The plural of a word at a sentence start; building words the dictionary lacks.
        "Dumpsters make fair cover. Breezeways funnel you.",
        "She was called the A shift lead and I was on B shift.",
    ])
    func genericLookAlikesStayWords(_ input: String) throws {
        let found = try DetectionSupport.found(input)
        #expect(found.isEmpty, "unexpected findings: \(found)")
    }

    /// Regressions a review found and put right: prepositions that take people do not cut a
    /// name from its role; a language that is also a given name is no allow-listed word; a
    /// place's unit keeps its place; a police dog called by a title word after K9.
    @Test(arguments: [
        ("I saw my partner with Will at the door.", "Will", Label.person),
        ("We found Dari hiding under the deck.", "Dari", .person),
        ("We joined the Tri-Valley Narcotics Bureau raid.", "Tri-Valley Narcotics Bureau", .org),
        ("Call the Sandoval Traffic Detail desk.", "Sandoval Traffic Detail", .org),
        ("My K9 Justice bit him on the arm.", "Justice", .person),
        ("Our k9, Justice, found the gun.", "Justice", .person),
        ("Sgt. Moira Bradshaw and Officers J. Smith (#1234) and K. Lee (#5678) arrived.", "J. Smith", .person),
    ])
    func reviewedRegressions(_ input: String, _ expected: String, _ label: Label) throws {
        #expect(try DetectionSupport.found(label, in: input).contains(expected))
    }

    @Test func rankCompoundsAreNotNames() throws {
        let found = try DetectionSupport.found("Deputy Marshal Reyes served the warrant.")
        #expect(found.map(\.text) == ["Reyes"], "\(found)")
    }

    @Test func businessTailEndsNoCompoundSurname() throws {
        let found = try DetectionSupport.found("He ran Brantley Outdoor Supply out of a pole barn.")
        #expect(!found.contains { $0.label == .person && $0.text == "Brantley Outdoor Supply" }, "\(found)")
    }

    @Test func possessiveEndsACompoundSurname() throws {
        let found = try DetectionSupport.found("I asked for Emmie Ström's Cautionary Tale to be read at briefing.")
        #expect(found.map(\.text) == ["Emmie Ström"], "\(found)")
    }

    @Test func multiWordBrandOutweighsTheJargonWordInside() throws {
        #expect(try DetectionSupport.covered("Motel 6", in: "He was sleeping at the Motel 6 on Airport Blvd."))
        #expect(try DetectionSupport.covered("Planet Fitness", in: "She was at Planet Fitness when it happened."))
    }

    @Test func brandAtSentenceStartBeforeAPlaceStillCounts() throws {
        #expect(try DetectionSupport.covered("Chevron", in: "Chevron on Main was robbed twice."))
    }

    @Test func possessiveStaysOutside() throws {
        let found = try DetectionSupport.found("Deputy Hunter and I went in, and Hunter's radio died.")
        #expect(found.map(\.text) == ["Hunter", "Hunter"])
    }

    /// A line opening with a one-letter capital ("• A person …") is capitalised writing, so a
    /// surname that is also a word does not spread to the word in lower case there.
    @Test func lineOpeningWithOneLetterCapitalIsNotLowerCaseWriting() throws {
        let found = try DetectionSupport.found(.person, in: "My partner, Officer Jordan Price, went first.\n\nLESSONS LEARNED\n\u{2022} Never reach over a railing for a jumper unless you are anchored.\n\u{2022} A person in crisis can pull you over without meaning to, and the price is your life.")
        #expect(found == ["Jordan Price"])
    }

    /// In capitals a surname that is also a word spreads where it acts, not after an article
    /// ("THE LONG WAS OVER"), and a rank before it is no initial ("DEP. LONG").
    @Test func capitalsSurnameSpreadsOnlyAsTheActor() throws {
        let found = try DetectionSupport.found(.person, in: "DEP. LONG ARRIVED. THE LONG WAS OVER. LONG WAS CUFFED.")
        #expect(found == ["LONG", "LONG"])
        let price = try DetectionSupport.found(.person, in: "SGT. PRICE ARRIVED. THE PRICE WAS HIGH. GAS WENT UP. PRICE WAS CUFFED.")
        #expect(price == ["PRICE", "PRICE"])
    }

    /// A ranked person after 'against' in a game is the person, not an opposing school.
    @Test func rankedPersonAfterAgainstIsNoSchool() throws {
        let found = try DetectionSupport.found("He won the football game against Sergeant Smith's son.")
        #expect(found.map(\.text) == ["Smith"] && found.allSatisfy { $0.label == .person }, "\(found)")
    }

    @Test func findingsRecordTheirEvidence() throws {
        let text = try Text("Sgt. Lane told us to hold the lane.")
        let finding = try #require(try DetectionSupport.engine.scan(text).first)
        #expect(finding.rule == "name.title")
        #expect(finding.context == "Sgt")
        #expect(finding.detector == "names")
    }
}
