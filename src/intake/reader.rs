//! The read pass: one input at a time, PEM blocks and DER objects to
//! certificates, keys, requests and CRLs, each problem a finding.

use crate::client_error;
use super::shape::{classify, guess_what_it_is, Shape};
use super::{Boundary, Encoding, InputSummary, Intake, Item, ItemKind, Key, Note};
use crate::budget::Budget;
use crate::certificate::{Certificate, Source};
use crate::crl::Crl;
use crate::finding::{Container, Finding, FindingKind, KeyFormat, Limit, Skipped, Structure};
use crate::formats::ber::Tlv;
use crate::formats::encryption::SchemeSummary;
use crate::formats::pem::{self, Block, Label};
use crate::formats::{jks, FormatError, Problem};
use crate::keys::{self, KeyEncoding, KeyError, PublicKey};
use crate::options::{limits, Input, Password};
use crate::request::Request;

/// What is left of the limits over all inputs and roots.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub(super) struct Remaining {
    bytes: usize,
    pem_blocks: usize,
    /// Certificates, keys, requests and CRLs tried so far, whether they
    /// could be read or not.
    certificates: usize,
    keys: usize,
    requests: usize,
    crls: usize,
    /// Limits already reported (each once).
    reported: Vec<Limit>,
}

impl Default for Remaining {
    fn default() -> Self {
        Self {
            bytes: limits::MAX_TOTAL_BYTES,
            pem_blocks: limits::MAX_PEM_BLOCKS,
            certificates: 0,
            keys: 0,
            requests: 0,
            crls: 0,
            reported: Vec::new(),
        }
    }
}

/// Where a thing was found, for items and findings.
#[derive(Clone, Copy)]
pub(super) struct Place<'a> {
    pub input: usize,
    pub name: &'a str,
    pub line: Option<usize>,
    /// The container it came out of.
    pub container: Option<Container>,
}

pub(super) struct Reader<'p> {
    pub intake: Intake,
    remaining: Remaining,
    /// The analysis's work budget, spent on key derivation here.
    pub work: Budget,
    pub passwords: Vec<&'p str>,
    /// The input being read.
    summary: InputSummary,
    /// SHA-256 fingerprints of certificates the user moved from the bundle
    /// to their roots: left out of the bundle where they appear.
    pub set_aside: &'p [[u8; 32]],
}

impl<'p> Reader<'p> {
    pub fn new(intake: Intake, remaining: Remaining, passwords: &'p [Password]) -> Self {
        Self {
            work: intake.budget.clone(),
            intake,
            remaining,
            passwords: passwords.iter().map(Password::expose).collect(),
            summary: InputSummary::default(),
            set_aside: &[],
        }
    }

    /// The intake so far, marked as the end of the bundle.
    pub fn finish_bundle(self) -> Intake {
        let remaining = self.remaining.clone();
        let mut intake = self.finish();
        intake.boundary = Boundary {
            inputs: intake.inputs.len(),
            certificates: intake.certificates.len(),
            keys: intake.keys.len(),
            requests: intake.requests.len(),
            crls: intake.crls.len(),
            findings: intake.findings.len(),
            remaining,
            budget: intake.budget.clone(),
        };
        intake
    }

    pub fn finish(self) -> Intake {
        let mut intake = self.intake;
        intake.budget = self.work;
        intake
    }

    pub fn finding(&mut self, kind: FindingKind, input: usize) {
        self.intake.findings.push(Finding::about_input(kind, input));
    }

    pub fn item(&mut self, kind: ItemKind, line: Option<usize>, index: Option<usize>) {
        self.summary.items.push(Item { kind, line, index });
    }

    pub fn note(&mut self, note: Note) {
        self.summary.notes.push(note);
    }

    pub fn read_input(&mut self, input: &Input, source: Source) {
        let index = self.intake.inputs.len();
        let bytes: &[u8] = &input.bytes;
        self.summary = InputSummary {
            index,
            name: input.name.clone(),
            source,
            bytes: bytes.len(),
            ..InputSummary::default()
        };
        let findings_before = self.intake.findings.len();
        if bytes.len() > self.remaining.bytes {
            let skipped = Skipped::Input { input: input.name.clone(), bytes: bytes.len() };
            let maximum = limits::MAX_TOTAL_BYTES as u64;
            self.finding(
                FindingKind::InputLimitExceeded { limit: Limit::TotalBytes, maximum, skipped },
                index,
            );
        } else {
            self.remaining.bytes -= bytes.len();
            let place = Place { input: index, name: &input.name, line: None, container: None };
            self.read_bytes(place, bytes);
            if source == Source::Bundle {
                self.read_text(index, bytes);
            }
        }
        let summary = std::mem::take(&mut self.summary);
        let said_something =
            self.intake.findings[findings_before..].iter().any(|f| f.inputs.contains(&index));
        if summary.items.is_empty() && !said_something {
            let looks_like = guess_what_it_is(bytes);
            self.intake.findings.push(Finding::about_input(
                FindingKind::InputUnrecognised { input: input.name.clone(), bytes: bytes.len(), looks_like },
                index,
            ));
        }
        self.intake.inputs.push(summary);
    }

