//! The actors of one article: which national force it is about (so that a bare
//! "troops" or "soldiers" can be attributed), and whether its operation is aimed at
//! militants (so that "people" killed in the strike, "his aides" and a bare "killed
//! 15" are the militants), or carried out by them.
//!
//! Built once per article from every sentence's tokens, before casualty figures are
//! read; the figures then take their group from the phrase first and from these
//! actors only when the phrase names none.

use crate::extract::casualty::lexicon::{
    self, backed_by_allies, group_of, is_militant_marker, outcome_word,
};
use crate::extract::chunks::ends_phrase;
use crate::extract::numbers::looks_like_year;
use crate::extract::words::{Norm, Token, WordSet};
use crate::model::Group;
use chrono::NaiveDate;

/// Nouns that make a nationality a force: "U.S. troops", "Iraqi army".
const FORCE_NOUNS: WordSet<18> = WordSet::new([
    "command",
    "defense",
    "forces",
    "force",
    "troops",
    "soldiers",
    "soldier",
    "army",
    "military",
    "personnel",
    "service",
    "servicemembers",
    "servicemen",
    "marines",
    "sailors",
    "airmen",
    "units",
    "commandos",
]);

/// Nationalities of allied local forces.
const PARTNER_NATIONS: WordSet<6> = WordSet::new([
    "iraqi",
    "kurdish",
    "afghan",
    "syrian-kurdish",
    "kurdish-led",
    "somali",
]);

/// True for the nationality of a third force ("British", "Russian"): with one, a
/// generic military noun is not the article's force nor the US.
pub fn is_third_nation(w: &str) -> bool {
    THIRD_NATIONS.contains(w)
}

/// True for the nationality of a third force that is no host state's ("British",
/// "Italian", not "Syrian"): its people are that nation's, never the militants a
/// report's operation aims at.
pub fn is_foreign_nation(w: &str) -> bool {
    THIRD_NATIONS.contains(w) && host_state(w).is_none()
}

/// True for a third state's people or land ("Israeli", "Israel", "Turkey"): a strike
/// it owns is its own, not the operation a report's US or partner force carries out.
pub fn is_third_state(w: &str) -> bool {
    THIRD_NATIONS.contains(w) || THIRD_LANDS.contains(w)
}

/// Names that are allied forces by themselves.
const PARTNER_FORCES: WordSet<{ lexicon::PARTNER_FORCE_NAMES.len() + 2 }> =
    WordSet::union_of(&[lexicon::PARTNER_FORCE_NAMES.keys(), COUNTERTERRORISM.keys()]);

/// The counter-terrorism service, a partner force by its name alone ("counter-terror
/// commandos" too).
const COUNTERTERRORISM: WordSet<2> = WordSet::new(["counterterrorism", "counterterror"]);

/// Nationalities of third forces: a report that names them as much as the US leaves a
/// bare "soldiers" unattributed.
const THIRD_NATIONS: WordSet<26> = WordSet::new([
    "uk",
    "australian",
    "canadian",
    "dutch",
    "danish",
    "norwegian",
    "spanish",
    "polish",
    "belgian",
    "czech",
    "syrian",
    "russian",
    "israeli",
    "turkish",
    "iranian",
    "british",
    "french",
    "ukrainian",
    "jordanian",
    "german",
    "italian",
    "pakistani",
    "indian",
    "egyptian",
    "saudi",
    "lebanese",
]);

/// Names of the US side that need no force noun.
const US_NAMES: WordSet<7> = WordSet::new([
    "gis",
    "yanks",
    "americans",
    "pentagon",
    "centcom",
    "servicemembers",
    "servicemen",
]);

/// Words before a militant name that aim something at it: "a raid targeting ISIS".
const AIMING_WORDS: WordSet<30> = WordSet::new([
    "bombed",
    "bombing",
    "pounded",
    "shelled",
    "ambushed",
    "targeting",
    "targeted",
    "targets",
    "target",
    "against",
    "on",
    "killed",
    "killing",
    "kill",
    "kills",
    "hunting",
    "struck",
    "hit",
    "raid",
    "raided",
    "strike",
    "airstrike",
    "operation",
    "eliminated",
    "captured",
    "hideout",
    "leader",
    "leaders",
    "commander",
    "commanders",
]);

/// Places of militants, targets by themselves: "a Shabab camp", "ISIS hideouts".
const MILITANT_PLACES: WordSet<10> = WordSet::new([
    "hideout",
    "hideouts",
    "camp",
    "camps",
    "positions",
    "position",
    "compound",
    "cell",
    "cells",
    "safehouse",
]);

/// Words after a militant name that make it the attacker: "militants fired rockets".
const ATTACKER_VERBS: WordSet<28> = WordSet::new([
    "raided",
    "overran",
    "opened",
    "targeted",
    "torched",
    "abducted",
    "kill",
    "kills",
    "wound",
    "wounds",
    "attack",
    "attacked",
    "attacks",
    "launched",
    "fired",
    "claimed",
    "carried",
    "struck",
    "stormed",
    "ambushed",
    "shelled",
    "detonated",
    "bombed",
    "killed",
    "wounded",
    "blamed",
    "responsible",
    "behind",
]);

/// Words before a militant name that make it the attacker: "blamed on the militia",
/// "an attack by ISIS".
const ATTACKER_CUES: WordSet<5> = WordSet::new(["by", "blamed", "blames", "blaming", "claimed"]);

/// How far around a militant name the aiming and attacking words are looked for.
const AIM_REACH: usize = 5;

/// What an article says about who acts on whom.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Actors {
    /// The force a generic military noun ("troops", "soldiers", "personnel") names in
    /// this article: the national force it names most, US or partner; `None` when a
    /// third force is named as often, or none is.
    pub own_force: Option<Group>,
    /// True when the article's strike, raid or operation is aimed at militants more
    /// often than militants are the attackers.
    pub targets_militants: bool,
    /// True when the article names militants at all (as targets or attackers).
    pub militants_named: bool,
    /// The force the sentences just before the current one name, for a pronoun or
    /// "the group" whose own sentence names none ("Two of its members were
    /// injured"); the caller sets it per sentence from [`Actors::carried_from`].
    pub carried: Option<Group>,
    /// The side of the people a demonstrative phrase of the current sentence points
    /// back to ("two of those fighters", "one of these men"): the group of the
    /// phrase that named them earlier ("train local fighters"); the caller sets it
    /// per sentence from [`recalled_side`].
    pub recalled: Option<Group>,
    /// The state the report is set in, among [`HOST_STATES`] (index): its soldiers and
    /// police are the local partner force ("Jordanian soldiers" in a report from
    /// Jordan), another state's soldiers are not.
    pub host: Option<usize>,
    /// The side each military noun of `named_head` is named with wherever the article gives it
    /// one ("five soldiers of the Iraqi army", "two U.S. troops"): a bare "the
    /// soldiers" or "a fourth soldier" elsewhere is that side's, when it is only ever
    /// named with one.
    pub head_sides: [HeadSide; NAMED_HEADS],
    /// The force of the one who answers in an interview ("Q: … A: …"): whose "our
    /// fighters", "we" and "my battalion" the answers speak of, named in the lines
    /// before the first question ("an SDF commander on …").
    pub speaker: Option<Group>,
    /// True when the article names a strike or raid that US, coalition or partner
    /// forces carry out ("a U.S. drone strike", "an Iraqi raid"): "the strike" it
    /// tells of again is aimed at the ones they fight, even in a report that counts
    /// the militants' attacks as often or more (a reprisal for rocket fire on a
    /// base). Only such reports are read for it: in one that [`Self::targets_militants`],
    /// it changes no group, and is false.
    pub allied_strikes: bool,
}

/// What an article names one military noun with: nothing, one side, or several.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum HeadSide {
    /// Never named with a side.
    #[default]
    Unnamed,
    /// Always named with this side.
    One(Group),
    /// Named with different sides.
    Mixed,
}

impl HeadSide {
    /// This, once `g` is also seen.
    fn with(self, g: Group) -> Self {
        match self {
            HeadSide::Unnamed => HeadSide::One(g),
            HeadSide::One(h) if h == g => self,
            _ => HeadSide::Mixed,
        }
    }
}

/// How many military nouns an article may fix the side of (`named_head`).
pub const NAMED_HEADS: usize = 5;

/// The slot of "fighters" in [`Actors::head_sides`].
const FIGHTERS_SLOT: usize = 4;

/// The slot of a military noun whose side an article fixes by naming it once:
/// soldiers, troops, personnel, officers, fighters (singular and plural share a slot).
fn named_head(w: &Norm) -> Option<usize> {
    // Every form opens with one of five letters: most words stop at one byte.
    let w = w.as_str();
    if !matches!(w.as_bytes().first(), Some(b's' | b't' | b'p' | b'o' | b'f')) {
        return None;
    }
    match w {
        "soldier" | "soldiers" => Some(0),
        "troop" | "troops" => Some(1),
        "personnel" => Some(2),
        "officer" | "officers" => Some(3),
        "fighter" | "fighters" => Some(FIGHTERS_SLOT),
        _ => None,
    }
}

/// How many words before a military noun its side may be named ("two Iraqi army
/// soldiers").
const HEAD_MODIFIER_REACH: usize = 3;

/// The side the military noun at `k` is named with: a force word among the few words
/// before it ("Iraqi soldiers", "U.S. Army troops") or in the phrase attached to it
/// ("soldiers of the Iraqi army").
fn head_named_side(text: &str, toks: &[Token], k: usize) -> Option<Group> {
    if army_style_soldiers(text, toks, k) {
        return Some(Group::UsForces);
    }
    let side_at = |j: usize| {
        may_name_side(&toks[j])
            .then(|| named_force_at(text, toks, j))
            .flatten()
    };
    let before = toks[..k]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, t)| t.is_word && t.count.is_none())
        .take(HEAD_MODIFIER_REACH)
        .find_map(|(j, _)| side_at(j));
    // After the noun ("a fighter of the Syrian Democratic Forces"), a name's first word
    // may name another side than the whole name: the word whose next word names a side
    // too is the start of a longer name, and the name's later word tells the side.
    before.or_else(|| {
        crate::extract::chunks::attached_phrase(toks, k + 1)
            .into_iter()
            .find_map(|j| {
                let side = side_at(j)?;
                let continued = toks
                    .get(j + 1)
                    .is_some_and(|n| n.is_word && may_name_side(n) && side_at(j + 1).is_some());
                (!continued).then_some(side)
            })
    })
}

/// Every word [`named_force_at`] can find a side in but the US and hyphenated names:
/// one keyed look-up passes the others over before the full test.
const SIDE_WORDS: WordSet<
    { ACTOR_WORDS.len() + ALLIED_WORDS.len() + THIRD_LANDS.len() + PARTNER_LANDS.len() },
> = WordSet::union_of(&[
    ACTOR_WORDS.keys(),
    ALLIED_WORDS.keys(),
    THIRD_LANDS.keys(),
    PARTNER_LANDS.keys(),
]);

/// False for a word [`named_force_at`] finds no side in (most words): a cheap test
/// before it.
fn may_name_side(t: &Token) -> bool {
    let w = t.norm.as_str();
    SIDE_WORDS.contains(&t.norm) || w.starts_with("us") || w == "american" || w.contains('-')
}

/// Generic military nouns: with no nationality they name the article's own force.
const GENERIC_MILITARY: WordSet<37> = WordSet::new([
    "combatants",
    "combatant",
    "recruits",
    "recruit",
    "conscripts",
    "conscript",
    "cadets",
    "cadet",
    "officer",
    "officers",
    "reservists",
    "reservist",
    "paratroopers",
    "berets",
    "seals",
    "rangers",
    "commandos",
    "operators",
    "operator",
    "pilots",
    "pilot",
    "troops",
    "soldiers",
    "soldier",
    "personnel",
    "servicemembers",
    "servicemember",
    "servicemen",
    "serviceman",
    "servicewoman",
    "sailors",
    "sailor",
    "marines",
    "marine",
    "airmen",
    "airman",
    "members",
]);

/// True when the phrase `words` ends in a military rank ("a corporal", "the young
/// lieutenant"), not a commander: a rank standing as the head names a member of a
/// force like "soldier" does. A rank before another noun ("a private contractor", "major
/// damage") is no head.
fn rank_head(words: &[&Token]) -> bool {
    // A commander may lead any side, militants most of all.
    words.last().is_some_and(|t| {
        lexicon::RANKS.contains(&t.norm) && !matches!(t.norm.as_str(), "commander" | "commanders")
    })
}

/// True for a name that is an allied force by itself ("SDF", "Peshmerga",
/// "Counter-Terrorism").
pub fn is_partner_force_name(w: &str) -> bool {
    PARTNER_FORCES.contains(w)
}

