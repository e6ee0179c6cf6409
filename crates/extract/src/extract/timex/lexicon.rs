//! The temporal lexicon: every word the tagger reacts to, with its class. Words are
//! matched case-insensitively; anything else is [`Lex::Other`].

/// A unit of time, shortest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

impl Unit {
    /// Half the unit as a TIMEX3 duration ("half an hour" → `PT30M`), for the units
    /// whose half is a whole number of smaller ones.
    pub fn half(self) -> Option<String> {
        Some(
            match self {
                Unit::Minute => "PT30S",
                Unit::Hour => "PT30M",
                Unit::Day => "PT12H",
                Unit::Year => "P6M",
                Unit::Decade => "P5Y",
                Unit::Century => "P50Y",
                _ => return None,
            }
            .to_string(),
        )
    }

    /// The ISO-8601 duration value of `n` units (`n = None` for "some": `PXD`).
    pub fn duration(self, n: Option<u32>) -> String {
        let q = |k: u32| n.map_or("X".to_string(), |n| (n.saturating_mul(k)).to_string());
        match self {
            Unit::Second => format!("PT{}S", q(1)),
            Unit::Minute => format!("PT{}M", q(1)),
            Unit::Hour => format!("PT{}H", q(1)),
            Unit::Day => format!("P{}D", q(1)),
            Unit::Week => format!("P{}W", q(1)),
            Unit::Month => format!("P{}M", q(1)),
            Unit::Year => format!("P{}Y", q(1)),
            Unit::Decade => match n {
                Some(_) => format!("P{}Y", q(10)),
                None => "PXDE".to_string(),
            },
            Unit::Century => match n {
                Some(_) => format!("P{}Y", q(100)),
                None => "PXCE".to_string(),
            },
        }
    }
}

/// Closed-class words the grammar uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kw {
    /// `the`
    The,
    /// `a`
    A,
    /// `an`
    An,
    /// `this`
    This,
    /// `last`
    Last,
    /// `next`
    Next,
    /// `past`
    Past,
    /// `coming`
    Coming,
    /// `preceding`, `previous`, `prior`
    Previous,
    /// `following`
    Following,
    /// `early`
    Early,
    /// `earlier`
    Earlier,
    /// `late`
    Late,
    /// `later`
    Later,
    /// `mid`
    Mid,
    /// `middle`
    Middle,
    /// `start`
    Start,
    /// `beginning`
    Beginning,
    /// `end`
    End,
    /// `of`
    Of,
    /// `today`
    Today,
    /// `yesterday`
    Yesterday,
    /// `tomorrow`
    Tomorrow,
    /// `tonight`
    Tonight,
    /// `now`
    Now,
    /// `currently`
    Currently,
    /// `recently`
    Recently,
    /// `recent`
    Recent,
    /// `nowadays`
    Nowadays,
    /// `ago`
    Ago,
    /// `before`
    Before,
    /// `after`
    After,
    /// `half`
    Half,
    /// `quarter`
    Quarter,
    /// `few`
    Few,
    /// `several`
    Several,
    /// `couple`
    Couple,
    /// `over`
    Over,
    /// `more`
    More,
    /// `than`
    Than,
    /// `about`
    About,
    /// `around`
    Around,
    /// `approximately`
    Approximately,
    /// `roughly`
    Roughly,
    /// `nearly`
    Nearly,
    /// `almost`
    Almost,
    /// `less`
    Less,
    /// `under`
    Under,
    /// `at`
    At,
    /// `least`
    Least,
    /// `long`
    Long,
    /// `old`
    Old,
    /// `every`
    Every,
    /// `each`
    Each,
    /// `midnight`
    Midnight,
    /// `midday`, `noon`
    Noon,
    /// `time`
    Time,
    /// `local`
    Local,
    /// `eastern`
    Eastern,
    /// `central`
    Central,
    /// `pacific`
    Pacific,
    /// `mountain`
    Mountain,
    /// `standard`
    Standard,
    /// `daylight`
    Daylight,
    /// `weekend`
    Weekend,
    /// `future`
    Future,
    /// `near`
    Near,
    /// `just`
    Just,
    /// `only`
    Only,
    /// `for`
    For,
    /// `within`
    Within,
    /// `in`
    In,
    /// `on`
    On,
    /// `from`
    From,
    /// `to`
    To,
    /// `till`, `until`
    Until,
    /// `through`, `thru`
    Through,
    /// `and`
    And,
    /// `christmas`
    Christmas,
    /// `eve`
    Eve,
    /// `new`
    New,
    /// `ahead`, `due`, `expected`, `might`, `planned`, `plans`, `scheduled`, `shall`, `upcoming`, `will`
    Will,
    /// `aged`
    Aged,
    /// `once`, `per`, `thrice`, `times`, `twice`
    Twice,
    /// `during`
    During,
    /// `since`
    Since,
    /// `buildings`, `children`, `civilians`, `dollars`, `euros`, `families`, `feet`, `fighters`, `homes`, `houses`, `kilometers`, `kilometres`, `km`, `members`, `meters`, `metres`, `miles`, `militants`, `people`, `personnel`, `pounds`, `refugees`, `residents`, `soldiers`, `tonnes`, `tons`, `troops`
    CountNoun,
}

