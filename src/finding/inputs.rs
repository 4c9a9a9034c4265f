//! The input a finding names. Findings carry an input's name as the shell
//! gave it; an input without a file name (the paste, standard input) has a
//! fixed name that the words say in the reader's language
//! ([`crate::Words::input_name`]), so they ask for the name here.

use super::kind::{FindingKind, Skipped};

/// Every finding that names an input (a key names its own, in its
/// [`super::KeyRef`]): `$some` with `$input` bound to the name, else `$none`.
/// One list for reading and, in tests, renaming.
macro_rules! named_input {
    ($kind:expr, $input:ident => $some:expr, $none:expr) => {
        match $kind {
            FindingKind::InputUnrecognised { input: $input, .. }
            | FindingKind::PemMalformed { input: $input, .. }
            | FindingKind::CertUnparseable { input: $input, .. }
            | FindingKind::InputUnparseable { input: $input, .. }
            | FindingKind::InputSshKey { input: $input, .. }
            | FindingKind::InputJavaKeystore { input: $input, .. }
            | FindingKind::InputCsrNotCertificate { input: $input, .. }
            | FindingKind::ClientErrorUnrecognised { input: $input, .. }
            | FindingKind::PasswordRequired { input: $input, .. }
            | FindingKind::PasswordIncorrect { input: $input, .. }
            | FindingKind::EncryptionUnsupported { input: $input, .. }
            | FindingKind::KeyUnreadable { input: $input, .. }
            | FindingKind::KeyUnsupported { input: $input, .. }
            | FindingKind::InputLimitExceeded {
                skipped:
                    Skipped::Input { input: $input, .. }
                    | Skipped::RestOf { input: $input }
                    | Skipped::Findings { input: $input, .. }
                    | Skipped::Encrypted { input: $input, .. }
                    | Skipped::RsaKey { input: $input, .. },
                ..
            } => $some,
            _ => $none,
        }
    };
}

impl FindingKind {
    /// The name of the input this finding is about, if it is about one.
    pub fn input_name(&self) -> Option<&str> {
        named_input!(self, input => Some(input.as_str()), None)
    }

    /// Every input name this finding carries, keys' included.
    #[cfg(test)]
    pub(crate) fn input_names_mut(&mut self) -> Vec<&mut String> {
        use super::KeyOwner;
        match self {
            Self::KeyMismatch { keys, matches, .. } => {
                let owner = match matches {
                    Some(KeyOwner::Key { key }) => Some(&mut key.input),
                    _ => None,
                };
                keys.iter_mut().map(|key| &mut key.input).chain(owner).collect()
            }
            Self::KeyWeak { owner: KeyOwner::Key { key }, .. } => vec![&mut key.input],
            other => named_input!(other, input => vec![input], Vec::new()),
        }
    }
}
