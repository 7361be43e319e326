//! Number words.

pub(crate) mod en;
pub(crate) mod ru;