/// The force a people's plural name stands for in a breakdown of troops by nation
/// ("ten personnel - four Jordanians and six Americans"): the US for Americans, an
/// allied local force for Iraqis, Kurds and the peoples of host states, another
/// country's force for the others named; `None` for a word that names no people.
pub fn demonym_force(w: &str) -> Option<Group> {
    let one = w.strip_suffix('s')?;
    if one == "american" {
        Some(Group::UsForces)
    } else if PARTNER_NATIONS.contains(one)
        || one == "kurd"
        || HOST_WORDS.contains(one) && host_state(one).is_some()
    {
        Some(Group::PartnerForces)
    } else if THIRD_NATIONS.contains(one)
        // Peoples whose name is no adjective of their nation ("two Danes", "a Briton").
        || matches!(one, "briton" | "dane" | "swede" | "turk" | "finn")
    {
        Some(Group::Other)
    } else {
        None
    }
}

/// True for a generic military noun ([`GENERIC_MILITARY`]) other than "members".
pub fn is_generic_military(w: &str) -> bool {
    w != "members" && GENERIC_MILITARY.contains(w)
}

/// Words naming the US military as the source of a statement: "the Pentagon said",
/// "CENTCOM confirmed", "Central Command announced".
const US_SOURCES: WordSet<3> = WordSet::new(["pentagon", "centcom", "command"]);

/// True when the US military reports what follows token `at` in its clause: a US
/// source, then a reporting verb or its count within two words, before `at` ("At
/// first the Pentagon said just five soldiers had been hurt", "CENTCOM confirmed two
/// personnel were wounded", "the initial Pentagon count, five injured"). Its generic
/// soldiers, and the people of a bare count, are its own.
pub fn us_military_reports(toks: &[Token], at: usize) -> bool {
    let before = &toks[..at.min(toks.len())];
    before.iter().enumerate().rev().take(12).any(|(k, t)| {
        let source = US_SOURCES.contains(&t.norm)
            && (t.norm != "command"
                || k.checked_sub(1)
                    .is_some_and(|p| before[p].norm == "central"));
        source
            && before[k + 1..]
                .iter()
                .filter(|w| w.is_word)
                .take(2)
                .any(|w| {
                    super::chunks::is_reporting_verb(&w.norm)
                        || matches!(w.norm.as_str(), "count" | "tally" | "figure" | "statement")
                })
    })
}

/// Modifiers that make a force someone else's: "government soldiers", "enemy troops".
const OTHER_SIDE: WordSet<12> = WordSet::new([
    "police",
    "prison",
    "government",
    "regime",
    "enemy",
    "rebel",
    "rebels",
    "militia",
    "opposition",
    "foreign",
    "russian-backed",
    "iranian-backed",
]);

/// Bodies whose members are no force: "crew members", "family members".
const CIVIL_BODIES: WordSet<12> = WordSet::new([
    "crew",
    "family",
    "staff",
    "board",
    "party",
    "parliament",
    "council",
    "club",
    "union",
    "team",
    "cabinet",
    "church",
]);

/// Words for police and guards: with no nationality, the partner force's in a report
/// on it ("two guards were gunned down" in a report on the SDF).
const POLICE: WordSet<9> = WordSet::new([
    "police",
    "policemen",
    "policeman",
    "policewoman",
    "policewomen",
    "gendarmes",
    "guards",
    "guard",
    "guardsmen",
]);

/// Modifiers written with a capital that still leave a force unnamed (a title-case
/// headline: "Two Other Soldiers Hurt"), among them the titles of a state's own
/// services ("Federal Police officers", "Border Guards", "Emergency Response troops").
const PLAIN_MODIFIERS: WordSet<42> = WordSet::new([
    "federal",
    "border",
    "interior",
    "emergency",
    "rapid",
    "response",
    "provincial",
    "local",
    "district",
    "municipal",
    "riot",
    "traffic",
    "army",
    "navy",
    "air",
    "force",
    "national",
    "guard",
    "special",
    "operations",
    "reserve",
    "other",
    "more",
    "additional",
    "wounded",
    "injured",
    "dead",
    "service",
    "active-duty",
    "some",
    "several",
    "many",
    "all",
    "most",
    "the",
    "those",
    "these",
    // Ordinals open a headline with a capital ("Second soldier martyred").
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
]);

impl Actors {
    /// The group of a phrase of generic military nouns ("25 troops", "two other
    /// soldiers", "personnel"): the article's own force, unless a modifier names another
    /// side (a nationality, "government", a capitalised name) or militants.
    ///
    /// Police with no nationality are the article's force when it is a partner force:
    /// a local state's police are among its security forces ("a bombing killed two
    /// police officers" in a report on the Iraqi army); in a report on US forces they
    /// are someone else's.
    pub fn generic_force(&self, text: &str, words: &[&Token]) -> Option<Group> {
        // The soldiers or police of the state the report is set in: named so, or with
        // no nation at all in a report that is about no US or partner force.
        if let Some(h) = self.host {
            let here = words.iter().any(|t| host_state(&t.norm) == Some(h));
            // "crew members", "family members" are no force; "18 members of the
            // VDP" are.
            let force = rank_head(words)
                || words.iter().enumerate().any(|(k, t)| {
                    GENERIC_MILITARY.contains(&t.norm)
                        && (t.norm != "members"
                            || !k
                                .checked_sub(1)
                                .is_some_and(|p| CIVIL_BODIES.contains(&words[p].norm)))
                        || POLICE.contains(&t.norm)
                });
            let nationless = self.own_force != Some(Group::UsForces)
                && !words.iter().any(|t| {
                    host_state(&t.norm).is_some()
                        || THIRD_NATIONS.contains(&t.norm)
                        || PARTNER_NATIONS.contains(&t.norm)
                        || is_us_name(text, t)
                        || is_militant_marker(text, t)
                });
            if force && (here || nationless) {
                return Some(Group::PartnerForces);
            }
        }
        // "a fourth soldier" in a report that names its soldiers only as Iraqi ones;
        // "23 soldiers" in one that names them only as a third state's ("Syrian
        // soldiers" of the Assad government's army) are that state's, no side's.
        let named = words.iter().rev().find_map(|t| match named_head(&t.norm) {
            Some(c) => match self.head_sides[c] {
                HeadSide::One(g @ (Group::UsForces | Group::PartnerForces | Group::Other)) => {
                    Some(g)
                }
                _ => None,
            },
            None => None,
        });
        if named == Some(Group::Other) {
            return None;
        }
        let own = named.or(self.own_force)?;
        let police = own == Group::PartnerForces && words.iter().any(|t| POLICE.contains(&t.norm));
        let head = words
            .iter()
            .rposition(|t| {
                GENERIC_MILITARY.contains(&t.norm)
                    && (t.norm != "members" || service_before(words, t))
                    || police && POLICE.contains(&t.norm)
            })
            .or_else(|| rank_head(words).then(|| words.len() - 1))?;
        // "One Counter-Terrorism Service officer": an allied force's own name before
        // the noun makes it that force's, whatever the article's own.
        if words[..head]
            .iter()
            .any(|t| PARTNER_FORCES.contains(&t.norm))
            && !words.iter().any(|t| is_militant_marker(text, t))
        {
            return Some(Group::PartnerForces);
        }
        let foreign = words.iter().enumerate().any(|(k, t)| {
            THIRD_NATIONS.contains(&t.norm)
                || OTHER_SIDE.contains(&t.norm) && !(police && POLICE.contains(&t.norm))
                || is_militant_marker(text, t)
                || k < head
                    && t.raw(text).starts_with(char::is_uppercase)
                    && t.count.is_none()
                    && !PLAIN_MODIFIERS.contains(&t.norm)
                    && !POLICE.contains(&t.norm)
        });
        (!foreign).then_some(own)
    }
}

impl Actors {
    /// True for the people or the land of the state the report is set in
    /// ("Jordanian" in a report from Jordan): its forces are the allied local force.
    pub fn names_host(&self, w: &str) -> bool {
        self.host.is_some() && HOST_WORDS.contains(w) && host_state(w) == self.host
    }

    /// The partner force, when the article names its fighters only as the partner's
    /// ("Hashd fighters", "fighters of the Popular Mobilisation Forces") and never as
    /// militants or another side's: a bare "six fighters" elsewhere are theirs.
    pub fn partner_fighters(&self) -> bool {
        self.head_sides[FIGHTERS_SLOT] == HeadSide::One(Group::PartnerForces)
    }

    /// The force that speaks of "our soldiers", "our heroes", "our martyrs": in an
    /// interview, the force of the one who answers; in a statement quoted by a report,
    /// the article's own force; in a report about no US force, the state's forces
    /// whose statement it quotes (the local partner force).
    pub fn speaker_force(&self) -> Group {
        self.speaker
            .or(self.own_force)
            .unwrap_or(Group::PartnerForces)
    }
}

/// The force of the one who answers in an interview laid out as "Q: … A: …": the
/// first US or partner force the lines before the first question name (the
/// headline's "an SDF commander on …"); `None` for any other text.
pub fn interview_speaker(text: &str, sentences: &[Vec<Token>]) -> Option<Group> {
    if !text.contains("\nQ:") {
        return None;
    }
    for toks in sentences {
        if toks.first().is_some_and(|t| t.raw(text) == "Q")
            && toks.get(1).is_some_and(|t| t.norm == ":")
        {
            return None;
        }
        for k in 0..toks.len() {
            if let Some(g @ (Group::UsForces | Group::PartnerForces)) =
                named_force_at(text, toks, k)
            {
                return Some(g);
            }
        }
    }
    None
}

/// Nouns a possessive pronoun can give to the force it points back to: "its
/// fighters", "their troops", "his men".
const OWN_PEOPLE: WordSet<21> = WordSet::new([
    "comrades",
    "aides",
    "henchmen",
    "associates",
    "companions",
    "deputies",
    "lieutenants",
    "followers",
    "loyalists",
    "fighters",
    "members",
    "troops",
    "soldiers",
    "men",
    "forces",
    "personnel",
    "guards",
    "bodyguards",
    "commanders",
    "militants",
    "ranks",
]);

/// Prepositions that open a place set off between commas ("…, near the Syrian
/// border, …").
const PLACE_ASIDE_OPENERS: WordSet<6> =
    WordSet::new(["near", "in", "outside", "close", "west", "east"]);

/// Most tokens between the commas of a place set off as an aside.
const PLACE_ASIDE_TOKENS: usize = 8;

/// The token index of the comma that opens a place set off as an aside, when the
/// comma at `close` closes one: ", near the Syrian border," — a short run of words
/// after a comma, opening with a preposition of place.
fn place_aside_before(toks: &[Token], close: usize) -> Option<usize> {
    if !toks.get(close)?.is_punct(',') {
        return None;
    }
    let open = (close.saturating_sub(PLACE_ASIDE_TOKENS + 1)..close)
        .rev()
        .find(|&j| !toks[j].is_word)?;
    (toks[open].is_punct(',')
        && open + 1 < close
        && PLACE_ASIDE_OPENERS.contains(&toks[open + 1].norm))
    .then_some(open)
}

/// True for a noun a possessive pronoun gives to its force ("its fighters").
pub fn is_own_people(w: &str) -> bool {
    OWN_PEOPLE.contains(w)
}

