//! Intake: works out what each input holds, by content and never by name.
//!
//! PEM blocks are found anywhere in the text; inputs without PEM armour are
//! recognised by their DER shape (certificate, CSR, CRL, PKCS#8, PKCS#1,
//! SEC1, SubjectPublicKeyInfo, PKCS#7, PKCS#12), as bare base64 of DER, or as
//! Java keystores by their magic bytes. Containers (PKCS#7, PKCS#12,
//! keystores) are opened and what they hold is read like any other input.
//! Whatever cannot be read becomes a finding that says where, and the rest
//! is still read.
//!
//! The inputs and the user's roots are read in one pass: one numbering of
//! inputs and certificates, and one set of limits over both.

mod containers;
mod reader;
mod shape;

use crate::client_error::transcript::Transcript;
use crate::client_error::ClientError;
use serde::Serialize;

use crate::budget::Budget;
use crate::certificate::{Certificate, Source};
use crate::crl::Crl;
use crate::finding::{Finding, KeyFormat, KeyRef};
use crate::formats::encryption::SchemeSummary;
use crate::formats::pkcs12::{Protection, SkippedPart};
use crate::keys::PublicKey;
use crate::options::{Input, Password};
use crate::request::Request;
use reader::{Reader, Remaining};

/// What a piece of an input was recognised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    Certificate,
    CertificateRequest,
    Crl,
    PrivateKey,
    /// An encrypted private key that could not be opened.
    EncryptedPrivateKey,
    PublicKey,
    Pkcs7,
    Pkcs12,
    JavaKeystore,
    OpenSshPrivateKey,
    DomainParameters,
    /// A TLS error message a client or server printed.
    ClientError,
    /// An `openssl s_client` transcript.
    Transcript,
}

/// One recognised piece of an input.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Item {
    pub kind: ItemKind,
    /// 1-based line of its PEM block; `None` for DER and container contents.
    pub line: Option<usize>,
    /// Index in the report's list for its kind (certificates, keys,
    /// requests, CRLs), where it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
}

/// How an input was encoded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Pem,
    Der,
    Base64,
    Jks,
    #[default]
    Unknown,
}

/// Something worth saying about how an input was protected or what of it
/// was skipped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "note", rename_all = "kebab-case")]
pub enum Note {
    Protection { protection: Protection },
    Skipped { part: SkippedPart },
    FriendlyNames { names: Vec<String> },
    /// A certificate the user moved to their roots: not part of the bundle.
    MovedToRoots { name: String },
}

/// One input as the report shows it.
#[derive(Clone, Debug, Default, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct InputSummary {
    pub index: usize,
    pub name: String,
    /// Whether it was given as part of the bundle or as the user's roots.
    pub source: Source,
    pub bytes: usize,
    pub encoding: Encoding,
    pub items: Vec<Item>,
    pub notes: Vec<Note>,
}

/// A key given by the user: its public half, and where it came from.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Key {
    pub index: usize,
    pub input: usize,
    pub line: Option<usize>,
    /// A private key (whose public key was derived) or a public key.
    pub private: bool,
    pub format: KeyFormat,
    /// How it was encrypted, if it was.
    pub encryption: Option<SchemeSummary>,
    pub public_key: PublicKey,
    /// Certificates (indices) with this public key.
    pub certificates: Vec<usize>,
    /// Requests (indices) with this public key.
    pub requests: Vec<usize>,
}

impl Key {
    /// Whether this is the private key of certificate `certificate`: the
    /// certificate is the server's own, not a CA file's.
    pub fn is_private_key_of(&self, certificate: usize) -> bool {
        self.private && self.certificates.contains(&certificate)
    }

    /// How findings name it.
    pub fn reference(&self, inputs: &[InputSummary]) -> KeyRef {
        KeyRef {
            algorithm: self.public_key.algorithm.clone(),
            bits: self.public_key.bits,
            curve: self.public_key.curve.clone(),
            private: self.private,
            input: inputs.get(self.input).map(|input| input.name.clone()).unwrap_or_default(),
            line: self.line,
        }
    }
}

/// Everything read from the inputs and roots. Holds no secret: keys are
/// public halves.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Intake {
    pub inputs: Vec<InputSummary>,
    pub certificates: Vec<Certificate>,
    pub keys: Vec<Key>,
    pub requests: Vec<Request>,
    pub crls: Vec<Crl>,
    pub findings: Vec<Finding>,
    /// TLS error messages found in the bundle's text inputs.
    pub client_errors: Vec<ClientError>,
    /// Text that reads like a TLS error but matched no rule: (input, line,
    /// text).
    pub error_like: Vec<(usize, usize, String)>,
    /// `openssl s_client` transcripts among the bundle's inputs.
    pub transcripts: Vec<Transcript>,
    /// Where the bundle's part ends and the roots' begins, so that the roots
    /// can be read again without reading (and decrypting) the bundle again.
    boundary: Boundary,
    /// What is left of the analysis's work budget after reading.
    pub budget: Budget,
}

#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
struct Boundary {
    inputs: usize,
    certificates: usize,
    keys: usize,
    requests: usize,
    crls: usize,
    findings: usize,
    remaining: Remaining,
    budget: Budget,
}

impl Intake {
    /// Reads the bundle's `inputs`, then the user's `roots`, trying
    /// `passwords` on everything encrypted.
    pub fn read(inputs: &[Input], roots: &[Input], passwords: &[Password]) -> Self {
        Self::read_setting_aside(inputs, roots, passwords, &[])
    }

