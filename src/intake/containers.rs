//! Containers and encrypted keys: PKCS#7 bundles, PKCS#12 files, Java
//! keystores, encrypted PKCS#8 and legacy encrypted PEM keys. What they hold
//! is read like any other input; why one stayed closed is a finding.

use super::reader::{Place, Reader};
use super::{ItemKind, Note};
use crate::budget::{Budget, MAX_DERIVATION_WORK};
use crate::finding::{Container, FindingKind, Limit, Skipped, Structure};
use crate::formats::ber::{tag, Tlv};
use crate::formats::encryption::{self, DecryptError, KdfLimit, SchemeSummary, Unsupported};
use crate::formats::pem::{Block, Label};
use crate::formats::pkcs12::{self, Pkcs12Error};
use crate::formats::{jks, pkcs7, FormatError, Problem};
use crate::keys::{self, KeyEncoding};

/// Why an encrypted structure stayed closed, as every container reports it.
pub(super) enum Closed {
    WrongPassword,
    Unsupported(Unsupported),
    Limit { limit: KdfLimit, value: u64 },
    Malformed(FormatError),
}

impl From<DecryptError> for Closed {
    fn from(error: DecryptError) -> Self {
        match error {
            DecryptError::WrongPassword => Closed::WrongPassword,
            DecryptError::Unsupported(unsupported) => Closed::Unsupported(unsupported),
            DecryptError::Limit { limit, value, .. } => Closed::Limit { limit, value },
            DecryptError::Malformed(error) => Closed::Malformed(error),
        }
    }
}

