//! English words that decide how a Roman numeral after a name is read: the names that rulers
//! and popes have borne with a number (a closed, historical class: "Louis XIV" is "Louis the
//! fourteenth"), the titles that stand before such a name ("King Zog I"), and the function
//! words that never name anything numbered ("My CV" is no numeral). Any other capitalized
//! name before a numeral is a series, product or event, read with the cardinal ("Apollo
//! XI" eleven). The names are the English forms used for numbered European, Byzantine,
//! Ottoman, ancient and papal rulers; lowercase keys.

/// Given names borne by numbered monarchs, popes and other rulers.
#[rustfmt::skip]
pub(crate) const REGNAL_NAMES: &[&str] = &[
    // England, Scotland, Britain
    "william", "henry", "edward", "richard", "john", "george", "charles", "james", "mary",
    "elizabeth", "anne", "stephen", "harold", "edmund", "edgar", "ethelred", "malcolm", "david",
    "robert", "alexander", "kenneth", "donald", "duncan", "constantine", "llywelyn",
    // France
    "louis", "philip", "philippe", "francis", "francois", "henri", "napoleon", "hugh", "lothair",
    "pepin", "clovis", "childeric", "dagobert", "carloman", "clotaire", "chilperic",
    // Iberia
    "alfonso", "afonso", "ferdinand", "fernando", "felipe", "juan", "carlos", "isabella", "isabel",
    "sancho", "pedro", "peter", "manuel", "joao", "sebastian", "ramiro", "bermudo", "garcia",
    "jaime", "juana", "joanna", "enrique", "maria",
    // Holy Roman Empire, Germany, Austria
    "otto", "conrad", "frederick", "friedrich", "heinrich", "rudolf", "rudolph", "albert",
    "albrecht", "maximilian", "leopold", "joseph", "franz", "karl", "sigismund", "wenceslaus",
    "wenceslas", "ludwig", "wilhelm", "ernest", "ernst", "augustus", "august", "lothar",
    // Italy, Savoy
    "umberto", "humbert", "amadeus", "emmanuel", "vittorio", "victor",
    // Scandinavia, Low Countries
    "christian", "carl", "frederik", "haakon", "olaf", "olav", "magnus", "eric", "erik", "gustav",
    "gustavus", "gustaf", "canute", "cnut", "harald", "sweyn", "valdemar", "waldemar", "oscar",
    "christina", "margaret", "margrethe", "hans", "sverre", "inge", "sigurd", "willem", "baudouin",
    "beatrix", "juliana",
    // Russia, Poland, Hungary, Bohemia, the Balkans
    "ivan", "vasily", "basil", "nicholas", "paul", "catherine", "anna", "fyodor", "feodor",
    "michael", "mikhail", "alexei", "alexis", "boris", "dmitry", "yaroslav", "vladimir",
    "sviatoslav", "casimir", "stanislaus", "wladyslaw", "ladislaus", "boleslaw", "mieszko", "bela",
    "istvan", "matthias", "andrew", "ottokar", "vaclav", "stefan", "milan", "carol", "simeon",
    "jadwiga", "tamar", "vasili", "vasiliy", "vassily", "dmitri", "dmitriy", "fedor", "zygmunt",
    "jan", "petar", "nikola", "bagrat", "giorgi", "tigran", "knud", "knut", "sverker",
    // Rome, Byzantium
    "justinian", "justin", "theodosius", "leo", "romanos", "romanus", "alexios", "andronikos",
    "isaac", "heraclius", "valentinian", "nikephoros", "irene", "constans",
    // Ottomans, Persia, the Near East
    "mehmed", "mehmet", "murad", "selim", "suleiman", "bayezid", "ahmed", "mustafa", "mahmud",
    "osman", "abdulhamid", "abdulmejid", "abbas", "ismail", "tahmasp", "abdullah", "hussein",
    "faisal", "hassan", "fuad", "farouk", "reza",
    // the ancient world
    "ramesses", "ramses", "thutmose", "amenhotep", "ptolemy", "seti", "senusret", "amenemhat",
    // other spellings of the pharaohs' names, and the later dynasties'
    "rameses", "tuthmosis", "thothmes", "amenophis", "sethos", "sesostris", "amenemhet",
    "mentuhotep", "intef", "antef", "sobekhotep", "psamtik", "psammetichus", "nectanebo",
    "cleopatra", "antiochus", "seleucus", "darius", "artaxerxes", "xerxes", "cyrus", "shalmaneser",
    "sargon", "nebuchadnezzar", "herod", "agrippa", "attalus", "eumenes", "mithridates",
    "tigranes", "pharnaces", "nicomedes", "ariarathes", "demetrius", "arsaces", "shapur",
    "khosrow", "khosrau", "ardashir", "bahram", "yazdegerd", "hormizd", "kavad", "peroz",
    // popes (those not above)
    "pius", "gregory", "benedict", "clement", "innocent", "boniface", "urban", "sixtus", "adrian",
    "hadrian", "martin", "eugene", "eugenius", "callixtus", "calixtus", "celestine", "honorius",
    "julius", "lucius", "marcellus", "felix", "sergius", "anastasius", "paschal", "damasus",
    "sylvester", "silvester", "gelasius",
    // elsewhere
    "rama", "kamehameha", "norodom", "zog", "mohammed", "muhammad", "tupou", "sisowath",
    "tewodros", "yohannes", "menelik", "abdulaziz", "ghazi", "rainier",
    // the crusader states
    "amalric", "baldwin", "fulk", "bohemond", "tancred", "godfrey",
    // Georgia, Armenia and Parthia, Angkor, southern and eastern Africa, the early popes
    "teimuraz", "tiridates", "vakhtang", "suryavarman", "jayavarman", "letsie", "moshoeshoe",
    "mutesa", "mwanga", "pelagius", "sixtus", "pulakeshin", "harihara", "mutara", "umar",
    "tiberius",
];