    /// Error messages and `openssl s_client` transcripts in a text input.
    fn read_text(&mut self, input: usize, bytes: &[u8]) {
        // Text: UTF-8, or at least no NUL (a DER file has them).
        if bytes.contains(&0) {
            return;
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(bytes),
        };
        let recognised = client_error::recognise(&text, input);
        for error in &recognised.errors {
            self.item(ItemKind::ClientError, Some(error.line), None);
        }
        self.intake.client_errors.extend(recognised.errors);
        if let Some((line, text)) = recognised.unrecognised {
            self.intake.error_like.push((input, line, text));
            self.item(ItemKind::ClientError, Some(line), None);
        }
        if let Some(transcript) = client_error::transcript::read(&text, input) {
            self.item(ItemKind::Transcript, None, None);
            self.intake.transcripts.push(transcript);
        }
    }

    fn read_bytes(&mut self, place: Place<'_>, bytes: &[u8]) {
        let scan = pem::scan(bytes, self.remaining.pem_blocks);
        if scan.saw_marker {
            self.read_pem(place, scan, true);
        } else if let Some(kind) = jks::kind_of(bytes) {
            self.summary.encoding = Encoding::Jks;
            self.read_keystore(place, bytes, kind);
        } else if classify(bytes).is_some() {
            self.summary.encoding = Encoding::Der;
            self.read_der(place, bytes);
        } else if let Some(der) = pem::decode_bare_base64(bytes).filter(|der| classify(der).is_some()) {
            self.summary.encoding = Encoding::Base64;
            self.read_der(place, &der);
        } else if let Some(text) = crate::formats::wrapped_pem::unwrap(bytes) {
            // PEM base64-encoded once more (a Kubernetes secret's `data`):
            // read as the PEM it holds (once: what it holds is not unwrapped
            // again).
            let scan = pem::scan(&text, self.remaining.pem_blocks);
            if scan.saw_marker {
                self.read_pem(place, scan, false);
                self.summary.encoding = Encoding::Base64;
            }
        }
    }

    /// The blocks of a PEM scan; `lines`: whether its line numbers are the
    /// input's (not those of text decoded out of it).
    fn read_pem(&mut self, place: Place<'_>, scan: pem::Scan, lines: bool) {
        self.summary.encoding = Encoding::Pem;
        self.remaining.pem_blocks = self.remaining.pem_blocks.saturating_sub(scan.blocks.len() + scan.problems.len());
        if scan.hit_block_limit {
            let skipped = Skipped::RestOf { input: place.name.to_string() };
            let maximum = limits::MAX_PEM_BLOCKS as u64;
            self.finding(FindingKind::InputLimitExceeded { limit: Limit::PemBlocks, maximum, skipped }, place.input);
        }
        for problem in scan.problems {
            let kind = FindingKind::PemMalformed {
                input: place.name.to_string(),
                line: problem.line,
                problem: problem.problem,
            };
            self.finding(kind, place.input);
        }
        // An EC PARAMETERS block names the curve of the EC PRIVATE KEY
        // blocks that follow it (`openssl ecparam -genkey` output).
        let mut curve = None;
        for block in &scan.blocks {
            if block.label == Label::EcParameters {
                curve = Tlv::parse_whole(&block.der).ok().and_then(|tlv| tlv.oid().ok());
            }
            self.read_block(Place { line: lines.then_some(block.line), ..place }, block, curve.as_deref());
        }
    }

