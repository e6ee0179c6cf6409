//! Reference dates: the header date, or for an undated article the date of another
//! article that reports the same incident, or none. (First version: header only.)

use super::Analysed;
use crate::model::{AnchorBasis, ReferenceBasis};
use chrono::NaiveDate;

/// An article's reference date and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The date relative expressions are resolved against.
    pub date: Option<NaiveDate>,
    /// Where it came from.
    pub basis: ReferenceBasis,
    /// The article it was inferred from, for an inferred date.
    pub from: Option<String>,
}

impl Reference {
    /// The anchor relative expressions are resolved against, if any.
    pub fn anchor(&self) -> Option<(NaiveDate, AnchorBasis)> {
        let basis = match self.basis {
            ReferenceBasis::Header => AnchorBasis::Published,
            ReferenceBasis::Inferred => AnchorBasis::Inferred,
            ReferenceBasis::None => return None,
        };
        self.date.map(|d| (d, basis))
    }
}

/// Resolves the reference date of every article, in input order.
pub fn resolve(articles: &[Analysed]) -> Vec<Reference> {
    articles
        .iter()
        .map(|a| match a.cleaned.header_date.or(a.source.published) {
            Some(d) => Reference {
                date: Some(d),
                basis: ReferenceBasis::Header,
                from: None,
            },
            None => Reference {
                date: None,
                basis: ReferenceBasis::None,
                from: None,
            },
        })
        .collect()
}
