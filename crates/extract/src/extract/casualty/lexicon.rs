//! The word lists behind casualty figures: who a noun phrase counts (group), what
//! happened to them (outcome), and the qualifier written before a number.
//!
//! All look-ups take normalised words (see [`crate::extract::words`]).

use crate::extract::actors::is_third_nation;
use crate::extract::words::Token;
use crate::extract::words::WordSet;
use crate::model::{Group, Outcome, Qualifier};

/// Members of a force named by their place in it: an allied force's partner, and the
/// ranks that are never adjectives ("a corporal at the gate", not "private" or
/// "major"). Person heads and military heads both.
const FORCE_MEMBERS: WordSet<12> = WordSet::new([
    "partner",
    "partners",
    "corporal",
    "corporals",
    "sergeant",
    "sergeants",
    "lieutenant",
    "lieutenants",
    "captain",
    "captains",
    "colonel",
    "colonels",
]);

/// Nouns that name people a figure can count (the head of "15 ISIS fighters"),
/// [`FORCE_MEMBERS`] and [`CREW_WORDS`] among them.
const PERSON_HEADS: WordSet<199> =
    WordSet::union_of(&[PERSON_WORDS.keys(), FORCE_MEMBERS.keys(), CREW_WORDS.keys()]);

/// A merchant ship's people: "two of its seafarers died", "four mariners have been
/// killed" ([`is_crew_word`]).
const CREW_WORDS: WordSet<6> = WordSet::new([
    "mariners",
    "mariner",
    "seafarers",
    "seafarer",
    "crewmen",
    "crewman",
]);

/// [`PERSON_HEADS`] other than [`FORCE_MEMBERS`] and [`CREW_WORDS`].
const PERSON_WORDS: WordSet<181> = WordSet::new([
    "inmates",
    "prisoners",
    "detainees",
    "inmate",
    "detainee",
    "jordanians",
    "kuwaitis",
    "saudis",
    "emiratis",
    "qataris",
    "egyptians",
    "britons",
    "advisers",
    // Special forces named by their badge: "Green Berets", "Navy SEALs", "Rangers".
    "berets",
    "beret",
    "tribesmen",
    "tribesman",
    "seals",
    "rangers",
    "advisors",
    "trainers",
    "instructors",
    "instructor",
    "trainer",
    "adviser",
    "advisor",
    "comrades",
    // Fellows of one named before: "two of his colleagues were hurt".
    "comrade",
    "colleagues",
    "colleague",
    "teammates",
    // Special forces by their trade: "the two special operators who died".
    "operators",
    "operator",
    "mercenaries",
    "elements",
    "peshmerga",
    "henchmen",
    "loyalists",
    "associates",
    "companions",
    "followers",
    "lieutenants",
    "gis",
    "gi",
    "yanks",
    "yank",
    "employee",
    "employees",
    "staffer",
    "staffers",
    "briton",
    "britons",
    "interpreter",
    "interpreters",
    "translator",
    "driver",
    "drivers",
    "medic",
    "medics",
    "nurse",
    "nurses",
    "doctor",
    "doctors",
    "paramedic",
    "paramedics",
    "reservists",
    "reservist",
    "combatants",
    "combatant",
    "paratroopers",
    "commandos",
    "pilots",
    "pilot",
    "peacekeepers",
    "recruits",
    "marine",
    "sailor",
    "airman",
    "guard",
    "contractor",
    "official",
    "officials",
    "aide",
    "aides",
    "national",
    "nationals",
    "citizen",
    "citizens",
    "serviceman",
    "servicewoman",
    "bodyguard",
    "bodyguards",
    "deputy",
    "deputies",
    "officer",
    "policeman",
    "people",
    "persons",
    "person",
    "individuals",
    "individual",
    "civilians",
    "civilian",
    "children",
    "child",
    "kids",
    "women",
    "woman",
    "men",
    "man",
    "girls",
    "girl",
    "boys",
    "boy",
    "babies",
    "soldiers",
    "soldier",
    "troops",
    "personnel",
    "members",
    "member",
    "servicemembers",
    "servicemen",
    "sailors",
    "marines",
    "airmen",
    "americans",
    "american",
    "fighters",
    "fighter",
    "militants",
    "militant",
    "terrorists",
    "terrorist",
    "operatives",
    "insurgents",
    "jihadists",
    "jihadis",
    "gunmen",
    "attackers",
    "assailants",
    "extremists",
    "leaders",
    "leader",
    "commanders",
    "commander",
    "others",
    "policemen",
    "officers",
    "police",
    "guards",
    "contractors",
    "workers",
    "journalists",
    "relatives",
    "residents",
    "iraqis",
    "syrians",
    "afghans",
    "kurds",
    "palestinians",
    "israelis",
    "lebanese",
    "yemenis",
    "iranians",
    "pakistanis",
    "somalis",
    "nigerians",
    "ukrainians",
    "russians",
    "sudanese",
    "suspects",
    "pilgrims",
    "worshippers",
    "students",
    "migrants",
    "refugees",
    "passengers",
    "villagers",
    "protesters",
    "demonstrators",
]);

/// Military ranks and posts: listed under a force's dead ("among them a captain"),
/// they are of that force; standing alone
/// as a phrase's head ("a corporal was killed"), of the article's own force.
pub(crate) const RANKS: WordSet<18> = WordSet::new([
    "corporals",
    "captains",
    "colonels",
    "lieutenant",
    "captain",
    "sergeant",
    "corporal",
    "private",
    "major",
    "colonel",
    "brigadier",
    "general",
    "commander",
    "officer",
    "officers",
    "commanders",
    "sergeants",
    "lieutenants",
]);