/// The class of one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lex {
    /// A full month name, 1–12.
    Month(u32),
    /// A month abbreviation (`Sept`, `Oct`), 1–12: needs a period or a day after it.
    MonthAbbr(u32),
    /// A day of the week, 1 = Monday … 7 = Sunday.
    Weekday(u32),
    /// A weekday abbreviation (`Fri`): only counts right before a date.
    WeekdayAbbr(u32),
    /// A unit of time, and whether it is plural.
    Unit(Unit, bool),
    /// A number word (`two`, `twelve`).
    NumWord(u32),
    /// An ordinal (`first` … `fourth`), for halves and quarters.
    Ordinal(u32),
    /// A season (`SP`, `SU`, `FA`, `WI`).
    Season(&'static str),
    /// A part of the day (`MO`, `AF`, `EV`, `NI`).
    DayPart(&'static str),
    /// A fixed-date holiday word (month, day): `Halloween`.
    Holiday(u32, u32),
    /// A time-zone abbreviation (`EDT`, `GMT`).
    Zone,
    /// A keyword of the grammar.
    Kw(Kw),
    /// Anything else.
    Other,
}

/// Every word of the lexicon (lower case) with its class, sorted by bytes for binary
/// search.
const WORDS: &[(&str, Lex)] = &[
    ("a", Lex::Kw(Kw::A)),
    ("about", Lex::Kw(Kw::About)),
    ("after", Lex::Kw(Kw::After)),
    ("afternoon", Lex::DayPart("AF")),
    ("aged", Lex::Kw(Kw::Aged)),
    ("ago", Lex::Kw(Kw::Ago)),
    ("ahead", Lex::Kw(Kw::Will)),
    ("almost", Lex::Kw(Kw::Almost)),
    ("an", Lex::Kw(Kw::An)),
    ("and", Lex::Kw(Kw::And)),
    ("approximately", Lex::Kw(Kw::Approximately)),
    ("apr", Lex::MonthAbbr(4)),
    ("april", Lex::Month(4)),
    ("around", Lex::Kw(Kw::Around)),
    ("at", Lex::Kw(Kw::At)),
    ("aug", Lex::MonthAbbr(8)),
    ("august", Lex::Month(8)),
    ("autumn", Lex::Season("FA")),
    ("before", Lex::Kw(Kw::Before)),
    ("beginning", Lex::Kw(Kw::Beginning)),
    ("bst", Lex::Zone),
    ("buildings", Lex::Kw(Kw::CountNoun)),
    ("cdt", Lex::Zone),
    ("central", Lex::Kw(Kw::Central)),
    ("centuries", Lex::Unit(Unit::Century, true)),
    ("century", Lex::Unit(Unit::Century, false)),
    ("cest", Lex::Zone),
    ("cet", Lex::Zone),
    ("children", Lex::Kw(Kw::CountNoun)),
    ("christmas", Lex::Kw(Kw::Christmas)),
    ("civilians", Lex::Kw(Kw::CountNoun)),
    ("coming", Lex::Kw(Kw::Coming)),
    ("couple", Lex::Kw(Kw::Couple)),
    ("cst", Lex::Zone),
    ("currently", Lex::Kw(Kw::Currently)),
    ("day", Lex::Unit(Unit::Day, false)),
    ("daylight", Lex::Kw(Kw::Daylight)),
    ("days", Lex::Unit(Unit::Day, true)),
    ("dec", Lex::MonthAbbr(12)),
    ("decade", Lex::Unit(Unit::Decade, false)),
    ("decades", Lex::Unit(Unit::Decade, true)),
    ("december", Lex::Month(12)),
    ("dollars", Lex::Kw(Kw::CountNoun)),
    ("due", Lex::Kw(Kw::Will)),
    ("during", Lex::Kw(Kw::During)),
    ("each", Lex::Kw(Kw::Each)),
    ("earlier", Lex::Kw(Kw::Earlier)),
    ("early", Lex::Kw(Kw::Early)),
    ("eastern", Lex::Kw(Kw::Eastern)),
    ("edt", Lex::Zone),
    ("eight", Lex::NumWord(8)),
    ("eighteen", Lex::NumWord(18)),
    ("eighty", Lex::NumWord(80)),
    ("eleven", Lex::NumWord(11)),
    ("end", Lex::Kw(Kw::End)),
    ("est", Lex::Zone),
    ("et", Lex::Zone),
    ("euros", Lex::Kw(Kw::CountNoun)),
    ("eve", Lex::Kw(Kw::Eve)),
    ("evening", Lex::DayPart("EV")),
    ("every", Lex::Kw(Kw::Every)),
    ("expect", Lex::Kw(Kw::Will)),
    ("expected", Lex::Kw(Kw::Will)),
    ("expects", Lex::Kw(Kw::Will)),
    ("fall", Lex::Season("FA")),
    ("families", Lex::Kw(Kw::CountNoun)),
    ("feb", Lex::MonthAbbr(2)),
    ("february", Lex::Month(2)),
    ("feet", Lex::Kw(Kw::CountNoun)),
    ("few", Lex::Kw(Kw::Few)),
    ("fifteen", Lex::NumWord(15)),
    ("fifty", Lex::NumWord(50)),
    ("fighters", Lex::Kw(Kw::CountNoun)),
    ("first", Lex::Ordinal(1)),
    ("five", Lex::NumWord(5)),
    ("following", Lex::Kw(Kw::Following)),
    ("for", Lex::Kw(Kw::For)),
    ("forty", Lex::NumWord(40)),
    ("four", Lex::NumWord(4)),
    ("fourteen", Lex::NumWord(14)),
    ("fourth", Lex::Ordinal(4)),
    ("fri", Lex::WeekdayAbbr(5)),
    ("friday", Lex::Weekday(5)),
    ("from", Lex::Kw(Kw::From)),
    ("future", Lex::Kw(Kw::Future)),
    ("gmt", Lex::Zone),
    ("half", Lex::Kw(Kw::Half)),
    ("halloween", Lex::Holiday(10, 31)),
    ("homes", Lex::Kw(Kw::CountNoun)),
    ("hour", Lex::Unit(Unit::Hour, false)),
    ("hours", Lex::Unit(Unit::Hour, true)),
    ("houses", Lex::Kw(Kw::CountNoun)),
    ("hundred", Lex::NumWord(100)),
    ("in", Lex::Kw(Kw::In)),
    ("jan", Lex::MonthAbbr(1)),
    ("january", Lex::Month(1)),
    ("jul", Lex::MonthAbbr(7)),
    ("july", Lex::Month(7)),
    ("jun", Lex::MonthAbbr(6)),
    ("june", Lex::Month(6)),
    ("just", Lex::Kw(Kw::Just)),
    ("kilometers", Lex::Kw(Kw::CountNoun)),
    ("kilometres", Lex::Kw(Kw::CountNoun)),
    ("km", Lex::Kw(Kw::CountNoun)),
    ("last", Lex::Kw(Kw::Last)),
    ("late", Lex::Kw(Kw::Late)),
    ("later", Lex::Kw(Kw::Later)),
    ("least", Lex::Kw(Kw::Least)),
    ("less", Lex::Kw(Kw::Less)),
    ("local", Lex::Kw(Kw::Local)),
    ("long", Lex::Kw(Kw::Long)),
    ("mar", Lex::MonthAbbr(3)),
    ("march", Lex::Month(3)),
    ("may", Lex::Month(5)),
    ("mdt", Lex::Zone),
    ("members", Lex::Kw(Kw::CountNoun)),
    ("meters", Lex::Kw(Kw::CountNoun)),
    ("metres", Lex::Kw(Kw::CountNoun)),
    ("mid", Lex::Kw(Kw::Mid)),
    ("midday", Lex::Kw(Kw::Noon)),
    ("middle", Lex::Kw(Kw::Middle)),
    ("midnight", Lex::Kw(Kw::Midnight)),
    ("might", Lex::Kw(Kw::Will)),
    ("miles", Lex::Kw(Kw::CountNoun)),
    ("militants", Lex::Kw(Kw::CountNoun)),
    ("minute", Lex::Unit(Unit::Minute, false)),
    ("minutes", Lex::Unit(Unit::Minute, true)),
    ("mon", Lex::WeekdayAbbr(1)),
    ("monday", Lex::Weekday(1)),
    ("month", Lex::Unit(Unit::Month, false)),
    ("months", Lex::Unit(Unit::Month, true)),
    ("more", Lex::Kw(Kw::More)),
    ("morning", Lex::DayPart("MO")),
    ("mountain", Lex::Kw(Kw::Mountain)),
    ("mst", Lex::Zone),
    ("near", Lex::Kw(Kw::Near)),
    ("nearly", Lex::Kw(Kw::Nearly)),
    ("new", Lex::Kw(Kw::New)),
    ("next", Lex::Kw(Kw::Next)),
    ("night", Lex::DayPart("NI")),
    ("nine", Lex::NumWord(9)),
    ("nineteen", Lex::NumWord(19)),
    ("ninety", Lex::NumWord(90)),
    ("noon", Lex::Kw(Kw::Noon)),
    ("nov", Lex::MonthAbbr(11)),
    ("november", Lex::Month(11)),
    ("now", Lex::Kw(Kw::Now)),
    ("nowadays", Lex::Kw(Kw::Nowadays)),
    ("oct", Lex::MonthAbbr(10)),
    ("october", Lex::Month(10)),
    ("of", Lex::Kw(Kw::Of)),
    ("old", Lex::Kw(Kw::Old)),
    ("on", Lex::Kw(Kw::On)),
    ("once", Lex::Kw(Kw::Twice)),
    ("one", Lex::NumWord(1)),
    ("only", Lex::Kw(Kw::Only)),
    ("over", Lex::Kw(Kw::Over)),
    ("pacific", Lex::Kw(Kw::Pacific)),
    ("past", Lex::Kw(Kw::Past)),
    ("pdt", Lex::Zone),
    ("people", Lex::Kw(Kw::CountNoun)),
    ("per", Lex::Kw(Kw::Twice)),
    ("personnel", Lex::Kw(Kw::CountNoun)),
    ("planned", Lex::Kw(Kw::Will)),
    ("plans", Lex::Kw(Kw::Will)),
    ("pounds", Lex::Kw(Kw::CountNoun)),
    ("preceding", Lex::Kw(Kw::Previous)),
    ("previous", Lex::Kw(Kw::Previous)),
    ("prior", Lex::Kw(Kw::Previous)),
    ("promise", Lex::Kw(Kw::Will)),
    ("promised", Lex::Kw(Kw::Will)),
    ("promises", Lex::Kw(Kw::Will)),
    ("pst", Lex::Zone),
    ("quarter", Lex::Kw(Kw::Quarter)),
    ("recent", Lex::Kw(Kw::Recent)),
    ("recently", Lex::Kw(Kw::Recently)),
    ("refugees", Lex::Kw(Kw::CountNoun)),
    ("residents", Lex::Kw(Kw::CountNoun)),
    ("roughly", Lex::Kw(Kw::Roughly)),
    ("sat", Lex::WeekdayAbbr(6)),
    ("saturday", Lex::Weekday(6)),
    ("scheduled", Lex::Kw(Kw::Will)),
    ("second", Lex::Ordinal(2)),
    ("seconds", Lex::Unit(Unit::Second, true)),
    ("sep", Lex::MonthAbbr(9)),
    ("sept", Lex::MonthAbbr(9)),
    ("september", Lex::Month(9)),
    ("seven", Lex::NumWord(7)),
    ("seventeen", Lex::NumWord(17)),
    ("seventy", Lex::NumWord(70)),
    ("several", Lex::Kw(Kw::Several)),
    ("shall", Lex::Kw(Kw::Will)),
    ("since", Lex::Kw(Kw::Since)),
    ("six", Lex::NumWord(6)),
    ("sixteen", Lex::NumWord(16)),
    ("sixty", Lex::NumWord(60)),
    ("soldiers", Lex::Kw(Kw::CountNoun)),
    ("spring", Lex::Season("SP")),
    ("standard", Lex::Kw(Kw::Standard)),
    ("start", Lex::Kw(Kw::Start)),
    ("summer", Lex::Season("SU")),
    ("sun", Lex::WeekdayAbbr(7)),
    ("sunday", Lex::Weekday(7)),
    ("ten", Lex::NumWord(10)),
    ("than", Lex::Kw(Kw::Than)),
    ("the", Lex::Kw(Kw::The)),
    ("third", Lex::Ordinal(3)),
    ("thirteen", Lex::NumWord(13)),
    ("thirty", Lex::NumWord(30)),
    ("this", Lex::Kw(Kw::This)),
    ("three", Lex::NumWord(3)),
    ("thrice", Lex::Kw(Kw::Twice)),
    ("through", Lex::Kw(Kw::Through)),
    ("thru", Lex::Kw(Kw::Through)),
    ("thu", Lex::WeekdayAbbr(4)),
    ("thur", Lex::WeekdayAbbr(4)),
    ("thurs", Lex::WeekdayAbbr(4)),
    ("thursday", Lex::Weekday(4)),
    ("till", Lex::Kw(Kw::Until)),
    ("time", Lex::Kw(Kw::Time)),
    ("times", Lex::Kw(Kw::Twice)),
    ("to", Lex::Kw(Kw::To)),
    ("today", Lex::Kw(Kw::Today)),
    ("tomorrow", Lex::Kw(Kw::Tomorrow)),
    ("tonight", Lex::Kw(Kw::Tonight)),
    ("tonnes", Lex::Kw(Kw::CountNoun)),
    ("tons", Lex::Kw(Kw::CountNoun)),
    ("troops", Lex::Kw(Kw::CountNoun)),
    ("tue", Lex::WeekdayAbbr(2)),
    ("tues", Lex::WeekdayAbbr(2)),
    ("tuesday", Lex::Weekday(2)),
    ("twelve", Lex::NumWord(12)),
    ("twenty", Lex::NumWord(20)),
    ("twice", Lex::Kw(Kw::Twice)),
    ("two", Lex::NumWord(2)),
    ("under", Lex::Kw(Kw::Under)),
    ("until", Lex::Kw(Kw::Until)),
    ("upcoming", Lex::Kw(Kw::Will)),
    ("utc", Lex::Zone),
    ("wed", Lex::WeekdayAbbr(3)),
    ("wednesday", Lex::Weekday(3)),
    ("week", Lex::Unit(Unit::Week, false)),
    ("weekend", Lex::Kw(Kw::Weekend)),
    ("weeks", Lex::Unit(Unit::Week, true)),
    ("will", Lex::Kw(Kw::Will)),
    ("winter", Lex::Season("WI")),
    ("within", Lex::Kw(Kw::Within)),
    ("would", Lex::Kw(Kw::Will)),
    ("year", Lex::Unit(Unit::Year, false)),
    ("years", Lex::Unit(Unit::Year, true)),
    ("yesterday", Lex::Kw(Kw::Yesterday)),
];

/// Packs a short ASCII word into an integer key (one byte per letter, lower case,
/// the last letter in the lowest byte); `None` for words that cannot be in the
/// lexicon (too long or not ASCII).
fn key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > 15 || !word.is_ascii() {
        return None;
    }
    // Right-aligned in a big-endian integer: the same number as shifting each letter
    // in, without a 128-bit shift per letter.
    let mut buf = [0u8; 16];
    for (d, b) in buf[16 - bytes.len()..].iter_mut().zip(bytes) {
        *d = b.to_ascii_lowercase();
    }
    Some(u128::from_be_bytes(buf))
}

