//! The inputs a finding names. Findings carry an input's name as the shell
//! gave it; an input without a file name (the paste, standard input) has a
//! fixed name the words say in the reader's language, so they rename it here
//! before putting the finding into words.

use super::kind::{FindingKind, KeyOwner, Skipped};

impl FindingKind {
    /// Every input name this finding carries.
    pub(crate) fn input_names_mut(&mut self) -> Vec<&mut String> {
        use FindingKind as K;
        match self {
            K::InputUnrecognised { input, .. }
            | K::PemMalformed { input, .. }
            | K::CertUnparseable { input, .. }
            | K::InputUnparseable { input, .. }
            | K::InputSshKey { input, .. }
            | K::InputJavaKeystore { input, .. }
            | K::InputCsrNotCertificate { input, .. }
            | K::ClientErrorUnrecognised { input, .. }
            | K::PasswordRequired { input, .. }
            | K::PasswordIncorrect { input, .. }
            | K::EncryptionUnsupported { input, .. }
            | K::KeyUnreadable { input, .. }
            | K::KeyUnsupported { input, .. } => vec![input],
            K::InputLimitExceeded { skipped, .. } => skipped.input_name_mut().into_iter().collect(),
            K::KeyMismatch { keys, matches, .. } => keys
                .iter_mut()
                .map(|key| &mut key.input)
                .chain(matches.as_mut().and_then(KeyOwner::input_name_mut))
                .collect(),
            K::KeyWeak { owner, .. } => owner.input_name_mut().into_iter().collect(),
            _ => Vec::new(),
        }
    }
}

impl Skipped {
    fn input_name_mut(&mut self) -> Option<&mut String> {
        match self {
            Self::Input { input, .. }
            | Self::RestOf { input }
            | Self::Findings { input, .. }
            | Self::Encrypted { input, .. }
            | Self::RsaKey { input, .. } => Some(input),
            Self::AfterTheFirst { .. } | Self::NameConstraints { .. } | Self::PathSearch { .. } => None,
        }
    }
}

impl KeyOwner {
    fn input_name_mut(&mut self) -> Option<&mut String> {
        match self {
            Self::Key { key } => Some(&mut key.input),
            Self::Certificate { .. } | Self::Root { .. } | Self::BundleCa { .. } | Self::Request { .. } => None,
        }
    }
}
