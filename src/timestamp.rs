//! Moments in time, as the engine sees them.
//!
//! The engine never reads a clock: the moment to check validity at comes in
//! with [`crate::Options`]. Certificates can carry dates before 1970 (RFC 5280
//! §4.1.2.5 allows UTCTime back to 1950 and GeneralizedTime to year 0), so a
//! moment is a signed count of seconds since the Unix epoch, in UTC.

use serde::{Serialize, Serializer};

/// Seconds since 1970-01-01T00:00:00Z; negative before that.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Timestamp(i64);

const SECONDS_PER_DAY: i64 = 86_400;

impl Timestamp {
    pub const fn from_unix_seconds(seconds: i64) -> Self {
        Self(seconds)
    }

    /// From milliseconds since the epoch (a browser's clock), rounded
    /// down to the second; f64 milliseconds hold any date a certificate
    /// can carry exactly enough.
    pub fn from_unix_millis(millis: f64) -> Self {
        Self((millis / 1000.0).floor() as i64)
    }

    pub const fn unix_seconds(self) -> i64 {
        self.0
    }

    /// Parses an RFC 3339 date-time (`2024-03-01T12:00:00Z`, any offset,
    /// fractions of a second ignored) or a plain date (`2024-03-01`, taken
    /// as midnight UTC).
    pub fn parse(text: &str) -> Result<Self, TimestampError> {
        let text = text.trim();
        rfc3339(text).map(Self).ok_or_else(|| TimestampError { text: text.chars().take(64).collect() })
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier),
    /// rounded towards zero.
    pub fn days_until(self, later: Timestamp) -> i64 {
        later.0.saturating_sub(self.0) / SECONDS_PER_DAY
    }

    pub fn plus_days(self, days: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(days.saturating_mul(SECONDS_PER_DAY)))
    }

    /// Year, month, day, hour, minute, second, for years 0 to 9999.
    fn civil(self) -> Option<[i64; 6]> {
        let days = self.0.div_euclid(SECONDS_PER_DAY);
        let seconds = self.0.rem_euclid(SECONDS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        (0..=9999)
            .contains(&year)
            .then_some([year, month, day, seconds / 3600, seconds % 3600 / 60, seconds % 60])
    }

    /// `2024-03-01T12:00:00Z`.
    pub fn to_rfc3339(self) -> String {
        match self.civil() {
            Some([year, month, day, hour, minute, second]) => {
                format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
            }
            None => format!("@{}", self.0),
        }
    }

    /// `2024-03-01 12:00 UTC`, for sentences.
    pub fn to_human(self) -> String {
        match self.civil() {
            Some([year, month, day, hour, minute, _]) => {
                format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02} UTC")
            }
            None => format!("@{}", self.0),
        }
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (valid input).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    // Count from March, so that the leap day ends a year: eras of 400
    // years (146,097 days), years of 365 days plus the leap rules, months
    // of 153 days per five from March.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date of a count of days since 1970-01-01: the inverse of
/// [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Seconds since the epoch of `YYYY-MM-DD` or an RFC 3339 date-time.
fn rfc3339(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = bytes.get(range)?;
        digits.iter().all(u8::is_ascii_digit).then(|| digits.iter().fold(0, |n, d| n * 10 + i64::from(d - b'0')))
    };
    let at = |index: usize, expected: &[u8]| bytes.get(index).is_some_and(|byte| expected.contains(byte));
    if !(at(4, b"-") && at(7, b"-")) {
        return None;
    }
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if !(1..=12).contains(&month) || !(1..=days_in_month(year, month)).contains(&day) {
        return None;
    }
    let date = days_from_civil(year, month, day) * SECONDS_PER_DAY;
    if bytes.len() == 10 {
        return Some(date);
    }
    if !(at(10, b"Tt") && at(13, b":") && at(16, b":")) {
        return None;
    }
    let (hour, minute, mut second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    // A leap second is the last second of its minute.
    if second == 60 && minute == 59 {
        second = 59;
    }
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let mut rest = &text[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = &fraction[digits..];
    }
    let offset = match rest.as_bytes() {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let digits = [*h1, *h2, *m1, *m2];
            if !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let [h1, h2, m1, m2] = digits.map(|digit| i64::from(digit - b'0'));
            let (hours, minutes) = (h1 * 10 + h2, m1 * 10 + m2);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let offset = hours * 3600 + minutes * 60;
            if *sign == b'-' {
                -offset
            } else {
                offset
            }
        }
        _ => return None,
    };
    Some(date + hour * 3600 + minute * 60 + second - offset)
}

impl From<x509_parser::time::ASN1Time> for Timestamp {
    fn from(value: x509_parser::time::ASN1Time) -> Self {
        Self(value.timestamp())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

/// A date that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimestampError {
    pub text: String,
}

impl std::fmt::Display for TimestampError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "'{}' is not a date: use RFC 3339 like 2025-03-01T00:00:00Z, or 2025-03-01", self.text)
    }
}

impl std::error::Error for TimestampError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats() {
        let cases = [
            ("2023-01-01T00:00:00Z", 1_672_531_200, "2023-01-01T00:00:00Z"),
            ("2023-01-01T01:00:00+01:00", 1_672_531_200, "2023-01-01T00:00:00Z"),
            ("2023-01-01", 1_672_531_200, "2023-01-01T00:00:00Z"),
            ("1963-06-01T00:00:00Z", -207_878_400, "1963-06-01T00:00:00Z"),
        ];
        for (text, seconds, formatted) in cases {
            let parsed = Timestamp::parse(text).unwrap();
            assert_eq!(parsed.unix_seconds(), seconds, "{text}");
            assert_eq!(parsed.to_rfc3339(), formatted, "{text}");
        }
    }

    #[test]
    fn every_day_round_trips() {
        // Each day from year 0 to 9999 parses back to itself.
        let first = Timestamp::parse("0000-01-01").unwrap().unix_seconds() / SECONDS_PER_DAY;
        let last = Timestamp::parse("9999-12-31").unwrap().unix_seconds() / SECONDS_PER_DAY;
        assert_eq!(last - first + 1, 10_000 * 365 + 2425);
        for day in first..=last {
            let moment = Timestamp(day * SECONDS_PER_DAY + 3723);
            let text = moment.to_rfc3339();
            assert_eq!(Timestamp::parse(&text), Ok(moment), "{text}");
        }
        assert_eq!(Timestamp::parse("2024-02-29T23:59:60.5-00:30").unwrap().to_rfc3339(), "2024-03-01T00:29:59Z");
        assert_eq!(Timestamp(-1).to_human(), "1969-12-31 23:59 UTC");
        assert_eq!(Timestamp(i64::MAX).to_rfc3339(), format!("@{}", i64::MAX));
    }

    #[test]
    fn rejects_non_dates() {
        for text in [
            "",
            "yesterday",
            "2023-13-01",
            "2023-01-01T25:00:00Z",
            "2023-02-29",
            "2023-01-01T00:00:00",
            "2023-01-01T00:00:00.Z",
            "2023-01-01T00:00:00+24:00",
            "2023-1-01",
            "+2023-01-01",
            "2023-01-01T00:00:00Zjunk",
        ] {
            assert!(Timestamp::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn counts_days() {
        let start = Timestamp::parse("2024-01-01").unwrap();
        assert_eq!(start.days_until(Timestamp::parse("2024-01-31").unwrap()), 30);
        assert_eq!(start.days_until(Timestamp::parse("2023-12-31").unwrap()), -1);
        assert_eq!(start.plus_days(30), Timestamp::parse("2024-01-31").unwrap());
    }
}
