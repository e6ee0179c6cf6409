//! The user's own articles as a versioned document for browser storage: what is saved,
//! how it is checked on load, and what happens to data that is corrupt or too new.
//! (Built in its own issue.)
