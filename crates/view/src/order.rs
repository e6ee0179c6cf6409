//! Stable sorting through one shared sort routine, to keep the wasm bundle small.
//!
//! Every `slice::sort_by` call with its own element type or comparator closure makes the
//! compiler emit a full copy of the standard library's sort (driftsort, quicksort and the
//! small-sort networks: 3–5 KB each). [`sort_by`] and [`sort_by_key`] instead sort a
//! permutation of `u32` indices with a comparator behind `&mut dyn FnMut`, so the whole
//! crate shares a single copy of the sort; only the tiny permutation step below is generic.
//! The result is the same as `slice::sort_by`: stable, ascending by `cmp`.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, exactly as `v.sort_by(cmp)` would.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    sort_by_indexed(v, |(_, a), (_, b)| cmp(a, b));
}

/// Sorts `v` stably by `cmp`, which also gets each element's position before the sort:
/// keys computed once per element (a lower-cased title, say) are looked up by it
/// instead of being recomputed on every comparison.
fn sort_by_indexed<T>(v: &mut [T], mut cmp: impl FnMut((usize, &T), (usize, &T)) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut perm: Vec<u32> = (0..v.len() as u32).collect();
    sort_indices(&mut perm, &mut |a, b| {
        let (a, b) = (a as usize, b as usize);
        cmp((a, &v[a]), (b, &v[b]))
    });
    apply(v, &mut perm);
}

/// Sorts `v` stably by the key `f` returns, exactly as `v.sort_by_key(f)` would.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// The one monomorphisation of the standard stable sort in the crate.
#[inline(never)]
fn sort_indices(perm: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    perm.sort_by(|&a, &b| cmp(a, b));
}

/// Reorders `v` in place so that `v[k]` becomes the old `v[perm[k]]`, following each cycle
/// of the permutation with swaps. `perm` is left as the identity.
fn apply<T>(v: &mut [T], perm: &mut [u32]) {
    for start in 0..perm.len() {
        let mut cur = start;
        while perm[cur] as usize != start {
            let next = perm[cur] as usize;
            v.swap(cur, next);
            perm[cur] = cur as u32;
            cur = next;
        }
        perm[cur] = cur as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::{sort_by, sort_by_key};

    #[test]
    fn matches_the_standard_stable_sort() {
        // Pseudo-random pairs with many equal keys, so stability is exercised.
        let mut seed = 7_u32;
        for len in [0, 1, 2, 3, 10, 57, 300] {
            let v: Vec<(u8, u32)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) as u8 % 5, i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            let mut got = v.clone();
            sort_by_key(&mut got, |p| p.0);
            assert_eq!(got, want, "len {len}");
            let mut rev = v.clone();
            sort_by(&mut rev, |a, b| b.0.cmp(&a.0));
            let mut want_rev = v.clone();
            want_rev.sort_by_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(rev, want_rev, "descending, len {len}");
        }
    }
}
