//! The full app, with the results tools: loaded by the light app when results are first needed, which then
//! calls its `start_full` export.

// Linked for its exports: nothing here calls into it.
extern crate skills_radar;

fn main() {}
