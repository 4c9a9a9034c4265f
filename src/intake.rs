//! Intake: works out what each input holds, by content and never by name.
//!
//! PEM blocks are found anywhere in the text; inputs without PEM armour are
//! recognised by their DER shape (certificate, CSR, CRL, PKCS#8, PKCS#1,
//! SEC1, SubjectPublicKeyInfo, PKCS#7, PKCS#12), as bare base64 of DER, or as
//! Java keystores by their magic bytes. Containers (PKCS#7, PKCS#12,
//! keystores) are opened and what they hold is read like any other input.
//! Whatever cannot be read becomes a finding that says where, and the rest
//! is still read.

use serde::Serialize;

use crate::ber::{tag, Tlv};
use crate::certificate::Certificate;
use crate::crl::Crl;
use crate::encryption::{self, DecryptError, WorkBudget};
use crate::finding::{Finding, FindingKind, Limit};
use crate::input::{limits, Input, Password};
use crate::keys::{self, KeyError, PublicKey};
use crate::pem::{self, Block, Label};
use crate::request::Request;
use crate::{jks, pkcs12, pkcs7};

/// What a piece of an input was recognised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
}

/// One recognised piece of an input.
#[derive(Clone, Debug, Serialize)]
pub struct Item {
    pub kind: ItemKind,
    /// 1-based line of its PEM block; `None` for DER and container contents.
    pub line: Option<usize>,
    /// Index in the report's list for its kind (certificates, keys,
    /// requests, CRLs), where it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
}

/// One input as the report shows it.
#[derive(Clone, Debug, Default, Serialize)]
pub struct InputSummary {
    pub index: usize,
    pub name: String,
    pub bytes: usize,
    /// `pem`, `der`, `base64`, `jks` or `unknown`.
    pub encoding: &'static str,
    pub items: Vec<Item>,
    /// How containers in it were protected, and what was skipped.
    pub notes: Vec<String>,
}

/// A key given by the user: its public half, and where it came from.
#[derive(Clone, Debug, Serialize)]
pub struct Key {
    pub index: usize,
    pub input: usize,
    pub line: Option<usize>,
    /// A private key (whose public key was derived) or a public key.
    pub private: bool,
    /// `PKCS#8`, `PKCS#1`, `SEC1`, `SubjectPublicKeyInfo`, and the container.
    pub format: String,
    /// How it was encrypted, if it was.
    pub encryption: Option<String>,
    pub public_key: PublicKey,
    /// Certificates (indices) with this public key.
    pub certificates: Vec<usize>,
    /// Requests (indices) with this public key.
    pub requests: Vec<usize>,
}

impl Key {
    /// "RSA 2048 bits private key (key.pem, line 3)".
    pub fn describe(&self, inputs: &[InputSummary]) -> String {
        let input = inputs.get(self.input).map(|input| input.name.as_str()).unwrap_or("?");
        let place = match self.line {
            Some(line) => format!("{input}, line {line}"),
            None => input.to_string(),
        };
        let kind = if self.private { "private key" } else { "public key" };
        format!("{} {kind} ({place})", self.public_key.description())
    }
}

/// Everything read from the inputs. Holds no secret: keys are public halves.
#[derive(Clone, Debug, Default)]
pub struct Intake {
    pub inputs: Vec<InputSummary>,
    pub certificates: Vec<Certificate>,
    pub keys: Vec<Key>,
    pub requests: Vec<Request>,
    pub crls: Vec<Crl>,
    pub findings: Vec<Finding>,
}

/// Where a thing was found, for items and findings.
#[derive(Clone, Copy)]
struct Place<'a> {
    input: usize,
    name: &'a str,
    line: Option<usize>,
    /// "PKCS#12", "PKCS#7", … when inside a container.
    container: Option<&'static str>,
}

struct Reader<'p> {
    intake: Intake,
    bytes_left: usize,
    pem_blocks_left: usize,
    work: WorkBudget,
    passwords: Vec<&'p str>,
    /// The input being read.
    summary: InputSummary,
}

/// Reads every input, trying `passwords` on everything encrypted.
pub fn read_all(inputs: &[Input], passwords: &[Password]) -> Intake {
    let mut reader = Reader {
        intake: Intake::default(),
        bytes_left: limits::MAX_TOTAL_BYTES,
        pem_blocks_left: limits::MAX_PEM_BLOCKS,
        work: WorkBudget::default(),
        passwords: passwords.iter().map(Password::expose).collect(),
        summary: InputSummary::default(),
    };
    for (index, input) in inputs.iter().enumerate() {
        reader.read_input(index, input);
    }
    reader.intake
}