/// Words that mark a fighter of an armed group besides the [`NAMED_GROUPS`]
/// ("terrorists", "jihadists", the "takfiri" and "Kharijites" of Iraqi, Egyptian and
/// Pakistani statements), and the armed men named by what they do against a
/// state's forces: smugglers and infiltrators who fight border troops, raiders,
/// bandits (the guidelines' "armed individuals").
pub(crate) const MILITANT_MARKERS: WordSet<34> = WordSet::new([
    "takfiri",
    "takfiris",
    "kharijites",
    "smugglers",
    "smuggler",
    "infiltrators",
    "infiltrator",
    "raiders",
    "bandits",
    "intruders",
    "fanatics",
    "gunman",
    "insurgent",
    "jihadist",
    "jihadists",
    "jihadi",
    "jihadis",
    "attackers",
    "attacker",
    "assailants",
    "assailant",
    "terrorist",
    "terrorists",
    "militant",
    "militants",
    "fighters",
    "fighter",
    "insurgents",
    "gunmen",
    "extremists",
    "operatives",
    "islamist",
    // A jihadist group's local chiefs ("two so-called emirs").
    "emirs",
    "emir",
]);

/// Words of an attack aimed at someone; with a militant marker they make unqualified
/// "people" killed in it militants.
const STRIKE_WORDS: WordSet<{ STRIKE_NOUNS.len() + 4 }> = WordSet::union_of(&[
    STRIKE_NOUNS.keys(),
    WordSet::<4>::new(["operation", "camp", "hideout", "hideouts"]).keys(),
]);

/// Nouns of a strike or raid that a side carries out: "a U.S. drone strike", "an
/// Iraqi raid" ("operation" names too much else: "Operation Inherent Resolve").
const STRIKE_NOUNS: WordSet<6> = WordSet::new([
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "raid",
    "raids",
]);

/// True for a noun of a strike or raid a side carries out ("strike", "raids"), the
/// [`is_strike_word`]s that are not places or an operation's name.
pub fn is_strike_noun(w: &str) -> bool {
    STRIKE_NOUNS.contains(w)
}

/// Military nouns that with a nationality name a force ("U.S. troops", "an Iraqi
/// army captain"), [`FORCE_MEMBERS`] among them.
const MILITARY_HEADS: WordSet<62> =
    WordSet::union_of(&[MILITARY_WORDS.keys(), FORCE_MEMBERS.keys()]);

/// True for a military noun that with a nationality names a force ("troops",
/// "forces", "army").
pub fn is_military_head(w: &str) -> bool {
    MILITARY_HEADS.contains(w)
}

/// [`MILITARY_HEADS`] other than [`FORCE_MEMBERS`].
const MILITARY_WORDS: WordSet<50> = WordSet::new([
    "police",
    "advisers",
    "advisors",
    "adviser",
    "advisor",
    "trainers",
    "trainer",
    "troops",
    "soldiers",
    "soldier",
    "personnel",
    "members",
    "member",
    "servicemembers",
    "servicemen",
    "serviceman",
    "servicewoman",
    "sailors",
    "sailor",
    "marines",
    "marine",
    "airmen",
    "airman",
    "reservists",
    "reservist",
    "paratroopers",
    "berets",
    "seals",
    "rangers",
    "commandos",
    "pilots",
    "pilot",
    "officer",
    "officers",
    "guards",
    "guard",
    "policemen",
    "policeman",
    "commander",
    "commanders",
    "recruits",
    "recruit",
    "conscripts",
    "conscript",
    "cadets",
    "cadet",
    "forces",
    "force",
    "casualties",
    "casualty",
]);

/// Words that name the United States side.
const US_MARKERS: &[&str] = &["us", "american", "americans", "united", "america"];

/// True for a US service named by its own capitalised name: "Marines", "a Marine",
/// "Navy SEALs", the Army's "Green Berets" (lower-case "marines" may be any navy's;
/// "Royal Marines" and "Iraqi Marines" are told by the word before, which the
/// callers read).
pub fn us_service_name(text: &str, t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "marines" | "marine" | "seals" | "seal" | "berets" | "beret"
    ) && matches!(
        t.raw(text),
        "Marines" | "Marine" | "SEALs" | "SEAL" | "SEALS" | "Berets" | "Beret"
    )
}

/// Words that name an allied local force.
const PARTNER_MARKERS: &[&str] = &[
    "iraqi",
    "somali",
    "sdf",
    "kurdish",
    "peshmerga",
    "afghan",
    "democratic",
    "partner",
    "partners",
    "allied",
    "local",
    // Jihadist statements call the local state's soldiers "apostates".
    "apostate",
];

/// Names of armed groups (as opposed to generic words for fighters).
pub(crate) const NAMED_GROUPS: WordSet<34> = WordSet::new([
    "boko",
    "iswap",
    "iswa",
    "jnim",
    "aqap",
    "aqim",
    "isgs",
    "houthi",
    "houthis",
    "hamas",
    "nusra",
    "al-nusra",
    "lashkar",
    "ttp",
    "sayyaf",
    "al-shabaab",
    "shabaab",
    "isis",
    "isil",
    "daesh",
    "hurras",
    "al-din",
    "qaeda",
    "al-qaeda",
    "al-qaida",
    "qaida",
    "kataib",
    "hezbollah",
    // Harakat al-Nujaba, an Iran-backed militia.
    "nujaba",
    "al-nujaba",
    "hizballah",
    "taliban",
    "al-shabab",
    "shabab",
]);