    fn read_block(&mut self, place: Place<'_>, block: &Block, curve: Option<&str>) {
        let der = block.der.as_slice();
        let encrypted_pem =
            block.headers.iter().any(|(name, value)| name == "Proc-Type" && value.contains("ENCRYPTED"));
        match block.label {
            Label::Certificate | Label::TrustedCertificate => self.add_certificate(place, der),
            Label::CertificateRequest => self.add_request(place, der),
            Label::Crl => self.add_crl(place, der),
            Label::PrivateKey => {
                self.add_key(place, || keys::from_pkcs8_private(der), KeyEncoding::Pkcs8, None)
            }
            Label::EncryptedPrivateKey => self.open_encrypted_pkcs8(place, der),
            Label::RsaPrivateKey | Label::EcPrivateKey if encrypted_pem => {
                self.open_legacy_pem(place, block, curve)
            }
            Label::RsaPrivateKey => {
                self.add_key(place, || keys::from_pkcs1_private(der), KeyEncoding::Pkcs1, None)
            }
            Label::EcPrivateKey => {
                self.add_key(place, || keys::from_sec1_private(der, curve), KeyEncoding::Sec1, None)
            }
            Label::DsaPrivateKey => self.dsa_private_key(place),
            Label::PublicKey => self.add_public_key(place, || keys::from_spki(der), KeyEncoding::Spki),
            Label::RsaPublicKey => {
                self.add_public_key(place, || keys::from_pkcs1_public(der), KeyEncoding::Pkcs1)
            }
            Label::Pkcs7 => self.read_pkcs7(place, der),
            Label::OpenSshPrivateKey => {
                self.item(ItemKind::OpenSshPrivateKey, place.line, None);
                self.finding(
                    FindingKind::InputSshKey { input: place.name.to_string(), line: place.line },
                    place.input,
                );
            }
            Label::EcParameters | Label::DhParameters => {
                self.item(ItemKind::DomainParameters, place.line, None)
            }
        }
    }

    fn dsa_private_key(&mut self, place: Place<'_>) {
        self.item(ItemKind::PrivateKey, place.line, None);
        let reason = keys::KeyUnsupported::DsaNotForTls;
        self.finding(
            FindingKind::KeyUnsupported { input: place.name.to_string(), line: place.line, reason },
            place.input,
        );
    }

    /// A DER object of any supported kind.
    pub fn read_der(&mut self, place: Place<'_>, der: &[u8]) {
        match classify(der) {
            Some(Shape::Signed) => self.read_signed(place, der),
            Some(Shape::Pfx) => self.read_pkcs12(place, der),
            Some(Shape::Pkcs7) => self.read_pkcs7(place, der),
            Some(Shape::Pkcs8) => {
                self.add_key(place, || keys::from_pkcs8_private(der), KeyEncoding::Pkcs8, None)
            }
            Some(Shape::EncryptedPkcs8) => self.open_encrypted_pkcs8(place, der),
            Some(Shape::Spki) => self.add_public_key(place, || keys::from_spki(der), KeyEncoding::Spki),
            Some(Shape::Pkcs1Private) => {
                self.add_key(place, || keys::from_pkcs1_private(der), KeyEncoding::Pkcs1, None)
            }
            Some(Shape::Sec1) => {
                self.add_key(place, || keys::from_sec1_private(der, None), KeyEncoding::Sec1, None)
            }
            Some(Shape::DsaPrivate) => self.dsa_private_key(place),
            Some(Shape::Pkcs1Public) => {
                self.add_public_key(place, || keys::from_pkcs1_public(der), KeyEncoding::Pkcs1)
            }
            None => self.unparseable(place, Structure::DerObject, Problem::UnrecognisedStructure.into()),
        }
    }

    /// Certificate, CSR or CRL: all are SEQUENCE { tbs, algorithm, signature }.
    fn read_signed(&mut self, place: Place<'_>, der: &[u8]) {
        if Request::from_der(der, 0, 0).is_ok() {
            self.add_request(place, der);
        } else if Crl::from_der(der, 0, 0).is_ok()
            && Certificate::from_der(der, 0, 0, Source::Bundle).is_err()
        {
            self.add_crl(place, der);
        } else {
            self.add_certificate(place, der);
        }
    }

    /// Counts one more thing of `limit`'s kind; `false` (and one finding,
    /// the first time) when there are already as many as are read.
    pub fn admit(&mut self, limit: Limit, input: usize) -> bool {
        let remaining = &mut self.remaining;
        let (count, maximum) = match limit {
            Limit::Certificates => (&mut remaining.certificates, limits::MAX_CERTIFICATES),
            Limit::Keys => (&mut remaining.keys, limits::MAX_KEYS),
            Limit::Requests => (&mut remaining.requests, limits::MAX_REQUESTS),
            _ => (&mut remaining.crls, limits::MAX_CRLS),
        };
        if *count < maximum {
            *count += 1;
            return true;
        }
        if !remaining.reported.contains(&limit) {
            remaining.reported.push(limit);
            let skipped = Skipped::AfterTheFirst { count: maximum };
            self.finding(FindingKind::InputLimitExceeded { limit, maximum: maximum as u64, skipped }, input);
        }
        false
    }