/// Titles that make the name after them a ruler's ("Pope Leo XIV", "King Zog I").
#[rustfmt::skip]
pub(crate) const ROYAL_TITLES: &[&str] = &[
    "king", "queen", "pope", "emperor", "empress", "tsar", "czar", "tsarina", "tzar", "kaiser",
    "sultan", "prince", "princess", "duke", "duchess", "archduke", "pharaoh", "shah", "khan",
    "caliph", "emir", "elector", "doge", "count", "countess", "margrave", "saint", "patriarch",
    "catholicos", "maharaja", "raja", "negus", "khedive", "nawab", "nizam", "shogun",
];

/// Words before a numeral-like token that never name a numbered thing ("My CV", "In MD").
#[rustfmt::skip]
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "my", "your", "his", "her", "its", "our", "their", "this", "that", "these",
    "those", "in", "on", "at", "of", "to", "for", "with", "by", "from", "and", "or", "but", "as",
    "is", "are", "was", "were", "be", "i", "we", "you", "he", "she", "they", "it", "not", "no",
    "if", "so", "all", "any", "some", "via", "per", "into", "onto", "than",
];

/// Words after which "I" is the pronoun, not a ruler's number ("When I met Henry I said
/// nothing"; "Henry I said" is rarer than the pronoun): auxiliaries and the commonest verbs
/// of speech, thought and feeling. "was" and "had" are left out: "Robert I was crowned" is
/// as common in history as the pronoun after a name.
#[rustfmt::skip]
pub(crate) const PRONOUN_I_FOLLOWERS: &[&str] = &[
    "am", "have", "will", "would", "can", "could", "should", "shall", "must",
    "may", "might", "do", "did", "don't", "didn't", "think", "thought", "know", "knew", "guess",
    "hope", "believe", "mean", "meant", "said", "say", "told", "tell", "saw", "see", "met",
    "feel", "felt", "love", "loved", "like", "liked", "want", "wanted", "need", "needed", "got",
    "get", "went", "go", "wish", "remember", "asked", "called", "found", "really", "also",
    "just", "never", "always", "still",
];

/// Words of a life and a reign: a single name with a numeral in a sentence with one of them is
/// a ruler's ("No likeness of Cotys IV has come down to us", "silver minted under Bohemond
/// V"); a series or a product's sentence speaks of other things ("the Apollo XI crew").
#[rustfmt::skip]
const LIFE_CUES: &[&str] = &[
    "reign", "reigned", "ruled", "crowned", "coronation", "throne", "heir", "heirs", "succeeded",
    "successor", "died", "death", "born", "buried", "tomb", "married", "son", "daughter",
    "father", "mother", "wife", "husband", "widow", "dynasty", "likeness", "portrait", "bust",
    "minted", "coins", "abdicated", "assassinated", "deposed", "realm", "kingdom", "empire",
    "biography", "burial", "grave", "mausoleum", "shrine", "portraits", "legends", "legend",
    "coin", "mint", "sarcophagus", "sarcophagi", "statue", "statues", "royal", "regent",
    "regency", "king", "queen", "pharaoh", "emperor", "empress", "sultan", "tsar", "caliph",
    "monarch", "ruler", "prince", "princess", "consort", "life", "lifetime", "lived", "court",
    "courtiers", "palace", "seal", "sealed", "charter", "decree", "edict", "conquest", "conquered", "siege", "victory", "victories", "envoy", "envoys",
    "ambassador", "vassal", "vassals", "army", "armies", "inscription", "inscriptions", "stele",
    "chronicle", "chronicles", "annals", "treaty",
];

/// A word of [`LIFE_CUES`] in the sentence around the numeral at `start..end`, outside the
/// `names` words of the name before it (a name's own word is no cue: "Kingdom Hearts II",
/// "Half-Life II"), or "under" right before the name ("minted under Cotys II").
pub(crate) fn life_cue(text: &str, start: usize, end: usize, names: usize) -> bool {
    let from = text[..start].rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let to = text[end..].find(['.', '!', '?', '\n']).map_or(text.len(), |i| end + i);
    let mut before_name = text[from..start].trim_end();
    for _ in 0..names {
        before_name =
            before_name.rsplit_once(char::is_whitespace).map_or("", |(h, _)| h.trim_end());
    }
    let words =
        |s: &str| s.split(|c: char| !c.is_alphabetic()).map(str::to_lowercase).collect::<Vec<_>>();
    let before = words(before_name);
    let under = before.iter().rev().find(|w| !w.is_empty()).is_some_and(|w| w == "under");
    under
        || before
            .iter()
            .chain(words(&text[end..to]).iter())
            .any(|w| LIFE_CUES.contains(&w.as_str()))
}

pub(crate) fn is_regnal_name(w: &str) -> bool {
    REGNAL_NAMES.contains(&w.to_ascii_lowercase().as_str())
}