/// True for a word that makes who it names a partner of the US or its coalition:
/// "U.S.-backed", "coalition-trained", "American-allied", "Western-supported". They
/// are backed, not the backers: "US-backed fighters" are no US forces.
pub fn backed_by_allies(w: &str) -> bool {
    // Most words end in none of the suffixes: a byte test passes them over first.
    if !w.ends_with('d') {
        return false;
    }
    w.split_once('-').is_some_and(|(by, how)| {
        matches!(by, "us" | "american" | "coalition" | "western" | "nato")
            && matches!(
                how,
                "backed"
                    | "allied"
                    | "trained"
                    | "supported"
                    | "funded"
                    | "armed"
                    | "equipped"
                    | "aligned"
                    | "partnered"
            )
    })
}

/// True for a modifier that makes fighters or a group the coalition's partner:
/// "allied", "partner", "U.S.-backed" ([`backed_by_allies`]).
pub fn is_allied_modifier(w: &str) -> bool {
    matches!(w, "allied" | "partner") || backed_by_allies(w)
}

/// Names that are allied local forces by themselves: "the SDF", "three Peshmerga",
/// "a PMF fighter", "CTS personnel", "Asayish members"; the Popular and Tribal
/// Mobilisation forces of the Iraqi state by their one distinctive word, in each
/// spelling ("Hashd al-Shaabi", "Hashed Al Shaabi", "the PMU").
pub(crate) const PARTNER_FORCE_NAMES: WordSet<16> = WordSet::new([
    "sdf",
    // The Syrian Free Army (formerly Maghawir al-Thawra), the US partner at al-Tanf.
    "sfa",
    "maghawir",
    "peshmerga",
    "ypg",
    "pmf",
    "pmu",
    "hashd",
    "al-hashd",
    "hashed",
    "al-shaabi",
    "mobilisation",
    "mobilization",
    "cts",
    "isf",
    "asayish",
]);

/// Nationalities and words of allied local forces, which make "fighters" partner
/// forces.
const ALLIED_WORDS: WordSet<5> =
    WordSet::new(["kurdish", "iraqi", "afghan", "somali", "democratic"]);

/// Names of allied local forces, which make "fighters" partner forces.
const ALLIED_NAMES: WordSet<{ PARTNER_FORCE_NAMES.len() + ALLIED_WORDS.len() }> =
    WordSet::union_of(&[PARTNER_FORCE_NAMES.keys(), ALLIED_WORDS.keys()]);

/// True for an allied name, whole ("al-hashd") or before a hyphen ("SDF-held").
fn is_allied_name(w: &str) -> bool {
    ALLIED_NAMES.contains(w) || ALLIED_NAMES.contains(w.split('-').next().unwrap_or(""))
}

/// Words that name civilians: the word itself, children and women, and people named
/// by where they live or a civilian pursuit ("villagers", "shepherds", "worshippers",
/// "neighbours"), who are no side of a fight. People named by an employer
/// ("workers", "contractors", "crew") are not: the guidelines make them other.
const CIVILIAN_WORDS: &[&str] = &[
    // "innocent Iraqis", "innocent bystanders".
    "innocent",
    "villagers",
    "villager",
    "residents",
    "resident",
    "inhabitants",
    "locals",
    "townspeople",
    "neighbours",
    "neighbors",
    "neighbour",
    "neighbor",
    "shepherds",
    "shepherd",
    "herders",
    "herdsmen",
    "farmers",
    "farmer",
    "fishermen",
    "fisherman",
    "worshippers",
    "worshipers",
    "pilgrims",
    "passengers",
    "shoppers",
    "bystanders",
    "passers-by",
    "passersby",
    "mourners",
    // People at civilian work ("truffle hunters", "farm labourers"); "workers" named
    // by an employer ("oil workers") may be contractors and stay other.
    "hunters",
    "hunter",
    "foragers",
    "forager",
    "gatherers",
    "labourers",
    "labourer",
    "laborers",
    "laborer",
    "traders",
    "trader",
    "merchants",
    "vendors",
    "journalists",
    "journalist",
    // People on holiday ("nine tourists"): not of any fighting side.
    "tourists",
    "tourist",
    "holidaymakers",
    "vacationers",
    "teachers",
    "teacher",
    "nomads",
    "pupils",
    "schoolchildren",
    "students",
    "civilians",
    "civilian",
    "children",
    "child",
    "kids",
    "women",
    "woman",
    "girls",
    "girl",
    "boys",
    "boy",
    "babies",
    "baby",
    "infant",
    "infants",
    "teenager",
    "teenagers",
    "toddler",
    // Religious and ethnic communities, killed as such ("some 3,100 Yazidis were
    // killed", "militants executed 40 Christians").
    "yazidis",
    "christians",
    "shiites",
    "shias",
    "alawites",
    "assyrians",
];

/// Those who tend the sick: civilians when no armed service names them.
const MEDICAL_ROLES: &[&str] = &[
    "nurses",
    "nurse",
    "doctors",
    "doctor",
    "paramedics",
    "paramedic",
];

/// Modifiers that name an armed service: with no nationality, the article's own force;
/// before a medical role ("Army doctors", "a Navy nurse"), no civilians.
pub(super) const SERVICE_WORDS: WordSet<7> = WordSet::new([
    "army", "navy", "naval", "marine", "military", "air", "coast",
]);

