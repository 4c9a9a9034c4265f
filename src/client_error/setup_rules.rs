//! The first part of the family table (`rules.rs` says how it is read):
//! what is not a certificate's verification at all — the protocol, the
//! revocation server, the client's own CA file, passwords, a key and
//! certificate that do not pair, files that are not the PEM expected.
//! Servers' start-up and upload refusals mostly land here.

use super::family::Family;

/// (token, family), most specific first; before `rules::FAMILY_TOKENS`.
pub const SETUP_TOKENS: &[(&str, Family)] = &[
    // Not a certificate at all: versions, ciphers, plaintext.
    ("wrong version number", Family::Protocol),
    ("version_or_cipher_mismatch", Family::Protocol),
    ("version or cipher mismatch", Family::Protocol),
    ("wrong_version_number", Family::Protocol),
    // Apache: HTTP configured on port 443 (AH01916), a renegotiation for a
    // client certificate that failed (AH02261).
    ("ah01916", Family::Protocol),
    ("ah02261", Family::Protocol),
    ("re-negotiation handshake failed", Family::Protocol),
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
    // Chrome's and Firefox's other handshake codes: no shared version or
    // cipher, a middlebox in the way, a malformed or cut handshake, the
    // peer's handshake, version, parameter and internal-error alerts.
    ("err_ssl_obsolete_cipher", Family::Protocol),
    ("err_ssl_version_interference", Family::Protocol),
    ("ssl_error_handshake_failure_alert", Family::Protocol),
    ("ssl_error_protocol_version_alert", Family::Protocol),
    ("ssl_error_illegal_parameter_alert", Family::Protocol),
    ("ssl_error_internal_error_alert", Family::Protocol),
    ("ssl_error_rx_malformed_", Family::Protocol),
    ("pr_end_of_file_error", Family::Protocol),
    ("pr_connect_reset_error", Family::Protocol),
    // Go's and rustls's words for versions, protocols (ALPN) and the
    // peer's internal-error alert.
    ("no supported versions satisfy minversion", Family::Protocol),
    ("unsupported application protocols", Family::Protocol),
    ("remote error: tls: internal error", Family::Protocol),
    ("peer is incompatible", Family::Protocol),
    // GnuTLS's cut connection; NSS's internal-error alert and no shared
    // cipher, as curl built with NSS words them.
    ("non-properly terminated", Family::Protocol),
    ("peer reports it experienced an internal error", Family::Protocol),
    ("no common encryption algorithm", Family::Protocol),
    // Java's and .NET's words for a handshake that failed before any
    // certificate: a key exchange, no server certificate at all, .NET
    // Framework's classic "unexpected error on a send" (no TLS 1.2).
    ("rsa premaster secret error", Family::Protocol),
    ("sslpeerunverifiedexception: no peer certificate", Family::Protocol),
    ("an unexpected error occurred on a send", Family::Protocol),
    ("remotecertificatenotavailable", Family::Protocol),
    ("sec_e_algorithm_mismatch", Family::Protocol),
    // Schannel (curl on Windows) when the peer sends a fatal alert.
    ("sec_e_illegal_message", Family::Protocol),
    // curl over Schannel when the server closes the handshake; a server's
    // internal-error alert (often no certificate for the name asked).
    ("failed to receive handshake", Family::Protocol),
    ("connection was reset", Family::Protocol),
    // Gradle's and Java's hint when no TLS version is shared.
    ("requested tls protocol versions", Family::Protocol),
    // .NET's other alerts and a closed stream; Java given no server
    // certificate; Python with no TLS version left or a closed connection.
    ("sent a tls alert: 'handshakefailure'", Family::Protocol),
    ("sent a tls alert: 'protocolversion'", Family::Protocol),
    ("sent a tls alert: 'internalerror'", Family::Protocol),
    ("sent a tls alert: 'illegalparameter'", Family::Protocol),
    ("sent a tls alert: 'decodeerror'", Family::Protocol),
    ("remote party has closed the transport stream", Family::Protocol),
    ("empty server certificate chain", Family::Protocol),
    ("no protocols available", Family::Protocol),
    ("connection has been closed (eof)", Family::Protocol),
    // MySQL's client with a cipher list nothing matches.
    ("failed to set ciphers", Family::Protocol),
    // .NET when the peer closes the connection during the handshake.
    ("unexpected eof or 0 bytes from the transport stream", Family::Protocol),
    ("alert internal error", Family::Protocol),
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
    // Chrome's revocation codes (an EV or enterprise policy that asks for
    // it), NSS's CRL errors (SEC_ERROR_CRL_EXPIRED is the list's date).
    ("err_cert_no_revocation_mechanism", Family::RevocationUnavailable),
    ("err_cert_unable_to_check_revocation", Family::RevocationUnavailable),
    ("sec_error_crl_", Family::RevocationUnavailable),
    // curl --cert-status: no stapled answer, or one it could not use.
    ("no ocsp response received", Family::RevocationUnavailable),
    ("invalid ocsp response", Family::RevocationUnavailable),
    // OpenSSL's CRL errors by text and name: the list, not the
    // certificate ("CRL has expired" is not "certificate has expired").
    ("unable_to_get_crl", Family::RevocationUnavailable),
    ("crl has expired", Family::RevocationUnavailable),
    ("crl_has_expired", Family::RevocationUnavailable),
    ("crl is not yet valid", Family::RevocationUnavailable),
    ("crl_not_yet_valid", Family::RevocationUnavailable),
    ("crl signature failure", Family::RevocationUnavailable),
    ("crl_signature_failure", Family::RevocationUnavailable),
    ("unable to decrypt crl", Family::RevocationUnavailable),
    ("unable_to_decrypt_crl", Family::RevocationUnavailable),
    ("format error in crl", Family::RevocationUnavailable),
    ("error_in_crl_", Family::RevocationUnavailable),
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
    // HAProxy's server line that verifies without a CA file, Envoy's
    // trusted CA file that could not be loaded.
    ("no ca file specified", Family::CaBundleConfig),
    ("failed to load trusted ca certificates", Family::CaBundleConfig),
    // Go with no system roots and none configured.
    ("failed to load system roots", Family::CaBundleConfig),
    // Java given a trust store with no certificate in it.
    ("trustanchors parameter must be non-empty", Family::CaBundleConfig),
    // curl's CA file it could not read (its error 77 in words).
    ("problem with the ssl ca cert", Family::CaBundleConfig),
    ("error adding trust anchors from file", Family::CaBundleConfig),
    // Mosquitto's start-up: its cafile (then its certfile and keyfile,
    // with the PEM words below).
    ("unable to load ca certificates", Family::CaBundleConfig),
    ("no_certificate_or_crl_found", Family::CaBundleConfig),
    // Passwords.
    ("mac verify error", Family::Password),
    // curl's client certificate whose key it could not use (its longer
    // "wrong pass phrase, or wrong file format?" follows a PEM error).
    ("or wrong pass phrase?)", Family::Password),
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
    // .NET opening a PKCS#12 with another password; its words for a file
    // that holds no certificate it can read (below, with the PEM words).
    ("cannot be read with the provided password", Family::Password),
    // Windows importing a PFX (CertUtil's ERROR_INVALID_PASSWORD,
    // PowerShell's Import-PfxCertificate); OpenSSL 3 decrypting a key.
    ("error_invalid_password", Family::Password),
    ("0x80070056", Family::Password),
    ("requires either a different password", Family::Password),
    ("error decrypting key", Family::Password),
    // Go's x509 and pkcs12 packages.
    ("decryption password incorrect", Family::Password),
    ("failed pkcs12 integrity checking", Family::Password),
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
    ("does not match the private key", Family::KeyMismatch),
    ("and the private key do not match", Family::KeyMismatch),
    ("keypairmismatch", Family::KeyMismatch),
    // Schannel: the certificate bound to the service has no private key
    // with it (imported without it, or the key cannot be reached).
    ("does not have a private key information property", Family::KeyMismatch),
    ("server credential private key", Family::KeyMismatch),
    // Its other words for a certificate whose key it cannot use (no key
    // imported, another store, no access): `Details::key_unreachable`.
    ("keyset does not exist", Family::KeyMismatch),
    ("密钥集不存在", Family::KeyMismatch),
    ("private key could not be accessed", Family::KeyMismatch),
    ("cryptacquirecertificateprivatekey", Family::KeyMismatch),
    ("credentials supplied to the package were not recognized", Family::KeyMismatch),
    ("sec_e_unknown_credentials", Family::KeyMismatch),
    ("0x8009030d", Family::KeyMismatch),
    ("sec_e_no_credentials", Family::KeyMismatch),
    ("0x8009030e", Family::KeyMismatch),
    ("a specified logon session does not exist", Family::KeyMismatch),
    ("cryptographicexception: access is denied", Family::KeyMismatch),
    // Mosquitto's start-up; OpenSSL's pkcs12 -export given a key of
    // another certificate.
    ("certificate/key are inconsistent", Family::KeyMismatch),
    // Go's tls.X509KeyPair: an EC key beside an RSA certificate.
    ("private key type does not match public key type", Family::KeyMismatch),
    ("no certificate matches private key", Family::KeyMismatch),
    ("certificate and private key do not match", Family::KeyMismatch),
    // OpenSSL refusing a file's key or signature as too weak, before the
    // loading words around it ("could not load PEM client certificate").
    ("ee key too small", Family::WeakKey),
    ("ca md too weak", Family::WeakSignature),
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
    // Envoy's start-up ("Failed to load certificate chain from …"), AWS
    // IAM's and others' upload refusals.
    ("failed to load certificate chain from", Family::PemSyntax),
    ("failed to load private key from", Family::PemSyntax),
    ("malformedcertificate", Family::PemSyntax),
    ("unable to parse certificate", Family::PemSyntax),
    ("the specified private key is not valid", Family::PemSyntax),
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
    ("cannot find the requested object", Family::PemSyntax),
    // OpenSSL 3's CLI given a file without the object it asked for.
    ("could not find certificate from", Family::PemSyntax),
    ("could not find private key from", Family::PemSyntax),
    // Go's tls.X509KeyPair and x509's legacy PEM decryption.
    ("failed to parse private key", Family::PemSyntax),
    ("found a certificate rather than a key", Family::PemSyntax),
    ("no dek-info header", Family::PemSyntax),
    // Java given a PKCS#1 key where it reads PKCS#8 ("algid parse error"),
    // PEM armour where it decodes base64 ("Illegal base64 character 2d" is
    // the "-"); .NET's unreadable file.
    ("algid parse error", Family::PemSyntax),
    ("illegal base64 character", Family::PemSyntax),
    ("asn1 corrupted data", Family::PemSyntax),
    ("cryptographicexception: bad data", Family::PemSyntax),
    // curl's client certificate or key that could not be loaded (NSS,
    // Schannel).
    ("unable to load client key", Family::PemSyntax),
    ("unable to load client cert", Family::PemSyntax),
    ("failed to import client certificate", Family::PemSyntax),
    // Mosquitto's, PostgreSQL's and MySQL's servers at start-up.
    ("unable to load server certificate", Family::PemSyntax),
    ("unable to load server key file", Family::PemSyntax),
    ("could not load server certificate file", Family::PemSyntax),
    ("could not load private key file", Family::PemSyntax),
    ("unable to get private key", Family::PemSyntax),
];