    pub fn add_certificate(&mut self, place: Place<'_>, der: &[u8]) {
        if !self.admit(Limit::Certificates, place.input) {
            return;
        }
        let index = self.intake.certificates.len();
        match Certificate::from_der(der, index, place.input, self.summary.source) {
            Ok(certificate) if self.summary.source == Source::Bundle && self.set_aside.contains(&certificate.fingerprint) => {
                self.summary.notes.push(Note::MovedToRoots { name: certificate.name });
            }
            Ok(mut certificate) => {
                certificate.container = place.container;
                self.intake.certificates.push(certificate);
                self.item(ItemKind::Certificate, place.line, Some(index));
            }
            Err(error) => {
                // A CSR pasted under a CERTIFICATE label is still a CSR.
                if Request::from_der(der, 0, 0).is_ok() {
                    return self.add_request(place, der);
                }
                let kind =
                    FindingKind::CertUnparseable { input: place.name.to_string(), line: place.line, error };
                self.finding(kind, place.input);
            }
        }
    }

    fn add_request(&mut self, place: Place<'_>, der: &[u8]) {
        if !self.admit(Limit::Requests, place.input) {
            return;
        }
        let index = self.intake.requests.len();
        match Request::from_der(der, index, place.input) {
            Ok(request) => {
                self.intake.requests.push(request);
                self.item(ItemKind::CertificateRequest, place.line, Some(index));
            }
            Err(error) => self.unparseable(place, Structure::CertificateRequest, error),
        }
    }

    pub fn add_crl(&mut self, place: Place<'_>, der: &[u8]) {
        if !self.admit(Limit::Crls, place.input) {
            return;
        }
        let index = self.intake.crls.len();
        match Crl::from_der(der, index, place.input) {
            Ok(crl) => {
                self.intake.crls.push(crl);
                self.item(ItemKind::Crl, place.line, Some(index));
            }
            Err(error) => self.unparseable(place, Structure::Crl, error),
        }
    }

    pub fn unparseable(&mut self, place: Place<'_>, structure: Structure, error: FormatError) {
        let kind = FindingKind::InputUnparseable {
            input: place.name.to_string(),
            line: place.line,
            structure,
            error,
        };
        self.finding(kind, place.input);
    }

    /// A private key, whose public key `read` derives (only if the key
    /// limit allows: deriving can cost a millisecond).
    pub fn add_key(
        &mut self,
        place: Place<'_>,
        read: impl FnOnce() -> Result<PublicKey, KeyError>,
        encoding: KeyEncoding,
        encryption: Option<SchemeSummary>,
    ) {
        if self.admit(Limit::Keys, place.input) {
            self.push_key(place, read(), encoding, encryption, true);
        }
    }

    fn add_public_key(
        &mut self,
        place: Place<'_>,
        read: impl FnOnce() -> Result<PublicKey, KeyError>,
        encoding: KeyEncoding,
    ) {
        if self.admit(Limit::Keys, place.input) {
            self.push_key(place, read(), encoding, None, false);
        }
    }

    fn push_key(
        &mut self,
        place: Place<'_>,
        key: Result<PublicKey, KeyError>,
        encoding: KeyEncoding,
        encryption: Option<SchemeSummary>,
        private: bool,
    ) {
        let kind = if private { ItemKind::PrivateKey } else { ItemKind::PublicKey };
        let (input, line) = (place.name.to_string(), place.line);
        match key {
            Ok(public_key) => {
                if let Some(reason) = keys::not_for_tls(&public_key) {
                    self.finding(FindingKind::KeyUnsupported { input, line, reason }, place.input);
                }
                let index = self.intake.keys.len();
                self.intake.keys.push(Key {
                    index,
                    input: place.input,
                    line,
                    private,
                    format: KeyFormat { encoding, container: place.container },
                    encryption,
                    public_key,
                    certificates: Vec::new(),
                    requests: Vec::new(),
                });
                self.item(kind, line, Some(index));
            }
            Err(KeyError::TooLarge { bits }) => {
                self.item(kind, line, None);
                let skipped = Skipped::RsaKey { input, bits };
                let maximum = keys::MAX_RSA_BITS as u64;
                self.finding(
                    FindingKind::InputLimitExceeded { limit: Limit::RsaKeySize, maximum, skipped },
                    place.input,
                );
            }
            Err(KeyError::Unsupported { reason }) => {
                self.item(kind, line, None);
                self.finding(FindingKind::KeyUnsupported { input, line, reason }, place.input);
            }
            Err(KeyError::Malformed { error }) => {
                self.finding(FindingKind::KeyUnreadable { input, line, error }, place.input)
            }
        }
    }
}