/// [`CIVILIAN_WORDS`] as a [`WordSet`].
const CIVILIAN_OWN: WordSet<{ CIVILIAN_WORDS.len() }> = WordSet::new({
    let mut out = [""; CIVILIAN_WORDS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = CIVILIAN_WORDS[i];
        i += 1;
    }
    out
});

/// Kin of a victim ("wounding his two sons", "her nephew"): civilians of their own,
/// no side of a fight, but the family of a militant target is a mixed group the
/// guidelines make other.
const KIN_PEOPLE: WordSet<26> = WordSet::new([
    "sons",
    "son",
    "daughters",
    "daughter",
    "wife",
    "wives",
    "relatives",
    "grandchildren",
    "grandson",
    "granddaughter",
    "nephews",
    "nephew",
    "nieces",
    "niece",
    "brothers",
    "brother",
    "sisters",
    "sister",
    "cousins",
    "cousin",
    "mothers",
    "mother",
    "fathers",
    "father",
    "husbands",
    "husband",
]);

/// Nouns of a household, which name kin only in a phrase ("two others from the same
/// family", "members of a family").
const HOUSEHOLDS: WordSet<3> = WordSet::new(["family", "families", "household"]);

/// The words that name civilians, looked up for every word of a phrase by key rather
/// than by a scan of strings: [`CIVILIAN_WORDS`] and a victim's kin.
const CIVILIAN_SET: WordSet<{ CIVILIAN_WORDS.len() + KIN_PEOPLE.len() }> =
    WordSet::union_of(&[CIVILIAN_OWN.keys(), KIN_PEOPLE.keys()]);

/// A victim's kin and households.
const KIN_WORDS: WordSet<{ KIN_PEOPLE.len() + HOUSEHOLDS.len() }> =
    WordSet::union_of(&[KIN_PEOPLE.keys(), HOUSEHOLDS.keys()]);

/// True for a word that names a victim's kin ([`KIN_WORDS`]).
pub fn is_kin_word(w: &str) -> bool {
    KIN_WORDS.contains(w)
}

/// True for a noun of a household or kin group ("family", "clan", "tribe"): a count
/// before it counts the groups, not people ("members of one family").
pub fn is_household(w: &str) -> bool {
    HOUSEHOLDS.contains(w) || matches!(w, "households" | "clan" | "clans" | "tribe" | "tribes")
}

/// True for a word that names civilians ("civilians", "children", "women").
pub fn is_civilian_word(w: &str) -> bool {
    CIVILIAN_SET.contains(w)
}

/// True for a noun a casualty figure can count.
pub fn is_person_head(w: &str) -> bool {
    PERSON_HEADS.contains(w)
        || CIVILIAN_SET.contains(w)
        || MILITANT_MARKERS.contains(w)
        // A nation's people in the plural: "19 Italians", "three Canadians".
        || w.len() > 4 && crate::extract::actors::demonym_force(w).is_some()
}

/// True for a noun of a merchant ship's people ("seafarers", "mariners", "crewmen"):
/// no force's members, whoever calls them "our".
pub fn is_crew_word(w: &str) -> bool {
    CREW_WORDS.contains(w)
}

/// The outcome a casualty noun names (`injuries` → injured, `casualties` → killed).
pub fn outcome_noun(w: &str) -> Option<Outcome> {
    match w {
        "injuries" | "injury" | "concussions" | "concussion" => Some(Outcome::Injured),
        "casualties" | "casualty" | "deaths" | "fatalities" => Some(Outcome::Killed),
        // "resulted in nine martyrs": the dead, in the words of their own side.
        "martyrs" => Some(Outcome::Killed),
        // "recovered four bodies": the dead.
        "bodies" | "corpses" => Some(Outcome::Killed),
        _ => None,
    }
}

/// The outcome a word of a toll names: an outcome word, or the dead named as
/// "martyrs" ("the number of martyrs has risen to five", "martyrs rise to five").
pub fn toll_word(w: &str) -> Option<Outcome> {
    outcome_word(w).or_else(|| (w == "martyrs").then_some(Outcome::Killed))
}

/// The outcome a verb or predicate word names: killed, dead, died, wounded, hurt,
/// captured … `harmed` and `casualties` count as killed (guidelines).
pub fn outcome_word(w: &str) -> Option<Outcome> {
    match w {
        "killed" | "killing" | "kill" | "kills" | "dead" | "died" | "die" | "dies" | "slain"
        | "death" | "deaths" | "casualties" | "harmed" | "fatalities" | "perished" | "martyred"
        | "eliminated" | "neutralised" | "neutralized" | "neutralising" | "neutralizing"
        | "martyrdom" | "succumbed" | "kia" | "murdered" | "executed" | "massacred" | "slew"
        | "slays" | "slaughtered" | "beheaded" | "assassinated" | "butchered" | "lynched"
        // "their status has been changed to deceased", "declared deceased".
        | "deceased"
        // "two prisoners were hanged at dawn".
        | "hanged" => {
            Some(Outcome::Killed)
        }
        "wounded" | "wounding" | "wounds" | "wound" | "injured" | "injuring" | "injures"
        | "injure" | "hurt" | "hurts" | "maimed" | "injuries" | "concussion" | "concussions"
        | "tbi" | "wia" => Some(Outcome::Injured),
        "captured" | "capturing" | "detained" | "detaining" | "arrested" | "arresting"
        | "abducted" | "kidnapped" | "captures" | "detains" | "arrests" | "nabbed"
        | "recaptured" => Some(Outcome::Captured),
        _ => None,
    }
}