impl Reader<'_> {
    fn finding(&mut self, kind: FindingKind, input: usize) {
        self.intake.findings.push(Finding::about_input(kind, input));
    }

    fn item(&mut self, kind: ItemKind, line: Option<usize>, index: Option<usize>) {
        self.summary.items.push(Item { kind, line, index });
    }

    fn note(&mut self, note: String) {
        self.summary.notes.push(note);
    }

    fn read_input(&mut self, index: usize, input: &Input) {
        let bytes: &[u8] = &input.bytes;
        self.summary = InputSummary {
            index,
            name: input.name.clone(),
            bytes: bytes.len(),
            encoding: "unknown",
            ..InputSummary::default()
        };
        let findings_before = self.intake.findings.len();
        if bytes.len() > self.bytes_left {
            self.finding(
                FindingKind::InputLimitExceeded {
                    limit: Limit::TotalBytes,
                    maximum: limits::MAX_TOTAL_BYTES as u64,
                    skipped: format!("{} ({} bytes)", input.name, bytes.len()),
                },
                index,
            );
        } else {
            self.bytes_left -= bytes.len();
            let place = Place { input: index, name: &input.name, line: None, container: None };
            self.read_bytes(place, bytes);
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

    fn set_encoding(&mut self, encoding: &'static str) {
        self.summary.encoding = encoding;
    }

    fn read_bytes(&mut self, place: Place<'_>, bytes: &[u8]) {
        let scan = pem::scan(bytes, self.pem_blocks_left);
        if scan.saw_marker {
            self.set_encoding("pem");
            self.pem_blocks_left =
                self.pem_blocks_left.saturating_sub(scan.blocks.len() + scan.problems.len());
            if scan.hit_block_limit {
                self.finding(
                    FindingKind::InputLimitExceeded {
                        limit: Limit::PemBlocks,
                        maximum: limits::MAX_PEM_BLOCKS as u64,
                        skipped: format!("the rest of {}", place.name),
                    },
                    place.input,
                );
            }
            for problem in scan.problems {
                self.finding(
                    FindingKind::PemMalformed {
                        input: place.name.to_string(),
                        line: problem.line,
                        problem: problem.problem,
                    },
                    place.input,
                );
            }
            // An EC PARAMETERS block names the curve of the EC PRIVATE KEY
            // blocks that follow it (`openssl ecparam -genkey` output).
            let mut curve = None;
            for block in &scan.blocks {
                if block.label == Label::EcParameters {
                    curve = Tlv::parse_whole(&block.der).ok().and_then(|tlv| tlv.oid().ok());
                }
                self.read_block(Place { line: Some(block.line), ..place }, block, curve.as_deref());
            }
        } else if let Some(kind) = jks::kind_of(bytes) {
            self.set_encoding("jks");
            self.read_keystore(place, bytes, kind);
        } else if classify(bytes).is_some() {
            self.set_encoding("der");
            self.read_der(place, bytes);
        } else if let Some(der) = pem::decode_bare_base64(bytes).filter(|der| classify(der).is_some()) {
            self.set_encoding("base64");
            self.read_der(place, &der);
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
            Label::PrivateKey => self.add_key(place, keys::from_pkcs8_private(der), "PKCS#8", None),
            Label::EncryptedPrivateKey => self.open_encrypted_pkcs8(place, der),
            Label::RsaPrivateKey | Label::EcPrivateKey if encrypted_pem => {
                self.open_legacy_pem(place, block, curve)
            }
            Label::RsaPrivateKey => self.add_key(place, keys::from_pkcs1_private(der), "PKCS#1", None),
            Label::EcPrivateKey => self.add_key(place, keys::from_sec1_private(der, curve), "SEC1", None),
            Label::DsaPrivateKey => self.dsa_private_key(place),
            Label::PublicKey => self.add_public_key(place, keys::from_spki(der), "SubjectPublicKeyInfo"),
            Label::RsaPublicKey => self.add_public_key(place, keys::from_pkcs1_public(der), "PKCS#1"),
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
        self.finding(
            FindingKind::KeyUnsupported {
                input: place.name.to_string(),
                line: place.line,
                reason: "it is a DSA key, which TLS 1.3 and current browsers do not accept".into(),
            },
            place.input,
        );
    }

    /// A DER object of any supported kind.
    fn read_der(&mut self, place: Place<'_>, der: &[u8]) {
        match classify(der) {
            Some(Shape::Signed) => self.read_signed(place, der),
            Some(Shape::Pfx) => self.read_pkcs12(place, der),
            Some(Shape::Pkcs7) => self.read_pkcs7(place, der),
            Some(Shape::Pkcs8) => self.add_key(place, keys::from_pkcs8_private(der), "PKCS#8", None),
            Some(Shape::EncryptedPkcs8) => self.open_encrypted_pkcs8(place, der),
            Some(Shape::Spki) => self.add_public_key(place, keys::from_spki(der), "SubjectPublicKeyInfo"),
            Some(Shape::Pkcs1Private) => self.add_key(place, keys::from_pkcs1_private(der), "PKCS#1", None),
            Some(Shape::Sec1) => self.add_key(place, keys::from_sec1_private(der, None), "SEC1", None),
            Some(Shape::DsaPrivate) => self.dsa_private_key(place),
            Some(Shape::Pkcs1Public) => self.add_public_key(place, keys::from_pkcs1_public(der), "PKCS#1"),
            None => self.finding(
                FindingKind::InputUnparseable {
                    input: place.name.to_string(),
                    line: place.line,
                    what: "DER object".into(),
                    reason: "it is not a certificate, key, request, CRL or bundle".into(),
                },
                place.input,
            ),
        }
    }

    /// Certificate, CSR or CRL: all are SEQUENCE { tbs, algorithm, signature }.
    fn read_signed(&mut self, place: Place<'_>, der: &[u8]) {
        if Request::from_der(der, 0, 0).is_ok() {
            self.add_request(place, der);
        } else if Crl::from_der(der, 0, 0).is_ok() && Certificate::from_der(der, 0, 0).is_err() {
            self.add_crl(place, der);
        } else {
            self.add_certificate(place, der);
        }
    }

    fn add_certificate(&mut self, place: Place<'_>, der: &[u8]) {
        if self.intake.certificates.len() >= limits::MAX_CERTIFICATES {
            let already = self.intake.findings.iter().any(|finding| {
                matches!(finding.kind, FindingKind::InputLimitExceeded { limit: Limit::Certificates, .. })
            });
            if !already {
                self.finding(
                    FindingKind::InputLimitExceeded {
                        limit: Limit::Certificates,
                        maximum: limits::MAX_CERTIFICATES as u64,
                        skipped: format!("certificates after the first {}", limits::MAX_CERTIFICATES),
                    },
                    place.input,
                );
            }
            return;
        }
        let index = self.intake.certificates.len();
        match Certificate::from_der(der, index, place.input) {
            Ok(certificate) => {
                self.intake.certificates.push(certificate);
                self.item(ItemKind::Certificate, place.line, Some(index));
            }
            Err(error) => {
                // A CSR pasted under a CERTIFICATE label is still a CSR.
                if Request::from_der(der, 0, 0).is_ok() {
                    self.add_request(place, der);
                    return;
                }
                self.finding(
                    FindingKind::CertUnparseable {
                        input: place.name.to_string(),
                        line: place.line,
                        reason: error.reason,
                    },
                    place.input,
                );
            }
        }
    }

    fn add_request(&mut self, place: Place<'_>, der: &[u8]) {
        let index = self.intake.requests.len();
        match Request::from_der(der, index, place.input) {
            Ok(request) => {
                self.intake.requests.push(request);
                self.item(ItemKind::CertificateRequest, place.line, Some(index));
            }
            Err(reason) => self.unparseable(place, "certificate request", reason),
        }
    }

    fn add_crl(&mut self, place: Place<'_>, der: &[u8]) {
        let index = self.intake.crls.len();
        match Crl::from_der(der, index, place.input) {
            Ok(crl) => {
                self.intake.crls.push(crl);
                self.item(ItemKind::Crl, place.line, Some(index));
            }
            Err(reason) => self.unparseable(place, "CRL", reason),
        }
    }

    fn unparseable(&mut self, place: Place<'_>, what: &str, reason: String) {
        self.finding(
            FindingKind::InputUnparseable {
                input: place.name.to_string(),
                line: place.line,
                what: what.into(),
                reason,
            },
            place.input,
        );
    }

    fn add_key(
        &mut self,
        place: Place<'_>,
        key: Result<PublicKey, KeyError>,
        format: &str,
        encryption: Option<String>,
    ) {
        self.push_key(place, key, format, encryption, true);
    }

    fn add_public_key(&mut self, place: Place<'_>, key: Result<PublicKey, KeyError>, format: &str) {
        self.push_key(place, key, format, None, false);
    }

    fn push_key(
        &mut self,
        place: Place<'_>,
        key: Result<PublicKey, KeyError>,
        format: &str,
        encryption: Option<String>,
        private: bool,
    ) {
        let kind = if private { ItemKind::PrivateKey } else { ItemKind::PublicKey };
        match key {
            Ok(public_key) => {
                if let Some(reason) = not_for_tls(&public_key) {
                    self.finding(
                        FindingKind::KeyUnsupported {
                            input: place.name.to_string(),
                            line: place.line,
                            reason,
                        },
                        place.input,
                    );
                }
                let index = self.intake.keys.len();
                let format = match place.container {
                    Some(container) => format!("{format} in {container}"),
                    None => format.to_string(),
                };
                self.intake.keys.push(Key {
                    index,
                    input: place.input,
                    line: place.line,
                    private,
                    format,
                    encryption,
                    public_key,
                    certificates: Vec::new(),
                    requests: Vec::new(),
                });
                self.item(kind, place.line, Some(index));
            }
            Err(KeyError::TooLarge { bits }) => {
                self.item(kind, place.line, None);
                self.finding(
                    FindingKind::InputLimitExceeded {
                        limit: Limit::RsaKeySize,
                        maximum: keys::MAX_RSA_BITS as u64,
                        skipped: format!("a {bits}-bit RSA key in {}", place.name),
                    },
                    place.input,
                );
            }
            Err(KeyError::Unsupported(reason)) => {
                self.item(kind, place.line, None);
                self.finding(
                    FindingKind::KeyUnsupported { input: place.name.to_string(), line: place.line, reason },
                    place.input,
                );
            }
            Err(KeyError::Malformed(reason)) => self.finding(
                FindingKind::KeyUnreadable { input: place.name.to_string(), line: place.line, reason },
                place.input,
            ),
        }
    }

    /// Reports why an encrypted thing stayed closed.
    fn closed(&mut self, place: Place<'_>, what: &str, scheme: String, error: DecryptError) {
        let input = place.name.to_string();
        let kind = match error {
            DecryptError::WrongPassword if self.passwords.is_empty() => {
                FindingKind::PasswordRequired { input, what: what.into() }
            }
            DecryptError::WrongPassword => {
                FindingKind::PasswordIncorrect { input, what: what.into(), tried: self.passwords.len() }
            }
            DecryptError::Unsupported(detail) => FindingKind::EncryptionUnsupported {
                input,
                what: what.into(),
                scheme: if scheme == detail { scheme } else { format!("{scheme} ({detail})") },
            },
            DecryptError::Limit { what: limit, value, maximum } => FindingKind::InputLimitExceeded {
                limit: Limit::KeyDerivation,
                maximum,
                skipped: format!("the {what} in {input}, which asks for {value} ({limit})"),
            },
            DecryptError::Malformed(reason) => {
                FindingKind::InputUnparseable { input, line: place.line, what: what.into(), reason }
            }
        };
        self.finding(kind, place.input);
    }

    /// Tries each password; `Err(WrongPassword)` if none works.
    fn try_passwords<T>(
        &mut self,
        mut attempt: impl FnMut(&str, &mut WorkBudget) -> Result<T, DecryptError>,
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

    fn open_encrypted_pkcs8(&mut self, place: Place<'_>, der: &[u8]) {
        let (algorithm, ciphertext) = match encryption::encrypted_private_key_info(der) {
            Ok(parts) => parts,
            Err(error) => {
                return self.finding(
                    FindingKind::KeyUnreadable {
                        input: place.name.to_string(),
                        line: place.line,
                        reason: error.to_string(),
                    },
                    place.input,
                );
            }
        };
        let scheme = encryption::describe(&algorithm);
        let result = self.try_passwords(|password, work| {
            encryption::decrypt(&algorithm, &ciphertext, encryption::Secret::Text(password), work, |plain| {
                Tlv::parse_whole(plain).is_ok_and(|tlv| tlv.tag == tag::SEQUENCE)
            })
        });
        match result {
            Ok(plaintext) => {
                self.add_key(place, keys::from_pkcs8_private(&plaintext), "PKCS#8", Some(scheme))
            }
            Err(error) => {
                self.item(ItemKind::EncryptedPrivateKey, place.line, None);
                self.closed(place, "encrypted private key", scheme, error);
            }
        }
    }

    fn open_legacy_pem(&mut self, place: Place<'_>, block: &Block, curve: Option<&str>) {
        let Some(dek_info) =
            block.headers.iter().find(|(name, _)| name == "DEK-Info").map(|(_, value)| value.clone())
        else {
            return self.finding(
                FindingKind::KeyUnreadable {
                    input: place.name.to_string(),
                    line: place.line,
                    reason: "the key is marked ENCRYPTED but has no DEK-Info header".into(),
                },
                place.input,
            );
        };
        let scheme = format!("OpenSSL legacy PEM encryption ({})", encryption::legacy_pem_cipher(&dek_info));
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
                self.add_key(place, keys::from_pkcs1_private(&plain), "PKCS#1", Some(scheme))
            }
            Ok(plain) => self.add_key(place, keys::from_sec1_private(&plain, curve), "SEC1", Some(scheme)),
            Err(error) => {
                self.item(ItemKind::EncryptedPrivateKey, place.line, None);
                self.closed(place, "encrypted private key", scheme, error);
            }
        }
    }

    fn read_pkcs7(&mut self, place: Place<'_>, der: &[u8]) {
        match pkcs7::read(der) {
            Ok(bundle) => {
                self.item(ItemKind::Pkcs7, place.line, None);
                let inside = Place { container: Some("PKCS#7"), ..place };
                for certificate in &bundle.certificates {
                    self.add_certificate(inside, certificate);
                }
                for crl in &bundle.crls {
                    self.add_crl(inside, crl);
                }
            }
            Err(reason) => self.unparseable(place, "PKCS#7 bundle", reason),
        }
    }

    fn read_pkcs12(&mut self, place: Place<'_>, der: &[u8]) {
        self.item(ItemKind::Pkcs12, place.line, None);
        let passwords = self.passwords.clone();
        match pkcs12::open(der, &passwords, &mut self.work) {
            Ok(contents) => {
                for note in contents.protection.iter().chain(&contents.problems) {
                    self.note(format!("PKCS#12 {note}"));
                }
                if !contents.friendly_names.is_empty() {
                    self.note(format!("PKCS#12 friendly names: {}", contents.friendly_names.join(", ")));
                }
                let inside = Place { container: Some("PKCS#12"), ..place };
                for certificate in &contents.certificates {
                    self.add_certificate(inside, certificate);
                }
                for key in &contents.keys {
                    self.add_key(inside, keys::from_pkcs8_private(key), "PKCS#8", None);
                }
                for crl in &contents.crls {
                    self.add_crl(inside, crl);
                }
            }
            Err(error) => {
                let input = place.name.to_string();
                let what = "PKCS#12 file".to_string();
                let kind = match error {
                    pkcs12::Pkcs12Error::PasswordRequired => FindingKind::PasswordRequired { input, what },
                    pkcs12::Pkcs12Error::PasswordIncorrect { .. } => {
                        FindingKind::PasswordIncorrect { input, what, tried: passwords.len() }
                    }
                    pkcs12::Pkcs12Error::Unsupported(scheme) => {
                        FindingKind::EncryptionUnsupported { input, what, scheme }
                    }
                    pkcs12::Pkcs12Error::Limit { what: limit, value, maximum } => {
                        FindingKind::InputLimitExceeded {
                            limit: Limit::KeyDerivation,
                            maximum,
                            skipped: format!("the PKCS#12 file {input}, which asks for {value} ({limit})"),
                        }
                    }
                    pkcs12::Pkcs12Error::Malformed(reason) => {
                        FindingKind::InputUnparseable { input, line: place.line, what, reason }
                    }
                };
                self.finding(kind, place.input);
            }
        }
    }

    fn read_keystore(&mut self, place: Place<'_>, bytes: &[u8], kind: jks::Kind) {
        let store = jks::read(bytes, kind);
        self.item(ItemKind::JavaKeystore, None, None);
        let inside = Place { container: Some(kind.name()), ..place };
        for certificate in &store.certificates {
            self.add_certificate(inside, certificate);
        }
        self.finding(
            FindingKind::InputJavaKeystore {
                input: place.name.to_string(),
                store: kind.name().to_string(),
                certificates: store.certificates.len(),
                key_aliases: store.key_aliases,
                incomplete: store.incomplete,
            },
            place.input,
        );
    }
}

/// Why keys of this algorithm cannot be a TLS certificate's key.
fn not_for_tls(key: &PublicKey) -> Option<String> {
    let algorithm = key.algorithm.as_str();
    match algorithm {
        "EC" => match key.curve.as_deref() {
            Some("P-256" | "P-384" | "P-521") | None => None,
            Some(curve) => {
                Some(format!("it is on the elliptic curve {curve}, which TLS clients do not accept"))
            }
        },
        "DSA" => Some("it is a DSA key, which TLS 1.3 and current browsers do not accept".into()),
        "X25519" | "X448" => {
            Some(format!("it is an {algorithm} key, which is for key exchange, not for certificates"))
        }
        _ => None,
    }
}

/// The DER shapes certdoctor reads, told apart by their first fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// Certificate, CSR or CRL.
    Signed,
    Pfx,
    Pkcs7,
    Pkcs8,
    EncryptedPkcs8,
    Spki,
    Pkcs1Private,
    /// OpenSSL's traditional DSA private key: SEQUENCE of six INTEGERs.
    DsaPrivate,
    Sec1,
    Pkcs1Public,
}

