//! One card line: every source's figure for a (group, outcome), reconciled.

use super::breakdown::{self, Breakdown};
use super::labels::{group_label, outcome_label};
use super::reconcile::{reconcile, Reconciled};
use super::source::SourceFigure;
use crate::model::{Article, Casualty, Group, Outcome};
use crate::naming::source_name;

/// One (group, outcome) row of a card: "Militants killed 15 ✓ 2 sources".
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Who.
    pub group: Group,
    /// What happened to them.
    pub outcome: Outcome,
    /// "Militants killed", "US forces injured".
    pub label: String,
    /// The figure each source gives, by article (document order); an article giving
    /// two different figures appears twice. Breakdown parts are not listed here.
    pub sources: Vec<SourceFigure>,
    /// The value shown.
    pub reconciled: Reconciled,
    /// One-line explanation of how `reconciled` was reached.
    pub rule: String,
    /// When sources disagree, who said what ("The Sun says 7; Al Jazeera says 9.").
    pub discrepancy: Option<String>,
    /// A total split into parts by a source ("7 injured = 5 wounded + 2 hurt in falls").
    pub breakdown: Option<Breakdown>,
}

impl Line {
    /// Builds a line from the figures of one (group, outcome) of one incident, in
    /// document order. `article` looks up an article by id. `figs` must not be empty.
    pub(crate) fn build<'a>(
        group: Group,
        outcome: Outcome,
        figs: &[&'a Casualty],
        article: &dyn Fn(&str) -> Option<&'a Article>,
        article_order: &dyn Fn(&str) -> usize,
    ) -> Line {
        let mut ids: Vec<&str> = Vec::new();
        for c in figs {
            if !ids.contains(&c.article.as_str()) {
                ids.push(&c.article);
            }
        }
        crate::order::sort_by_key(&mut ids, |id| article_order(id));
        let names = display_names(&ids, article);

        let mut sources: Vec<SourceFigure> = Vec::new();
        let mut splits = Vec::new();
        for (id, name) in ids.iter().copied().zip(names) {
            let a = article(id);
            let mut own: Vec<&Casualty> =
                figs.iter().copied().filter(|c| c.article == id).collect();
            crate::order::sort_by_key(&mut own, |c| (c.start, c.end));
            let (rest, split) = breakdown::split(&own);
            if let Some(split) = split {
                splits.push((name.clone(), split));
            }
            let mut mine: Vec<SourceFigure> = Vec::new();
            for c in rest {
                match mine
                    .iter_mut()
                    .find(|f| f.count == c.count && f.qualifier == c.qualifier)
                {
                    Some(f) => f.add(c),
                    None => {
                        let mut f = SourceFigure::new(a, c);
                        f.source = name.clone();
                        mine.push(f);
                    }
                }
            }
            sources.extend(mine);
        }

        let r = reconcile(&sources, group, outcome);
        let breakdown = breakdown::merge(splits, outcome, r.value.point());
        Line {
            group,
            outcome,
            label: format!("{} {}", who_label(group, figs), outcome_label(outcome)),
            sources,
            reconciled: r.value,
            rule: r.rule,
            discrepancy: r.discrepancy,
            breakdown,
        }
    }

    /// The string for the UI's `data-value` test hook: `15`, `0`, or `7-9`.
    pub fn data_value(&self) -> String {
        self.reconciled.data_value()
    }

    /// How many distinct sources (articles) give a figure for this line.
    pub fn source_count(&self) -> usize {
        super::reconcile::count_sources(&self.sources)
    }

    /// The value with its support, for the card's right-hand side:
    /// "15 — 2 sources agree", "at least 5 — 1 source", "7–9 — sources differ",
    /// "none reported — 2 sources".
    pub fn summary(&self) -> String {
        let n = self.source_count();
        let of = |n: usize| {
            if n == 1 {
                "1 source".to_string()
            } else {
                format!("{n} sources")
            }
        };
        match self.reconciled {
            Reconciled::Agree { value, sources } if sources >= 2 => {
                format!("{value} — {sources} sources agree")
            }
            Reconciled::Zero { sources } => format!("none reported — {}", of(sources)),
            Reconciled::Range { .. } if self.discrepancy.is_some() => {
                format!("{} — sources differ", self.reconciled.label())
            }
            _ => format!("{} — {}", self.reconciled.label(), of(n)),
        }
    }
}

/// Who a line is about: the group's name, except for `other`, where the sources' own
/// words say more ("Peacekeepers", "Turkish soldiers"): the words most figures give,
/// when they give any, with a capital first letter.
fn who_label(group: Group, figs: &[&Casualty]) -> String {
    if group != Group::Other {
        return group_label(group).to_string();
    }
    let mut said: Vec<(String, usize)> = Vec::new();
    for who in figs.iter().filter_map(|c| c.who.as_deref()) {
        let words = who.split_whitespace().collect::<Vec<_>>().join(" ");
        // Words that name no one in particular say no more than "Others".
        if words.is_empty()
            || matches!(words.to_lowercase().as_str(), "others" | "other" | "people")
        {
            continue;
        }
        match said
            .iter_mut()
            .find(|(w, _)| w.eq_ignore_ascii_case(&words))
        {
            Some((_, n)) => *n += 1,
            None => said.push((words, 1)),
        }
    }
    let Some((words, _)) = said.iter().max_by_key(|(_, n)| *n) else {
        return group_label(group).to_string();
    };
    let mut chars = words.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Source names for the articles `ids`; two articles from the same outlet get their
/// article id added: "Reuters (007)".
fn display_names<'a>(ids: &[&str], article: &dyn Fn(&str) -> Option<&'a Article>) -> Vec<String> {
    let plain: Vec<String> = ids.iter().map(|id| source_name(article(id), id)).collect();
    plain
        .iter()
        .zip(ids)
        .map(|(name, id)| {
            let clash = plain.iter().filter(|n| *n == name).count() > 1;
            if clash && name != id {
                format!("{name} ({id})")
            } else {
                name.clone()
            }
        })
        .collect()
}
