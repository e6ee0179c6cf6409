//! Who was counted, in the article's own words (`Casualty::who`): the noun phrase of the
//! figure's clause, kept so a card can say "Peacekeepers injured" where the contract's
//! group is only `other`. Reports written for this test.

use dateline_extract::model::{Group, Outcome};
use dateline_extract::{extract, Source};

/// `(group, outcome, count, who)` of every figure of `text` (dated 2023-05-06).
fn figures(text: &str) -> Vec<(Group, Outcome, u32, Option<String>)> {
    let doc = extract(&[Source::new("t", format!(" date 2023-05-06\n{text}"))]);
    doc.casualties
        .into_iter()
        .map(|c| (c.group, c.outcome, c.count, c.who))
        .collect()
}

fn who_of(text: &str) -> Vec<Option<String>> {
    figures(text).into_iter().map(|f| f.3).collect()
}

#[test]
fn the_words_that_name_who_are_kept() {
    let cases = [
        (
            "Four peacekeepers were injured on Friday when rockets hit their compound.",
            "peacekeepers",
        ),
        (
            "Rockets wounded six Turkish soldiers at a base near Bashiqa on Friday.",
            "Turkish soldiers",
        ),
        (
            "Two U.S. service members were hurt in the blast on Friday, officials said.",
            "U.S. service members",
        ),
        (
            "The strike on Friday killed 3 aid workers, the agency said.",
            "aid workers",
        ),
        (
            "Seven fishermen died when the boat was shelled on Friday.",
            "fishermen",
        ),
    ];
    for (text, want) in cases {
        let got = who_of(text);
        assert!(
            got.iter().any(|w| w.as_deref() == Some(want)),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_count_of_injuries_names_no_one() {
    // "seven injuries" counts harm, not people: no words for who.
    let got = figures("The attack on Friday caused seven injuries among the guards.");
    assert!(
        got.iter().all(|f| f.3.as_deref() != Some("injuries")),
        "{got:?}"
    );
}

#[test]
fn a_counted_subject_of_a_passive_or_intransitive_outcome_is_a_casualty() {
    // Nouns no lexicon lists: the clause's grammar says they suffered it.
    let cases = [
        (
            "Seven fishermen died when the boat was shelled on Friday.",
            Outcome::Killed,
            7,
            "fishermen",
        ),
        (
            "Three shepherds were killed in the strike on Friday.",
            Outcome::Killed,
            3,
            "shepherds",
        ),
        (
            "12 herders had been wounded by the blast on Friday.",
            Outcome::Injured,
            12,
            "herders",
        ),
        (
            "Two dozen pilgrims were hurt in the crush on Friday.",
            Outcome::Injured,
            24,
            "pilgrims",
        ),
        (
            "Nine miners perished after the shelling on Friday.",
            Outcome::Killed,
            9,
            "miners",
        ),
    ];
    for (text, outcome, count, who) in cases {
        let got = figures(text);
        assert!(
            got.iter()
                .any(|f| f.1 == outcome && f.2 == count && f.3.as_deref() == Some(who)),
            "{text}: {got:?}"
        );
    }
    // Active voice: the counted phrase did it, it did not suffer it.
    let got = figures("Four rockets killed two guards on Friday.");
    assert!(got.iter().all(|f| f.2 != 4), "{got:?}");
    // A measure is no victim: "two days were lost".
    let got = figures("Three days were lost when the road was hurt by floods on Friday.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_states_own_forces_at_home_are_the_local_partner() {
    // Reports set in a state of its own forces' fight: its soldiers and police, named
    // by nation or not at all, are partner forces.
    let cases = [
        "AMMAN — Two Jordanian soldiers were killed on Friday in a clash with smugglers on the border, the Jordanian army said. Jordan has tightened its border since 2023.",
        "Militants stormed a checkpoint in northern Mali on Friday, killing four soldiers, the Malian army said. Mali has been fighting insurgents for a decade.",
        "Three policemen were wounded on Friday when a bomb hit their van in Peshawar, Pakistani officials said. Pakistan blames the attacks on the Taliban.",
        "Five Kenyan troops died on Friday when their vehicle struck a mine near the Somali border, Kenya's defence ministry said. Kenya has fought al-Shabaab since 2011.",
        "A Lebanese soldier was killed on Friday in a shootout with drug dealers in the Bekaa valley. Lebanon's army said two more were hurt.",
    ];
    for text in cases {
        let got = figures(text);
        assert!(
            !got.is_empty() && got.iter().all(|f| f.0 == Group::PartnerForces),
            "{text}: {got:?}"
        );
    }
    // Another state's soldiers abroad are not the local partner.
    let got = figures(
        "Two Jordanian pilots were killed on Friday when their jet crashed in Iraq, Iraqi officials said. The U.S. said its troops were not hurt.",
    );
    assert!(
        got.iter()
            .all(|f| !(f.0 == Group::PartnerForces && f.2 == 2)),
        "{got:?}"
    );
}

#[test]
fn the_victims_of_a_strike_are_the_struck_sides_not_the_strikers() {
    // "its" after a strike that killed: the side struck, whatever force the sentence
    // before named as its subject or the clause before named as a victim.
    for text in [
        "The US struck Kataib Hezbollah in December 2019. Those strikes killed 25 of its fighters.",
        "American jets bombed the Nujaba militia's depots on Friday. The raids killed 25 of its members.",
        "U.S. forces hit Kataib Hezbollah on Friday after a rocket attack killed an American contractor; the airstrikes killed 25 of its fighters.",
        "Iraqi troops struck the ISIS cell's hideout on Friday. The strike killed 25 of its fighters, the army said.",
        "The coalition targeted Islamic State positions near Hajin on Friday. Its air strikes killed 25 of their fighters.",
    ] {
        let got = figures(text);
        assert!(
            got.iter()
                .any(|f| f.0 == Group::Militants && f.1 == Outcome::Killed && f.2 == 25),
            "{text}: {got:?}"
        );
    }
    // The pronoun of a victim's own side still points to it.
    let got = figures("The SDF said on Friday that gunmen killed two of its fighters.");
    assert_eq!(got[0].0, Group::PartnerForces, "{got:?}");
}