    /// As [`Intake::read`], leaving out of the bundle the certificates with
    /// these SHA-256 fingerprints (moved to the user's roots).
    pub fn read_setting_aside(
        inputs: &[Input],
        roots: &[Input],
        passwords: &[Password],
        set_aside: &[[u8; 32]],
    ) -> Self {
        let mut reader = Reader::new(Intake::default(), Remaining::default(), passwords);
        reader.set_aside = set_aside;
        for input in inputs {
            reader.read_input(input, Source::Bundle);
        }
        let mut intake = reader.finish_bundle();
        intake.read_roots(roots);
        intake
    }

    /// The same bundle with other roots: the bundle is not read again.
    pub fn with_roots(&self, roots: &[Input]) -> Self {
        let boundary = self.boundary.clone();
        let mut intake = Intake {
            inputs: self.inputs[..boundary.inputs].to_vec(),
            certificates: self.certificates[..boundary.certificates].to_vec(),
            keys: self.keys[..boundary.keys].to_vec(),
            requests: self.requests[..boundary.requests].to_vec(),
            crls: self.crls[..boundary.crls].to_vec(),
            findings: self.findings[..boundary.findings].to_vec(),
            client_errors: self.client_errors.clone(),
            error_like: self.error_like.clone(),
            transcripts: self.transcripts.clone(),
            budget: boundary.budget.clone(),
            boundary,
        };
        intake.read_roots(roots);
        intake
    }

    fn read_roots(&mut self, roots: &[Input]) {
        // Roots are certificates: no password is tried on them.
        let remaining = self.boundary.remaining.clone();
        let mut reader = Reader::new(std::mem::take(self), remaining, &[]);
        for root in roots {
            reader.read_input(root, Source::Root);
        }
        *self = reader.finish();
        self.link_keys();
    }

    /// Which certificates and requests each key belongs to, and the reverse.
    fn link_keys(&mut self) {
        for key in &mut self.keys {
            let id = &key.public_key.id;
            key.certificates =
                self.certificates.iter().filter(|c| c.key.id == *id).map(|c| c.index).collect();
            key.requests = self.requests.iter().filter(|r| r.key.id == *id).map(|r| r.index).collect();
        }
        for request in &mut self.requests {
            request.keys =
                self.keys.iter().filter(|k| k.requests.contains(&request.index)).map(|k| k.index).collect();
            request.certificates =
                self.certificates.iter().filter(|c| c.key.id == request.key.id).map(|c| c.index).collect();
        }
    }

    /// The certificates given as part of the bundle (not the user's roots).
    pub fn bundle(&self) -> impl Iterator<Item = &Certificate> {
        self.certificates.iter().filter(|certificate| certificate.source == Source::Bundle)
    }

    /// The certificates given as the user's roots.
    pub fn roots(&self) -> impl Iterator<Item = &Certificate> {
        self.certificates.iter().filter(|certificate| certificate.source == Source::Root)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{FindingKind, Limit, LooksLike};
    use crate::options::limits;

    fn read(inputs: &[Input]) -> Intake {
        Intake::read(inputs, &[], &[])
    }

    #[test]
    fn empty_and_junk_inputs_are_unrecognised() {
        let inputs = [
            Input::new("empty.pem", Vec::new()),
            Input::new("id_rsa.pub", b"ssh-rsa AAAAB3Nza user@host\n".to_vec()),
            Input::new("notes.txt", b"hello world, this is not a certificate".to_vec()),
        ];
        let intake = read(&inputs);
        assert_eq!(intake.findings.len(), 3);
        for (index, finding) in intake.findings.iter().enumerate() {
            assert!(matches!(finding.kind, FindingKind::InputUnrecognised { .. }));
            assert_eq!(finding.inputs, [index]);
        }
        assert!(matches!(
            &intake.findings[1].kind,
            FindingKind::InputUnrecognised { looks_like: Some(LooksLike::SshPublicKey), .. }
        ));
    }

    #[test]
    fn a_bad_certificate_block_is_reported_with_its_line() {
        let input = Input::new(
            "bad.pem",
            b"junk\n-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----\n".to_vec(),
        );
        let intake = read(&[input]);
        assert_eq!(intake.findings.len(), 1);
        assert!(matches!(intake.findings[0].kind, FindingKind::CertUnparseable { line: Some(2), .. }));
    }

    #[test]
    fn oversized_input_is_skipped_with_a_finding() {
        let big = vec![b'a'; limits::MAX_TOTAL_BYTES + 1];
        let intake = read(&[Input::new("big.pem", big)]);
        assert!(matches!(
            intake.findings[0].kind,
            FindingKind::InputLimitExceeded { limit: Limit::TotalBytes, .. }
        ));
    }

    #[test]
    fn roots_share_the_bundles_numbering_and_byte_budget() {
        let half = vec![b'a'; limits::MAX_TOTAL_BYTES / 2 + 1];
        let intake =
            Intake::read(&[Input::new("bundle.pem", half.clone())], &[Input::new("root.pem", half)], &[]);
        assert_eq!(intake.inputs.len(), 2);
        assert_eq!((intake.inputs[1].index, intake.inputs[1].source), (1, Source::Root));
        assert!(intake.findings.iter().any(|finding| {
            finding.inputs == [1]
                && matches!(finding.kind, FindingKind::InputLimitExceeded { limit: Limit::TotalBytes, .. })
        }));
        // Other roots, the same bundle, the same budget.
        let again = intake.with_roots(&[Input::new("other.pem", vec![b'b'; 10])]);
        assert_eq!(again.inputs.len(), 2);
        assert_eq!(again.inputs[1].name, "other.pem");
    }

    #[test]
    fn openssh_keys_are_explained() {
        let input = Input::new(
            "id_ed25519",
            b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n".to_vec(),
        );
        let intake = read(&[input]);
        assert!(matches!(intake.findings[0].kind, FindingKind::InputSshKey { line: Some(1), .. }));
    }
}