impl Reader<'_> {
    /// Reports why an encrypted thing stayed closed.
    fn closed(&mut self, place: Place<'_>, structure: Structure, scheme: Option<SchemeSummary>, why: Closed) {
        let input = place.name.to_string();
        let kind = match why {
            Closed::WrongPassword if self.passwords.is_empty() => {
                FindingKind::PasswordRequired { input, structure }
            }
            Closed::WrongPassword => {
                FindingKind::PasswordIncorrect { input, structure, tried: self.passwords.len() }
            }
            Closed::Unsupported(unsupported) => {
                FindingKind::EncryptionUnsupported { input, structure, unsupported, scheme }
            }
            Closed::Limit { limit, value } => FindingKind::InputLimitExceeded {
                limit: Limit::KeyDerivation,
                maximum: match limit {
                    KdfLimit::Iterations => encryption::limits::MAX_ITERATIONS,
                    KdfLimit::TotalWork => MAX_DERIVATION_WORK,
                    KdfLimit::ScryptCost => 1 << encryption::limits::MAX_SCRYPT_LOG_N,
                    KdfLimit::ScryptBlockSize => encryption::limits::MAX_SCRYPT_R,
                    KdfLimit::ScryptParallelism => encryption::limits::MAX_SCRYPT_P,
                },
                skipped: Skipped::Encrypted { input, structure, asked: value, limit },
            },
            Closed::Malformed(error) => {
                FindingKind::InputUnparseable { input, line: place.line, structure, error }
            }
        };
        self.finding(kind, place.input);
    }

    /// Tries each password; `Err(WrongPassword)` if none works.
    fn try_passwords<T>(
        &mut self,
        mut attempt: impl FnMut(&str, &mut Budget) -> Result<T, DecryptError>,
    ) -> Result<T, DecryptError> {
        let passwords = self.passwords.clone();
        for password in passwords {
            match attempt(password, &mut self.work) {
                Err(DecryptError::WrongPassword) => continue,
                other => return other,
            }
        }
        Err(DecryptError::WrongPassword)
    }

    pub(super) fn open_encrypted_pkcs8(&mut self, place: Place<'_>, der: &[u8]) {
        let (algorithm, ciphertext) = match encryption::encrypted_private_key_info(der) {
            Ok(parts) => parts,
            Err(error) => {
                let kind =
                    FindingKind::KeyUnreadable { input: place.name.to_string(), line: place.line, error };
                return self.finding(kind, place.input);
            }
        };
        let scheme = encryption::describe(&algorithm).ok();
        let result = self.try_passwords(|password, work| {
            encryption::decrypt(&algorithm, &ciphertext, encryption::Secret::Text(password), work, |plain| {
                Tlv::parse_whole(plain).is_ok_and(|tlv| tlv.tag == tag::SEQUENCE)
            })
        });
        match result {
            Ok(plaintext) => {
                self.add_key(place, || keys::from_pkcs8_private(&plaintext), KeyEncoding::Pkcs8, scheme)
            }
            Err(error) => {
                self.item(ItemKind::EncryptedPrivateKey, place.line, None);
                self.closed(place, Structure::EncryptedPrivateKey, scheme, error.into());
            }
        }
    }

    pub(super) fn open_legacy_pem(&mut self, place: Place<'_>, block: &Block, curve: Option<&str>) {
        let Some(dek_info) =
            block.headers.iter().find(|(name, _)| name == "DEK-Info").map(|(_, value)| value.clone())
        else {
            let error = FormatError::new(Problem::MissingDekInfo);
            let kind = FindingKind::KeyUnreadable { input: place.name.to_string(), line: place.line, error };
            return self.finding(kind, place.input);
        };
        let scheme = encryption::legacy_pem_summary(&dek_info).ok();
        let is_rsa = block.label == Label::RsaPrivateKey;
        let result = self.try_passwords(|password, _| {
            let plain = encryption::decrypt_legacy_pem(&dek_info, &block.der, password)?;
            let readable = if is_rsa {
                keys::from_pkcs1_private(&plain).is_ok()
            } else {
                Tlv::parse_whole(&plain).is_ok_and(|tlv| tlv.tag == tag::SEQUENCE)
            };
            if readable {
                Ok(plain)
            } else {
                Err(DecryptError::WrongPassword)
            }
        });
        match result {
            Ok(plain) if is_rsa => {
                self.add_key(place, || keys::from_pkcs1_private(&plain), KeyEncoding::Pkcs1, scheme)
            }
            Ok(plain) => {
                self.add_key(place, || keys::from_sec1_private(&plain, curve), KeyEncoding::Sec1, scheme)
            }
            Err(error) => {
                self.item(ItemKind::EncryptedPrivateKey, place.line, None);
                self.closed(place, Structure::EncryptedPrivateKey, scheme, error.into());
            }
        }
    }

    pub(super) fn read_pkcs7(&mut self, place: Place<'_>, der: &[u8]) {
        match pkcs7::read(der) {
            Ok(bundle) => {
                self.item(ItemKind::Pkcs7, place.line, None);
                let inside = Place { container: Some(Container::Pkcs7), ..place };
                for certificate in &bundle.certificates {
                    self.add_certificate(inside, certificate);
                }
                for crl in &bundle.crls {
                    self.add_crl(inside, crl);
                }
            }
            Err(error) => self.unparseable(place, Structure::Pkcs7, error),
        }
    }

    pub(super) fn read_pkcs12(&mut self, place: Place<'_>, der: &[u8]) {
        self.item(ItemKind::Pkcs12, place.line, None);
        let passwords = self.passwords.clone();
        let contents = match pkcs12::open(der, &passwords, &mut self.work) {
            Ok(contents) => contents,
            Err(error) => {
                let why = match error {
                    Pkcs12Error::PasswordRequired | Pkcs12Error::PasswordIncorrect { .. } => {
                        Closed::WrongPassword
                    }
                    Pkcs12Error::Unsupported(unsupported) => Closed::Unsupported(unsupported),
                    Pkcs12Error::Limit { limit, value, .. } => Closed::Limit { limit, value },
                    Pkcs12Error::Malformed(error) => Closed::Malformed(error),
                };
                return self.closed(place, Structure::Pkcs12, None, why);
            }
        };
        for protection in &contents.protection {
            self.note(Note::Protection { protection: protection.clone() });
        }
        for part in &contents.skipped {
            self.note(Note::Skipped { part: part.clone() });
        }
        if !contents.friendly_names.is_empty() {
            self.note(Note::FriendlyNames { names: contents.friendly_names.clone() });
        }
        let inside = Place { container: Some(Container::Pkcs12), ..place };
        for certificate in &contents.certificates {
            self.add_certificate(inside, certificate);
        }
        for key in &contents.keys {
            self.add_key(inside, || keys::from_pkcs8_private(key), KeyEncoding::Pkcs8, None);
        }
        for crl in &contents.crls {
            self.add_crl(inside, crl);
        }
    }

    pub(super) fn read_keystore(&mut self, place: Place<'_>, bytes: &[u8], kind: jks::Kind) {
        let store = jks::read(bytes);
        self.item(ItemKind::JavaKeystore, None, None);
        let container = match kind {
            jks::Kind::Jks => Container::Jks,
            jks::Kind::Jceks => Container::Jceks,
        };
        let inside = Place { container: Some(container), ..place };
        for certificate in &store.certificates {
            self.add_certificate(inside, certificate);
        }
        let kind = FindingKind::InputJavaKeystore {
            input: place.name.to_string(),
            store: kind,
            certificates: store.certificates.len(),
            key_aliases: store.key_aliases,
            incomplete: store.incomplete,
        };
        self.finding(kind, place.input);
    }
}