/// The outcome of a verb written just before a number ("killed nine", "killing 37",
/// "wounds 3", "injured 18").
pub fn outcome_verb_before(w: &str) -> Option<Outcome> {
    match w {
        "killed" | "killing" | "kills" | "kill" | "eliminated" | "eliminating" | "eliminates"
        | "neutralised" | "neutralized" | "neutralising" | "neutralizing" | "neutralises"
        | "neutralizes" | "slew" | "slays" | "murdered" | "murdering" | "murders" | "executed"
        | "executing" | "executes" | "massacred" | "massacring" | "massacres" | "slaughter"
        | "slaughters" | "slaughtered" | "slaughtering" | "beheaded" | "beheading" | "beheads"
        | "behead" | "assassinated" | "assassinating" | "butchered" | "lynched" | "massacre"
        | "murder" | "execute" | "butcher" | "butchers" | "assassinate" | "assassinates"
        | "martyred" | "martyring"
        // Executions by the rope: "Jordan hangs two jihadists", "hanged 21 men".
        | "hanged" | "hangs" => Some(Outcome::Killed),
        "wounded" | "wounding" | "wounds" | "wound" | "injured" | "injuring" | "injures"
        | "injure" | "hurt" | "hurting" | "hurts" | "maimed" | "maiming" | "maims" => {
            Some(Outcome::Injured)
        }
        "captured" | "capturing" | "captures" | "detained" | "detaining" | "detains"
        | "arrested" | "arresting" | "arrests" | "kidnapped" | "kidnapping" | "kidnaps"
        | "abducted" | "abducting" | "abducts" | "nabbed" | "recaptured" | "detain" | "capture"
        | "arrest" | "kidnap" | "abduct" => Some(Outcome::Captured),
        _ => None,
    }
}

/// The qualifier the words before a number give, and how many words it spans:
/// `at least` → at_least, `more than` / `over` → more_than, `about` / `roughly` /
/// `some` / `approximately` → about, `up to` / `as many as` / `as high as` → up_to.
pub fn qualifier_before(words: &[&str]) -> (Qualifier, usize) {
    let n = words.len();
    let last = |k: usize| if k <= n { words[n - k] } else { "" };
    // "as many as six died", "put the toll as high as 240": at most that many.
    if matches!((last(3), last(2), last(1)), ("as", "many" | "high", "as")) {
        return (Qualifier::UpTo, 3);
    }
    match (last(2), last(1)) {
        ("at", "least") => (Qualifier::AtLeast, 2),
        ("more", "than") => (Qualifier::MoreThan, 2),
        ("up", "to") => (Qualifier::UpTo, 2),
        ("an", "estimated") => (Qualifier::About, 2),
        (_, "over") => (Qualifier::MoreThan, 1),
        (_, "about" | "roughly" | "some" | "approximately" | "around" | "nearly" | "almost") => {
            (Qualifier::About, 1)
        }
        _ => (Qualifier::Exact, 0),
    }
}

/// True when the token marks an armed group or its fighters. `IS` counts only in
/// capitals, so the verb "is" never does.
pub fn is_militant_marker(text: &str, t: &Token) -> bool {
    t.is_word
        && (t.norm == "is" && t.raw(text) == "IS"
            || t.norm == "islamic" // "Islamic State"
            || NAMED_GROUPS.contains(&t.norm)
            // "80 "American terrorists"", ""terrorist" bases": a word in scare quotes
            // can be a side's label for its foes, not what the report calls them.
            || MILITANT_MARKERS.contains(&t.norm) && !scare_quoted(text, &t.range)
            // "ISIS-K", "Daesh-affiliated": a named group before a hyphen.
            || t.norm.contains('-')
                && (NAMED_GROUPS.contains(t.norm.split('-').next().unwrap_or(""))
                    || against_allies(&t.norm)))
}

/// True for a word that names fighters by whom they fight, the US, its coalition or
/// the partner state: "anti-Iraqi forces", "anti-coalition fighters", "anti-government
/// elements" (military jargon for insurgents).
fn against_allies(w: &str) -> bool {
    w.strip_prefix("anti-").is_some_and(|side| {
        matches!(
            side,
            "iraqi" | "afghan" | "coalition" | "government" | "us" | "american" | "u.s"
        )
    })
}

/// Most bytes between a scare quote and the word it encloses ("“American
/// terrorists”": one word between).
const SCARE_REACH: usize = 16;