fn classify(der: &[u8]) -> Option<Shape> {
    let top = Tlv::parse_whole(der).ok()?;
    if top.tag != tag::SEQUENCE {
        return None;
    }
    let mut fields = top.children();
    let first = fields.read().ok()?;
    let second = fields.read().ok();
    let third = fields.read().ok();
    let first_number = || first.small_uint().ok();
    Some(match (first.tag, second.map(|tlv| tlv.tag), third.map(|tlv| tlv.tag)) {
        (tag::SEQUENCE, Some(tag::SEQUENCE), Some(tag::BIT_STRING)) => Shape::Signed,
        (tag::SEQUENCE, Some(tag::BIT_STRING), None) => Shape::Spki,
        (tag::SEQUENCE, Some(tag::OCTET_STRING | 0x24), None) => Shape::EncryptedPkcs8,
        (tag::INTEGER, Some(tag::SEQUENCE), _)
            if first_number() == Some(3) && pkcs12::looks_like_pfx(der) =>
        {
            Shape::Pfx
        }
        (tag::INTEGER, Some(tag::SEQUENCE), Some(tag::OCTET_STRING))
            if matches!(first_number(), Some(0 | 1)) =>
        {
            Shape::Pkcs8
        }
        (tag::OID, Some(_), None) if pkcs7::looks_like_pkcs7(der) => Shape::Pkcs7,
        (tag::INTEGER, Some(tag::OCTET_STRING), _) if first_number() == Some(1) => Shape::Sec1,
        (tag::INTEGER, Some(tag::INTEGER), None) => Shape::Pkcs1Public,
        (tag::INTEGER, Some(tag::INTEGER), Some(tag::INTEGER)) => {
            let mut count = 3;
            while fields.read().is_ok() {
                count += 1;
            }
            if count == 6 {
                Shape::DsaPrivate
            } else {
                Shape::Pkcs1Private
            }
        }
        _ => return None,
    })
}

