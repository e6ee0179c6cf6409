//! Eras: events whose value is a range (`2014/2017`, `2023-10/2024-02`) drawn as bands
//! above the lanes, each band in a row where it overlaps no other.
//!
//! Rows are assigned in days, not pixels, so a band keeps its row while the user zooms.

use super::stack::{stack, Stacking};
use crate::timeval::Interval;

/// True when an event with this interval is drawn as an era band: its value was a
/// `START/END` range.
pub fn is_era(iv: &Interval) -> bool {
    iv.range
}

/// Rows for era bands given as `(start_day, end_day)`: bands in a row are at least
/// `gap_days` apart. Deterministic; the fewest rows possible.
pub fn band_rows(spans: &[(f64, f64)], gap_days: f64) -> Stacking {
    stack(spans, gap_days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeval::parse;

    fn span(v: &str) -> (f64, f64) {
        let iv = parse(v).unwrap();
        (iv.start_day(), iv.end_day())
    }

    #[test]
    fn ranges_are_eras_and_overlapping_ones_get_rows() {
        assert!(is_era(&parse("2014/2017").unwrap()));
        assert!(!is_era(&parse("2014").unwrap()));
        let s = band_rows(
            &[
                span("2014/2017"),
                span("2016/2019"),
                span("2020/2024"),
                span("2023-10/2024-02"),
            ],
            0.0,
        );
        assert_eq!(s.rows, [0, 1, 0, 1]);
        assert_eq!(s.row_count, 2);
    }
}