/// True when the militant word at `range` is a side's label in scare quotes, not the
/// report's word: a quotation of at most two words, with no mark of a sentence in it,
/// that names its foes by an allied nationality ("80 "American terrorists"") or
/// modifies a noun that is no people ("“terrorist” bases"). "Soldiers killed nine
/// "takfiri elements"" keeps its militants.
fn scare_quoted(text: &str, range: &std::ops::Range<usize>) -> bool {
    let is_quote = |c: char| matches!(c, '"' | '“' | '”');
    let short = |s: &str| s.split_whitespace().count() <= 1 && !s.contains(['.', ',', ';']);
    let Some(before) = text
        .get(range.start.saturating_sub(SCARE_REACH)..range.start)
        .and_then(|b| {
            let cut = b.rfind(is_quote)?;
            // Past the quote mark, whatever its width in bytes.
            Some(b[cut..].trim_start_matches(is_quote)).filter(|s| short(s))
        })
    else {
        return false;
    };
    let Some((inside_after, outside)) = text
        .get(range.end..(range.end + SCARE_REACH).min(text.len()))
        .and_then(|a| {
            let cut = a.find(is_quote)?;
            Some((&a[..cut], a[cut..].trim_start_matches(is_quote))).filter(|(s, _)| short(s))
        })
    else {
        return false;
    };
    let allied = before.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        matches!(w.as_str(), "american" | "us" | "u.s." | "iraqi" | "kurdish")
    });
    // The noun right after the closing quote, when the quotation has no head of its own.
    let next = outside.split_whitespace().next().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    // A noun, not a word that ends the phrase ("12 "terrorists" on Monday").
    let ends_phrase = |w: &str| {
        matches!(
            w,
            "on" | "in"
                | "at"
                | "near"
                | "from"
                | "by"
                | "with"
                | "and"
                | "or"
                | "who"
                | "that"
                | "were"
                | "was"
                | "are"
                | "is"
                | "had"
                | "have"
                | "has"
                | "said"
                | "died"
                | "the"
                | "a"
                | "an"
                | "to"
                | "for"
                | "of"
                | "as"
                | "after"
                | "during"
        )
    };
    let modifies_thing = inside_after.trim().is_empty()
        && next.is_some_and(|w| {
            !w.is_empty()
                && !ends_phrase(&w)
                && !is_person_head(&w)
                && w.chars().all(char::is_alphabetic)
        });
    allied || modifies_thing
}

/// True when the word names an attack aimed at someone.
pub fn is_strike_word(w: &str) -> bool {
    STRIKE_WORDS.contains(w)
}

/// Words that make a group one of the armed factions Iran backs ("members of
/// Iran-backed groups", "pro-Iranian factions"): militants, as the guidelines make
/// Kataib Hezbollah's fighters.
const IRAN_BACKED: WordSet<9> = WordSet::new([
    "iran-backed",
    "iranian-backed",
    "iran-aligned",
    "iran-allied",
    "iran-linked",
    "iran-supported",
    "tehran-backed",
    "pro-iranian",
    "pro-iran",
]);

/// Nouns of a militia: an armed group, militants unless [`FRIENDLY_MILITIA`] says
/// it is on the government's side.
pub(crate) const MILITIA_NOUNS: WordSet<4> =
    WordSet::new(["militia", "militias", "militiamen", "militiaman"]);

/// Modifiers of a militia on the government's side: "a tribal militia", "pro-government
/// militias".
pub(crate) const FRIENDLY_MILITIA: [&str; 7] = [
    "clan",
    "tribal",
    "pro-government",
    "self-defence",
    "self-defense",
    "government-backed",
    "community",
];

/// Animals a casualty figure may count: of no side (the guidelines' "other").
const ANIMALS: WordSet<12> = WordSet::new([
    "dog", "dogs", "k9", "k-9", "horse", "horses", "mule", "mules", "camel", "camels", "donkey",
    "donkeys",
]);

/// True for an animal's noun ("dog", "horses"): its figure is of no side.
pub fn is_animal(w: &str) -> bool {
    ANIMALS.contains(w)
}

