//! Documents built from an extraction for other tools: contract JSON, a CSV of
//! casualty figures and TimelineJS3 JSON. (Built in its own issue.)