/// The lexicon as an open-addressing hash table on packed keys (built once, on first
/// use): every word of every sentence is looked up, and about a third of them are
/// lexicon words, so one probe or two beat a binary search over all the words.
struct Table {
    /// `(key, class)` slots; key 0 (no word packs to it) marks an empty slot.
    slots: Vec<(u128, Lex)>,
    /// Slot count minus one (the count is a power of two).
    mask: usize,
    /// Entry `b % 32` has bit `n` set when some lexicon word starting with the
    /// (lower-case) byte `b` has `n` bytes (letters share no entry).
    first_lengths: [u32; 32],
}

impl Table {
    /// False when no lexicon word has the first letter (in any case) and length of
    /// `word`: such a word is not in the table.
    fn may_hold(&self, word: &str) -> bool {
        let b = word.as_bytes();
        b.first().is_some_and(|&f| {
            b.len() < 32
                && self.first_lengths[usize::from(f.to_ascii_lowercase()) % 32] & 1 << b.len() != 0
        })
    }

    /// The home slot of `key`.
    fn home(&self, key: u128) -> usize {
        let h = ((key as u64) ^ ((key >> 64) as u64)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 40) as usize & self.mask
    }

    /// The class of the word packed to `key`, `Lex::Other` when it is not in the lexicon.
    fn get(&self, key: u128) -> Lex {
        let mut at = self.home(key);
        loop {
            let (k, lex) = self.slots[at];
            if k == key {
                return lex;
            }
            if k == 0 {
                return Lex::Other;
            }
            at = (at + 1) & self.mask;
        }
    }
}