/// The group a noun phrase names, from its words (modifiers and head), or `None` when
/// it names no group by itself (`people`, `others`, `injuries`).
pub fn group_of(text: &str, words: &[&Token]) -> Option<Group> {
    // "a military working dog", "two U.S. Army horses": an animal, whoever's it is.
    if words.last().is_some_and(|t| ANIMALS.contains(&t.norm)) {
        return Some(Group::Other);
    }
    let has = |list: &[&str]| words.iter().any(|t| list.contains(&t.norm.as_str()));
    // A military noun among the words: one keyed look-up each.
    let military = || words.iter().any(|t| MILITARY_HEADS.contains(&t.norm));
    let has_pair = |a: &str, b: &str| {
        words
            .windows(2)
            .any(|w| w[0].norm == a && (w[1].norm == b || b.is_empty()))
    };
    // "SDF fighters", "Kurdish fighters", "Iraqi troops": an allied force, unless an
    // armed group is named too.
    let named_group = words
        .iter()
        .any(|t| NAMED_GROUPS.contains(&t.norm) || t.raw(text) == "IS");
    // "allied fighters", "U.S.-backed fighters" too.
    // "Military Council fighters", "of the Manbij Military Council": the SDF's local
    // councils, an allied force by its name.
    let council = words.windows(2).any(|w| {
        w[0].norm == "military"
            && w[1].norm == "council"
            && w[0].starts_ascii_upper(text)
            && w[1].starts_ascii_upper(text)
    });
    let allied = council
        || words
            .iter()
            .any(|t| is_allied_name(&t.norm) || is_allied_modifier(&t.norm));
    // Some allied names are forces by themselves ("three Peshmerga", "the SDF").
    let force_name = council || words.iter().any(|t| PARTNER_FORCE_NAMES.contains(&t.norm));
    if !named_group
        && allied
        && (force_name || military() || has(&["fighters", "fighter", "militias", "militiamen"]))
    {
        return Some(Group::PartnerForces);
    }
    // "11 mercenaries were killed" in a partner's statement on ISIS; not Wagner's or
    // another state's.
    if has(&["mercenaries", "mercenary"])
        && !has(&["wagner", "foreign", "colombian"])
        && !words.iter().any(|t| is_third_nation(&t.norm))
    {
        return Some(Group::Militants);
    }
    // "seven militia members" hit by a strike; not a clan or pro-government militia.
    let militia = words.iter().any(|t| MILITIA_NOUNS.contains(&t.norm))
        && !words
            .iter()
            .any(|t| FRIENDLY_MILITIA.contains(&t.norm.as_str()));
    if words.iter().any(|t| is_militant_marker(text, t))
        || militia
        || words.iter().any(|t| IRAN_BACKED.contains(&t.norm))
        || has_pair("armed", "individuals")
        || has_pair("armed", "men")
        || (has(&["leaders", "leader", "commanders", "commander"])
            && has(&["senior", "key", "top"]))
    {
        return Some(Group::Militants);
    }
    // "a nurse", "two doctors", "four members of the medical staff" tend the sick:
    // civilians, unless a service names them ("two Army doctors", "a Navy nurse").
    let medical =
        has(MEDICAL_ROLES) || has_pair("medical", "staff") || has_pair("medical", "workers");
    let serving = military()
        || words.iter().any(|t| SERVICE_WORDS.contains(&t.norm))
        || words.iter().any(|t| t.raw(text) == "US" || t.norm == "u.s");
    if medical && !serving {
        return Some(Group::Civilians);
    }
    if has(CIVILIAN_WORDS) || words.iter().any(|t| KIN_PEOPLE.contains(&t.norm)) {
        return Some(Group::Civilians);
    }
    // "seven coalition troops", "coalition personnel": soldiers of several nations,
    // mixed; a "coalition partner force" is allied ([`PARTNER_MARKERS`]).
    if has(&["coalition"]) && military() && !has(PARTNER_MARKERS) {
        return Some(Group::Other);
    }
    // "an American": the nationality as the head of the phrase.
    // (Also before the next conjunct of a list: "one American and one Briton", whose
    // words run on to the next person's nationality.)
    let american_head = words.iter().enumerate().any(|(i, t)| {
        t.norm == "american"
            && words.get(i + 1).is_none_or(|n| {
                let people = |w: &str| crate::extract::actors::demonym_force(w).is_some();
                matches!(n.norm.as_str(), "and" | "or" | ",")
                    || people(n.norm.as_str())
                    || people(&format!("{}s", n.norm.as_str()))
            })
    });
    // "two British servicemen" are another country's.
    let foreign = words.iter().any(|t| is_third_nation(&t.norm)) && !has(US_MARKERS);
    // "the New York Air National Guard's 106th Rescue Wing", "Army National Guard
    // soldiers": the Air and Army National Guard are the US's.
    let us_guard = (has_pair("air", "national") || has_pair("army", "national"))
        && has_pair("national", "guard");
    if american_head
        || us_guard
        || !foreign && has(&["americans", "servicemembers", "servicemen", "gis", "yanks"])
        || !foreign && !has(&["royal"]) && words.iter().any(|t| us_service_name(text, t))
        || has(&["yank"]) && military()
        || (has(US_MARKERS) && military())
    {
        return Some(Group::UsForces);
    }
    if has(PARTNER_MARKERS) && military() {
        return Some(Group::PartnerForces);
    }
    None
}

/// True when "civilian" stands just before word `i` ("civilian contractors").
fn civilian_before(words: &[&Token], i: usize) -> bool {
    i > 0 && words[i - 1].norm == "civilian"
}

