//! Numbers written for CSS (`12.3px`, `45.125%`) with integer maths, so the wasm bundle
//! carries no float formatter for them.

/// `x` with `places` decimals (at most 4), rounded half away from zero: `fixed(12.34, 1)`
/// is `"12.3"`. Non-finite input is written as `"0"` rather than something CSS rejects.
pub fn fixed(x: f64, places: u32) -> String {
    let places = places.min(4);
    let scale = 10_i64.pow(places);
    if !x.is_finite() {
        return "0".to_string();
    }
    let scaled = (x * scale as f64).round();
    // Beyond ±9e15 the value is no useful CSS length; clamp instead of overflowing.
    let n = scaled.clamp(-9e15, 9e15) as i64;
    let sign = if n < 0 { "-" } else { "" };
    let (whole, frac) = (n.abs() / scale, n.abs() % scale);
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}", width = places as usize)
    }
}

/// `x` rounded to 3 decimals with trailing zeros dropped: `num(24.0)` is `"24"`,
/// `num(12.25)` is `"12.25"`. Writes what `format!("{x}")` writes for the pixel values the
/// timeline uses, without pulling the float formatter into the bundle.
pub fn num(x: f64) -> String {
    let mut s = fixed(x, 3);
    if s.contains('.') {
        let keep = s.trim_end_matches('0').trim_end_matches('.').len();
        s.truncate(keep);
    }
    if s == "-0" {
        s = "0".to_string();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::{fixed, num};

    #[test]
    fn writes_short_numbers() {
        assert_eq!(num(24.0), "24");
        assert_eq!(num(12.25), "12.25");
        assert_eq!(num(-3.5), "-3.5");
        assert_eq!(num(0.0001), "0");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(100.0), "100");
        assert_eq!(num(1e300), "9000000000000", "clamped like fixed");
    }

    #[test]
    fn writes_fixed_decimals() {
        assert_eq!(fixed(12.34, 1), "12.3");
        assert_eq!(fixed(-0.06, 1), "-0.1");
        assert_eq!(fixed(0.0, 3), "0.000");
        assert_eq!(fixed(99.9996, 3), "100.000");
        assert_eq!(fixed(-12.5, 0), "-13", "half away from zero");
        assert_eq!(fixed(1234.5678, 2), "1234.57");
        assert_eq!(fixed(3.25, 3), "3.250");
        assert_eq!(fixed(f64::NAN, 2), "0");
        assert_eq!(fixed(1e300, 1), "900000000000000.0");
    }
}
