//! Moments in time, as the engine sees them.
//!
//! The engine never reads a clock: the moment to check validity at comes in
//! with [`crate::Options`]. Certificates can carry dates before 1970 (RFC 5280
//! §4.1.2.5 allows UTCTime back to 1950 and GeneralizedTime to year 0), so a
//! moment is a signed count of seconds since the Unix epoch, in UTC.

use serde::{Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// Seconds since 1970-01-01T00:00:00Z; negative before that.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

const SECONDS_PER_DAY: i64 = 86_400;

impl Timestamp {
    pub const fn from_unix_seconds(seconds: i64) -> Self {
        Self(seconds)
    }

    pub const fn unix_seconds(self) -> i64 {
        self.0
    }

    /// Parses an RFC 3339 date-time (`2024-03-01T12:00:00Z`, any offset) or a
    /// plain date (`2024-03-01`, taken as midnight UTC).
    pub fn parse(text: &str) -> Result<Self, TimestampError> {
        let text = text.trim();
        if let Ok(moment) = OffsetDateTime::parse(text, &Rfc3339) {
            return Ok(Self(moment.unix_timestamp()));
        }
        let date_only = time::macros::format_description!("[year]-[month]-[day]");
        match time::Date::parse(text, &date_only) {
            Ok(date) => Ok(Self(date.midnight().assume_utc().unix_timestamp())),
            Err(_) => Err(TimestampError { text: text.chars().take(64).collect() }),
        }
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier),
    /// rounded towards zero.
    pub fn days_until(self, later: Timestamp) -> i64 {
        later.0.saturating_sub(self.0) / SECONDS_PER_DAY
    }

    pub fn plus_days(self, days: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(days.saturating_mul(SECONDS_PER_DAY)))
    }

    fn as_datetime(self) -> Option<OffsetDateTime> {
        OffsetDateTime::from_unix_timestamp(self.0).ok()
    }

    /// `2024-03-01T12:00:00Z`.
    pub fn to_rfc3339(self) -> String {
        self.as_datetime()
            .and_then(|moment| moment.format(&Rfc3339).ok())
            .unwrap_or_else(|| format!("@{}", self.0))
    }

    /// `2024-03-01 12:00 UTC`, for sentences.
    pub fn to_human(self) -> String {
        let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
        self.as_datetime()
            .and_then(|moment| moment.format(&format).ok())
            .unwrap_or_else(|| format!("@{}", self.0))
    }
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
    fn rejects_non_dates() {
        for text in ["", "yesterday", "2023-13-01", "2023-01-01T25:00:00Z"] {
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
