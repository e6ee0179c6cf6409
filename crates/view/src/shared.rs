//! [`Shared`]: a read-only value behind a reference count whose equality is identity, so
//! a reactive memo holding a large value (the story of 100,000 events) hands the same
//! value on without copying it, and tells "unchanged" from "changed" without comparing
//! it element by element.

use std::{ops::Deref, sync::Arc};

/// A shared, read-only value; two `Shared` are equal when they are the same value (one
/// was cloned from the other), not when their contents are equal.
#[derive(Debug, Default)]
pub struct Shared<T>(Arc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Self {
        Shared(Arc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Shared;

    #[test]
    fn equal_means_the_same_value_not_equal_contents() {
        let a = Shared::new(vec![1, 2, 3]);
        let b = a.clone();
        let c = Shared::new(vec![1, 2, 3]);
        assert!(a == b, "a clone is the same value");
        assert!(a != c, "equal contents, another value");
        assert_eq!(b.len(), 3, "reads through to the value");
    }
}