impl Actors {
    /// The force a pronoun or "the group" before token `before` points back to: the
    /// nearest force or armed group named earlier in the sentence ("The SDF said two of
    /// its fighters …", "ISIS said three of its members …"), or the militants of an
    /// article about them for "the group".
    pub fn antecedent(&self, text: &str, toks: &[Token], before: usize) -> Option<Group> {
        // "the group" points further back: "ambushes on SDF checkpoints, in which the
        // group says 30 of its members died" are the SDF's.
        let mut the_group = false;
        // Past an outcome verb ("The SDF said gunmen killed two of its fighters"), the
        // phrase right before it did the harm: its victims are not its own, so the
        // pronoun points past it, to the force whose words report it or the one named
        // before it.
        let mut agent = false;
        // Whether that agent is a strike or raid ("those strikes killed 25 of its
        // fighters"): the victims are the struck side's, not the striker's.
        let mut struck_by = false;
        // The opening comma of a place set off between commas inside the agent's
        // phrase ("strikes on its positions in al-Qaim, near the Syrian border,
        // killed 25 of its fighters"): the scan steps over the aside to it.
        let mut aside_from: Option<usize> = None;
        for k in (0..before.min(toks.len())).rev() {
            if let Some(open) = aside_from {
                if k >= open {
                    if k == open {
                        aside_from = None;
                    }
                    continue;
                }
            }
            if !toks[k].is_word {
                if agent && toks[k].is_punct(',') {
                    if let Some(open) = place_aside_before(toks, k) {
                        aside_from = Some(open);
                        continue;
                    }
                }
                // The agent's phrase ends at a mark ("came under fire, and the snipers
                // killed four of them").
                agent = false;
                continue;
            }
            let w = toks[k].norm.as_str();
            // A finite verb right after its subject ("gunmen killed"), not a
            // participle after a clause ("struck the militia, killing five of its
            // fighters": the militia's).
            // Nor a second verb of its subject ("pursued the militants and killed 12
            // of them").
            let finite = !w.ends_with("ing")
                && k > 0
                && (toks[k - 1].is_word || place_aside_before(toks, k - 1).is_some())
                && !matches!(toks[k - 1].norm.as_str(), "and" | "then" | "but" | "or");
            if finite
                && (lexicon::outcome_verb_before(w).is_some() && w != "kill"
                    || w == "dead" && toks[k - 1].norm == "shot")
            {
                agent = true;
                continue;
            }
            // The agent's phrase ends at the verb or conjunction before it.
            if agent
                && (crate::extract::chunks::is_reporting_verb(w)
                    || matches!(
                        w,
                        "claims"
                            | "admitted"
                            | "and"
                            | "but"
                            | "while"
                            | "as"
                            | "when"
                            | "after"
                            | "then"
                    ))
            {
                agent = false;
                continue;
            }
            if agent {
                struck_by |= lexicon::is_strike_word(w);
                continue;
            }
            // "Niger's army said four of its soldiers …", "Nigerien officers said":
            // the state the report is set in, as a possessor, a speaker or with its
            // forces, is the allied local force.
            let host_force = || {
                self.names_host(&toks[k].norm)
                    && (state_at(text, toks, k) || force_noun_after(toks, k))
            };
            if let Some(g) = named_force_at(text, toks, k)
                .filter(|&g| g != Group::Other)
                .or_else(|| host_force().then_some(Group::PartnerForces))
                .or_else(|| named_force_at(text, toks, k))
            {
                // Past a strike that did the harm, the striking side is not whose
                // fighters died: the pronoun points on back to the side struck.
                if struck_by && matches!(g, Group::UsForces | Group::PartnerForces) {
                    continue;
                }
                return Some(g);
            }
            if let Some(g) = self.institution_at(text, toks, k) {
                return Some(g);
            }
            // "The Federal Police Command announced the martyrdom of 13 of its
            // members": police with no nation named are the state's the report is set
            // in ([`Actors::generic_force`]).
            if POLICE.contains(&toks[k].norm) {
                let words: Vec<&Token> = toks[k.saturating_sub(2)..=k].iter().collect();
                if let Some(g) = self.generic_force(text, &words) {
                    return Some(g);
                }
            }
            the_group |= matches!(
                toks[k].norm.as_str(),
                "group" | "militia" | "faction" | "movement" | "organisation" | "organization"
            ) && k > 0
                && toks[k - 1].norm == "the";
        }
        // The victims of a strike are not the striker's: "The US struck Kataib
        // Hezbollah in 2019. Those strikes killed 25 of its fighters."
        let striker = matches!(self.carried, Some(Group::UsForces | Group::PartnerForces));
        if struck_by && striker && (self.targets_militants || self.militants_named) {
            return Some(Group::Militants);
        }
        // "The group" (militia, faction) is never the US military, whatever the
        // sentence before named.
        if self.carried.is_some() && !(the_group && self.carried == Some(Group::UsForces)) {
            return self.carried;
        }
        (the_group && (self.targets_militants || self.militants_named)).then_some(Group::Militants)
    }

    /// The side an institution named at token `k` stands for, when it is one a
    /// pronoun can point back to and its words name no force: a ministry ("the
    /// Ministry of Defence in London", "the Interior Ministry") is the partner's state
    /// in a report on a partner force and another state's otherwise (the US has
    /// departments, not ministries); an army or military with no nationality ("the
    /// army said none of its soldiers …") is the article's own force; a firm, company
    /// or embassy is no force at all (other). A nationality before any of them is read
    /// by [`named_force_at`] as the scan goes on back.
    fn institution_at(&self, text: &str, toks: &[Token], k: usize) -> Option<Group> {
        let w = toks[k].norm.as_str();
        let ministry = matches!(w, "ministry" | "ministries");
        let army = matches!(w, "army" | "military" | "navy");
        // A firm or an embassy is no force: "the security firm said two of its guards".
        let body = matches!(
            w,
            "firm" | "firms" | "company" | "companies" | "embassy" | "consulate" | "charity"
        );
        if !ministry && !army && !body {
            return None;
        }
        // A nationality or force among the three words before ("the Iraqi Defence
        // Ministry", "the Jordanian army") decides: the scan meets it next.
        let named_before = (k.saturating_sub(3)..k)
            .any(|j| named_force_at(text, toks, j).is_some() || self.names_host(&toks[j].norm));
        if named_before {
            return None;
        }
        if body {
            return Some(Group::Other);
        }
        if ministry {
            let capital = toks[k].raw(text).starts_with(char::is_uppercase);
            let the = k > 0 && toks[k - 1].norm == "the";
            if !capital && !the && !toks[k.saturating_sub(3)..k].iter().any(|t| t.norm == "the") {
                return None;
            }
            return Some(match self.own_force {
                Some(Group::PartnerForces) => Group::PartnerForces,
                _ => Group::Other,
            });
        }
        self.own_force
    }

    /// The side the word at `k` names, when it names one: the US ("U.S.",
    /// "Pentagon"), an allied force ("SDF", "Iraqi", "partner forces"), militants
    /// ("ISIS"), or a third nation (other).
    pub fn force_named_at(text: &str, toks: &[Token], k: usize) -> Option<Group> {
        named_force_at(text, toks, k)
    }

    /// The force the sentences before the current one hand to its pronouns, the most
    /// recent sentence first: the force a sentence opens with (its subject: "Iraq's
    /// Counter-Terrorism Service on Thursday announced …"), else the last force it
    /// names ("… U.S. troops who train the Syrian Free Army, a local partner force").
    /// At most two sentences back; `None` when they name no force.
    pub fn carried_from(text: &str, previous: &[&[Token]]) -> Option<Group> {
        // "Iraqi officials said …", "US sources say …": a nation's spokesmen are no
        // force a later "its" or "the group" points back to.
        let force_at = |toks: &[Token], k: usize| {
            let source = toks[k + 1..]
                .iter()
                .filter(|t| t.is_word)
                .take(2)
                .any(|t| SOURCE_NOUNS.contains(&t.norm));
            (!source).then(|| named_force_at(text, toks, k)).flatten()
        };
        for toks in previous.iter().take(CARRY_SENTENCES) {
            let opening = toks
                .iter()
                .enumerate()
                .filter(|(_, t)| t.is_word)
                .take(SUBJECT_WORDS)
                .find_map(|(k, _)| force_at(toks, k));
            let last = || (0..toks.len()).rev().find_map(|k| force_at(toks, k));
            if let Some(g) = opening.or_else(last) {
                return Some(g);
            }
        }
        None
    }
}

/// Nouns of people who speak for a side rather than fight for it: "Iraqi officials",
/// "US sources", "a Kurdish spokesman".
const SOURCE_NOUNS: WordSet<8> = WordSet::new([
    "officials",
    "official",
    "sources",
    "source",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "authorities",
]);

/// Demonstratives that point a counted phrase back to people named before: "two of
/// those fighters", "one of these men", "three of the recruits".
const DEMONSTRATIVES: WordSet<3> = WordSet::new(["those", "these", "the"]);

/// Verbs whose object a force trains or advises: the people it trains are its
/// partners ("help train local fighters").
const TRAINING_VERBS: WordSet<12> = WordSet::new([
    "train",
    "trains",
    "trained",
    "training",
    "advise",
    "advises",
    "advised",
    "advising",
    "mentor",
    "mentors",
    "mentoring",
    "equip",
]);

/// How many sentences back a demonstrative's people are looked for.
const RECALL_SENTENCES: usize = 3;

/// Most modifiers read before the earlier mention's head.
const RECALL_MODIFIERS: usize = 3;

/// The token index of the noun a demonstrative points back with, when the sentence
/// has one: a partitive "<count> of those|these|the <noun>", or "the|those <count>
/// <noun>" ("the two men").
pub fn demonstrative_head(toks: &[Token]) -> Option<usize> {
    let noun = |t: &Token| t.is_word && !ends_phrase(&t.norm) && outcome_word(&t.norm).is_none();
    // The count first: most sentences have none, and it is read without a look-up.
    toks.windows(4)
        .position(|w| {
            w[0].count.is_some_and(|n| n > 0)
                && w[1].norm == "of"
                && DEMONSTRATIVES.contains(&w[2].norm)
                && noun(&w[3])
        })
        .map(|k| k + 3)
        .or_else(|| {
            // "the two men", "those three guards": a count after the demonstrative.
            toks.windows(3)
                .position(|w| {
                    w[1].count.is_some_and(|n| n > 0)
                        && w[2].count.is_none()
                        && DEMONSTRATIVES.contains(&w[0].norm)
                        && noun(&w[2])
                })
                .map(|k| k + 2)
        })
}

/// The one side of every phrase of people a sentence names ("Three women and three
/// children were present" → civilians; "two U.S. soldiers and an interpreter" →
/// none, for they differ): what a bare "None were harmed" after it denies.
pub fn people_named(text: &str, toks: &[Token], actors: &Actors) -> Option<Group> {
    let mut side: Option<Group> = None;
    for (k, t) in toks.iter().enumerate() {
        if !t.is_word || !crate::extract::casualty::lexicon::is_person_head(&t.norm) {
            continue;
        }
        let mut start = k;
        while start > 0
            && k - start < RECALL_MODIFIERS
            && toks[start - 1].is_word
            && toks[start - 1].count.is_none()
            && !ends_phrase(&toks[start - 1].norm)
        {
            start -= 1;
        }
        let words: Vec<&Token> = toks[start..=k].iter().collect();
        let g = group_of(text, &words).or_else(|| actors.generic_force(text, &words))?;
        if side.is_some_and(|s| s != g) {
            return None;
        }
        side = Some(g);
    }
    side
}

/// The side of the people a demonstrative partitive ("two of those fighters") points
/// back to: the latest earlier mention of its noun in the sentence or the
/// [`RECALL_SENTENCES`] before it (most recent first), read with its modifiers. The
/// people a force trains or advises are a partner force ("… train local fighters");
/// else the mention's own words name the side, or the article's force does for a
/// generic military noun. `None` when there is no earlier mention.
pub fn recalled_side(
    text: &str,
    toks: &[Token],
    previous: &[&[Token]],
    actors: &Actors,
) -> Option<Group> {
    let at = demonstrative_head(toks)?;
    let head = &toks[at].norm;
    // "the two men" may name "two local fighters" again: a generic noun of people
    // with a count matches an earlier phrase of people with the same count.
    let count = toks[at - 1].count.filter(|&n| n > 0);
    let generic = matches!(head.as_str(), "men" | "people" | "individuals" | "persons");
    let here = &toks[..at.saturating_sub(2)];
    for s in std::iter::once(here).chain(previous.iter().copied().take(RECALL_SENTENCES)) {
        let Some(k) = s.iter().enumerate().rposition(|(j, t)| {
            t.norm == *head
                || head.as_str() == "men" && t.norm.ends_with("men")
                || generic
                    && count.is_some()
                    && t.is_word
                    && s[j.saturating_sub(3)..j].iter().any(|c| c.count == count)
                    && (crate::extract::casualty::lexicon::is_person_head(&t.norm)
                        || named_force_at(text, s, j).is_some())
        }) else {
            continue;
        };
        let mut start = k;
        while start > 0
            && k - start < RECALL_MODIFIERS
            && s[start - 1].is_word
            && s[start - 1].count.is_none()
            && !ends_phrase(&s[start - 1].norm)
            && !TRAINING_VERBS.contains(&s[start - 1].norm)
        {
            start -= 1;
        }
        if start > 0 && TRAINING_VERBS.contains(&s[start - 1].norm) {
            return Some(Group::PartnerForces);
        }
        let words: Vec<&Token> = s[start..=k].iter().collect();
        // Fighters with no side named are the partner's in a report on it.
        let bare = words.iter().all(|t| {
            matches!(
                t.norm.as_str(),
                "fighters" | "fighter" | "local" | "other" | "more"
            )
        });
        if bare && actors.own_force == Some(Group::PartnerForces) && !actors.targets_militants {
            return Some(Group::PartnerForces);
        }
        return group_of(text, &words).or_else(|| actors.generic_force(text, &words));
    }
    None
}

/// How many sentences back a pronoun's force is looked for.
const CARRY_SENTENCES: usize = 2;

/// How many words open a sentence's subject, where the force it is about stands.
const SUBJECT_WORDS: usize = 8;

/// Words that make the force noun after them an allied force: "a local partner force",
/// "allied troops", the Syrian "Democratic Forces" (whose first word alone would be
/// another state's).
const ALLIED_WORDS: WordSet<3> = WordSet::new(["partner", "allied", "democratic"]);

