//! The stable tokens error texts are recognised by: reason texts, symbolic
//! codes, OpenSSL verify numbers, NET::ERR_ / SEC_ERROR_ / MOZILLA_PKIX_
//! codes, Schannel hex codes and localised phrases — never hex error packs,
//! line numbers or stack frames, which drift between versions
//! (`../shared/corpus/error-strings/README.md`, "Pitfalls").
//!
//! The table is ordered: the first family rule a line matches wins, so
//! specific complaints come before the generic "verify failed". It is
//! this file's [`FAMILY_TOKENS`] followed by `general_rules.rs`'s dates,
//! trust and catch-alls. The clients' table is `client_tokens.rs`.

use super::family::Family;
use super::general_rules::GENERAL_TOKENS;

/// (token, family), most specific first. Tokens match without regard to
/// ASCII case.
pub const FAMILY_TOKENS: &[(&str, Family)] = &[
    // Not a certificate at all: versions, ciphers, plaintext.
    ("wrong version number", Family::Protocol),
    ("version_or_cipher_mismatch", Family::Protocol),
    ("version or cipher mismatch", Family::Protocol),
    ("tls version is invalid", Family::Protocol),
    ("unsupported protocol", Family::Protocol),
    ("no shared cipher", Family::Protocol),
    ("no_cypher_overlap", Family::Protocol),
    // Firefox when the port answers in plain HTTP.
    ("ssl_error_rx_record_too_long", Family::Protocol),
    ("record that exceeded the maximum permissible length", Family::Protocol),
    ("no cipher suites in common", Family::Protocol),
    ("alert protocol version", Family::Protocol),
    ("alert handshake failure", Family::Protocol),
    ("http request", Family::Protocol),
    ("plain http request", Family::Protocol),
    ("packet length too long", Family::Protocol),
    ("record layer failure", Family::Protocol),
    ("unknown protocol", Family::Protocol),
    ("err_ssl_protocol_error", Family::Protocol),
    ("sec_e_algorithm_mismatch", Family::Protocol),
    // Schannel (curl on Windows) when the peer sends a fatal alert.
    ("sec_e_illegal_message", Family::Protocol),
    // Chrome's newer name for a TLS version or cipher it dropped; OpenSSL 3
    // refusing a server without RFC 5746 renegotiation.
    ("obsolete_version_or_cipher", Family::Protocol),
    // Go's words for a handshake_failure alert from the server.
    ("tls: handshake failure", Family::Protocol),
    ("unsafe legacy renegotiation", Family::Protocol),
    ("0x80090326", Family::Protocol),
    ("0x80090331", Family::Protocol),
    ("inappropriate fallback", Family::Protocol),
    ("first record does not look like a tls handshake", Family::Protocol),
    ("no appropriate protocol", Family::Protocol),
    ("fatal alert: handshake_failure", Family::Protocol),
    ("fatal alert: protocol_version", Family::Protocol),
    // The key exchange's Diffie-Hellman group, not the certificate's key
    // (OpenSSL, Java's ServerKeyExchange check, NSS, Chrome).
    ("dh key too small", Family::Protocol),
    ("dh_key_too_small", Family::Protocol),
    ("serverkeyexchange", Family::Protocol),
    ("weak_server_ephemeral_dh_key", Family::Protocol),
    // Java and Go for a peer that does not speak TLS or our versions;
    // Schannel's SEC_E_ALGORITHM_MISMATCH in words.
    ("unsupported or unrecognized ssl message", Family::Protocol),
    ("protocol version not supported", Family::Protocol),
    ("do not possess a common algorithm", Family::Protocol),
    ("handshakefailure", Family::Protocol),
    ("unsupported_version", Family::Protocol),
    ("code=-1200", Family::Protocol),
    // Apple's NSURLErrorSecureConnectionFailed (-1200) in words.
    ("an ssl error has occurred and a secure connection", Family::Protocol),
    // The connection closed or reset during the handshake: a firewall,
    // proxy or load balancer, a server that wants SNI or a client
    // certificate, or one that takes none of the client's versions (curl
    // 35, OpenSSL 3, Python, Java, Node).
    ("ssl_error_syscall", Family::Protocol),
    ("unexpected eof while reading", Family::Protocol),
    ("eof occurred in violation of protocol", Family::Protocol),
    ("remote host terminated the handshake", Family::Protocol),
    ("remote host closed connection during handshake", Family::Protocol),
    ("disconnected before secure tls connection was established", Family::Protocol),
    ("recv failure: connection reset by peer", Family::Protocol),
    // Schannel's event log of a TLS alert (36887 received, 36888
    // generated); its number says more (`Family::of_schannel_alert`).
    ("fatal alert was received", Family::PeerRejectedOurCert),
    ("fatal alert was generated", Family::UnknownIssuer),
    // The revocation server could not be reached: not "revoked".
    ("no_revocation_check", Family::RevocationUnavailable),
    ("0x80092012", Family::RevocationUnavailable),
    ("revocation_offline", Family::RevocationUnavailable),
    ("0x80092013", Family::RevocationUnavailable),
    // CryptoAPI's CERT_E_REVOCATION_FAILURE.
    ("cert_e_revocation_failure", Family::RevocationUnavailable),
    ("0x800b010e", Family::RevocationUnavailable),
    ("unable to check revocation", Family::RevocationUnavailable),
    ("revocation function was unable", Family::RevocationUnavailable),
    ("revocation server was offline", Family::RevocationUnavailable),
    ("revocation_status_unknown", Family::RevocationUnavailable),
    // NSS when the OCSP responder fails; Java's revocation checker.
    ("ocsp_server_error", Family::RevocationUnavailable),
    ("ocsp_try_server_later", Family::RevocationUnavailable),
    // NSS's other OCSP failures (SEC_ERROR_OCSP_UNAUTHORIZED_RESPONSE,
    // _MALFORMED_RESPONSE, _INVALID_SIGNING_CERT, _OLD_RESPONSE, …) and
    // mozilla::pkix's answer without the certificate asked about: the
    // answer could not be used, which says nothing of the certificate.
    ("sec_error_ocsp_", Family::RevocationUnavailable),
    ("ocsp_response_for_cert_missing", Family::RevocationUnavailable),
    ("could not determine revocation status", Family::RevocationUnavailable),
    ("revocationstatusunknown", Family::RevocationUnavailable),
    ("offlinerevocation", Family::RevocationUnavailable),
    ("unable to get certificate crl", Family::RevocationUnavailable),
    ("吊销功能无法检查", Family::RevocationUnavailable),
    ("无法检查证书是否吊销", Family::RevocationUnavailable),
    // The client's own CA file.
    ("error setting certificate verify locations", Family::CaBundleConfig),
    ("error setting certificate file", Family::CaBundleConfig),
    ("could not find a suitable tls ca certificate bundle", Family::CaBundleConfig),
    ("unable to load verify locations", Family::CaBundleConfig),
    ("ca certificate set failed", Family::CaBundleConfig),
    ("invalid path to ca", Family::CaBundleConfig),
    ("cafile: not found", Family::CaBundleConfig),
    // libpq with sslmode=verify-ca/verify-full and no root file.
    ("root certificate file", Family::CaBundleConfig),
    // redis-cli and hiredis: the CA file or folder given could not be read
    // (before OpenSSL's "invalid CA certificate", a CA's flag).
    ("invalid ca certificate file", Family::CaBundleConfig),
    // Python's load_verify_locations given a file without a certificate.
    ("no certificate or crl found", Family::CaBundleConfig),
    ("no_certificate_or_crl_found", Family::CaBundleConfig),
    // Passwords.
    ("mac verify error", Family::Password),
    // OpenSSL 3 without its legacy provider, given an older PKCS#12 export
    // (`Details::legacy_pkcs12`): the CLI, Node, curl with a client
    // certificate.
    ("algorithm (rc2", Family::Password),
    ("algorithm (rc4", Family::Password),
    ("unsupported pkcs12 pfx data", Family::Password),
    ("error outputting keys and certificates", Family::Password),
    ("could not parse pkcs12", Family::Password),
    // .NET on Linux opening a PKCS#12 (OpenSSL's PKCS12_parse).
    ("mac verify failure", Family::Password),
    ("invalid password", Family::Password),
    ("bad password read", Family::Password),
    ("bad decrypt", Family::Password),
    ("password was incorrect", Family::Password),
    ("password is not correct", Family::Password),
    ("network password is not correct", Family::Password),
    ("incorrect password", Family::Password),
    ("wrong password", Family::Password),
    ("password is incorrect", Family::Password),
    ("unable to decrypt", Family::Password),
    ("网络密码不正确", Family::Password),
    ("cannot recover key", Family::Password),
    // Java: a key entry's password is wrong (a keystore's right).
    ("given final block not properly padded", Family::Password),
    // Key and certificate do not pair (at server start-up).
    ("key values mismatch", Family::KeyMismatch),
    ("key_values_mismatch", Family::KeyMismatch),
    ("inconsistencies between private key and certificate", Family::KeyMismatch),
    ("private key does not match", Family::KeyMismatch),
    ("does not match the certificate", Family::KeyMismatch),
    ("check of private key failed", Family::KeyMismatch),
    ("unable to set private key file", Family::KeyMismatch),
    ("x509_check_private_key", Family::KeyMismatch),
    ("ah02565", Family::KeyMismatch),
    ("private key does not match public key", Family::KeyMismatch),
    // Files that are not the PEM expected.
    ("no start line", Family::PemSyntax),
    ("expecting: trusted certificate", Family::PemSyntax),
    ("expecting: any private key", Family::PemSyntax),
    ("bad end line", Family::PemSyntax),
    ("bad base64 decode", Family::PemSyntax),
    ("pem_read_bio", Family::PemSyntax),
    ("pem lib", Family::PemSyntax),
    ("unable to load certificate", Family::PemSyntax),
    ("unable to load ssl private key", Family::PemSyntax),
    ("unable to load private key", Family::PemSyntax),
    ("cannot load certificate", Family::PemSyntax),
    ("cannot load certificate key", Family::PemSyntax),
    ("does not exist or is empty", Family::PemSyntax),
    ("failed to configure at least one certificate and key", Family::PemSyntax),
    ("ah02572", Family::PemSyntax),
    ("could not load pem", Family::PemSyntax),
    ("asn1 encoding routines", Family::PemSyntax),
    ("failed to configure ca certificate chain", Family::PemSyntax),
    // Apache's AH02562 ("Failed to configure certificate …, check FILE")
    // and AH02579 (no private key for a certificate); HAProxy's certificate
    // twin of its key message.
    ("ah02562", Family::PemSyntax),
    ("ah02579", Family::PemSyntax),
    ("private key not found", Family::PemSyntax),
    ("unable to load ssl certificate", Family::PemSyntax),
    // Dovecot ("Can't load SSL certificate (ssl_cert setting): …", "Can't
    // load private key"); a wrong password says "bad decrypt" above.
    ("can't load ssl certificate", Family::PemSyntax),
    ("can't load ssl private key", Family::PemSyntax),
    ("can't load private key", Family::PemSyntax),
    // OpenSSL 3's CLI ("Could not read private key from key.pem"), its
    // decoders, keytool, Go's tls.LoadX509KeyPair (no PEM at all, or a
    // certificate where the key belongs) and node-forge.
    ("could not read private key", Family::PemSyntax),
    ("could not read certificate", Family::PemSyntax),
    ("decoder routines::unsupported", Family::PemSyntax),
    ("input not an x.509 certificate", Family::PemSyntax),
    ("failed to find any pem data", Family::PemSyntax),
    ("pem block in key input", Family::PemSyntax),
    ("pem block in certificate input", Family::PemSyntax),
    // Go: the key where the certificate belongs ("… but did find a private
    // key; PEM inputs may have been switched").
    ("pem data in certificate input", Family::PemSyntax),
    ("pem inputs may have been switched", Family::PemSyntax),
    ("invalid pem formatted message", Family::PemSyntax),
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
    ("alert number 48", Family::PeerRejectedOurCert),
    ("alert number 42", Family::PeerRejectedOurCert),
    ("alert number 46", Family::PeerRejectedOurCert),
    ("alert number 45", Family::PeerRejectedOurCert),
    ("fatal alert: certificate_unknown", Family::PeerRejectedOurCert),
    ("fatal alert: bad_certificate", Family::PeerRejectedOurCert),
    ("fatal alert: unknown_ca", Family::PeerRejectedOurCert),
    ("fatal alert: certificate_expired", Family::PeerRejectedOurCert),
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
    // is, by default, the server's own self-signed certificate.
    ("provider: ssl provider", Family::SelfSigned),
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
    ("弱签名算法", Family::WeakSignature),
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
    ("生效日期在未来", Family::NotYetValid),
];

/// The family of the family table's token `index`: [`FAMILY_TOKENS`], then
/// the general complaints of `general_rules.rs`, in that order.
pub fn family_of_token(index: usize) -> Option<Family> {
    FAMILY_TOKENS
        .get(index)
        .or_else(|| GENERAL_TOKENS.get(index.checked_sub(FAMILY_TOKENS.len())?))
        .map(|(_, family)| *family)
}

/// Every token of the family table, in order.
pub fn family_tokens() -> impl Iterator<Item = &'static str> {
    FAMILY_TOKENS.iter().chain(GENERAL_TOKENS).map(|(token, _)| *token)
}
