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
#[allow(missing_docs)]
pub enum Kw {
    The,
    A,
    An,
    This,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Early,
    Earlier,
    Late,
    Later,
    Mid,
    Middle,
    Start,
    Beginning,
    End,
    Of,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Currently,
    Recently,
    Recent,
    Nowadays,
    Ago,
    Before,
    After,
    Half,
    Quarter,
    Few,
    Several,
    Couple,
    Over,
    More,
    Than,
    About,
    Around,
    Approximately,
    Roughly,
    Nearly,
    Almost,
    Less,
    Under,
    At,
    Least,
    Long,
    Old,
    Every,
    Each,
    Midnight,
    Noon,
    Time,
    Local,
    Eastern,
    Central,
    Pacific,
    Mountain,
    Standard,
    Daylight,
    Weekend,
    Future,
    Near,
    Just,
    Only,
    For,
    Within,
    In,
    On,
    From,
    To,
    Until,
    Through,
    And,
    Christmas,
    Eve,
    New,
    Will,
    Aged,
    Twice,
    During,
    Since,
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

/// Classifies one word (letters only).
pub fn classify(word: &str) -> Lex {
    if word.len() > 14 || !word.is_ascii() {
        return Lex::Other;
    }
    let mut buf = [0u8; 14];
    for (b, c) in buf.iter_mut().zip(word.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..word.len()]).unwrap_or("");
    use Kw::*;
    use Lex::Kw as K;
    match lower {
        "january" => Lex::Month(1),
        "february" => Lex::Month(2),
        "march" => Lex::Month(3),
        "april" => Lex::Month(4),
        "may" => Lex::Month(5),
        "june" => Lex::Month(6),
        "july" => Lex::Month(7),
        "august" => Lex::Month(8),
        "september" => Lex::Month(9),
        "october" => Lex::Month(10),
        "november" => Lex::Month(11),
        "december" => Lex::Month(12),
        "jan" => Lex::MonthAbbr(1),
        "feb" => Lex::MonthAbbr(2),
        "mar" => Lex::MonthAbbr(3),
        "apr" => Lex::MonthAbbr(4),
        "jun" => Lex::MonthAbbr(6),
        "jul" => Lex::MonthAbbr(7),
        "aug" => Lex::MonthAbbr(8),
        "sep" | "sept" => Lex::MonthAbbr(9),
        "oct" => Lex::MonthAbbr(10),
        "nov" => Lex::MonthAbbr(11),
        "dec" => Lex::MonthAbbr(12),
        "monday" => Lex::Weekday(1),
        "tuesday" => Lex::Weekday(2),
        "wednesday" => Lex::Weekday(3),
        "thursday" => Lex::Weekday(4),
        "friday" => Lex::Weekday(5),
        "saturday" => Lex::Weekday(6),
        "sunday" => Lex::Weekday(7),
        "second" => Lex::Ordinal(2),
        "seconds" => Lex::Unit(Unit::Second, true),
        "minute" => Lex::Unit(Unit::Minute, false),
        "minutes" => Lex::Unit(Unit::Minute, true),
        "hour" => Lex::Unit(Unit::Hour, false),
        "hours" => Lex::Unit(Unit::Hour, true),
        "day" => Lex::Unit(Unit::Day, false),
        "days" => Lex::Unit(Unit::Day, true),
        "week" => Lex::Unit(Unit::Week, false),
        "weeks" => Lex::Unit(Unit::Week, true),
        "month" => Lex::Unit(Unit::Month, false),
        "months" => Lex::Unit(Unit::Month, true),
        "year" => Lex::Unit(Unit::Year, false),
        "years" => Lex::Unit(Unit::Year, true),
        "decade" => Lex::Unit(Unit::Decade, false),
        "decades" => Lex::Unit(Unit::Decade, true),
        "century" => Lex::Unit(Unit::Century, false),
        "centuries" => Lex::Unit(Unit::Century, true),
        "one" => Lex::NumWord(1),
        "two" => Lex::NumWord(2),
        "three" => Lex::NumWord(3),
        "four" => Lex::NumWord(4),
        "five" => Lex::NumWord(5),
        "six" => Lex::NumWord(6),
        "seven" => Lex::NumWord(7),
        "eight" => Lex::NumWord(8),
        "nine" => Lex::NumWord(9),
        "ten" => Lex::NumWord(10),
        "eleven" => Lex::NumWord(11),
        "twelve" => Lex::NumWord(12),
        "thirteen" => Lex::NumWord(13),
        "fourteen" => Lex::NumWord(14),
        "fifteen" => Lex::NumWord(15),
        "sixteen" => Lex::NumWord(16),
        "seventeen" => Lex::NumWord(17),
        "eighteen" => Lex::NumWord(18),
        "nineteen" => Lex::NumWord(19),
        "twenty" => Lex::NumWord(20),
        "thirty" => Lex::NumWord(30),
        "forty" => Lex::NumWord(40),
        "fifty" => Lex::NumWord(50),
        "sixty" => Lex::NumWord(60),
        "seventy" => Lex::NumWord(70),
        "eighty" => Lex::NumWord(80),
        "ninety" => Lex::NumWord(90),
        "hundred" => Lex::NumWord(100),
        "first" => Lex::Ordinal(1),
        "third" => Lex::Ordinal(3),
        "fourth" => Lex::Ordinal(4),
        "spring" => Lex::Season("SP"),
        "summer" => Lex::Season("SU"),
        "autumn" | "fall" => Lex::Season("FA"),
        "winter" => Lex::Season("WI"),
        "morning" => Lex::DayPart("MO"),
        "afternoon" => Lex::DayPart("AF"),
        "evening" => Lex::DayPart("EV"),
        "night" => Lex::DayPart("NI"),
        "halloween" => Lex::Holiday(10, 31),
        "edt" | "est" | "et" | "gmt" | "utc" | "cet" | "cest" | "bst" | "pst" | "pdt" | "cst"
        | "cdt" | "mst" | "mdt" => Lex::Zone,
        "the" => K(The),
        "a" => K(A),
        "an" => K(An),
        "this" => K(This),
        "last" => K(Last),
        "next" => K(Next),
        "past" => K(Past),
        "coming" => K(Coming),
        "previous" | "prior" | "preceding" => K(Previous),
        "following" => K(Following),
        "early" => K(Early),
        "earlier" => K(Earlier),
        "late" => K(Late),
        "later" => K(Later),
        "mid" => K(Mid),
        "middle" => K(Middle),
        "start" => K(Start),
        "beginning" => K(Beginning),
        "end" => K(End),
        "of" => K(Of),
        "today" => K(Today),
        "yesterday" => K(Yesterday),
        "tomorrow" => K(Tomorrow),
        "tonight" => K(Tonight),
        "now" => K(Now),
        "currently" => K(Currently),
        "recently" => K(Recently),
        "recent" => K(Recent),
        "nowadays" => K(Nowadays),
        "ago" => K(Ago),
        "before" => K(Before),
        "after" => K(After),
        "half" => K(Half),
        "quarter" => K(Quarter),
        "few" => K(Few),
        "several" => K(Several),
        "couple" => K(Couple),
        "over" => K(Over),
        "more" => K(More),
        "than" => K(Than),
        "about" => K(About),
        "around" => K(Around),
        "approximately" => K(Approximately),
        "roughly" => K(Roughly),
        "nearly" => K(Nearly),
        "almost" => K(Almost),
        "less" => K(Less),
        "under" => K(Under),
        "at" => K(At),
        "least" => K(Least),
        "long" => K(Long),
        "old" => K(Old),
        "every" => K(Every),
        "each" => K(Each),
        "midnight" => K(Midnight),
        "noon" | "midday" => K(Noon),
        "time" => K(Time),
        "local" => K(Local),
        "eastern" => K(Eastern),
        "central" => K(Central),
        "pacific" => K(Pacific),
        "mountain" => K(Mountain),
        "standard" => K(Standard),
        "daylight" => K(Daylight),
        "weekend" => K(Weekend),
        "future" => K(Future),
        "near" => K(Near),
        "just" => K(Just),
        "only" => K(Only),
        "for" => K(For),
        "within" => K(Within),
        "in" => K(In),
        "on" => K(On),
        "from" => K(From),
        "to" => K(To),
        "until" | "till" => K(Until),
        "through" | "thru" => K(Through),
        "and" => K(And),
        "christmas" => K(Christmas),
        "eve" => K(Eve),
        "new" => K(New),
        "will" | "shall" | "upcoming" | "scheduled" | "planned" | "plans" | "might" => K(Will),
        "aged" => K(Aged),
        "twice" | "once" | "thrice" | "times" | "per" => K(Twice),
        "during" => K(During),
        "since" => K(Since),
        "people" | "troops" | "soldiers" | "fighters" | "civilians" | "residents" | "children"
        | "families" | "refugees" | "km" | "kilometres" | "kilometers" | "miles" | "metres"
        | "meters" | "feet" | "tons" | "tonnes" | "dollars" | "euros" | "pounds" | "personnel"
        | "militants" | "members" | "homes" | "houses" | "buildings" => K(CountNoun),
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
    fn durations() {
        assert_eq!(Unit::Day.duration(Some(2)), "P2D");
        assert_eq!(Unit::Hour.duration(Some(2)), "PT2H");
        assert_eq!(Unit::Decade.duration(Some(1)), "P10Y");
        assert_eq!(Unit::Month.duration(None), "PXM");
    }
}