/// Nouns of places a nationality may modify ("the Syrian border", "the Iraqi
/// capital") without naming a force.
const PLACE_NOUNS: WordSet<14> = WordSet::new([
    "border",
    "borders",
    "frontier",
    "capital",
    "city",
    "coast",
    "coastline",
    "desert",
    "countryside",
    "province",
    "territory",
    "soil",
    "airspace",
    "waters",
]);

/// The side a word at `k` names, when it names one: the US ("U.S.", "Pentagon"), an
/// allied force ("SDF", "Iraqi", "partner forces"), militants ("ISIS"), or a third
/// nation (other).
fn named_force_at(text: &str, toks: &[Token], k: usize) -> Option<Group> {
    let g = side_named_at(text, toks, k)?;
    // "near the Syrian border", "in the Iraqi capital": a nationality that places a
    // spot names no force.
    let places = toks
        .get(k + 1)
        .is_some_and(|n| n.is_word && PLACE_NOUNS.contains(&n.norm));
    (!places).then_some(g)
}

/// [`named_force_at`] before a place noun after the word is looked at.
fn side_named_at(text: &str, toks: &[Token], k: usize) -> Option<Group> {
    let t = &toks[k];
    if !t.is_word {
        return None;
    }
    // The token keeps its word's key: the look-ups below do not pack it again.
    let w = &t.norm;
    if US_NAMES.contains(w) || is_us_name(text, t) {
        return Some(Group::UsForces);
    }
    // "14 Marines", "a Navy SEAL": not "Royal Marines", "British Marines".
    if lexicon::us_service_name(text, t)
        && !k
            .checked_sub(1)
            .is_some_and(|p| toks[p].norm == "royal" || THIRD_NATIONS.contains(&toks[p].norm))
    {
        return Some(Group::UsForces);
    }
    if PARTNER_FORCES.contains(w)
        || PARTNER_NATIONS.contains(w)
        || ALLIED_WORDS.contains(w) && force_noun_after(toks, k)
        || backed_by_allies(w)
        || led_by_partner(w)
        || military_council(text, toks, k)
    {
        return Some(Group::PartnerForces);
    }
    if militant_at(text, toks, k) {
        return Some(Group::Militants);
    }
    if THIRD_NATIONS.contains(w) {
        return Some(Group::Other);
    }
    // "Britain's Ministry of Defence", "Iraq said two of its soldiers …": a country
    // as a possessor or a speaker stands for its state (not "a base in Syria").
    let land = THIRD_LANDS.contains(w) || PARTNER_LANDS.contains(w);
    if land && state_at(text, toks, k) {
        return Some(if THIRD_LANDS.contains(w) {
            Group::Other
        } else {
            Group::PartnerForces
        });
    }
    None
}

/// True for a body an allied force leads or runs ("the SDF-led alliance", "a
/// Peshmerga-run post"): its people are that force's.
fn led_by_partner(w: &str) -> bool {
    // Most words end otherwise: a byte test passes them over first.
    if !(w.ends_with("-led") || w.ends_with("-run")) {
        return false;
    }
    w.split_once('-').is_some_and(|(by, how)| {
        matches!(how, "led" | "run")
            && (PARTNER_FORCES.contains(by) || PARTNER_NATIONS.contains(by))
    })
}

/// True when the country named at `k` acts as a state: a possessor ("Britain's") or
/// the subject of a reporting verb ("Iraq said").
fn state_at(text: &str, toks: &[Token], k: usize) -> bool {
    let raw = toks[k].raw(text);
    raw.ends_with("'s")
        || raw.ends_with("’s")
        || toks
            .get(k + 1)
            .is_some_and(|t| crate::extract::chunks::is_reporting_verb(&t.norm))
}

/// True when token `k` ends a "Military Council" in capitals ("the Manbij Military
/// Council", "the Deir ez-Zor Military Council"): the local councils the SDF fights
/// through, partner forces by their name.
fn military_council(text: &str, toks: &[Token], k: usize) -> bool {
    toks[k].norm == "council"
        && k > 0
        && toks[k - 1].norm == "military"
        && toks[k].starts_ascii_upper(text)
        && toks[k - 1].starts_ascii_upper(text)
}

/// Countries of third forces: "Britain's Ministry of Defence said one of its
/// personnel …" is another state's.
const THIRD_LANDS: WordSet<12> = WordSet::new([
    "britain", "france", "jordan", "turkey", "russia", "iran", "israel", "germany", "italy",
    "syria", "lebanon", "egypt",
]);

/// True when "service" stands just before `t` in `words` ("service members").
fn service_before(words: &[&Token], t: &Token) -> bool {
    words
        .windows(2)
        .any(|w| w[0].norm == "service" && std::ptr::eq(w[1], t))
}

/// Every word that can open an actor mention besides the US names ("us", "us-led",
/// "american"): the union of [`US_NAMES`], [`PARTNER_FORCES`], [`PARTNER_NATIONS`],
/// [`THIRD_NATIONS`], [`PARTNER_LANDS`], [`PARTNER_REGIONS`], the militia nouns and the militant names and
/// markers of [`lexicon::is_militant_marker`].
const ACTOR_WORDS: WordSet<
    {
        ACTOR_NAMES.len()
            + THIRD_NATIONS.len()
            + PARTNER_FORCES.len()
            + PARTNER_REGIONS.len()
            + lexicon::NAMED_GROUPS.len()
            + lexicon::MILITANT_MARKERS.len()
            + lexicon::MILITIA_NOUNS.len()
    },
> = WordSet::union_of(&[
    lexicon::MILITIA_NOUNS.keys(),
    ACTOR_NAMES.keys(),
    THIRD_NATIONS.keys(),
    PARTNER_FORCES.keys(),
    PARTNER_REGIONS.keys(),
    lexicon::NAMED_GROUPS.keys(),
    lexicon::MILITANT_MARKERS.keys(),
]);

/// [`ACTOR_WORDS`] but the regions of [`PARTNER_REGIONS`].
const ACTOR_NAMES: WordSet<74> = WordSet::new([
    // The US Defense Department ([`tally_sentence`]); a partner's "Military Council"
    // ([`military_council`]).
    "defense",
    "council",
    "gis",
    "yanks",
    "al-shabaab",
    "shabaab",
    "iraq",
    "afghanistan",
    "somalia",
    "insurgents",
    "gunmen",
    "extremists",
    "operatives",
    "islamist",
    "americans",
    "pentagon",
    "centcom",
    "servicemembers",
    "servicemen",
    "sdf",
    "peshmerga",
    "ypg",
    "counterterrorism",
    "iraqi",
    "kurdish",
    "afghan",
    "syrian-kurdish",
    "kurdish-led",
    "somali",
    "syrian",
    "russian",
    "israeli",
    "turkish",
    "iranian",
    "british",
    "french",
    "ukrainian",
    "jordanian",
    "german",
    "italian",
    "pakistani",
    "indian",
    "egyptian",
    "saudi",
    "lebanese",
    "is",
    "islamic",
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
    "hizballah",
    "taliban",
    "al-shabab",
    "shabab",
    "jihadist",
    "jihadists",
    "jihadi",
    "jihadis",
    "attackers",
    "assailants",
    "terrorist",
    "terrorists",
    "militant",
    "militants",
    "fighters",
    "fighter",
]);

/// Mentions of each side, counted over the article.
#[derive(Default)]
struct Tally {
    us: usize,
    partner: usize,
    third: usize,
    aimed_at_militants: usize,
    by_militants: usize,
    /// Mentions of a partner's country ("Iraq", "Somalia").
    partner_land: usize,
    /// Mentions of each of [`HOST_STATES`] (its people or its land).
    host: [usize; HOST_STATES.len()],
    /// Mentions of each of [`HOST_STATES`] that name its own forces ("Syrian
    /// soldiers", "Jordan Armed Forces", "the Syrian Interior Ministry").
    host_force: [usize; HOST_STATES.len()],
    /// The side each military noun of `named_head` is named with.
    head_sides: [HeadSide; NAMED_HEADS],
}

/// States whose own forces, fighting on their own soil, are the "other allied local
/// forces" of the guidelines (partner forces): their adjective and their land.
const HOST_STATES: [(&str, &str); 14] = [
    ("jordanian", "jordan"),
    ("syrian", "syria"),
    ("pakistani", "pakistan"),
    ("lebanese", "lebanon"),
    ("egyptian", "egypt"),
    ("malian", "mali"),
    ("nigerian", "nigeria"),
    ("nigerien", "niger"),
    ("kenyan", "kenya"),
    ("yemeni", "yemen"),
    ("burkinabe", "burkina"),
    ("mozambican", "mozambique"),
    ("filipino", "philippines"),
    ("chadian", "chad"),
];

/// Lands of [`HOST_STATES`] where US troops are based in their own right: Syria,
/// whose government became a coalition partner only in 2025, is named by most
/// reports as the place of US troops ("US troops in northeast Syria"); a report is
/// set among its forces only when it names them ("Syrian soldiers", "the Syrian
/// Interior Ministry").
const BASE_STATES: WordSet<1> = WordSet::new(["syria"]);

/// Lands of [`HOST_STATES`] whose state forces became allies of the US-led coalition
/// only in a given year: Syria's army fought for the Assad government, on no side of
/// the coalition's, until that government fell in December 2024; Syria's new
/// government fought ISIS beside US forces from 2025 and joined the coalition that
/// year. Before then "Syrian soldiers" are a third force (other), not partners.
const ALLIED_FROM: [(&str, i32); 1] = [("syria", 2025)];

/// True when the state forces of `land` are allied forces in a report dated
/// `reference` ([`ALLIED_FROM`]; with no date, only states allied throughout).
fn allied_on(land: &str, reference: Option<NaiveDate>) -> bool {
    use chrono::Datelike;
    ALLIED_FROM
        .iter()
        .find(|(l, _)| *l == land)
        .is_none_or(|&(_, year)| reference.is_some_and(|d| d.year() >= year))
}

/// Which of [`HOST_STATES`] a word names, by its people or its land.
fn host_state(w: &str) -> Option<usize> {
    HOST_STATES
        .iter()
        .position(|(people, land)| w == *people || w == *land)
}

/// Every word of [`HOST_STATES`] and [`HOST_REGIONS`]: one look-up by key turns away
/// the words that name none, before the lists are searched.
const HOST_WORDS: WordSet<{ 2 * HOST_STATES.len() + HOST_REGIONS.len() }> = WordSet::new({
    let mut out = [""; 2 * HOST_STATES.len() + HOST_REGIONS.len()];
    let mut i = 0;
    while i < HOST_STATES.len() {
        out[2 * i] = HOST_STATES[i].0;
        out[2 * i + 1] = HOST_STATES[i].1;
        i += 1;
    }
    let mut j = 0;
    while j < HOST_REGIONS.len() {
        out[2 * HOST_STATES.len() + j] = HOST_REGIONS[j].0;
        j += 1;
    }
    out
});

/// Other adjectives, provinces, cities and institutions that place a report in one of
/// [`HOST_STATES`] without naming it: "Philippine" and Mindanao, Pakistan's north-west
/// and its army's press wing (ISPR),
/// Nigeria's north-east, Jordan's border province and capital, Kenya's border counties.
const HOST_REGIONS: [(&str, &str); 41] = [
    ("damascus", "syria"),
    ("homs", "syria"),
    ("hama", "syria"),
    ("aleppo", "syria"),
    ("palmyra", "syria"),
    ("daraa", "syria"),
    ("niamey", "niger"),
    ("tillaberi", "niger"),
    ("bamako", "mali"),
    ("timbuktu", "mali"),
    ("gao", "mali"),
    ("ouagadougou", "burkina"),
    ("abuja", "nigeria"),
    ("maputo", "mozambique"),
    ("nairobi", "kenya"),
    ("islamabad", "pakistan"),
    ("cairo", "egypt"),
    ("sinai", "egypt"),
    ("beirut", "lebanon"),
    ("sanaa", "yemen"),
    ("aden", "yemen"),
    ("shabwa", "yemen"),
    ("abyan", "yemen"),
    ("manila", "philippines"),
    ("marawi", "philippines"),
    ("philippine", "philippines"),
    ("mindanao", "philippines"),
    ("khyber", "pakistan"),
    ("waziristan", "pakistan"),
    ("balochistan", "pakistan"),
    ("peshawar", "pakistan"),
    ("quetta", "pakistan"),
    ("ispr", "pakistan"),
    ("borno", "nigeria"),
    ("maiduguri", "nigeria"),
    ("yobe", "nigeria"),
    ("mafraq", "jordan"),
    ("amman", "jordan"),
    ("garissa", "kenya"),
    ("mandera", "kenya"),
    ("lamu", "kenya"),
];