/// A hint for inputs that are certainly not TLS material.
fn guess_what_it_is(bytes: &[u8]) -> Option<String> {
    if bytes.iter().all(|byte| byte.is_ascii_whitespace()) {
        return Some("an empty file".to_string());
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
    let head = head.trim_start();
    let guesses: [(&str, &str); 7] = [
        ("ssh-rsa ", "an SSH public key (not a TLS certificate)"),
        ("ssh-ed25519 ", "an SSH public key (not a TLS certificate)"),
        ("ecdsa-sha2-", "an SSH public key (not a TLS certificate)"),
        ("PuTTY-User-Key-File", "a PuTTY key (not a TLS key)"),
        ("---- BEGIN SSH2", "an SSH2 public key (not a TLS certificate)"),
        ("<", "an HTML or XML document"),
        ("{", "a JSON document"),
    ];
    guesses.iter().find(|(prefix, _)| head.starts_with(prefix)).map(|(_, what)| what.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(inputs: &[Input]) -> Intake {
        read_all(inputs, &[])
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
            FindingKind::InputUnrecognised { looks_like: Some(what), .. } if what.contains("SSH")
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
    fn openssh_keys_are_explained() {
        let input = Input::new(
            "id_ed25519",
            b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n".to_vec(),
        );
        let intake = read(&[input]);
        assert!(matches!(intake.findings[0].kind, FindingKind::InputSshKey { line: Some(1), .. }));
    }
}
