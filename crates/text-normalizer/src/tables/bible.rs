//! The books of the Bible by their English names (the Protestant canon and the books the
//! Catholic and Orthodox canons add), for references by chapter and verse ("Romans 8:28",
//! "1 Kings 3:16"). A closed class: the names are read as written.

/// Books cited with a chapter and verse; "Psalm" and "Psalms", "Revelation" and
/// "Revelations" as people write them.
#[rustfmt::skip]
pub(crate) const BOOKS: &[&str] = &[
    "Genesis", "Exodus", "Leviticus", "Numbers", "Deuteronomy", "Joshua", "Judges", "Ruth",
    "Samuel", "Kings", "Chronicles", "Ezra", "Nehemiah", "Esther", "Job", "Psalm", "Psalms",
    "Proverbs", "Ecclesiastes", "Isaiah", "Jeremiah", "Lamentations", "Ezekiel", "Daniel",
    "Hosea", "Joel", "Amos", "Obadiah", "Jonah", "Micah", "Nahum", "Habakkuk", "Zephaniah",
    "Haggai", "Zechariah", "Malachi", "Matthew", "Mark", "Luke", "John", "Acts", "Romans",
    "Corinthians", "Galatians", "Ephesians", "Philippians", "Colossians", "Thessalonians",
    "Timothy", "Titus", "Philemon", "Hebrews", "James", "Peter", "Jude", "Revelation",
    "Revelations", "Tobit", "Judith", "Wisdom", "Sirach", "Baruch", "Maccabees", "Esdras",
];

/// Books in parts, numbered before the name ("1 Samuel", "II Kings"), with their number of
/// parts. The plural names cannot follow the pronoun "I"; the personal names can ("I John",
/// "I Peter" may be "I, Peter"), so a Roman "I" before them needs a reference or a
/// preposition around it.
pub(crate) const NUMBERED: &[(&str, u32, bool)] = &[
    ("Samuel", 2, false),
    ("Kings", 2, true),
    ("Chronicles", 2, true),
    ("Corinthians", 2, true),
    ("Thessalonians", 2, true),
    ("Timothy", 2, false),
    ("Peter", 2, false),
    ("John", 3, false),
    ("Maccabees", 4, true),
    ("Esdras", 2, true),
];
