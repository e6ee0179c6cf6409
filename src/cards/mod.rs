//! Casualty cards: the figures of each incident, grouped by who and what, compared
//! across sources and reconciled. (Built in its own issue.)