/// The groups named in a stretch of words, in order, each once: used for explicit
/// zeros ("U.S. troops and civilians were not wounded").
pub fn groups_in(text: &str, words: &[&Token]) -> Vec<Group> {
    let mut out = Vec::new();
    let mut push = |g: Group| {
        if !out.contains(&g) {
            out.push(g);
        }
    };
    for (i, t) in words.iter().enumerate() {
        let w = t.norm.as_str();
        // A military head among the next four words ("U.S. troops", "Iraqi army units",
        // "U.S. and Iraqi security forces").
        // Or the casualty noun right after the side: "no U.S. fatalities", "no Iraqi
        // casualties" are that side's force.
        let head_next = || {
            words[i + 1..]
                .iter()
                .take(4)
                .any(|n| MILITARY_HEADS.contains(&n.norm))
                || words
                    .get(i + 1)
                    .is_some_and(|n| outcome_noun(&n.norm).is_some() && n.norm != "bodies")
        };
        if CIVILIAN_SET.contains(w) {
            push(Group::Civilians);
        } else if matches!(w, "contractors" | "contractor") && !civilian_before(words, i) {
            // "No contractors were hurt": people of no side.
            push(Group::Other);
        } else if w == "americans" || US_MARKERS.contains(&w) && head_next() {
            push(Group::UsForces);
        } else if (is_third_nation(w) || w == "coalition")
            && head_next()
            // "Syrian partner forces": the nation of a partner force, not a third one.
            && !words.get(i + 1).is_some_and(|n| is_allied_modifier(&n.norm))
        {
            // "No British troops were among the casualties": another country's force;
            // "no coalition personnel": several countries' forces.
            push(Group::Other);
        } else if PARTNER_MARKERS.contains(&w) && head_next()
            || PARTNER_FORCE_NAMES.contains(&t.norm)
        {
            // "Iraqi troops"; "the SDF", "the Peshmerga" are forces by themselves.
            push(Group::PartnerForces);
        } else if is_militant_marker(text, t) && w != "islamic" {
            // "Peshmerga fighters", "SDF fighters" are the allied force just named.
            let allied =
                i > 0 && matches!(w, "fighters" | "fighter") && is_allied_name(&words[i - 1].norm);
            push(if allied {
                Group::PartnerForces
            } else {
                Group::Militants
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_civilian_set_holds_the_civilian_words() {
        for w in CIVILIAN_WORDS {
            assert!(is_civilian_word(w), "{w}");
        }
        for w in ["sons", "niece", "relatives"] {
            assert!(is_civilian_word(w) && is_kin_word(w), "{w}");
        }
        assert!(is_kin_word("family") && !is_civilian_word("family"));
        for w in [
            "",
            "civilianz",
            "troops",
            "child\0",
            "passers",
            "schoolchildren!",
        ] {
            assert_eq!(is_civilian_word(w), CIVILIAN_WORDS.contains(&w), "{w}");
        }
    }
    use crate::extract::words::tokenize;

    fn check(input: &str, expected: Option<Group>) {
        let toks = tokenize(input, 0..input.len());
        let refs: Vec<&Token> = toks.iter().collect();
        assert_eq!(group_of(input, &refs), expected, "{input}");
    }

    #[test]
    fn noun_phrases_name_groups() {
        check("US soldiers", Some(Group::UsForces));
        check("U.S. service members", Some(Group::UsForces));
        check("Americans", Some(Group::UsForces));
        check("GIs", Some(Group::UsForces));
        check("Yanks", Some(Group::UsForces));
        check("Iraqi soldiers", Some(Group::PartnerForces));
        check("SDF fighters", Some(Group::PartnerForces));
        check(
            "Syrian Democratic Forces fighters",
            Some(Group::PartnerForces),
        );
        check("Syrian government soldiers", None);
        check("British servicemen", None);
        check("French servicemembers", None);
        check("U.S. and British servicemen", Some(Group::UsForces));
        check("Kurdish-led fighters", Some(Group::PartnerForces));
        check("Kataib Hezbollah fighters", Some(Group::Militants));
        check("ISIL (ISIS) fighters", Some(Group::Militants));
        check("IS fighters", Some(Group::Militants));
        check("armed individuals", Some(Group::Militants));
        check("terrorist operatives", Some(Group::Militants));
        check("senior leaders", Some(Group::Militants));
        check("Somali soldiers", Some(Group::PartnerForces));
        check("al-Shabaab fighters", Some(Group::Militants));
        check("children", Some(Group::Civilians));
        check("girl", Some(Group::Civilians));
        check("people", None);
        check("others", None);
    }

    #[test]
    fn fighters_named_by_whom_they_fight_are_militants() {
        check("anti-Iraqi forces", Some(Group::Militants));
        check("suspected anti-coalition fighters", Some(Group::Militants));
        check("anti-government elements", Some(Group::Militants));
        check("anti-Afghan gunmen", Some(Group::Militants));
        check("anti-US insurgents", Some(Group::Militants));
        // Against something else: no side.
        check("anti-war protesters", None);
        check("anti-aircraft gunners", None);
    }

    #[test]
    fn qualifiers_before_numbers() {
        assert_eq!(
            qualifier_before(&["killed", "at", "least"]),
            (Qualifier::AtLeast, 2)
        );
        assert_eq!(
            qualifier_before(&["more", "than"]),
            (Qualifier::MoreThan, 2)
        );
        assert_eq!(qualifier_before(&["roughly"]), (Qualifier::About, 1));
        assert_eq!(qualifier_before(&["up", "to"]), (Qualifier::UpTo, 2));
        assert_eq!(qualifier_before(&["killed"]), (Qualifier::Exact, 0));
        assert_eq!(qualifier_before(&[]), (Qualifier::Exact, 0));
    }

    #[test]
    fn a_word_in_scare_quotes_is_a_label_not_a_side() {
        use crate::extract::words::tokenize;
        let marker = |text: &str, word: &str| {
            let toks = tokenize(text, 0..text.len());
            let t = toks.iter().find(|t| t.norm == word).unwrap();
            is_militant_marker(text, t)
        };
        for (text, word) in [
            (
                "Iranian TV said 80 \"American terrorists\" died.",
                "terrorists",
            ),
            (
                "They fired missiles at “terrorist” bases near Koya.",
                "terrorist",
            ),
            (
                "Jets hit three “jihadist” camps near the border.",
                "jihadist",
            ),
            (
                "The channel said 12 \"US terrorists\" were hurt.",
                "terrorists",
            ),
            (
                "Tehran hit “terrorist” headquarters of Kurdish parties.",
                "terrorist",
            ),
        ] {
            assert!(!marker(text, word), "{text}");
        }
        // A quoted sentence, or a word outside quotes, keeps its meaning.
        for (text, word) in [
            (
                "“Five terrorists were killed in the raid,” the army said.",
                "terrorists",
            ),
            (
                "Militants attacked the post, \"officials\" said.",
                "militants",
            ),
            // The report's own voice quoting a label of people keeps it.
            (
                "Soldiers killed nine \"takfiri elements\" near the dam.",
                "takfiri",
            ),
            (
                "Ankara said it killed 12 \"terrorists\" on Monday.",
                "terrorists",
            ),
        ] {
            assert!(marker(text, word), "{text}");
        }
        // Quote marks of any width at the text's edges: read, never a panic.
        for (text, word, label) in [
            ("“terrorist” camps", "terrorist", true),
            ("\"terrorists", "terrorists", false),
            ("terrorists”", "terrorists", false),
            ("“American terrorists”", "terrorists", true),
        ] {
            assert_eq!(!marker(text, word), label, "{text}");
        }
    }
}