/// Which of [`HOST_STATES`] a word places a report in: the state itself, or one of
/// its [`HOST_REGIONS`].
fn host_place(w: &Norm) -> Option<usize> {
    if !HOST_WORDS.contains(w) {
        return None;
    }
    let w = w.as_str();
    host_state(w).or_else(|| {
        let (_, land) = HOST_REGIONS.iter().find(|(region, _)| *region == w)?;
        HOST_STATES.iter().position(|(_, l)| l == land)
    })
}

/// The fewest mentions that make a state the one a report is set in.
const HOST_MENTIONS: usize = 2;

/// Countries whose state forces are the US's partners: a report set in one that
/// names no force is about that state's forces.
const PARTNER_LANDS: WordSet<3> = WordSet::new(["iraq", "afghanistan", "somalia"]);

/// Provinces and cities of the [`PARTNER_LANDS`] that place a report there without
/// naming the country ("the desert road west of Haditha", "in Anbar"): counted as
/// the land, never as a state that speaks.
const PARTNER_REGIONS: WordSet<32> = WordSet::new([
    "baghdad",
    "basra",
    "erbil",
    "sulaymaniyah",
    "duhok",
    "dohuk",
    "sinjar",
    "makhmour",
    "baiji",
    "rutba",
    "qaim",
    "kismayo",
    "beledweyne",
    "baidoa",
    "anbar",
    "diyala",
    "kirkuk",
    "nineveh",
    "ninawa",
    "salahuddin",
    "mosul",
    "fallujah",
    "ramadi",
    "haditha",
    "tikrit",
    "samarra",
    "mogadishu",
    "puntland",
    "jubaland",
    "helmand",
    "kandahar",
    "kunar",
]);

/// True when a sentence places itself in a partner's land: it names one of
/// [`PARTNER_LANDS`], a province or city of one ([`PARTNER_REGIONS`]), or the people
/// of one ("Somali", "Iraqi").
pub fn in_partner_land(toks: &[Token]) -> bool {
    toks.iter().any(|t| {
        t.is_word
            && (PARTNER_LANDS.contains(&t.norm)
                || PARTNER_REGIONS.contains(&t.norm)
                || host_state(&t.norm).is_some_and(|h| PARTNER_LANDS.contains(HOST_STATES[h].1)))
    })
}

impl Actors {
    /// The actors of an article, from the tokens of each of its sentences.
    ///
    /// `reference` is the report's date: a state whose forces became allies only in a
    /// given year ([`ALLIED_FROM`]) is no host of allied forces in a report from
    /// before it, or of no known date.
    pub fn of(text: &str, sentences: &[Vec<Token>], reference: Option<NaiveDate>) -> Self {
        let mut tally = Tally::default();
        for toks in sentences {
            tally_sentence(text, toks, &mut tally);
        }
        let own_force = if tally.us > 0 && tally.us >= tally.partner && tally.us > tally.third {
            Some(Group::UsForces)
        } else if tally.partner > tally.us && tally.partner > tally.third {
            Some(Group::PartnerForces)
        } else if tally.us + tally.partner + tally.third == 0
            && (tally.partner_land > 0 || tally.by_militants > 0)
        {
            // "Gunmen killed five policemen in Iraq's Diyala province": a report set in
            // a partner's country that names no force is about that state's forces; so
            // is a report of a militant attack that names no state's force at all
            // ("al-Qaeda attacked a checkpoint, killing six soldiers"): the local
            // forces fighting them are the allied local forces of the guidelines.
            Some(Group::PartnerForces)
        } else {
            None
        };
        // The state a report is set in: the one of [`HOST_STATES`] it names most, at
        // least twice and more than any other.
        // A state where US troops are based is named as their place ("US troops in
        // Syria"): only a report that also names the state's own forces is set among
        // them, and only then does it compete with another state.
        for (h, n) in tally.host.iter_mut().enumerate() {
            let land = HOST_STATES[h].1;
            if BASE_STATES.contains(land) && tally.host_force[h] == 0 || !allied_on(land, reference)
            {
                *n = 0;
            }
        }
        let most = tally.host.iter().copied().max().unwrap_or(0);
        let host = (most >= HOST_MENTIONS
            && tally.host.iter().filter(|&&n| n == most).count() == 1)
            .then(|| tally.host.iter().position(|&n| n == most))
            .flatten();
        // A report set in a host state that names that state at least twice as often
        // as US forces is about the host's forces: a US unit it recalls ("a drone killed three
        // American soldiers in 2024") does not make its soldiers American.
        let own_force = match host {
            Some(h) if own_force != Some(Group::PartnerForces) && tally.host[h] >= 2 * tally.us => {
                Some(Group::PartnerForces)
            }
            _ => own_force,
        };
        Actors {
            own_force,
            host,
            targets_militants: tally.aimed_at_militants > tally.by_militants,
            militants_named: tally.aimed_at_militants + tally.by_militants > 0,
            carried: None,
            recalled: None,
            head_sides: tally.head_sides,
            speaker: None,
            // (Read only where it can change a group: in a report whose operations
            // are not already aimed at militants more than militants attack.)
            allied_strikes: tally.aimed_at_militants <= tally.by_militants
                && sentences
                    .iter()
                    .any(|toks| (0..toks.len()).any(|k| allied_strike_at(text, toks, k))),
        }
    }
}

/// Verbs whose subject carries out the strike or raid that is their object.
const LAUNCH_VERBS: WordSet<12> = WordSet::new([
    "conducted",
    "conducts",
    "conduct",
    "carried",
    "launched",
    "launches",
    "launch",
    "executed",
    "mounted",
    "staged",
    "ordered",
    "made",
]);

/// True when token `k` is a strike or raid named with the US, the coalition or a
/// partner force as its side, in the words just before it ("a U.S. drone strike",
/// "coalition airstrikes", "a Kurdish-led raid", "an American strike") or as its
/// agent after it ("a strike by U.S. forces", "the raid carried out by Iraqi
/// commandos").
pub fn allied_strike_at(text: &str, toks: &[Token], k: usize) -> bool {
    if !lexicon::is_strike_noun(&toks[k].norm) {
        return false;
    }
    let allied = |t: &Token| {
        is_us_name(text, t)
            || US_NAMES.contains(&t.norm)
            || matches!(t.norm.as_str(), "coalition" | "us-led" | "allied")
            || PARTNER_FORCES.contains(&t.norm)
            || PARTNER_NATIONS.contains(&t.norm)
    };
    let before: Vec<&Token> = toks[..k]
        .iter()
        .rev()
        .take_while(|t| t.is_word)
        .take(7)
        .collect();
    if before.iter().take(3).any(|t| allied(t)) {
        return true;
    }
    // Its side as the subject of a verb of carrying it out: "CENTCOM forces
    // conducted a unilateral strike", "Iraqi jets launched airstrikes".
    if let Some(v) = before
        .iter()
        .take(3)
        .position(|t| LAUNCH_VERBS.contains(&t.norm))
    {
        if before[v + 1..].iter().take(3).any(|t| allied(t)) {
            return true;
        }
    }
    // The agent after it: "by" within three words, a side within three after that.
    let after: Vec<&Token> = toks[k + 1..]
        .iter()
        .take_while(|t| t.is_word)
        .take(7)
        .collect();
    after
        .iter()
        .take(3)
        .position(|t| t.norm == "by")
        .is_some_and(|b| after[b + 1..].iter().take(3).any(|t| allied(t)))
}

/// True when a force noun follows token `i` within two words ("U.S. Army troops"),
/// also across coordinated nationalities ("U.S. and Iraqi forces").
fn force_noun_after(toks: &[Token], i: usize) -> bool {
    let mut seen = 0;
    for t in toks[i + 1..].iter().filter(|t| t.is_word).take(5) {
        if FORCE_NOUNS.contains(&t.norm) {
            return true;
        }
        let coordinated = t.norm == "and"
            || PARTNER_NATIONS.contains(&t.norm)
            || THIRD_NATIONS.contains(&t.norm)
            || t.norm == "american"
            || t.norm == "us";
        if !coordinated {
            seen += 1;
            if seen >= 2 {
                return false;
            }
        }
    }
    false
}

/// Words after a state's name that make it the name of its own forces or security
/// bodies ("Syrian security forces", "the Jordan Armed Forces", "the Syrian Interior
/// Ministry"), beside the [`FORCE_NOUNS`] and [`POLICE`].
const STATE_FORCE_WORDS: WordSet<7> = WordSet::new([
    "security",
    "special",
    "government",
    "interior",
    "armed",
    "partner",
    "counterterrorism",
]);

/// True when the state named at token `i` names its own forces: the next word is a
/// force or security word ("Syrian army", "Jordanian police"), or the state is one
/// of a coordinated pair of forces ("Syrian and American forces"); a name that goes
/// on into another body's ("the Syrian Democratic Forces", "the Syrian Observatory")
/// does not.
fn names_state_force(toks: &[Token], i: usize) -> bool {
    let Some(next) = toks.get(i + 1).filter(|t| t.is_word) else {
        return false;
    };
    FORCE_NOUNS.contains(&next.norm)
        || POLICE.contains(&next.norm)
        || STATE_FORCE_WORDS.contains(&next.norm)
        || next.norm == "and" && force_noun_after(toks, i)
}

/// True for the US written as a name: "U.S.", "US", "U.S.-led", "American".
fn is_us_name(text: &str, t: &Token) -> bool {
    let w = t.norm.as_str();
    (w == "us" || w.starts_with("us-") && !backed_by_allies(w)) && t.raw(text).starts_with('U')
        || w == "american"
}

/// True when token `i` is a militant name ("Islamic" only in "Islamic State"; a
/// militia not on the government's side: "an Iran-backed militia", not "a tribal
/// militia").
fn militant_at(text: &str, toks: &[Token], i: usize) -> bool {
    if toks[i].norm == "islamic" {
        return toks.get(i + 1).is_some_and(|t| t.norm == "state");
    }
    if lexicon::MILITIA_NOUNS.contains(&toks[i].norm) {
        let before = toks[..i].iter().rev().take_while(|t| t.is_word).take(2);
        return !before
            .into_iter()
            .any(|t| lexicon::FRIENDLY_MILITIA.contains(&t.norm.as_str()));
    }
    is_militant_marker(text, &toks[i])
}

/// Adds one sentence's mentions to the tally.
fn tally_sentence(text: &str, toks: &[Token], tally: &mut Tally) {
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if !t.is_word {
            i += 1;
            continue;
        }
        let w = &t.norm;
        note_head(text, toks, i, tally);
        // A state's people or land is written with a capital: only those are looked up.
        if t.starts_ascii_upper(text) {
            if let Some(h) = host_place(w) {
                tally.host[h] += 1;
                if BASE_STATES.contains(HOST_STATES[h].1)
                    && host_state(w.as_str()).is_some()
                    && names_state_force(toks, i)
                {
                    tally.host_force[h] += 1;
                }
            }
            // "14 Marines", "the SEALs": a US service by its own name; "Task Force
            // Olympia Soldiers", "No Soldiers were injured": the US Army's own style.
            if lexicon::us_service_name(text, t)
                && named_force_at(text, toks, i) == Some(Group::UsForces)
                || army_style_soldiers(text, toks, i)
            {
                tally.us += 1;
            }
        }
        // Most words name no actor: one look-up passes them over.
        if !ACTOR_WORDS.contains(w) && !w.starts_with("us") && w.as_str() != "american" {
            i += 1;
            continue;
        }
        // "the Defense Department said", "the Department of Defense identified": the
        // US military's own ministry, which announces the deaths of its own.
        if w.as_str() == "defense"
            && (toks.get(i + 1).is_some_and(|n| n.norm == "department")
                || i >= 2 && toks[i - 1].norm == "of" && toks[i - 2].norm == "department")
        {
            tally.us += 1;
        }
        if military_council(text, toks, i) {
            tally.partner += 1;
        }
        if PARTNER_LANDS.contains(w) || PARTNER_REGIONS.contains(w) {
            tally.partner_land += 1;
        } else if US_NAMES.contains(w) || is_us_name(text, t) && force_noun_after(toks, i) {
            tally.us += 1;
        } else if PARTNER_FORCES.contains(w)
            || PARTNER_NATIONS.contains(w) && force_noun_after(toks, i)
        {
            tally.partner += 1;
        } else if THIRD_NATIONS.contains(w)
            && toks.get(i + 1).is_some_and(|n| {
                matches!(n.norm.as_str(), "democratic" | "kurdish")
                    || lexicon::PARTNER_FORCE_NAMES.contains(&n.norm)
            })
        {
            // "the Syrian Democratic Forces", "Syrian Kurdish fighters": a partner.
            tally.partner += 1;
            note_head(text, toks, i + 1, tally);
            i += 1;
        } else if THIRD_NATIONS.contains(w) && force_noun_after(toks, i) {
            tally.third += 1;
        } else if militant_at(text, toks, i) && !bare_fighters_at(text, toks, i) {
            tally_militant(toks, i, tally);
            // "Islamic State group militants" is one mention.
            while toks.get(i + 1).is_some_and(|n| {
                militant_at(text, toks, i + 1) || n.norm == "state" || n.norm == "group"
            }) {
                // "ISIS fighters": the noun is named as the militants'.
                note_head(text, toks, i + 1, tally);
                i += 1;
            }
        }
        i += 1;
    }
}