/// The lexicon table, built on first use.
fn table() -> &'static Table {
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        // At most a quarter full: probe runs stay short.
        let size = (WORDS.len() * 4).next_power_of_two();
        let mut table = Table {
            slots: vec![(0, Lex::Other); size],
            mask: size - 1,
            first_lengths: [0; 32],
        };
        for &(w, lex) in WORDS {
            let Some(k) = key(w) else { continue };
            if let Some(&f) = w.as_bytes().first() {
                table.first_lengths[usize::from(f.to_ascii_lowercase()) % 32] |= 1 << w.len();
            }
            let mut at = table.home(k);
            while table.slots[at].0 != 0 && table.slots[at].0 != k {
                at = (at + 1) & table.mask;
            }
            table.slots[at] = (k, lex);
        }
        table
    })
}

/// Classifies one word (letters only).
pub fn classify(word: &str) -> Lex {
    let table = table();
    // Most words are turned away by their first letter and length, before packing.
    if !table.may_hold(word) {
        return Lex::Other;
    }
    match key(word) {
        Some(k) if k != 0 => table.get(k),
        _ => Lex::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Classifies `input` and compares with `expected`.
    fn check(input: &str, expected: Lex) {
        assert_eq!(classify(input), expected, "{input}");
    }

    #[test]
    fn classes() {
        check("Sept", Lex::MonthAbbr(9));
        check("OCTOBER", Lex::Month(10));
        check("thursday", Lex::Weekday(4));
        check("years", Lex::Unit(Unit::Year, true));
        check("twelve", Lex::NumWord(12));
        check("Überall", Lex::Other);
        check("extraordinarilylongword", Lex::Other);
    }

    #[test]
    fn every_lexicon_word_is_found_in_the_table() {
        for &(w, lex) in WORDS {
            assert_eq!(classify(w), lex, "{w}");
            assert_eq!(classify(&w.to_uppercase()), lex, "{w}");
        }
        for w in ["", "raid", "the", "Mayday", "sept.", "ü"] {
            let expected = WORDS
                .iter()
                .find(|(x, _)| x.eq_ignore_ascii_case(w))
                .map_or(Lex::Other, |&(_, l)| l);
            assert_eq!(classify(w), expected, "{w}");
        }
        // Packing agrees with shifting each lower-case letter in.
        let shifted = "MaY"
            .bytes()
            .fold(0u128, |k, b| (k << 8) | u128::from(b.to_ascii_lowercase()));
        assert_eq!(key("MaY"), Some(shifted));
    }

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(WORDS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn durations() {
        assert_eq!(Unit::Day.duration(Some(2)), "P2D");
        assert_eq!(Unit::Hour.duration(Some(2)), "PT2H");
        assert_eq!(Unit::Decade.duration(Some(1)), "P10Y");
        assert_eq!(Unit::Month.duration(None), "PXM");
    }
}
