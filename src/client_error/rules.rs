//! The stable tokens error texts are recognised by: reason texts, symbolic
//! codes, OpenSSL verify numbers, NET::ERR_ / SEC_ERROR_ / MOZILLA_PKIX_
//! codes, Schannel hex codes and localised phrases — never hex error packs,
//! line numbers or stack frames, which drift between versions
//! (`../shared/corpus/error-strings/README.md`, "Pitfalls").
//!
//! The table is ordered: the first family rule a line matches wins, so
//! specific complaints come before the generic "verify failed". It is
//! `setup_rules.rs`'s files, settings and protocol, `code_rules.rs`'s
//! codes by name, this file's [`FAMILY_TOKENS`], then `general_rules.rs`'s
//! dates, trust and catch-alls. The clients' table is `client_tokens.rs`.

use super::family::Family;
use super::code_rules::CODE_TOKENS;
use super::general_rules::GENERAL_TOKENS;
use super::setup_rules::SETUP_TOKENS;

/// (token, family), most specific first, after `CODE_TOKENS`. Tokens
/// match without regard to ASCII case.
pub const FAMILY_TOKENS: &[(&str, Family)] = &[
    // Erlang/OTP (and Elixir over it) names the alert it sent itself:
    // "generated CLIENT ALERT: Fatal - Unknown CA" is this client refusing
    // the server's chain, not the peer refusing ours.
    ("generated client alert: fatal - unknown ca", Family::UnknownIssuer),
    // The peer's alert about our certificate (server logs, mTLS).
    ("received server alert: fatal - unknown ca", Family::PeerRejectedOurCert),
    ("received client alert: fatal - unknown ca", Family::PeerRejectedOurCert),
    ("received server alert: fatal - bad certificate", Family::PeerRejectedOurCert),
    ("received client alert: fatal - bad certificate", Family::PeerRejectedOurCert),
    ("received server alert: fatal - certificate unknown", Family::PeerRejectedOurCert),
    ("received client alert: fatal - certificate unknown", Family::PeerRejectedOurCert),
    ("received server alert: fatal - certificate expired", Family::PeerRejectedOurCert),
    ("received client alert: fatal - certificate expired", Family::PeerRejectedOurCert),
    ("alert unknown ca", Family::PeerRejectedOurCert),
    ("alert bad certificate", Family::PeerRejectedOurCert),
    ("alert certificate unknown", Family::PeerRejectedOurCert),
    ("alert certificate expired", Family::PeerRejectedOurCert),
    ("alert certificate revoked", Family::PeerRejectedOurCert),
    ("alert unsupported certificate", Family::PeerRejectedOurCert),
    // BoringSSL's names for the same alerts (Envoy, gRPC, Chrome's logs),
    // and TLS 1.3's alert for a client certificate the peer required.
    ("alert_unknown_ca", Family::PeerRejectedOurCert),
    ("alert_bad_certificate", Family::PeerRejectedOurCert),
    ("alert_certificate_unknown", Family::PeerRejectedOurCert),
    ("alert_certificate_expired", Family::PeerRejectedOurCert),
    ("alert_certificate_revoked", Family::PeerRejectedOurCert),
    ("alert_unsupported_certificate", Family::PeerRejectedOurCert),
    ("alert certificate required", Family::PeerRejectedOurCert),
    ("alert_certificate_required", Family::PeerRejectedOurCert),
    ("alert number 48", Family::PeerRejectedOurCert),
    ("alert number 42", Family::PeerRejectedOurCert),
    ("alert number 46", Family::PeerRejectedOurCert),
    ("alert number 45", Family::PeerRejectedOurCert),
    ("fatal alert: certificate_unknown", Family::PeerRejectedOurCert),
    ("fatal alert: bad_certificate", Family::PeerRejectedOurCert),
    ("fatal alert: unknown_ca", Family::PeerRejectedOurCert),
    ("fatal alert: certificate_expired", Family::PeerRejectedOurCert),
    // A client certificate asked for and not sent, as either side says it
    // (`Details::client_certificate_missing`): nginx's page and log, OpenSSL
    // and Apache as servers, Java, Go and BoringSSL.
    ("fatal alert: certificate_required", Family::PeerRejectedOurCert),
    ("no required ssl certificate", Family::PeerRejectedOurCert),
    ("peer did not return a certificate", Family::PeerRejectedOurCert),
    ("empty client certificate chain", Family::PeerRejectedOurCert),
    ("client didn't provide a certificate", Family::PeerRejectedOurCert),
    ("tls: certificate required", Family::PeerRejectedOurCert),
    ("tlsv1_certificate_required", Family::PeerRejectedOurCert),
    // nginx's page for a client certificate it refused.
    ("400 the ssl certificate error", Family::PeerRejectedOurCert),
    // .NET's words for the alert the other side sent.
    ("sent a tls alert: 'certificateunknown'", Family::PeerRejectedOurCert),
    ("sent a tls alert: 'unknownca'", Family::PeerRejectedOurCert),
    ("sent a tls alert: 'badcertificate'", Family::PeerRejectedOurCert),
    ("sent a tls alert: 'certificateexpired'", Family::PeerRejectedOurCert),
    ("sent a tls alert: 'certificaterevoked'", Family::PeerRejectedOurCert),
    ("sent a tls alert: 'unsupportedcertificate'", Family::PeerRejectedOurCert),
    ("sent a tls alert: 'certificaterequired'", Family::PeerRejectedOurCert),
    ("bad_ssl_client_auth_cert", Family::PeerRejectedOurCert),
    // Go's names for the alert the peer sent ("remote error: tls: …").
    ("remote error: tls: bad certificate", Family::PeerRejectedOurCert),
    ("remote error: tls: unknown certificate", Family::PeerRejectedOurCert),
    ("remote error: tls: expired certificate", Family::PeerRejectedOurCert),
    ("remote error: tls: revoked certificate", Family::PeerRejectedOurCert),
    ("remote error: tls: unsupported certificate", Family::PeerRejectedOurCert),
    // Phrases that name several causes, or whose words would match a
    // narrower family below.
    ("is not sending the correct intermediate", Family::UnknownIssuer),
    ("服务器未发送正确的中间证书", Family::UnknownIssuer),
    ("安全证书已过期或不可信", Family::UnknownIssuer),
    // Elasticsearch's diagnosis describes the certificate ("subject name
    // [CN=…]", "does not have any subject alternative names") before its
    // verdict on the issuer.
    ("is not trusted in this ssl context", Family::UnknownIssuer),
    // SQL Server's "chain was issued by an authority that is not trusted"
    // is, by default, the server's own self-signed certificate; its other
    // SSL Provider errors ("The target principal name is incorrect") are
    // read by their own words.
    ("ssl provider, error: 0 - the certificate chain was issued", Family::SelfSigned),
    ("ssl provider, error: 0 - 证书链是由不受信任的颁发机构颁发的", Family::SelfSigned),
    // wpa_supplicant's EAP-TLS certificate errors by their err= text.
    ("domain suffix mismatch", Family::Hostname),
    ("err='domain mismatch", Family::Hostname),
    ("err='subject mismatch", Family::Hostname),
    ("err='altsubject mismatch", Family::Hostname),
    // OpenLDAP's host check; a server certificate said not to match.
    ("does not match common name in certificate", Family::Hostname),
    ("does not match the host name", Family::Hostname),
    // Specific verification failures.
    // Embedded TLS stacks: mbed TLS's verify-flag texts (as
    // `mbedtls_x509_crt_verify_info` prints them, one per line, "! " first)
    // and wolfSSL's error names.
    ("common name (cn) does not match", Family::Hostname),
    // Apple's trust report per certificate ("Certificate 0 “…” has
    // errors: SSL hostname does not match name(s) in certificate;").
    ("ssl hostname does not match name", Family::Hostname),
    ("domain_name_mismatch", Family::Hostname),
    ("ipaddr_mismatch", Family::Hostname),
    ("usage does not match the keyusage", Family::Eku),
    ("usage does not match the extendedkeyusage", Family::Eku),
    ("validity starts in the future", Family::NotYetValid),
    ("asn_before_date_e", Family::NotYetValid),
    ("asn_after_date_e", Family::Expired),
    ("signed with an unacceptable hash", Family::WeakSignature),
    ("signed with an unacceptable key", Family::WeakKey),
    ("asn_sig_confirm_e", Family::Signature),
    // wolfSSL's texts for the same errors (wc_GetErrorString).
    ("asn no signer error", Family::UnknownIssuer),
    ("asn date error, current date before", Family::NotYetValid),
    ("asn date error, current date after", Family::Expired),
    ("asn sig error, confirm failure", Family::Signature),
    // Subversion names each failure it found, the name first when wrong
    // ("certificate issued for a different hostname, issuer is not trusted").
    ("issued for a different hostname", Family::Hostname),
    ("not correctly signed by the trusted ca", Family::UnknownIssuer),
    ("asn_no_signer_e", Family::UnknownIssuer),
    // OpenVPN's own checks of the peer's key usages and name; Outlook's
    // words for a name; Chromium's net log; Qt's QSslError texts.
    ("verify x509name error", Family::Hostname),
    ("does not match the name of the site", Family::Hostname),
    ("verify ku error", Family::Eku),
    ("verify eku error", Family::Eku),
    ("no matching issuer found", Family::UnknownIssuer),
    ("locally looked up certificate could not be found", Family::UnknownIssuer),
    // The server's unrecognized_name alert: no certificate for the name
    // asked for (SNI).
    ("tls: unrecognized name", Family::Hostname),
    ("unrecognized_name", Family::Hostname),
    // Go: a malformed SAN; RSA keys below 1024 bits (Go ≥ 1.24).
    ("san dnsname is malformed", Family::CertInvalid),
    ("-bit keys are insecure", Family::WeakKey),
    // OpenSSL's reason texts where no verify number is given.
    ("authority and subject key identifier mismatch", Family::UnknownIssuer),
    ("unsupported or invalid name syntax", Family::NameConstraints),
    ("proxy certificates not allowed", Family::CertInvalid),
    // Chinese as apps, Windows and Firefox write it: names that do not
    // match, a chain that is incomplete, a certificate revoked by its
    // issuer; "expired or not yet valid" is the expired family, as Go's
    // words are.
    ("域名不匹配", Family::Hostname),
    ("主机名不匹配", Family::Hostname),
    ("主机名验证失败", Family::Hostname),
    ("仅对以下名称有效", Family::Hostname),
    ("与域名不符", Family::Hostname),
    ("名称不匹配", Family::Hostname),
    ("证书链不完整", Family::MissingIntermediate),
    ("缺少中间证书", Family::MissingIntermediate),
    ("颁发机构吊销", Family::Revoked),
    ("已过期或尚未生效", Family::Expired),
    ("证书已失效", Family::Expired),
    // .NET's X509ChainStatusFlags as SslStream lists them ("… errors in the
    // certificate chain: NotSignatureValid"); the others are read below.
    ("notsignaturevalid", Family::Signature),
    ("certificate chain: revoked", Family::Revoked),
    ("hasnotsupportedcriticalextension", Family::CriticalExtension),
    ("invalidbasicconstraints", Family::CaFlag),
    ("invalidnameconstraints", Family::NameConstraints),
    ("hasnotpermittednameconstraint", Family::NameConstraints),
    ("hasexcludednameconstraint", Family::NameConstraints),
    ("explicitdistrust", Family::UnknownIssuer),
    // Apple's SecTrustResultType for a chain the user could still accept.
    ("ksectrustresultrecoverabletrustfailure", Family::UnknownIssuer),
    // Schannel's event 36871: TLS versions or ciphers switched off.
    ("creating a tls client credential", Family::Protocol),
    ("internal error state is 10013", Family::Protocol),
    // Cloudflare's pages for an origin it reaches with TLS: 526, the
    // origin's certificate failed its check ("Full (strict)"); 525, no
    // handshake at all. MySQL's client for a chain it refused.
    ("526 invalid ssl certificate", Family::UnknownIssuer),
    ("525 ssl handshake failed", Family::Protocol),
    ("ssl certificate validation failure", Family::UnknownIssuer),
    // conda's own words over Python's ssl.
    ("most likely a certificate verification issue", Family::UnknownIssuer),
    // Haskell's tls and x509-validation ("certificate has unknown CA",
    // "certificate rejected: [UnknownCA]"; their Expired, SelfSigned and
    // NameMismatch read by the general words) and SwiftNIO's host check.
    ("certificate has unknown ca", Family::UnknownIssuer),
    ("certificate rejected: [unknownca", Family::UnknownIssuer),
    ("certificate rejected: [infuture", Family::NotYetValid),
    ("certificate rejected: [notanauthority", Family::CaFlag),
    ("certificate rejected: [authoritytoodeep", Family::Pathlen),
    ("certificate rejected: [invalidsignature", Family::Signature),
    ("certificate rejected: [leafkeypurposenotallowed", Family::Eku),
    ("certificate rejected: [leafkeyusagenotallowed", Family::Eku),
    ("failedtovalidatehostname", Family::Hostname),
    // Java: a protocol version refused, a key usage that forbids the
    // handshake's use, a signature that does not verify, an extension
    // that cannot be read, a PKCS#12 password outside ASCII (Java 8), and
    // a keystore or certificate file that is not what it should be (PEM
    // where DER is read: "rejects tag type 45" is the "-" of "-----").
    ("is not accepted by client preferences", Family::Protocol),
    ("keyusage does not allow", Family::Eku),
    ("signatureexception: signature does not match", Family::Signature),
    ("certificateparsingexception", Family::CertInvalid),
    ("password is not ascii", Family::Password),
    ("invalid keystore format", Family::PemSyntax),
    ("toderinputstream rejects tag type", Family::PemSyntax),
    ("derinputstream.getlength()", Family::PemSyntax),
    ("could not parse certificate: java.io", Family::PemSyntax),
    // AWS Certificate Manager refusing an import whose certificate is not
    // PEM. (Its other refusals — the chain field not the certificate's, the
    // chain put in the certificate field — have no family that would not
    // send the reader to a server; they stay unread.)
    ("the certificate body is not valid", Family::PemSyntax),
    // Windows' CryptoAPI texts (TRUST_E_CERT_SIGNATURE, CERT_E_WRONG_USAGE,
    // CRYPT_E_REVOKED, CERT_E_CN_NO_MATCH, CERT_E_CHAINING), in English and
    // Chinese, before the general words they contain ("not valid for").
    ("the signature of the certificate cannot be verified", Family::Signature),
    ("无法验证证书的签名", Family::Signature),
    ("not valid for the requested usage", Family::Eku),
    ("对于请求的用法无效", Family::Eku),
    ("the certificate is revoked", Family::Revoked),
    ("被其颁发者吊销", Family::Revoked),
    ("cn name does not match the passed value", Family::Hostname),
    ("internal certificate chaining error", Family::UnknownIssuer),
    ("到受信任的根颁发机构", Family::UnknownIssuer),
    ("到受信任的根证书颁发机构", Family::UnknownIssuer),
    // keytool importing a CA's reply: not the key's certificate, or no path
    // from it to a certificate the keystore or cacerts trusts (the
    // intermediates and root are imported first); a file that is not DER.
    ("public keys in reply and keystore don't match", Family::KeyMismatch),
    ("与密钥库不匹配", Family::KeyMismatch),
    ("reply does not contain public key for", Family::KeyMismatch),
    ("failed to establish chain from reply", Family::MissingIntermediate),
    ("无法从回复中建立链", Family::MissingIntermediate),
    ("extra data given to dervalue constructor", Family::PemSyntax),
    ("输入的不是 x.509 证书", Family::PemSyntax),
    // Cloud consoles and hosting panels refusing an upload, in Chinese: a
    // key of another certificate, a file that is not PEM, a wrong key
    // password, a missing intermediate, a signature that does not verify,
    // revocation not reached.
    ("私钥不匹配", Family::KeyMismatch),
    ("密钥不匹配", Family::KeyMismatch),
    ("私钥不对应", Family::KeyMismatch),
    ("证书格式错误", Family::PemSyntax),
    ("证书格式不正确", Family::PemSyntax),
    ("私钥格式错误", Family::PemSyntax),
    ("私钥格式不正确", Family::PemSyntax),
    ("私钥密码错误", Family::Password),
    ("私钥密码不正确", Family::Password),
    ("中间证书缺失", Family::MissingIntermediate),
    ("缺失中间证书", Family::MissingIntermediate),
    ("签名无效", Family::Signature),
    ("签名验证失败", Family::Signature),
    ("吊销状态", Family::RevocationUnavailable),
    ("密钥用法不允许", Family::Eku),
    ("私钥与证书不匹配", Family::KeyMismatch),
    ("密钥与证书不匹配", Family::KeyMismatch),
    ("证书链缺失", Family::MissingIntermediate),
    ("吊销检查失败", Family::RevocationUnavailable),
    ("签名算法不安全", Family::WeakSignature),
    ("不安全的签名算法", Family::WeakSignature),
    ("密钥长度太短", Family::WeakKey),
    ("密钥长度不足", Family::WeakKey),
    ("密钥长度过短", Family::WeakKey),
    ("密钥太弱", Family::WeakKey),
    // Internet Explorer's revocation prompt ("该站点安全证书的吊销信息不可用"),
    // a key that could not be decrypted, a file whose content is not a
    // certificate, and a host name said in full.
    ("吊销信息不可用", Family::RevocationUnavailable),
    ("私钥解密失败", Family::Password),
    ("证书内容不合法", Family::PemSyntax),
    ("私钥内容不合法", Family::PemSyntax),
    ("主机名与证书不匹配", Family::Hostname),
    ("域名与证书不匹配", Family::Hostname),
    ("不包含主题备用名称", Family::Hostname),
    ("不是 ca", Family::CaFlag),
    ("文件格式不正确", Family::PemSyntax),
    ("文件格式错误", Family::PemSyntax),
    ("密码错误", Family::Password),
    ("密码不正确", Family::Password),
    // Android's and macOS's words for a name the certificate lacks.
    ("名称不一致", Family::Hostname),
    ("对这个主机无效", Family::Hostname),
    ("对此主机无效", Family::Hostname),
    // Chrome's pages in traditional Chinese (zh-TW, zh-HK).
    ("不是私人連線", Family::UnknownIssuer),
    ("安全性憑證來自", Family::Hostname),
    ("過期", Family::Expired),
    ("主機名稱不符", Family::Hostname),
    ("不明的授權單位", Family::UnknownIssuer),
    ("無法驗證伺服器身分", Family::UnknownIssuer),
    ("憑證鏈不完整", Family::MissingIntermediate),
    ("金鑰與憑證不符", Family::KeyMismatch),
    ("自我簽署", Family::SelfSigned),
    ("已撤銷", Family::Revoked),
    ("簽章無效", Family::Signature),
    // Edge's page when TLS versions or ciphers do not meet.
    ("can't connect securely to this page", Family::Protocol),
    ("无法安全地连接到此页面", Family::Protocol),
    // Android WebView's SslError (its toString), by primary error number.
    ("primary error: 0", Family::NotYetValid),
    ("primary error: 1", Family::Expired),
    ("primary error: 2", Family::Hostname),
    ("primary error: 3", Family::UnknownIssuer),
    ("primary error: 4", Family::Expired),
    ("primary error: 5", Family::CertInvalid),
    ("not standards compliant", Family::ApplePolicy),
    ("validity_too_long", Family::ValidityTooLong),
    ("validity period is too long", Family::ValidityTooLong),
    ("net::err_cert_invalid", Family::CertInvalid),
    // NSS/Firefox: an extension or the whole certificate cannot be read.
    ("sec_error_extension_value_invalid", Family::CertInvalid),
    ("sec_error_bad_der", Family::CertInvalid),
    ("certificate_transparency_required", Family::CertInvalid),
    ("err_ssl_key_usage_incompatible", Family::CertInvalid),
    // OpenSSL 3's strict checks (X509_V_FLAG_X509_STRICT, on by default in
    // Python ≥ 3.13), by reason text and by name: RFC 5280's rules on how
    // a certificate is made, where the chain may be whole and trusted.
    ("not marked critical", Family::CertInvalid),
    ("ca_bcons_not_critical", Family::CertInvalid),
    ("missing authority key identifier", Family::CertInvalid),
    ("missing_authority_key_identifier", Family::CertInvalid),
    ("missing subject key identifier", Family::CertInvalid),
    ("missing_subject_key_identifier", Family::CertInvalid),
    ("key identifier marked critical", Family::CertInvalid),
    ("key_identifier_critical", Family::CertInvalid),
    ("does not include key usage extension", Family::CertInvalid),
    ("ca_cert_missing_key_usage", Family::CertInvalid),
    ("subject alt name extension not critical", Family::CertInvalid),
    ("empty subject alternative name extension", Family::CertInvalid),
    ("empty_subject_alt_name", Family::CertInvalid),
    ("empty_subject_san_not_critical", Family::CertInvalid),
    ("issuer name empty", Family::CertInvalid),
    ("issuer_name_empty", Family::CertInvalid),
    ("subject name empty", Family::CertInvalid),
    ("subject_name_empty", Family::CertInvalid),
    ("invalid for non-ca cert", Family::CertInvalid),
    ("invalid_for_non_ca", Family::CertInvalid),
    ("path length given without key usage", Family::CertInvalid),
    ("pathlen_without_ku_key_cert_sign", Family::CertInvalid),
    ("requires at least x509v3", Family::CertInvalid),
    ("extensions_require_version_3", Family::CertInvalid),
    ("explicit ecc parameters", Family::CertInvalid),
    ("ec_key_explicit_params", Family::CertInvalid),
    ("cert info signature and signature algorithm mismatch", Family::CertInvalid),
    ("signature_algorithm_inconsistency", Family::CertInvalid),
    // Go ≥ 1.23 refuses to parse a negative serial number; Go's parser
    // refuses other malformed certificates too.
    ("negative serial number", Family::CertInvalid),
    ("x509: malformed", Family::CertInvalid),
    // NSS: MOZILLA_PKIX_ERROR_EMPTY_ISSUER_NAME, a v1 certificate acting
    // as a CA (MOZILLA_PKIX_ERROR_V1_CERT_USED_AS_CA), and
    // SEC_ERROR_INADEQUATE_KEY_USAGE by its name.
    ("empty_issuer_name", Family::CertInvalid),
    // Firefox: an OCSP must-staple certificate the server staples nothing
    // for (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING).
    ("required_tls_feature_missing", Family::CertInvalid),
    ("v1_cert_used_as_ca", Family::CaFlag),
    // Apache's AH01906: the server's own certificate has CA:TRUE.
    ("ah01906", Family::CaFlag),
    ("server certificate is a ca certificate", Family::CaFlag),
    ("inadequate_key_usage", Family::Eku),
    ("certificate revoked", Family::Revoked),
    ("cert_revoked", Family::Revoked),
    ("revoked_certificate", Family::Revoked),
    ("err_cert_revoked", Family::Revoked),
    ("has been revoked", Family::Revoked),
    ("was revoked", Family::Revoked),
    ("crypt_e_revoked", Family::Revoked),
    ("0x80092010", Family::Revoked),
    ("cert_e_revoked", Family::Revoked),
    ("0x800b010c", Family::Revoked),
    ("revokedcertificate", Family::Revoked),
    ("已吊销", Family::Revoked),
    ("已被吊销", Family::Revoked),
    ("chain too long", Family::ChainTooLong),
    ("ah02040", Family::ChainTooLong),
    ("maximum depth", Family::ChainTooLong),
    ("path length constraint", Family::Pathlen),
    ("path_length_exceeded", Family::Pathlen),
    ("path_len_constraint", Family::Pathlen),
    // CryptoAPI's CERT_E_PATHLENCONST.
    ("cert_e_pathlenconst", Family::Pathlen),
    ("0x800b0104", Family::Pathlen),
    ("pathlen", Family::Pathlen),
    ("too many intermediates", Family::Pathlen),
    ("subtree violation", Family::NameConstraints),
    ("not authorized to sign for this name", Family::NameConstraints),
    ("not permitted by any constraint", Family::NameConstraints),
    ("excluded by constraint", Family::NameConstraints),
    ("name_constraint", Family::NameConstraints),
    // CryptoAPI's CERT_E_INVALID_NAME (outside the permitted names).
    ("cert_e_invalid_name", Family::NameConstraints),
    ("0x800b0114", Family::NameConstraints),
    ("not_in_name_space", Family::NameConstraints),
    ("name constraint", Family::NameConstraints),
    ("nameconstraintviolation", Family::NameConstraints),
    ("critical extension", Family::CriticalExtension),
    ("critical_extension", Family::CriticalExtension),
    // CryptoAPI's CERT_E_CRITICAL.
    ("cert_e_critical", Family::CriticalExtension),
    ("0x800b0105", Family::CriticalExtension),
    ("unsupportedcriticalextension", Family::CriticalExtension),
    // rustls's CertificateError names as it prints them ("invalid peer
    // certificate: InvalidPurpose").
    ("unhandledcriticalextension", Family::CriticalExtension),
    ("invalidpurpose", Family::Eku),
    ("peer certificate: revoked", Family::Revoked),
    ("unknownrevocationstatus", Family::RevocationUnavailable),
    ("peer certificate: badencoding", Family::CertInvalid),
    ("unsuitable certificate purpose", Family::Eku),
    // OpenSSL 1.1's words for the same X509_V_ERR_INVALID_PURPOSE.
    ("unsupported certificate purpose", Family::Eku),
    ("invalid_purpose", Family::Eku),
    ("inadequate_cert_type", Family::Eku),
    ("incompatible key usage", Family::Eku),
    ("requiredekunotfound", Family::Eku),
    ("notvalidforusage", Family::Eku),
    ("extended key usage", Family::Eku),
    ("enhanced key usage", Family::Eku),
    // Windows: CryptoAPI's CERT_E_WRONG_USAGE, Schannel's SEC_E_CERT_WRONG_USAGE.
    ("cert_e_wrong_usage", Family::Eku),
    ("0x800b0110", Family::Eku),
    // CryptoAPI's CERT_E_PURPOSE.
    ("cert_e_purpose", Family::Eku),
    ("0x800b0106", Family::Eku),
    ("sec_e_cert_wrong_usage", Family::Eku),
    ("0x80090349", Family::Eku),
    // NSS's SEC_ERROR_INADEQUATE_KEY_USAGE.
    ("key usage inadequate", Family::Eku),
    ("invalid ca certificate", Family::CaFlag),
    ("invalid_ca", Family::CaFlag),
    // CryptoAPI's CERT_E_ROLE: a leaf used as a CA.
    ("cert_e_role", Family::CaFlag),
    ("0x800b0103", Family::CaFlag),
    ("ca_cert_invalid", Family::CaFlag),
    ("ca_cert_used_as_end_entity", Family::CaFlag),
    ("caused_as_end_entity", Family::CaFlag),
    ("causedasendentity", Family::CaFlag),
    ("not authorized to sign other certificates", Family::CaFlag),
    // Go: the issuer found lacks the CA flag or keyCertSign.
    ("parent certificate cannot sign", Family::CaFlag),
    ("invalid ca", Family::CaFlag),
    // Java's validator, for an anchor or intermediate without CA rights.
    ("is not a ca certificate", Family::CaFlag),
    // NSS's SEC_ERROR_CA_CERT_INVALID.
    ("issuer certificate is invalid", Family::CaFlag),
    ("无效的 ca 证书", Family::CaFlag),
    ("weak_key", Family::WeakKey),
    ("inadequate_key_size", Family::WeakKey),
    ("key too weak", Family::WeakKey),
    ("key too small", Family::WeakKey),
    ("keysize limits", Family::WeakKey),
    ("key size", Family::WeakKey),
    ("weak_signature_algorithm", Family::WeakSignature),
    // Chrome's page: "signed using a weak signature algorithm".
    ("weak signature algorithm", Family::WeakSignature),
    ("弱签名算法", Family::WeakSignature),
    ("signature_algorithm_disabled", Family::WeakSignature),
    ("digest algorithm too weak", Family::WeakSignature),
    ("md too weak", Family::WeakSignature),
    ("insecure algorithm", Family::WeakSignature),
    ("algorithm constraints check failed", Family::WeakSignature),
    ("do not conform to algorithm constraints", Family::WeakSignature),
    ("signature algorithm is disabled", Family::WeakSignature),
    // rustls (and its …Context form since 0.23).
    ("unsupportedsignaturealgorithm", Family::WeakSignature),
    ("err_cert_sha1", Family::WeakSignature),
    ("签名算法因不安全已被禁用", Family::WeakSignature),
    // NSS for a key algorithm it does not implement (an Ed25519 or Ed448
    // certificate in Firefox).
    ("sec_error_unsupported_keyalg", Family::WeakSignature),
    ("unsupported or unknown key algorithm", Family::WeakSignature),
    // Go, when the issuer was found but its signature algorithm is one Go
    // does not implement ("possibly because of \"x509: cannot verify
    // signature: algorithm unimplemented\" while trying to verify candidate
    // authority certificate"): Ed448, RSASSA-PSS with other salts.
    ("algorithm unimplemented", Family::WeakSignature),
    ("x509: unsupported elliptic curve", Family::WeakSignature),
    ("x509: unsupported signature algorithm", Family::WeakSignature),
    // Go: a same-named CA whose key does not verify the signature is
    // still "signed by unknown authority" (the family of the line).
    ("signed by unknown authority", Family::UnknownIssuer),
    ("certificate signature failure", Family::Signature),
    // Java's PKIX validator when a signature on the path does not verify.
    ("signature check failed", Family::Signature),
    ("signature verification failed", Family::Signature),
    ("bad_signature", Family::Signature),
    ("badsignature", Family::Signature),
    ("invalidsignatureforpublickey", Family::Signature),
    ("signature is invalid", Family::Signature),
    // Unity's TLS layer (UnityWebRequest), by its verify flags.
    ("unitytls_x509verify_flag_revoked", Family::Revoked),
    ("unitytls_x509verify_flag_cn_mismatch", Family::Hostname),
    ("unitytls_x509verify_flag_expired", Family::Expired),
    ("unitytls_x509verify_flag_not_trusted", Family::UnknownIssuer),
    // Windows' TRUST_E_CERT_SIGNATURE.
    ("trust_e_cert_signature", Family::Signature),
    ("0x80096004", Family::Signature),
    // NSS's SEC_ERROR_BAD_SIGNATURE.
    ("has an invalid signature", Family::Signature),
    // Chrome's clock pages (a variant of ERR_CERT_DATE_INVALID): a client
    // clock behind makes certificates start in the future, one ahead ends
    // them; in English and Chinese. Chrome's "not yet valid" in Chinese.
    ("your clock is behind", Family::NotYetValid),
    ("您的时钟慢了", Family::NotYetValid),
    ("your clock is ahead", Family::Expired),
    ("您的时钟快了", Family::Expired),
    ("你的时钟快了", Family::Expired),
    ("你的时钟慢了", Family::NotYetValid),
    ("生效日期在未来", Family::NotYetValid),
    // Chrome's and Edge's Chinese pages by cause, and consoles' and panels'
    // words: a date (到期, 未生效), revocation (撤销), a weak signature
    // algorithm, a lifetime too long, an issuer not trusted, a chain
    // that does not verify, a key that does not match, an encrypted or
    // unsupported key.
    ("过期或还未生效", Family::Expired),
    ("过期或尚未生效", Family::Expired),
    ("前到期", Family::Expired),
    ("已到期", Family::Expired),
    ("明天生效", Family::NotYetValid),
    ("天后生效", Family::NotYetValid),
    ("未生效", Family::NotYetValid),
    ("已被撤销", Family::Revoked),
    ("已撤销", Family::Revoked),
    ("不可靠的签名算法", Family::WeakSignature),
    ("签名算法已被禁用", Family::WeakSignature),
    ("有效期过长", Family::ValidityTooLong),
    ("不是由受信任的", Family::UnknownIssuer),
    ("链验证失败", Family::UnknownIssuer),
    ("颁发者无效", Family::UnknownIssuer),
    ("找不到颁发者证书", Family::UnknownIssuer),
    ("证书链不正确", Family::MissingIntermediate),
    ("公钥不匹配", Family::KeyMismatch),
    ("私钥已加密", Family::Password),
    ("不支持的私钥格式", Family::PemSyntax),
    ("不支持的证书格式", Family::PemSyntax),
    ("对此站点无效", Family::Hostname),
];

/// The family of the family table's token `index`: `SETUP_TOKENS`,
/// `CODE_TOKENS`, [`FAMILY_TOKENS`], then the general complaints of
/// `general_rules.rs`, in that order.
pub fn family_of_token(index: usize) -> Option<Family> {
    let mut index = index;
    for table in [SETUP_TOKENS, CODE_TOKENS, FAMILY_TOKENS, GENERAL_TOKENS] {
        match table.get(index) {
            Some((_, family)) => return Some(*family),
            None => index -= table.len(),
        }
    }
    None
}

/// Every token of the family table, in order.
pub fn family_tokens() -> impl Iterator<Item = &'static str> {
    SETUP_TOKENS.iter().chain(CODE_TOKENS).chain(FAMILY_TOKENS).chain(GENERAL_TOKENS).map(|(token, _)| *token)
}