/// True when "Soldier(s)", "Airman"/"Airmen" or "Sailor(s)" at `i` is capitalised
/// inside a sentence of prose, with no side named before it: the US Army, Air Force
/// and Navy write their own people so ("Task Force Olympia Soldiers detained 40", "No
/// Soldiers were injured", "the seven Airmen killed"). A headline in title
/// case ("Gunmen Kill Three Soldiers") or a nationality ("Iraqi Soldiers") tells
/// nothing of the kind.
fn army_style_soldiers(text: &str, toks: &[Token], i: usize) -> bool {
    if !matches!(
        toks[i].norm.as_str(),
        "soldier" | "soldiers" | "airman" | "airmen" | "sailor" | "sailors"
    ) {
        return false;
    }
    let raw = toks[i].raw(text);
    if !matches!(
        raw,
        "Soldier" | "Soldiers" | "Airman" | "Airmen" | "Sailor" | "Sailors"
    ) {
        return false;
    }
    let first = toks.iter().position(|t| t.is_word);
    if first == Some(i)
        || i.checked_sub(1)
            .is_some_and(|p| named_force_at(text, toks, p).is_some())
    {
        return false;
    }
    let (words, capitals) = toks.iter().filter(|t| t.is_word).fold((0, 0), |(w, c), t| {
        (w + 1, c + usize::from(t.starts_ascii_upper(text)))
    });
    2 * capitals < words
}

/// Tallies the side the military noun at `k` is named with, if it is one of
/// [`named_head`]'s (for a word the mention loop steps over).
fn note_head(text: &str, toks: &[Token], k: usize, tally: &mut Tally) {
    if let Some(c) = toks.get(k).and_then(|t| named_head(&t.norm)) {
        if let Some(g) = head_named_side(text, toks, k) {
            tally.head_sides[c] = tally.head_sides[c].with(g);
        }
    }
}

/// True when the word at `i` is "fighters" with no side named just before it ("seven
/// fighters", "its fighters", "local fighters"): they may be any side's, so they do not
/// tell whether the article's operation targets militants.
fn bare_fighters_at(text: &str, toks: &[Token], i: usize) -> bool {
    if !matches!(toks[i].norm.as_str(), "fighters" | "fighter") {
        return false;
    }
    !(i.saturating_sub(3)..i).any(|j| named_force_at(text, toks, j).is_some())
}

/// Nouns of an attack that a militant name before them makes theirs: "a Houthi
/// missile attack", "an ISIS ambush", "the al-Shabaab assault"; and of those who carry
/// one out: "an ISIS suicide bomber".
const ATTACK_NOUNS: WordSet<16> = WordSet::new([
    "bomber",
    "bombers",
    "gunman",
    "sniper",
    "attack",
    "attacks",
    "assault",
    "ambush",
    "ambushes",
    "bombing",
    "bombings",
    "offensive",
    "onslaught",
    "incursion",
    "massacre",
    "siege",
]);

/// What a sentence makes of the militants it names at one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MilitantRole {
    /// They attack: "blamed on ISIS", "militants raided the town".
    Attacker,
    /// They are hit: "an ISIS hideout", "strikes on Shabab", "15 militants killed".
    Target,
    /// Named with neither.
    Named,
}

/// Whether the militant name at token `i` is aimed at, attacking, or only named.
pub fn militant_role(toks: &[Token], i: usize) -> MilitantRole {
    // At most [`AIM_REACH`] words before and four after: small fixed arrays, no
    // allocation (the test runs for every militant name of every article).
    let mut before: [Option<&Token>; AIM_REACH] = [None; AIM_REACH];
    for (slot, t) in before
        .iter_mut()
        .zip(toks[..i].iter().rev().filter(|t| t.is_word))
    {
        *slot = Some(t);
    }
    let before = || before.iter().map_while(|t| *t);
    // "15 militants" are counted casualties: aimed at (not "On May 3, 2022, a
    // Houthi attack": a year or a day counts no one).
    let counted = toks[..i]
        .iter()
        .rev()
        .take_while(|t| t.is_word)
        .take(2)
        .any(|t| t.count.is_some_and(|n| n > 0) && !looks_like_year(&t.norm));
    let attacker_cue = before().take(3).any(|t| ATTACKER_CUES.contains(&t.norm));
    // "an ISIS hideout", "Shabab positions": a place of theirs is a target.
    let place = toks[i + 1..]
        .iter()
        .find(|t| t.is_word)
        .is_some_and(|t| MILITANT_PLACES.contains(&t.norm));
    let aimed = place || before().any(|t| AIMING_WORDS.contains(&t.norm));
    let mut after_buf: [Option<&Token>; 4] = [None; 4];
    for (slot, t) in after_buf
        .iter_mut()
        .zip(toks[i + 1..].iter().filter(|t| t.is_word))
    {
        *slot = Some(t);
    }
    let after_len = after_buf.iter().take_while(|t| t.is_some()).count();
    let after: &[Option<&Token>] = &after_buf[..after_len];
    let after_iter = || after.iter().map_while(|t| *t);
    // "militants killed three soldiers" attacks ("an ISIS camp killed …" is the
    // place hit); "fighters killed in the raid" (a
    // headline's passive) does not: "killed" and "wounded" need an object.
    // "ISIS's spokesman was targeted", "the cell was attacked": a verb of attack in
    // the passive makes the name its target.
    let passive = |k: usize| {
        k > 0
            && after[k - 1].is_some_and(|b| {
                matches!(
                    b.norm.as_str(),
                    "was" | "were" | "is" | "are" | "been" | "being" | "be"
                )
            })
    };
    let attacked = after_iter().take(3).enumerate().any(|(k, t)| {
        ATTACKER_VERBS.contains(&t.norm)
            && !matches!(
                t.norm.as_str(),
                "blamed" | "responsible" | "behind" | "claimed"
            )
            && passive(k)
    });
    let attacking = !attacked
        && after_iter().take(3).enumerate().any(|(k, t)| {
            ATTACKER_VERBS.contains(&t.norm)
                && (!matches!(
                    t.norm.as_str(),
                    "killed" | "wounded" | "kill" | "kills" | "wound" | "wounds"
                ) || after.get(k + 1).copied().flatten().is_some_and(|o| {
                    o.count.is_some()
                        || matches!(o.norm.as_str(), "a" | "an" | "the" | "at" | "several")
                }))
        });
    // "a Houthi drone attack", "an al-Shabaab assault": the name before its attack.
    let attack_of_theirs = after_iter()
        .take_while(|t| !matches!(t.norm.as_str(), "on" | "against" | "by" | "in" | "of"))
        .any(|t| ATTACK_NOUNS.contains(&t.norm));
    let attacking = attacking || attack_of_theirs;
    // "fighters killed in the raid", "militants were captured": casualties.
    let victims = !attacking
        && after_iter()
            .take(3)
            .any(|t| outcome_word(&t.norm).is_some());
    if place && !attacker_cue {
        MilitantRole::Target
    } else if attacker_cue || attacking && !counted {
        MilitantRole::Attacker
    } else if aimed || attacked || counted || victims {
        MilitantRole::Target
    } else {
        MilitantRole::Named
    }
}

/// Tallies the militant name at `i` as aimed at or attacking.
fn tally_militant(toks: &[Token], i: usize, tally: &mut Tally) {
    match militant_role(toks, i) {
        MilitantRole::Attacker => tally.by_militants += 1,
        MilitantRole::Target => tally.aimed_at_militants += 1,
        MilitantRole::Named => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;

    fn actors(sentences: &[&str]) -> Actors {
        let text = sentences.join(" ");
        let mut toks = Vec::new();
        let mut at = 0;
        for s in sentences {
            toks.push(tokenize(&text, at..at + s.len()));
            at += s.len() + 1;
        }
        // Reports of today: every host state's forces are allied.
        Actors::of(&text, &toks, NaiveDate::from_ymd_opt(2026, 1, 1))
    }

    #[test]
    fn every_word_that_names_a_side_passes_the_cheap_test() {
        let text = "U.S. troops, American forces, Iraqi troops, the SDF, Peshmerga, partner forces, \
            allied troops, Britain's army, Iraq's army, ISIS, IS, Daesh, militants, Russian troops, \
            US-backed fighters, coalition-trained men, ISIS-K, Houthi gunmen";
        let toks = tokenize(text, 0..text.len());
        let mut sides = 0;
        for (k, t) in toks.iter().enumerate().filter(|(_, t)| t.is_word) {
            if named_force_at(text, &toks, k).is_some() {
                sides += 1;
                assert!(may_name_side(t), "{:?}", t.norm);
            }
        }
        assert!(sides >= 16, "{sides}");
        let plain = "the road was long and the village quiet";
        for t in tokenize(plain, 0..plain.len()).iter().filter(|t| t.is_word) {
            assert!(!may_name_side(t), "{:?}", t.norm);
        }
    }

    #[test]
    fn every_actor_word_passes_the_first_look_up() {
        for set in [
            US_NAMES.keys().as_slice(),
            PARTNER_FORCES.keys(),
            PARTNER_NATIONS.keys(),
            THIRD_NATIONS.keys(),
            PARTNER_LANDS.keys(),
            PARTNER_REGIONS.keys(),
        ] {
            assert!(set.iter().all(|&k| ACTOR_WORDS.contains_key(k)));
        }
        let names = "IS Islamic ISIS ISIL Daesh Hurras al-Din Qaeda al-Qaeda al-Qaida Qaida \
            Kataib Hezbollah Hizballah Taliban al-Shabab Shabab al-Shabaab Shabaab jihadist jihadists jihadi \
            jihadis attackers assailants terrorist terrorists militant militants fighters \
            fighter insurgents gunmen extremists operatives islamist";
        for t in tokenize(names, 0..names.len()) {
            assert!(is_militant_marker(names, &t), "{:?}", t.norm);
            assert!(ACTOR_WORDS.contains(&t.norm), "{:?}", t.norm);
        }
    }

    #[test]
    fn the_force_named_most_owns_generic_troops() {
        let a = actors(&[
            "American commandos and Iraqi soldiers stormed a compound.",
            "The Pentagon said U.S. forces led the assault.",
        ]);
        assert_eq!(a.own_force, Some(Group::UsForces));
        let a = actors(&[
            "Peshmerga units repelled the assault.",
            "Kurdish troops held the ridge while coalition jets circled.",
        ]);
        assert_eq!(a.own_force, Some(Group::PartnerForces));
        let a = actors(&[
            "U.S. and Iraqi forces raided a farm.",
            "A U.S. defense official said U.S. troops held the road.",
            "U.S. Central Command confirmed the raid.",
        ]);
        assert_eq!(a.own_force, Some(Group::UsForces));
        let a = actors(&["Russian soldiers and US troops patrolled the road."]);
        assert_eq!(a.own_force, None);
        let a = actors(&["Rain fell on the town; the market stayed shut."]);
        assert_eq!(a.own_force, None);
        // A report set in a partner's country that names no force is about its state's.
        for report in [
            "Gunmen killed five policemen in Iraq's Diyala province.",
            "A bomb hit a checkpoint outside Kandahar, Afghanistan, killing two guards.",
            "Somalia: militants stormed a hotel in Mogadishu.",
            "Three soldiers died when their truck hit a mine in northern Iraq.",
            "Across Iraq, attacks on patrols have risen since spring.",
        ] {
            assert_eq!(
                actors(&[report]).own_force,
                Some(Group::PartnerForces),
                "{report}"
            );
        }
        // A host state is placed by its regions as by its name; one mention is not
        // enough, nor are two states' regions alike.
        let host = |lines: &[&str]| actors(lines).host.map(|h| HOST_STATES[h].1);
        assert_eq!(
            host(&[
                "A bomber struck a post in Waziristan.",
                "The ISPR said troops killed three."
            ]),
            Some("pakistan")
        );
        assert_eq!(
            host(&[
                "Militants raided a camp in Borno.",
                "Maiduguri hospitals took the wounded."
            ]),
            Some("nigeria")
        );
        assert_eq!(
            host(&[
                "Gunfire near Mafraq.",
                "Officials in Amman said smugglers fled."
            ]),
            Some("jordan")
        );
        assert_eq!(
            host(&[
                "Two soldiers died in North Waziristan.",
                "Khyber police sealed roads."
            ]),
            Some("pakistan")
        );
        assert_eq!(host(&["Troops patrolled near Garissa."]), None);
        // The host's forces own a report that recalls a US unit once.
        let a = actors(&[
            "Jordanian troops clashed with smugglers near Mafraq.",
            "Jordan said the border stays shut; Amman blamed Syria.",
            "A drone killed three American soldiers in Jordan in 2024.",
        ]);
        assert_eq!(a.own_force, Some(Group::PartnerForces));
        let a = actors(&[
            "US troops at a base in Jordan were hit by a drone.",
            "The US said three American soldiers died in Jordan.",
        ]);
        assert_eq!(a.own_force, Some(Group::UsForces));
        assert_eq!(host(&["Fighting in Borno and Khyber."]), None);
        // Placed by a province or city of a partner's land, without the country.
        for report in [
            "Gunmen attacked an army checkpoint west of Haditha overnight.",
            "Two police officers were shot dead in Ramadi on Monday.",
            "A roadside bomb struck a patrol in Helmand, wounding three soldiers.",
            "Soldiers repelled an assault on a base in Puntland.",
            "Insurgents ambushed a convoy near Tikrit.",
        ] {
            assert_eq!(
                actors(&[report]).own_force,
                Some(Group::PartnerForces),
                "{report}"
            );
        }
        let a = actors(&["Rockets hit a US base near Mosul, wounding four American troops."]);
        assert_eq!(a.own_force, Some(Group::UsForces));
        let a = actors(&["Rockets hit a US base in Iraq, wounding four American troops."]);
        assert_eq!(a.own_force, Some(Group::UsForces));
    }

    fn generic(a: &Actors, phrase: &str) -> Option<Group> {
        let toks = tokenize(phrase, 0..phrase.len());
        let words: Vec<&Token> = toks.iter().filter(|t| t.is_word).collect();
        a.generic_force(phrase, &words)
    }

    #[test]
    fn the_syrian_democratic_forces_are_a_partner_not_syria() {
        let a = actors(&[
            "The Syrian Democratic Forces said a Syrian army unit was not involved.",
            "Syrian Kurdish fighters and Syrian Democratic Forces units held the town.",
            "Syrian troops stayed west of the river.",
        ]);
        assert_eq!(a.own_force, Some(Group::PartnerForces));
        assert_eq!(generic(&a, "four personnel"), Some(Group::PartnerForces));
    }

    #[test]
    fn soldiers_named_only_as_a_third_states_are_that_states() {
        for (report, phrase) in [
            (
                &["Militants ambushed a bus of Russian soldiers near Palmyra.", "Moscow vowed revenge."][..],
                "nine soldiers",
            ),
            (
                &[
                    "A drone hit a Turkish troops' convoy in Duhok.",
                    "Ankara said the troops returned fire; three troops were hurt.",
                ],
                "three troops",
            ),
            (
                &[
                    "Britain said two of its British personnel were hurt in a rocket attack on Taji.",
                    "The personnel were flown to Cyprus.",
                ],
                "the personnel",
            ),
            (
                &[
                    "Islamic State gunmen killed four Iranian officers near Deir ez-Zor.",
                    "Tehran said the officers were advisers; two more officers were wounded.",
                ],
                "two more officers",
            ),
            (
                &[
                    "Gunmen shot at a patrol of Syrian army soldiers in Raqqa province.",
                    "The attackers killed eleven soldiers, state media said.",
                ],
                "eleven soldiers",
            ),
        ] {
            // Dated before Syria's state forces became allies (Syrian soldiers of 2023).
            let text = report.join(" ");
            let mut toks = Vec::new();
            let mut at = 0;
            for s in report {
                toks.push(tokenize(&text, at..at + s.len()));
                at += s.len() + 1;
            }
            let a = Actors::of(&text, &toks, NaiveDate::from_ymd_opt(2023, 1, 1));
            assert_eq!(generic(&a, phrase), None, "{report:?}");
        }
        // Named as a third state's and as the US's: the report's own (US) soldiers.
        let a = actors(&[
            "Russian soldiers watched as US soldiers patrolled near Qamishli.",
            "Four soldiers were hurt when a truck rammed the US patrol, the Pentagon said.",
        ]);
        assert_eq!(generic(&a, "four soldiers"), Some(Group::UsForces));
    }

    #[test]
    fn syrian_state_forces_are_allies_only_from_2025() {
        let on = |lines: &[&str], year: i32| {
            let text = lines.join(" ");
            let mut toks = Vec::new();
            let mut at = 0;
            for s in lines {
                toks.push(tokenize(&text, at..at + s.len()));
                at += s.len() + 1;
            }
            Actors::of(&text, &toks, NaiveDate::from_ymd_opt(year, 6, 1))
        };
        // Reports set among the Syrian state's forces, with the phrase that counts
        // its dead: the Assad government's soldiers are no side of the coalition's
        // (a third force), the new government's are its partners.
        for (report, phrase) in [
            (
                &[
                    "Gunmen ambushed a Syrian army bus near Palmyra.",
                    "Damascus vowed revenge.",
                ][..],
                "nineteen soldiers",
            ),
            (
                &[
                    "Militants attacked a checkpoint of Syrian government troops outside Homs.",
                    "Syria's defence ministry said 12 servicemen died.",
                ],
                "12 servicemen",
            ),
            (
                &[
                    "A roadside bomb hit a Syrian military convoy near Deir ez-Zor.",
                    "The Syrian defence ministry said four soldiers were hurt.",
                ],
                "four soldiers",
            ),
            (
                &[
                    "Syrian troops repelled a night raid on their post near Hama.",
                    "Two officers were killed, the Syrian army said.",
                ],
                "two officers",
            ),
            (
                &[
                    "ISIS cells struck positions held by Syrian forces in the desert.",
                    "Six conscripts died, state media in Damascus reported.",
                ],
                "six conscripts",
            ),
        ] {
            assert_eq!(on(report, 2023).host, None, "{report:?}");
            assert_eq!(generic(&on(report, 2023), phrase), None, "{report:?}");
            assert_eq!(
                on(report, 2025).host.map(|h| HOST_STATES[h].1),
                Some("syria"),
                "{report:?}"
            );
            assert_eq!(
                generic(&on(report, 2025), phrase),
                Some(Group::PartnerForces),
                "{report:?}"
            );
        }
        // A state allied throughout is a host at any date.
        let jordan = [
            "Gunmen attacked a Jordanian army post near the border.",
            "Jordan said three soldiers died.",
        ];
        assert_eq!(
            on(&jordan, 2016).host.map(|h| HOST_STATES[h].1),
            Some("jordan")
        );
    }

    #[test]
    fn syria_is_a_host_only_where_its_own_forces_are_named() {
        let host = |lines: &[&str]| actors(lines).host.map(|h| HOST_STATES[h].1);
        // Reports set among the Syrian state's forces: named as such, in any wording.
        for report in [
            &[
                "Gunmen ambushed Syrian soldiers on the Palmyra road.",
                "Damascus said the army would respond.",
            ][..],
            &[
                "A bomb hit a pick-up of the Syrian Interior Ministry near Homs.",
                "Officials in Damascus blamed Islamic State.",
            ],
            &[
                "Syrian security forces and US commandos raided a farm in Syria.",
                "Two policemen died.",
            ],
            &[
                "Syria's new army lost a post near Aleppo.",
                "Syrian government troops withdrew to Hama.",
            ],
            &[
                "Syrian and American forces stormed a house outside Homs.",
                "Syria joined the coalition last year.",
            ],
        ] {
            assert_eq!(host(report), Some("syria"), "{report:?}");
        }
        let a = actors(&[
            "Islamic State gunmen attacked a Syrian army checkpoint near Homs.",
            "Two soldiers were killed and three wounded, Damascus said.",
        ]);
        assert_eq!(generic(&a, "two soldiers"), Some(Group::PartnerForces));
        // Syria as the place of US troops, or named only in other bodies' names.
        for report in [
            &[
                "A drone struck a US position in northern Syria.",
                "No Syrian civilians were harmed; five service members were hurt.",
            ][..],
            &[
                "The Syrian Observatory for Human Rights counted the dead in Syria.",
                "US troops in Syria number about 900.",
            ],
            &[
                "The Syrian Democratic Forces said the Syrian Democratic Council met.",
                "Fighting in Syria went on.",
            ],
        ] {
            assert_eq!(host(report), None, "{report:?}");
        }
        // A Jordanian report that names Syria as the smugglers' side stays in Jordan.
        assert_eq!(
            host(&[
                "Jordanian soldiers clashed with smugglers crossing from Syria.",
                "Amman said Syria must secure the border; Jordan closed a crossing.",
            ]),
            Some("jordan")
        );
    }

    #[test]
    fn a_capital_places_a_report_in_its_host_state() {
        // The capital's dateline ties the count with a neighbour named as often.
        let a = actors(&[
            "NIAMEY (Wire) - Niger said Nigerien soldiers died near the Mali border.",
            "The zone where Niger, Mali and Burkina Faso meet is lawless.",
            "American troops left in 2024; the last US soldiers flew out in August.",
        ]);
        assert_eq!(a.host, host_state("niger"));
        assert_eq!(a.own_force, Some(Group::PartnerForces));
        assert_eq!(generic(&a, "14 soldiers"), Some(Group::PartnerForces));
        for (sentence, land) in [
            (
                "BAMAKO - Malian troops repelled the raid; Mali said so.",
                "mali",
            ),
            ("Ouagadougou said Burkina lost men.", "burkina"),
            ("In Sanaa and Aden, Yemen mourned.", "yemen"),
            ("Manila said the Philippines would respond.", "philippines"),
            ("Cairo said Sinai was calm.", "egypt"),
        ] {
            assert_eq!(actors(&[sentence]).host, host_state(land), "{sentence}");
        }
        // Crew members are no force, even at home.
        assert_eq!(generic(&a, "four crew members"), None);
    }

    #[test]
    fn a_militant_name_before_its_attack_is_the_attacker() {
        for (sentence, i) in [
            ("A Houthi drone and missile attack hit the port.", 1),
            ("The al-Shabab assault began at dawn.", 1),
            ("On May 3, 2022, an ISIS ambush killed four soldiers.", 7),
            ("Residents fled the JNIM offensive.", 3),
            ("Survivors of the Boko Haram massacre spoke.", 3),
        ] {
            let toks = tokenize(sentence, 0..sentence.len());
            assert!(is_militant_marker(sentence, &toks[i]), "{sentence}");
            assert_eq!(
                militant_role(&toks, i),
                MilitantRole::Attacker,
                "{sentence}"
            );
        }
        // Before a place or after "on", they are the target; a count makes them one.
        for (sentence, i) in [
            ("Jets hit an ISIS hideout.", 3),
            ("The offensive on ISIS began.", 3),
            ("Troops killed 15 militants.", 3),
        ] {
            let toks = tokenize(sentence, 0..sentence.len());
            assert_eq!(militant_role(&toks, i), MilitantRole::Target, "{sentence}");
        }
    }

    #[test]
    fn a_militant_name_attacked_in_the_passive_is_the_target() {
        // The militant name's token index: the word before the passive verb's subject
        // ends.
        let role_of = |sentence: &str, name: &str| {
            let toks = tokenize(sentence, 0..sentence.len());
            let i = toks.iter().position(|t| t.norm == name).unwrap();
            militant_role(&toks, i)
        };
        for (sentence, name) in [
            (
                "The spokesman of ISIS, was targeted near Jarablus, the SDF said.",
                "isis",
            ),
            (
                "An al-Shabaab camp commander was struck by a drone.",
                "camp",
            ),
            ("Houthi fighters were bombed overnight.", "fighters"),
            (
                "A cell of ISIS militants was ambushed by Kurdish troops.",
                "militants",
            ),
            ("Daesh remnants were shelled for three days.", "remnants"),
        ] {
            let toks = tokenize(sentence, 0..sentence.len());
            let i = toks.iter().position(|t| t.norm == name).unwrap();
            let marker = (0..=i)
                .rev()
                .find(|&k| is_militant_marker(sentence, &toks[k]))
                .unwrap();
            assert_eq!(
                militant_role(&toks, marker),
                MilitantRole::Target,
                "{sentence}"
            );
        }
        // Blamed in the passive, they are still the attackers.
        assert_eq!(
            role_of("Al-Shabaab was blamed for the attack.", "al-shabaab"),
            MilitantRole::Attacker
        );
        assert_eq!(
            role_of("ISIS fighters attacked the post.", "isis"),
            MilitantRole::Attacker
        );
    }

    #[test]
    fn a_militant_attack_on_no_named_force_is_on_the_local_partner() {
        for sentences in [
            &["Jihadists stormed a border post overnight, killing seven soldiers."][..],
            &[
                "Boko Haram fighters ambushed a convoy.",
                "Four troops died.",
            ],
            &["An attack claimed by al-Shabab hit the garrison in Dhobley."],
            &["Gunmen from the Islamic State attacked the barracks at dawn."],
            &["Militants fired mortars at the camp of the Northern Defence Forces."],
        ] {
            assert_eq!(
                actors(sentences).own_force,
                Some(Group::PartnerForces),
                "{sentences:?}"
            );
        }
        // A state's force named, or only strikes on militants: no such default.
        let named = actors(&["Jihadists stormed a border post held by French troops."]);
        assert_ne!(named.own_force, Some(Group::PartnerForces));
        assert_eq!(
            actors(&["Jets struck an ISIS hideout, killing 9."]).own_force,
            None
        );
    }

    #[test]
    fn a_military_noun_named_with_one_side_keeps_it_when_bare() {
        // US forces are named most, but the article's soldiers are only ever Iraqi.
        let a = actors(&[
            "Two American advisers and a U.S. contractor were hurt, the Pentagon said.",
            "U.S. forces flew the wounded to Erbil; U.S. aircraft hit the hills.",
            "Four soldiers of the Iraqi army died in the ambush.",
        ]);
        assert_eq!(a.own_force, Some(Group::UsForces));
        assert_eq!(generic(&a, "a fourth soldier"), Some(Group::PartnerForces));
        assert_eq!(generic(&a, "the soldiers"), Some(Group::PartnerForces));
        // Troops are not soldiers: they keep the article's force.
        assert_eq!(generic(&a, "the troops"), Some(Group::UsForces));
        // A modifier before the noun names its side too.
        let b = actors(&[
            "Kenyan officials said the Americans were safe; US jets and US drones patrolled.",
            "Three Somali army officers were killed at the gate.",
            "The officers had just arrived.",
        ]);
        assert_eq!(generic(&b, "two officers"), Some(Group::PartnerForces));
        // Named with both sides, a bare noun is the article's force.
        let c = actors(&[
            "U.S. troops and U.S. aircraft backed the raid.",
            "Two U.S. soldiers and three Iraqi soldiers were hurt.",
        ]);
        assert_eq!(generic(&c, "the soldiers"), Some(Group::UsForces));
        // The personnel of a single US unit are US forces in a partner's report.
        let d = actors(&[
            "The Peshmerga said the Peshmerga lost two men; Peshmerga units moved in.",
            "Five US personnel were treated for concussions.",
        ]);
        assert_eq!(d.own_force, Some(Group::PartnerForces));
        assert_eq!(generic(&d, "the personnel"), Some(Group::UsForces));
    }

    #[test]
    fn us_services_by_their_own_names_make_a_us_report() {
        // A hometown paper names only "Marines" and Iraqi places: its force is the US.
        let a = actors(&[
            "The battalion's Marines were on patrol near Haditha in Anbar.",
            "Families of the Marines gathered at the reserve centre in Ohio.",
        ]);
        assert_eq!(a.own_force, Some(Group::UsForces));
        let b = actors(&["Navy SEALs and Green Berets trained the unit in Baghdad."]);
        assert_eq!(b.own_force, Some(Group::UsForces));
        // Another navy's marines are not.
        let c = actors(&[
            "Royal Marines patrolled Basra.",
            "British Marines left Umm Qasr.",
        ]);
        assert_ne!(c.own_force, Some(Group::UsForces));
        // The US Army writes its own Soldiers with a capital inside a sentence.
        let d = actors(&[
            "Iraqi Security Forces and Iraqi police cleared the market.",
            "On Friday, Task Force Liberty Soldiers detained six suspects.",
            "Two Soldiers were treated for minor wounds, and no Soldiers were killed.",
        ]);
        assert_eq!(d.own_force, Some(Group::UsForces));
        assert_eq!(generic(&d, "the soldiers"), Some(Group::UsForces));
        // So do the Air Force its Airmen and the Navy its Sailors.
        for told in [
            &["Four members of the wing were among the seven Airmen killed in western Iraq."][..],
            &["The Airman was hurt when a rocket struck the base in Iraq."][..],
            &[
                "Iraqi police guarded the port.",
                "Three Sailors were treated for burns after the fire off Basra.",
            ][..],
            &["Medics flew two injured Sailors from the ship near Iraq."][..],
            &["In Anbar, Iraqi forces held the road while our Airmen flew overhead."][..],
        ] {
            assert_eq!(actors(told).own_force, Some(Group::UsForces), "{told:?}");
        }
        // Not in a headline's title case, not after a nationality, not first.
        for headline in [
            &[
                "Gunmen Kill Three Soldiers Near Kirkuk",
                "Iraqi police said the gunmen fled.",
            ][..],
            &["Two Iraqi Soldiers died; Iraqi troops sealed the road."][..],
            &["Soldiers of the Iraqi army held the bridge as Iraqi police watched."][..],
        ] {
            assert_ne!(
                actors(headline).own_force,
                Some(Group::UsForces),
                "{headline:?}"
            );
        }
    }

    #[test]
    fn a_name_after_the_noun_takes_its_side_from_the_whole_name() {
        // A name whose first word is another side's nationality ("Syrian", "Turkish")
        // but whose later word names the side: the noun is that side's, so a bare
        // "fighters" elsewhere is the partner's.
        for named in [
            "A fighter of the Syrian Democratic Forces died of his wounds on Monday.",
            "Two fighters of the Syrian Kurdish YPG were hurt at the checkpoint.",
            "A soldier of the Syrian Democratic Forces' Deir ez-Zor council was killed.",
            "Three fighters from the Syrian SDF-led alliance were wounded overnight.",
            "One fighter with the Turkish-based Kurdish Peshmerga unit was shot.",
        ] {
            let a = actors(&[
                named,
                "SDF fighters held the gate.",
                "A coalition drone killed two militants of the cell.",
            ]);
            let slot = if named.contains("soldier") {
                0
            } else {
                FIGHTERS_SLOT
            };
            assert_eq!(
                a.head_sides[slot],
                HeadSide::One(Group::PartnerForces),
                "{named}"
            );
        }
        // A nationality alone after the noun still names its own side.
        let b = actors(&[
            "Two soldiers of the Syrian army were killed.",
            "Army units moved in.",
        ]);
        assert_eq!(b.head_sides[0], HeadSide::One(Group::Other));
    }

    #[test]
    fn a_report_the_defense_department_sources_is_of_us_forces() {
        // Set in Iraq and naming no force by its nation, a report of deaths the US
        // military's ministry announces is of US troops.
        for told in [
            "Two soldiers died in an indirect fire incident in northern Iraq, the Defense Department said Tuesday.",
            "The Department of Defense identified the two paratroopers killed near Mosul.",
            "A Defense Department statement said a soldier died in Anbar in a vehicle rollover.",
            "According to the Department of Defense, three sailors were hurt off Basra.",
            "Five soldiers were wounded in Iraq, Defense Department officials said.",
        ] {
            assert_eq!(actors(&[told]).own_force, Some(Group::UsForces), "{told}");
        }
        // A ministry of another state's defence is no US source.
        let told = "Two soldiers died in northern Iraq, the Iraqi defense ministry said.";
        assert_eq!(actors(&[told]).own_force, Some(Group::PartnerForces));
    }

    #[test]
    fn generic_military_nouns_take_the_own_force() {
        let us = Actors {
            own_force: Some(Group::UsForces),
            targets_militants: false,
            militants_named: false,
            carried: None,
            recalled: None,
            host: None,
            head_sides: Default::default(),
            speaker: None,
            allied_strikes: false,
        };
        assert_eq!(generic(&us, "other marines"), Some(Group::UsForces));
        assert_eq!(generic(&us, "service members"), Some(Group::UsForces));
        assert_eq!(generic(&us, "Other Soldiers"), Some(Group::UsForces));
        assert_eq!(generic(&us, "personnel"), Some(Group::UsForces));
        assert_eq!(generic(&us, "Russian soldiers"), None);
        assert_eq!(generic(&us, "government troops"), None);
        assert_eq!(generic(&us, "Malian soldiers"), None);
        assert_eq!(generic(&us, "board members"), None);
        assert_eq!(generic(&us, "villagers"), None);
        assert_eq!(generic(&us, "officer"), Some(Group::UsForces));
        assert_eq!(generic(&us, "police officers"), None);
        let none = Actors::default();
        assert_eq!(generic(&none, "soldiers"), None);
        let partner = Actors {
            own_force: Some(Group::PartnerForces),
            targets_militants: true,
            militants_named: true,
            carried: None,
            recalled: None,
            host: None,
            head_sides: Default::default(),
            speaker: None,
            allied_strikes: false,
        };
        assert_eq!(generic(&partner, "airmen"), Some(Group::PartnerForces));
    }

    #[test]
    fn operations_aimed_at_militants_and_attacks_by_them() {
        let a = actors(&[
            "Coalition jets hit an al-Shabab hideout on Friday.",
            "The strike targeted Islamic State commanders.",
        ]);
        assert!(a.targets_militants);
        let a = actors(&[
            "Iran-backed militants fired a barrage of rockets at the airfield.",
            "The attack was claimed by Kataib Hezbollah.",
        ]);
        assert!(!a.targets_militants);
        let a = actors(&["A drone attack was blamed on an Islamic Revolutionary Guard unit."]);
        assert!(!a.targets_militants);
        let a = actors(&["Officials said 9 jihadists died when their hideout was bombed."]);
        assert!(a.targets_militants);
        let a = actors(&["Dozens of IS fighters killed in Hamrin operation"]);
        assert!(a.targets_militants);
        let a = actors(&["Gunmen killed a teacher and fled."]);
        assert!(!a.targets_militants);
        // A headline's present tense attacks as the past does.
        for headline in [
            "Gunmen kill 5 policemen in Diyala",
            "Militants kill two guards at oil field",
            "Jihadists wound 9 soldiers in dawn assault",
            "ISIS kills three shepherds near Kirkuk",
            "Insurgents attack checkpoint, kill four",
        ] {
            assert!(!actors(&[headline]).targets_militants, "{headline}");
        }
        let a = actors(&["The Islamic Republic condemned the visit."]);
        assert!(!a.targets_militants);
        // Fighters with no side named tell nothing of whom the operation targets.
        let a = actors(&[
            "Kurdish forces said 7 fighters were killed when ISIS militants ambushed a convoy.",
            "The SDF said its fighters later killed two of the attackers.",
            "The alliance lost 11 fighters in May.",
        ]);
        assert!(!a.targets_militants);
        assert_eq!(a.own_force, Some(Group::PartnerForces));
    }

    #[test]
    fn a_militia_is_an_armed_group_unless_it_is_on_the_governments_side() {
        for aimed in [
            "Warplanes bombed a militia convoy near the border.",
            "A drone strike killed three leaders of an Iran-backed militia on Sunday.",
            "Jets pounded militias east of the river overnight.",
            "The raid targeted militiamen holed up in a school.",
            "An airstrike hit Hezbollah-aligned militia positions.",
        ] {
            assert!(actors(&[aimed]).targets_militants, "{aimed}");
        }
        for attacking in [
            "A militia fired rockets at the embassy compound.",
            "The attack was blamed on a militia loyal to Tehran.",
        ] {
            let a = actors(&[attacking]);
            assert!(a.militants_named && !a.targets_militants, "{attacking}");
        }
        // A tribal or pro-government militia fights alongside the state.
        for friendly in [
            "Jets pounded tribal militias east of the river.",
            "Insurgents ambushed pro-government militia fighters.",
        ] {
            assert!(!actors(&[friendly]).targets_militants, "{friendly}");
        }
    }

    /// The force sentences hand to the pronouns of the next one.
    fn carried(sentences: &[&str]) -> Option<Group> {
        let toks: Vec<Vec<Token>> = sentences.iter().map(|s| tokenize(s, 0..s.len())).collect();
        // The most recent sentence first, each with its own text.
        sentences
            .iter()
            .zip(&toks)
            .rev()
            .find_map(|(s, t)| Actors::carried_from(s, &[t.as_slice()]))
    }

    #[test]
    fn a_sentence_hands_its_subject_or_last_force_to_the_next() {
        // The subject a sentence opens with.
        assert_eq!(
            carried(&["Iraq's Counter-Terrorism Service on Thursday announced a raid with the US-led coalition."]),
            Some(Group::PartnerForces)
        );
        assert_eq!(
            carried(&[
                "Peshmerga commanders said the convoy was ambushed by Islamic State gunmen."
            ]),
            Some(Group::PartnerForces)
        );
        assert_eq!(
            carried(&["The Pentagon said Iranian drones had been fired at the base."]),
            Some(Group::UsForces)
        );
        // Else the last force it names.
        assert_eq!(
            carried(&["The garrison near the borders of Iraq and Jordan hosts 200 troops who train the Free Army, a local partner force."]),
            Some(Group::PartnerForces)
        );
        assert_eq!(
            carried(&["The base, far out in the desert, was once held by ISIS."]),
            Some(Group::Militants)
        );
        assert_eq!(carried(&["Rain fell on the valley for a week."]), None);
    }
}
