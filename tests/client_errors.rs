//! The error people paste (issue: "Read the error people paste"): every
//! real line of `../shared/corpus/error-strings/error-strings.tsv` is
//! recognised with its family, and the codes that would explain it include
//! the ones the corpus expects.

mod common;

use std::collections::BTreeMap;

use certdoctor::client_error::{recognise, Details, ErrorClient, Family};
use certdoctor::Code;
use common::pki::client_error;

fn family_of(id: &str) -> Family {
    let id = if id == "protocol/handshake-not-cert" { "protocol" } else { id };
    *Family::ALL.iter().find(|family| family.as_str() == id).unwrap_or_else(|| panic!("unknown family {id}"))
}

/// The client a corpus row's client column stands for: the program itself
/// where certdoctor knows it, else the library whose words it prints.
fn client_of(corpus: &str) -> Vec<ErrorClient> {
    use ErrorClient as C;
    match corpus {
        ".NET" | ".NET (zh-CN)" | "SQL Server client (.NET/ODBC)" => vec![C::Dotnet],
        "Apache httpd" => vec![C::Apache],
        "Chrome" | "Chrome (zh-CN)" => vec![C::Chrome],
        "Edge" => vec![C::Edge],
        "Firefox" | "Firefox (zh-CN)" => vec![C::Firefox],
        "Dart/Flutter" => vec![C::Dart],
        "Go crypto/x509" | "Kitematic (docker)" => vec![C::Go],
        "docker" => vec![C::Docker],
        "kubectl (Go)" => vec![C::Kubectl],
        "HAProxy" => vec![C::Haproxy],
        "Java (JSSE)" | "Java keytool / KeyStore" => vec![C::Java],
        "OkHttp (Android/JVM)" => vec![C::OkHttp],
        "Node.js" | "Kibana (Node.js)" | "axios (Node.js)" => vec![C::Node],
        "npm" => vec![C::Npm],
        "nginx" | "OpenResty (lua-nginx)" => vec![C::Nginx],
        "MySQL client" => vec![C::Mysql],
        "PHP (OpenSSL stream)" => vec![C::Php],
        "PostgreSQL libpq/psql" | "PostgreSQL server" => vec![C::Postgresql],
        "Python ssl" | "Python requests/urllib3" | "Python urllib2" | "yt-dlp" => vec![C::Python],
        "curl" | "cargo" | "R (curl/schannel)" => vec![C::Curl],
        "git" => vec![C::Git],
        "wget" => vec![C::Wget],
        "iOS/macOS URLSession" => vec![C::Apple],
        "openssl CLI" => vec![C::OpensslCli],
        "rustls" | "rustic (reqwest+rustls)" | "uv (reqwest+rustls)" => vec![C::Rustls],
        "OpenVPN" => vec![C::Openvpn, C::Openssl],
        "gRPC C-core" | "mosquitto" | "python-ldap (OpenLDAP)" | "wpa_supplicant" | "Prisma (Rust/OpenSSL)" => {
            vec![C::Openssl]
        }
        // A row that names no client.
        _ => vec![C::Unknown, C::Openssl],
    }
}

#[test]
fn every_corpus_line_is_recognised_with_its_family_and_codes() {
    let text = std::fs::read_to_string(common::corpus_file("error-strings/error-strings.tsv")).unwrap();
    let mut per_client: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut wrong = Vec::new();
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (client, message, family, expected) = (fields[0], fields[2], fields[3], fields[4]);
        let recognised = recognise(message, 0);
        let tally = per_client.entry(client.to_string()).or_default();
        tally.1 += 1;
        let Some(error) = recognised.errors.first() else {
            wrong.push(format!("{client}: not recognised: {message}"));
            continue;
        };
        let codes: Vec<&str> = Code::explaining(error.family).iter().map(|code| code.as_str()).collect();
        let missing: Vec<&str> =
            expected.split(',').filter(|code| !code.is_empty() && !codes.contains(code)).collect();
        if error.family != family_of(family) || !missing.is_empty() {
            wrong.push(format!("{client}: {:?} (expected {family}), missing {missing:?}: {message}", error.family));
            continue;
        }
        if !client_of(client).contains(&error.client) {
            wrong.push(format!("{client}: read as {:?}: {message}", error.client));
            continue;
        }
        tally.0 += 1;
    }
    for (client, (right, all)) in &per_client {
        println!("{client}: {right}/{all}");
    }
    assert!(wrong.is_empty(), "{} of {} wrong:\n{}", wrong.len(), text.lines().count() - 1, wrong.join("\n"));
}

/// Lines the corpus does not hold, in the same clients' own wording (from
/// their sources and documentation): the recogniser must generalise.
#[test]
fn other_lines_of_the_same_clients_are_recognised() {
    use Family as F;
    let cases: &[(&str, Family)] = &[
        ("curl: (60) SSL certificate problem: certificate has expired", F::Expired),
        ("curl: (60) SSL certificate problem: unable to get issuer certificate", F::UnknownIssuer),
        ("curl: (60) SSL certificate problem: self-signed certificate in certificate chain", F::UnknownIssuer),
        ("curl: (60) SSL certificate problem: self-signed certificate", F::SelfSigned),
        ("curl: (60) SSL certificate problem: unable to verify the first certificate", F::MissingIntermediate),
        ("curl: (60) SSL: no alternative certificate subject name matches target hostname 'foo.example.com'", F::Hostname),
        ("curl: (35) error:0A000410:SSL routines::sslv3 alert handshake failure", F::Protocol),
        ("curl: (35) OpenSSL/3.0.2: error:0A00010B:SSL routines::wrong version number", F::Protocol),
        // The connection closed or reset during the handshake.
        ("curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to example.com:443", F::Protocol),
        ("curl: (35) error:0A000126:SSL routines::unexpected eof while reading", F::Protocol),
        ("ssl.SSLEOFError: [SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1006)", F::Protocol),
        ("javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake", F::Protocol),
        ("javax.net.ssl.SSLHandshakeException: Remote host closed connection during handshake", F::Protocol),
        ("Error: Client network socket disconnected before secure TLS connection was established", F::Protocol),
        ("curl: (35) Recv failure: Connection reset by peer", F::Protocol),
        ("curl: (60) schannel: CertGetCertificateChain trust error CERT_TRUST_IS_UNTRUSTED_ROOT", F::UnknownIssuer),
        ("curl: (60) SSL certificate problem: certificate revoked", F::Revoked),
        ("curl: (60) SSL certificate problem: invalid CA certificate", F::CaFlag),
        ("curl: (60) SSL certificate problem: EE certificate key too weak", F::WeakKey),
        ("curl: (77) error setting certificate file: /etc/ssl/certs/ca-certificates.crt", F::CaBundleConfig),
        ("ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get issuer certificate (_ssl.c:1000)", F::UnknownIssuer),
        ("ssl.CertificateError: hostname 'a.example.com' doesn't match either of 'b.example.com', 'c.example.com'", F::Hostname),
        ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: IP address mismatch, certificate is not valid for '10.0.0.1'. (_ssl.c:1006)", F::Hostname),
        ("ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:997)", F::Protocol),
        ("ssl.SSLError: [SSL: KEY_VALUES_MISMATCH] key values mismatch (_ssl.c:3874)", F::KeyMismatch),
        ("ssl.SSLError: [SSL] PEM lib (_ssl.c:3862)", F::PemSyntax),
        ("Error: unable to get issuer certificate { code: 'UNABLE_TO_GET_ISSUER_CERT' }", F::UnknownIssuer),
        ("Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: Host: api.example.com. is not in the cert's altnames: DNS:www.example.com", F::Hostname),
        ("Error: certificate is not yet valid { code: 'CERT_NOT_YET_VALID' }", F::NotYetValid),
        ("Error: unsuitable certificate purpose { code: 'INVALID_PURPOSE' }", F::Eku),
        ("x509: certificate has expired or is not yet valid: current time 2024-01-01T00:00:00Z is after 2023-12-31T23:59:59Z", F::Expired),
        ("x509: cannot validate certificate for 10.0.0.1 because it doesn't contain any IP SANs", F::Hostname),
        ("x509: certificate is not authorized to sign other certificates", F::CaFlag),
        ("x509: certificate specifies an incompatible key usage", F::Eku),
        ("tls: first record does not look like a TLS handshake", F::Protocol),
        ("sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert.CertPathValidatorException: timestamp check failed", F::Expired),
        ("java.security.cert.CertificateException: No subject alternative names matching IP address 10.0.0.1 found", F::Hostname),
        ("javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown", F::PeerRejectedOurCert),
        ("java.security.cert.CertPathValidatorException: Path does not chain with any of the trust anchors", F::UnknownIssuer),
        ("java.security.cert.CertPathValidatorException: Certificate has been revoked, reason: KEY_COMPROMISE", F::Revoked),
        ("java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.", F::UnknownIssuer),
        ("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot", F::UnknownIssuer),
        ("The remote certificate is invalid because of errors in the certificate chain: NotTimeValid", F::Expired),
        ("The remote certificate is invalid because of errors in the certificate chain: PartialChain", F::MissingIntermediate),
        ("NET::ERR_CERT_WEAK_SIGNATURE_ALGORITHM", F::WeakSignature),
        ("NET::ERR_CERT_NAME_CONSTRAINT_VIOLATION", F::NameConstraints),
        ("ERR_SSL_PROTOCOL_ERROR", F::Protocol),
        ("Error code: SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE", F::Expired),
        ("Error code: SSL_ERROR_BAD_CERT_DOMAIN", F::Hostname),
        ("Error code: MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE", F::NotYetValid),
        ("Error code: MOZILLA_PKIX_ERROR_MITM_DETECTED", F::UnknownIssuer),
        ("Error code: SSL_ERROR_NO_CYPHER_OVERLAP", F::Protocol),
        ("invalid peer certificate: NotValidForName", F::Hostname),
        ("invalid peer certificate: Other(OtherError(CaUsedAsEndEntity))", F::CaFlag),
        ("upstream SSL certificate verify error: (20:unable to get local issuer certificate) while SSL handshaking to upstream", F::UnknownIssuer),
        ("SSL_do_handshake() failed (SSL: error:0A000412:SSL routines::sslv3 alert bad certificate:SSL alert number 42) while SSL handshaking", F::PeerRejectedOurCert),
        ("AH02565: Certificate and private key www.example.com:443:0 from /etc/ssl/a.crt and /etc/ssl/b.key do not match", F::KeyMismatch),
        ("fatal: unable to access 'https://git.example.com/r.git/': SSL certificate problem: self signed certificate in certificate chain", F::UnknownIssuer),
        ("ERROR: cannot verify example.com's certificate, issued by 'CN=Example CA':\n  Issued certificate has expired.", F::Expired),
        ("  Self-signed certificate encountered.", F::SelfSigned),
        ("psql: error: SSL error: certificate verify failed", F::UnknownIssuer),
        ("SSL_connect returned=1 errno=0 state=error: certificate verify failed (unable to get local issuer certificate) (OpenSSL::SSL::SSLError)", F::UnknownIssuer),
        ("error 2 at 1 depth lookup: unable to get issuer certificate", F::UnknownIssuer),
        ("verify error:num=19:self-signed certificate in certificate chain", F::UnknownIssuer),
        ("HandshakeException: Handshake error in client (OS Error: CERTIFICATE_VERIFY_FAILED: certificate has expired(handshake.cc:393))", F::Expired),
        ("handshake failed; returned -1, SSL error code 1, net_error -202", F::UnknownIssuer),
        ("NSURLErrorDomain Code=-1202 \"The certificate for this server is invalid.\"", F::UnknownIssuer),
        ("System.Security.Cryptography.CryptographicException: 证书链是由不受信任的颁发机构颁发的。", F::UnknownIssuer),
        ("该证书已于 2024年1月1日 过期", F::Expired),
        ("The certificate for this server is invalid. You might be connecting to a server that is pretending to be \u{201c}example.com\u{201d}.", F::UnknownIssuer),
        ("An SSL error has occurred and a secure connection to the server cannot be made.", F::Protocol),
        ("sun.security.validator.ValidatorException: TrustAnchor with subject \"CN=Example Root\" is not a CA certificate", F::CaFlag),
        ("java.security.cert.CertificateException: Certificates do not conform to algorithm constraints", F::WeakSignature),
        ("[60] SSL peer certificate or SSH remote key was not OK", F::UnknownIssuer),
        ("TLS: peer cert untrusted or revoked (0x42)", F::UnknownIssuer),
        ("postfix/smtp[1234]: Untrusted TLS connection established to mx.example.com[192.0.2.1]:25: TLSv1.3", F::UnknownIssuer),
        ("Hostname verification failed", F::Hostname),
        ("ERROR: The certificate of 'example.com' hasn't got a known issuer.", F::UnknownIssuer),
        ("The name in the certificate does not match the expected.", F::Hostname),
        ("The security certificate presented by this website was issued for a different website's address.", F::Hostname),
        ("此网站出具的安全证书是为其他网站地址颁发的。", F::Hostname),
        ("此网站出具的安全证书不是由受信任的证书颁发机构颁发的。", F::UnknownIssuer),
        ("此网站出具的安全证书已过期或还未生效。", F::Expired),
        ("此网站的安全证书有问题。", F::UnknownIssuer),
        ("警告：面临潜在的安全风险", F::UnknownIssuer),
        ("Safari 浏览器无法验证网站的身份\u{201c}example.com\u{201d}。", F::UnknownIssuer),
        ("基础连接已经关闭: 未能为 SSL/TLS 安全通道建立信任关系。", F::UnknownIssuer),
        ("目标主体名称不正确。", F::Hostname),
        ("在验证所需的证书时，所需的证书不在其有效期内。", F::Expired),
        // Windows: CryptoAPI's and Schannel's codes.
        ("CERT_E_CN_NO_MATCH (0x800b010f)", F::Hostname),
        ("0x800b010a (-2146762486 CERT_E_CHAINING) A certificate chain could not be built to a trusted root authority.", F::UnknownIssuer),
        ("CERT_E_WRONG_USAGE 0x800b0110", F::Eku),
        ("SEC_E_CERT_WRONG_USAGE (0x80090349)", F::Eku),
        ("TRUST_E_CERT_SIGNATURE 0x80096004 The signature of the certificate cannot be verified.", F::Signature),
        ("SEC_E_CERT_UNKNOWN (0x80090327) - An unknown error occurred while processing the certificate.", F::UnknownIssuer),
        ("CERT_E_REVOKED (0x800b010c)", F::Revoked),
        ("Curl error 60: Cert verify failed: UNITYTLS_X509VERIFY_FLAG_NOT_TRUSTED", F::UnknownIssuer),
        ("Curl error 51: Cert verify failed: UNITYTLS_X509VERIFY_FLAG_CN_MISMATCH", F::Hostname),
        ("Curl error 60: Cert verify failed: UNITYTLS_X509VERIFY_FLAG_EXPIRED", F::Expired),
        // Embedded stacks (mbed TLS's verify texts and error name, wolfSSL's
        // error names), OpenVPN's own checks, Qt, Chromium's net log, MySQL,
        // Outlook; Chrome's and OpenSSL 3's protocol refusals; NSS's
        // unreadable certificates.
        ("  ! The certificate is not correctly signed by the trusted CA", F::UnknownIssuer),
        ("  ! The certificate Common Name (CN) does not match with the expected CN", F::Hostname),
        ("  ! The certificate validity starts in the future", F::NotYetValid),
        ("  ! The certificate is signed with an unacceptable hash.", F::WeakSignature),
        ("  ! Usage does not match the extendedKeyUsage extension", F::Eku),
        ("E (12345) esp-tls-mbedtls: mbedtls_ssl_handshake returned -0x2700 MBEDTLS_ERR_X509_CERT_VERIFY_FAILED", F::UnknownIssuer),
        ("wolfSSL_connect error -188, ASN_NO_SIGNER_E", F::UnknownIssuer),
        ("wolfSSL error: ASN_AFTER_DATE_E", F::Expired),
        ("wolfSSL error -155: ASN_SIG_CONFIRM_E", F::Signature),
        ("wolfSSL error -322: DOMAIN_NAME_MISMATCH", F::Hostname),
        ("VERIFY KU ERROR", F::Eku),
        ("VERIFY X509NAME ERROR: CN=server, must be server1", F::Hostname),
        ("SSL handshake failed: The issuer certificate of a locally looked up certificate could not be found", F::UnknownIssuer),
        ("CertVerifyProcBuiltin for example.com failed: ----- Certificate i=0 (CN=example.com) ----- ERROR: No matching issuer found", F::UnknownIssuer),
        ("ERROR 2026 (HY000): SSL connection error: Failed to verify the server certificate", F::UnknownIssuer),
        ("The name on the security certificate is invalid or does not match the name of the site", F::Hostname),
        ("ERR_SSL_OBSOLETE_VERSION_OR_CIPHER", F::Protocol),
        ("curl: (35) error:0A000152:SSL routines::unsafe legacy renegotiation disabled", F::Protocol),
        ("SEC_ERROR_EXTENSION_VALUE_INVALID", F::CertInvalid),
        ("SEC_ERROR_BAD_DER", F::CertInvalid),
        // Chinese apps' words; Go's malformed SAN and small RSA keys; Go
        // relaying the server's alerts; OpenSSL's verify numbers beyond the
        // common ones, and its reason texts without a number.
        ("证书中的域名与访问的域名不匹配", F::Hostname),
        ("该证书仅对以下名称有效：www.example.com", F::Hostname),
        ("主机名验证失败", F::Hostname),
        ("证书链不完整", F::MissingIntermediate),
        ("该证书已被其颁发机构吊销。", F::Revoked),
        ("无法验证证书", F::UnknownIssuer),
        ("x509: SAN dNSName is malformed", F::CertInvalid),
        ("crypto/rsa: 1024-bit keys are insecure (see https://go.dev/pkg/crypto/rsa#hdr-Minimum_key_size)", F::WeakKey),
        ("remote error: tls: handshake failure", F::Protocol),
        ("remote error: tls: unrecognized name", F::Hostname),
        ("verify error:num=8:CRL signature failure", F::RevocationUnavailable),
        ("verify error:num=28:certificate rejected", F::Eku),
        ("verify error:num=30:authority and subject key identifier mismatch", F::UnknownIssuer),
        ("verify error:num=32:key usage does not include certificate signing", F::CaFlag),
        ("verify error:num=53:unsupported or invalid name syntax", F::NameConstraints),
        ("Verify return code: 76 (unsupported signature algorithm)", F::WeakSignature),
        ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unsupported or invalid name syntax (_ssl.c:1006)", F::NameConstraints),
        // Chinese as mainland apps and Windows write it, and Chrome's pages in
        // traditional Chinese; Edge's page for TLS settings that do not meet.
        ("此证书由未知的颁发机构签发", F::UnknownIssuer),
        ("证书已失效", F::Expired),
        ("证书与域名不符", F::Hostname),
        ("证书中的名称与网站名称不匹配", F::Hostname),
        ("SSL证书校验失败", F::UnknownIssuer),
        ("缺少中间证书", F::MissingIntermediate),
        ("该证书已过期或尚未生效", F::Expired),
        ("您的連線不是私人連線", F::UnknownIssuer),
        ("此伺服器無法證明其屬於 example.com；其安全性憑證已於 1 天前過期。", F::Expired),
        ("此伺服器無法證明其屬於 api.example.com；其安全性憑證來自 www.example.com。", F::Hostname),
        ("Can't connect securely to this page", F::Protocol),
        ("无法安全地连接到此页面", F::Protocol),
        ("The server you are connected to is using a security certificate that cannot be verified.", F::UnknownIssuer),
        ("This certificate is not from a trusted authority.", F::UnknownIssuer),
        ("此证书并非来自可信的授权中心。", F::UnknownIssuer),
        ("invalid peer certificate: UnsupportedSignatureAlgorithmContext { signature_algorithm_id: [6, 9, 42], supported_algorithms: [] }", F::WeakSignature),
        ("javax.net.ssl.SSLHandshakeException: sun.security.validator.ValidatorException: No trusted certificate found", F::UnknownIssuer),
        ("javax.net.ssl.SSLPeerUnverifiedException: peer not authenticated", F::UnknownIssuer),
        // NSS's reason texts (curl built with NSS, as on RHEL/CentOS 7).
        ("curl: (60) Peer's Certificate issuer is not recognized.", F::UnknownIssuer),
        ("curl: (60) Peer's certificate has an invalid signature.", F::Signature),
        ("curl: (51) Unable to communicate securely with peer: requested domain name does not match the server's certificate.", F::Hostname),
        ("curl: (60) Issuer certificate is invalid.", F::CaFlag),
        ("curl: (60) Certificate key usage inadequate for attempted operation.", F::Eku),
        // Erlang/OTP: the alert it generated (it refused the chain) against
        // the one it received (the peer refused ours).
        ("{error,{tls_alert,{unknown_ca,\"TLS client: In state certify at ssl_handshake.erl:2111 generated CLIENT ALERT: Fatal - Unknown CA\\n\"}}}", F::UnknownIssuer),
        ("** (Mint.TransportError) TLS client: In state certify at ssl_handshake.erl:2138 generated CLIENT ALERT: Fatal - Unknown CA", F::UnknownIssuer),
        ("TLS client: In state connection received SERVER ALERT: Fatal - Unknown CA", F::PeerRejectedOurCert),
        ("TLS server: In state certify received CLIENT ALERT: Fatal - Bad Certificate", F::PeerRejectedOurCert),
        ("{error,{tls_alert,{handshake_failure,\"TLS client: In state certify at ssl_handshake.erl:2130 generated CLIENT ALERT: Fatal - Handshake Failure\\n {bad_cert,hostname_check_failed}\"}}}", F::Hostname),
        ("TLS client: In state certify generated CLIENT ALERT: Fatal - Bad Certificate {bad_cert,selfsigned_peer}", F::SelfSigned),
        // .NET 5+'s SslStream with X509ChainStatusFlags names; Node's code
        // for OpenSSL's "certificate not trusted"; Safari's page in Chinese.
        ("The remote certificate is invalid because of errors in the certificate chain: PartialChain", F::MissingIntermediate),
        ("The remote certificate is invalid because of errors in the certificate chain: NotTimeValid", F::Expired),
        ("code: 'CERT_UNTRUSTED'", F::UnknownIssuer),
        ("此连接非私人连接", F::UnknownIssuer),
        // rustls's NotValidYet; OpenSSL 1.1's words for an unsuitable purpose;
        // nginx checking its upstream's name; Apple's NSURLError and Secure
        // Transport codes; Android WebView's SslError.
        ("invalid peer certificate: NotValidYet", F::NotYetValid),
        ("verify error:num=26:unsupported certificate purpose", F::Eku),
        ("upstream SSL certificate does not match \"backend.example.com\" while SSL handshaking to upstream", F::Hostname),
        ("NSURLErrorServerCertificateHasBadDate", F::Expired),
        ("Error Domain=NSURLErrorDomain Code=-1201 \"The certificate for this server is invalid.\"", F::Expired),
        ("URLError(.serverCertificateHasUnknownRoot)", F::UnknownIssuer),
        ("Error Domain=NSURLErrorDomain Code=-1203", F::UnknownIssuer),
        ("Error Domain=NSURLErrorDomain Code=-1204", F::NotYetValid),
        ("errSSLXCertChainInvalid", F::UnknownIssuer),
        ("SSL error: errSSLHostNameMismatch", F::Hostname),
        ("onReceivedSslError: primary error: 3 certificate: Issued to: CN=expired.example.com; Issued by: CN=Example CA;", F::UnknownIssuer),
        ("primary error: 1 certificate: Issued to: CN=example.com;", F::Expired),
        ("primary error: 2 certificate: Issued to: CN=example.com;", F::Hostname),
        // Chrome's clock pages (ERR_CERT_DATE_INVALID when the client's clock
        // is wrong) and Chinese pages of Chrome, Firefox, Internet Explorer
        // and Windows.
        ("NET::ERR_CERT_DATE_INVALID Your clock is behind", F::NotYetValid),
        ("Your clock is ahead", F::Expired),
        ("您的时钟慢了", F::NotYetValid),
        ("此服务器无法证明它是 api.example.com；其安全证书的生效日期在未来。", F::NotYetValid),
        ("该证书仅对下列名称有效：www.example.com", F::Hostname),
        ("此网站的安全证书存在问题。", F::UnknownIssuer),
        ("证书链中的证书不是由受信任的根证书颁发机构颁发的", F::UnknownIssuer),
        ("所需的证书不在有效期内。", F::Expired),
        ("证书的 CN 名称与传递的值不匹配。", F::Hostname),
        // Go's one message for both dates, told apart by its times (a
        // client clock behind: the certificate starts after "now").
        ("tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2024-01-01T00:00:00+08:00 is before 2024-03-01T00:00:00Z", F::NotYetValid),
        ("Unable to connect to the server: x509: certificate has expired or is not yet valid: current time 2025-06-02T10:00:00Z is after 2025-06-01T12:00:00Z", F::Expired),
        // Go's server log when the other side refused its certificate.
        ("http: TLS handshake error from 10.0.0.2:51234: remote error: tls: unknown certificate authority", F::PeerRejectedOurCert),
        ("remote error: tls: bad certificate", F::PeerRejectedOurCert),
        // OpenSSL 3's strict checks, on by default in Python 3.13+: a
        // certificate breaks RFC 5280's rules on how it is made, by reason
        // text and by verify number.
        ("ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Basic Constraints of CA cert not marked critical (_ssl.c:1028)", F::CertInvalid),
        ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Missing Authority Key Identifier (_ssl.c:1028)", F::CertInvalid),
        ("certificate verify failed: CA cert does not include key usage extension", F::CertInvalid),
        ("verify error:num=91:Subject Key Identifier marked critical", F::CertInvalid),
        ("error 86 at 1 depth lookup: Missing Subject Key Identifier", F::CertInvalid),
        ("tls: failed to parse certificate from server: x509: negative serial number", F::CertInvalid),
        ("MOZILLA_PKIX_ERROR_V1_CERT_USED_AS_CA", F::CaFlag),
        ("SEC_ERROR_INADEQUATE_KEY_USAGE", F::Eku),
        ("ERR_CERT_KNOWN_INTERCEPTION_BLOCKED", F::UnknownIssuer),
        ("ERROR: The certificate of 'example.com' doesn't have a known issuer.", F::UnknownIssuer),
        ("Could not fetch URL https://pypi.org/simple/requests/: There was a problem confirming the ssl certificate: HTTPSConnectionPool(host='pypi.org', port=443)", F::UnknownIssuer),
        // Browsers' pages, in English and Chinese, without their codes.
        ("This server could not prove that it is example.com; its security certificate is signed using a weak signature algorithm (e.g., SHA-1).", F::WeakSignature),
        ("此服务器无法证明它是 example.com；它的安全证书使用了弱签名算法（例如 SHA-1）。", F::WeakSignature),
        ("此服务器无法证明它是 example.com；其安全证书不受 Chrome 信任。", F::UnknownIssuer),
        ("The certificate will not be valid until January 1, 2030.", F::NotYetValid),
        ("“example.com” certificate is signed by an unknown authority", F::UnknownIssuer),
        ("“example.com”证书由未知颁发机构签名", F::UnknownIssuer),
        ("Cannot Verify Server Identity", F::UnknownIssuer),
        ("Safari can’t open the page because Safari can’t establish a secure connection to the server “example.com”.", F::Protocol),
        ("攻击者可能会试图从 example.com 窃取您的信息（例如：密码、通讯内容或信用卡信息）。", F::UnknownIssuer),
        ("NSURLErrorServerCertificateHasUnknownRoot", F::UnknownIssuer),
        ("MOZILLA_PKIX_ERROR_ADDITIONAL_POLICY_CONSTRAINT_FAILED", F::UnknownIssuer),
        ("System.Net.WebException: The request was aborted: Could not create SSL/TLS secure channel.", F::Protocol),
        ("请求被中止: 未能创建 SSL/TLS 安全通道。", F::Protocol),
        // Loading files at start-up: OpenSSL 3's CLI, keytool, Go, node-forge.
        ("Could not read private key from key.pem", F::PemSyntax),
        ("keytool error: java.lang.Exception: Input not an X.509 certificate", F::PemSyntax),
        ("tls: failed to find \"PRIVATE KEY\" PEM block in key input after skipping PEM blocks of the following types: [CERTIFICATE]", F::PemSyntax),
        ("tls: failed to find any PEM data in certificate input", F::PemSyntax),
        ("Error: Invalid PEM formatted message.", F::PemSyntax),
        ("java.security.UnrecoverableKeyException: Get Key failed: Given final block not properly padded. Such issues can arise if a bad key is used during decryption.", F::Password),
        ("x509: malformed certificate", F::CertInvalid),
        // Distrust, interception, Windows' and Android's words.
        ("sun.security.validator.ValidatorException: TLS Server certificate issued after 2024-10-31 and anchored by a distrusted legacy Entrust root CA: CN=Entrust Root Certification Authority - G2", F::UnknownIssuer),
        ("Certificate verification failed. This typically happens when using Azure CLI behind a proxy that intercepts traffic with a self-signed certificate.", F::UnknownIssuer),
        ("The security certificate was issued by a company you have not chosen to trust.", F::UnknownIssuer),
        ("The certificate is not from a trusted certifying authority.", F::UnknownIssuer),
        ("javax.net.ssl.SSLHandshakeException: Chain validation failed", F::UnknownIssuer),
        // Windows: Schannel's event log, by alert number and direction, and
        // CryptoAPI's codes by number.
        ("A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 48.", F::PeerRejectedOurCert),
        ("A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 40.", F::Protocol),
        ("A fatal alert was generated and sent to the remote endpoint. This may result in termination of the connection. The TLS protocol defined fatal alert code is 45. The Windows SChannel error state is 1203.", F::Expired),
        ("A fatal alert was generated and sent to the remote endpoint. This may result in termination of the connection. The TLS protocol defined fatal alert code is 46. The Windows SChannel error state is 552.", F::UnknownIssuer),
        ("The certificate received from the remote server was issued by an untrusted certificate authority. Because of this, none of the data contained in the certificate can be validated.", F::UnknownIssuer),
        ("The certificate received from the remote server does not contain the expected name. It is therefore not possible to determine whether we are connecting to the correct server.", F::Hostname),
        ("Installation failed with error 0x800B0101", F::Expired),
        ("CERT_E_ROLE (0x800B0103)", F::CaFlag),
        ("0x800B010E", F::RevocationUnavailable),
        // libpq without the root file sslmode=verify-full needs; Subversion.
        ("psql: error: connection to server at \"db.example.com\" (10.0.0.5), port 5432 failed: root certificate file \"/root/.postgresql/root.crt\" does not exist", F::CaBundleConfig),
        (" - The certificate is not issued by a trusted authority. Use the fingerprint to validate the certificate manually!", F::UnknownIssuer),
        (" - The certificate hostname does not match.", F::Hostname),
        ("curl: (35) schannel: next InitializeSecurityContext failed: SEC_E_ILLEGAL_MESSAGE (0x80090326) - This error usually occurs when a fatal SSL/TLS alert is received (e.g. handshake failed).", F::Protocol),
        ("证书验证失败：无法获取本地颁发者证书", F::UnknownIssuer),
        ("request:fail ssl hand shake error", F::UnknownIssuer),
        // Firefox: an Ed25519 certificate; the port speaking plain HTTP.
        ("SEC_ERROR_UNSUPPORTED_KEYALG", F::WeakSignature),
        ("An error occurred during a connection to www.example.com. Unsupported or unknown key algorithm. Error code: SEC_ERROR_UNSUPPORTED_KEYALG", F::WeakSignature),
        ("An error occurred during a connection to 10.0.0.1. SSL received a record that exceeded the maximum permissible length. Error code: SSL_ERROR_RX_RECORD_TOO_LONG", F::Protocol),
        // Go, for an issuer whose signature algorithm it does not implement.
        ("tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of \"x509: cannot verify signature: algorithm unimplemented\" while trying to verify candidate authority certificate \"Example CA\")", F::WeakSignature),
        ("x509: certificate signed by unknown authority (possibly because of \"x509: unsupported signature algorithm\" while trying to verify candidate authority certificate \"Example CA\")", F::WeakSignature),
        // Servers refusing their own files at start-up: Apache, HAProxy, Go, .NET on Linux.
        ("AH02562: Failed to configure certificate example.com:443:0 (with chain), check /etc/ssl/certs/example.crt", F::PemSyntax),
        ("AH02579: Init: Private key not found", F::PemSyntax),
        ("[ALERT] (1) : parsing [/etc/haproxy/haproxy.cfg:40] : 'bind :443' : unable to load SSL certificate from PEM file '/etc/haproxy/certs/site.pem'.", F::PemSyntax),
        ("tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched", F::PemSyntax),
        ("Interop+Crypto+OpenSslCryptographicException: error:23076071:PKCS12 routines:PKCS12_parse:mac verify failure", F::Password),
        // rustls's error names; MongoDB's drivers; Go for an issuer without CA rights.
        ("invalid peer certificate: Revoked", F::Revoked),
        ("invalid peer certificate: InvalidPurpose", F::Eku),
        ("invalid peer certificate: UnhandledCriticalExtension", F::CriticalExtension),
        ("The server certificate does not match the host name. Hostname: db.example.com does not match SAN(s): other.example.com", F::Hostname),
        ("x509: invalid signature: parent certificate cannot sign this kind of certificate", F::CaFlag),
        // The key exchange's DH group is not the certificate's key; a peer
        // that does not speak TLS or our versions; revocation not reached.
        ("ssl.SSLError: [SSL: DH_KEY_TOO_SMALL] dh key too small (_ssl.c:1006)", F::Protocol),
        ("javax.net.ssl.SSLException: Unsupported or unrecognized SSL message", F::Protocol),
        ("remote error: tls: protocol version not supported", F::Protocol),
        ("The client and server cannot communicate, because they do not possess a common algorithm.", F::Protocol),
        ("SEC_ERROR_OCSP_SERVER_ERROR", F::RevocationUnavailable),
        ("java.security.cert.CertPathValidatorException: Could not determine revocation status", F::RevocationUnavailable),
        // Ruby's host check; Java's signature check; a Chinese line naming both causes.
        ("hostname \"api.example.com\" does not match the server certificate (OpenSSL::SSL::SSLError)", F::Hostname),
        ("sun.security.validator.ValidatorException: PKIX path validation failed: java.security.cert.CertPathValidatorException: signature check failed", F::Signature),
        ("此证书不受信任，因为它是自签名的或者由未知颁发机构签发", F::UnknownIssuer),
        // Subversion names the host first; wolfSSL's texts for its error
        // names; Windows' CERT_E_EXPIRED in words; Qt's self-signed
        // certificate in the chain (OpenSSL's error 19).
        ("Server SSL certificate verification failed: certificate issued for a different hostname, issuer is not trusted", F::Hostname),
        ("wolfSSL_connect error -188, ASN no signer error to confirm failure", F::UnknownIssuer),
        ("wolfSSL_connect error -150, ASN date error, current date after", F::Expired),
        ("ASN sig error, confirm failure", F::Signature),
        ("A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file.", F::Expired),
        ("The root certificate of the certificate chain is self-signed, and untrusted", F::UnknownIssuer),
        // Chinese cloud consoles and panels refusing an upload.
        ("证书与私钥不匹配", F::KeyMismatch),
        ("证书和密钥不匹配", F::KeyMismatch),
        ("私钥格式错误", F::PemSyntax),
        ("私钥密码错误", F::Password),
        ("中间证书缺失", F::MissingIntermediate),
        ("证书签名无效", F::Signature),
        ("证书吊销状态无法检查", F::RevocationUnavailable),
        // Windows' CryptoAPI texts, in English and Chinese; keytool
        // importing a CA's reply.
        ("The signature of the certificate cannot be verified.", F::Signature),
        ("无法验证证书的签名。", F::Signature),
        ("The certificate is not valid for the requested usage.", F::Eku),
        ("证书对于请求的用法无效。", F::Eku),
        ("The certificate is revoked.", F::Revoked),
        ("The certificate's CN name does not match the passed value.", F::Hostname),
        ("An internal certificate chaining error has occurred.", F::UnknownIssuer),
        ("keytool error: java.lang.Exception: Public keys in reply and keystore don't match", F::KeyMismatch),
        ("keytool 错误: java.lang.Exception: 证书回复中的公共密钥与密钥库不匹配", F::KeyMismatch),
        ("keytool error: java.lang.Exception: Failed to establish chain from reply", F::MissingIntermediate),
        ("keytool 错误: java.lang.Exception: 无法从回复中建立链", F::MissingIntermediate),
        ("keytool 错误: java.lang.Exception: 输入的不是 X.509 证书", F::PemSyntax),
        ("网站名称与证书上的名称不一致", F::Hostname),
        ("私钥与证书不匹配", F::KeyMismatch),
        ("PKCS12 密码错误", F::Password),
        // .NET's chain statuses, Apple's trust result, Schannel's disabled
        // protocols, Cloudflare's origin errors, MySQL's client.
        ("The remote certificate is invalid because of errors in the certificate chain: NotSignatureValid", F::Signature),
        ("The remote certificate is invalid because of errors in the certificate chain: Revoked", F::Revoked),
        ("The remote certificate is invalid because of errors in the certificate chain: HasNotSupportedCriticalExtension", F::CriticalExtension),
        ("kSecTrustResultRecoverableTrustFailure", F::UnknownIssuer),
        ("A fatal error occurred while creating a TLS client credential. The internal error state is 10013.", F::Protocol),
        ("Error 526 Invalid SSL certificate", F::UnknownIssuer),
        ("Error 525 SSL handshake failed", F::Protocol),
        ("SSL connection error: SSL certificate validation failure", F::UnknownIssuer),
        ("CondaSSLError: Encountered an SSL error. Most likely a certificate verification issue.", F::UnknownIssuer),
        // Dovecot's start-up, redis-cli's CA file (not a CA's flag),
        // Elasticsearch's diagnosis (the issuer, not the names it lists
        // first), Apple's per-certificate report, NSS's OCSP failures.
        ("imap-login: Error: Failed to initialize SSL server context: Can't load SSL certificate (ssl_cert setting): The certificate is empty", F::PemSyntax),
        ("Could not negotiate a TLS connection: Invalid CA Certificate File/Directory", F::CaBundleConfig),
        ("failed to establish trust with server at [es01.example.com]; the server provided a certificate with subject name [CN=es01] and fingerprint [ab12]; the certificate does not have any subject alternative names; the certificate is issued by [CN=Elastic Certificate Tool Autogenerated CA]; the [CN=Elastic Certificate Tool Autogenerated CA] certificate is not trusted in this ssl context", F::UnknownIssuer),
        ("Certificate 0 \u{201c}api.example.com\u{201d} has errors: SSL hostname does not match name(s) in certificate;", F::Hostname),
        ("Error code: SEC_ERROR_OCSP_UNAUTHORIZED_RESPONSE", F::RevocationUnavailable),
        ("Error code: SEC_ERROR_OCSP_INVALID_SIGNING_CERT", F::RevocationUnavailable),
        // Haskell's tls, SwiftNIO, Python given a CA file without a
        // certificate, and Java's rarer words.
        ("HandshakeFailed (Error_Protocol \"certificate has unknown CA\" UnknownCa)", F::UnknownIssuer),
        ("HandshakeFailed (Error_Protocol (\"certificate rejected: [AuthorityTooDeep]\",True,CertificateUnknown))", F::Pathlen),
        ("NIOSSLExtraError.failedToValidateHostname: Couldn't find <api.example.com> in certificate from peer", F::Hostname),
        ("ssl.SSLError: [X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found (_ssl.c:4149)", F::CaBundleConfig),
        ("javax.net.ssl.SSLHandshakeException: The server selected protocol version TLS10 is not accepted by client preferences [TLS13, TLS12]", F::Protocol),
        ("Caused by: java.security.cert.CertificateException: KeyUsage does not allow key encipherment", F::Eku),
        ("Caused by: java.security.SignatureException: Signature does not match.", F::Signature),
        ("Caused by: java.security.cert.CertificateParsingException: java.io.IOException: Invalid encoding for AuthorityKeyIdentifierExtension", F::CertInvalid),
        ("java.io.IOException: Invalid keystore format", F::PemSyntax),
        ("java.io.IOException: toDerInputStream rejects tag type 45", F::PemSyntax),
        ("java.io.IOException: DerInputStream.getLength(): lengthTag=111, too big.", F::PemSyntax),
        ("java.security.cert.CertificateException: Could not parse certificate: java.io.IOException: Empty input", F::PemSyntax),
        // Chinese: Internet Explorer's revocation prompt, Firefox's unknown
        // issuer, macOS's "not trusted", OpenSSL's errors 19 and 21 and the
        // host check translated, panels' key and file refusals.
        ("该站点安全证书的吊销信息不可用。是否继续?", F::RevocationUnavailable),
        ("www.example.com 使用了无效的安全证书。该证书因其颁发者证书未知而不被信任。服务器可能未发送相应的中间证书。", F::UnknownIssuer),
        ("此证书未被信任", F::UnknownIssuer),
        ("证书链中存在自签名证书", F::UnknownIssuer),
        ("无法验证第一个证书", F::MissingIntermediate),
        ("主机名与证书不匹配", F::Hostname),
        ("私钥解密失败，请检查密码", F::Password),
        ("证书内容不合法", F::PemSyntax),
        ("证书使用了不安全的签名算法 SHA1", F::WeakSignature),
        ("证书密钥长度不足", F::WeakKey),
        // Servers and proxies: Apache's own certificate with CA:TRUE and
        // HTTP on 443, HAProxy's CA-less verify, Schannel's
        // certificate without its key, Envoy's files and BoringSSL's alert
        // names (the peer refused our expired certificate), upload refusals.
        ("[ssl:warn] [pid 123] AH01906: www.example.com:443:0 server certificate is a CA certificate (BasicConstraints: CA == TRUE !?)", F::CaFlag),
        ("[ssl:warn] [pid 123] AH01916: Init: (www.example.com:443) You configured HTTP(80) on the standard HTTPS(443) port!", F::Protocol),
        ("[ALERT] (123) : config : parsing [/etc/haproxy/haproxy.cfg:42] : 'server srv1' : verify is enabled by default but no CA file specified.", F::CaBundleConfig),
        ("The TLS server credential's certificate does not have a private key information property attached to it.", F::KeyMismatch),
        ("Failed to load certificate chain from /etc/envoy/certs/cert.pem", F::PemSyntax),
        ("Failed to load trusted CA certificates from /etc/envoy/certs/ca.pem", F::CaBundleConfig),
        ("TLS error: 268436501:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_EXPIRED", F::PeerRejectedOurCert),
        ("TLS error: 268435703:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER", F::Protocol),
        ("Ingress has an invalid TLS configuration: the server certificate does not match the private key", F::KeyMismatch),
        ("An error occurred (KeyPairMismatch) when calling the UploadServerCertificate operation: The public key certificate and the private key do not match.", F::KeyMismatch),
        ("An error occurred (MalformedCertificate) when calling the UploadServerCertificate operation: Unable to parse certificate. Please ensure the certificate is in PEM format.", F::PemSyntax),
        ("The server certificate is not valid for server authentication because it doesn't contain a server authentication enhanced key usage.", F::Eku),
        // OpenSSL's symbolic names and the texts the general words would
        // misread (a CRL's dates, an issuer key that cannot be decoded);
        // curl's OCSP stapling and client-key words; VPN and Remote Desktop
        // dialogs.
        ("X509_V_ERR_HOSTNAME_MISMATCH", F::Hostname),
        ("SQUID_X509_V_ERR_DOMAIN_MISMATCH", F::Hostname),
        ("X509_V_ERR_CERT_SIGNATURE_FAILURE", F::Signature),
        ("X509_V_ERR_EE_KEY_TOO_SMALL", F::WeakKey),
        ("X509_V_ERR_PERMITTED_VIOLATION", F::NameConstraints),
        ("X509_V_ERR_CRL_HAS_EXPIRED", F::RevocationUnavailable),
        ("verify error:num=12:CRL has expired", F::RevocationUnavailable),
        ("curl: (60) SSL certificate problem: unable to decode issuer public key", F::CertInvalid),
        ("curl: (60) SSL certificate problem: format error in certificate's notAfter field", F::CertInvalid),
        ("curl: (91) SSL certificate revocation reason: key compromise", F::Revoked),
        ("curl: (91) No OCSP response received", F::RevocationUnavailable),
        ("curl: (58) unable to use client certificate (no key found or wrong pass phrase?)", F::Password),
        ("curl: (58) could not load PEM client certificate, OpenSSL error error:0A00018F:SSL routines::ee key too small", F::WeakKey),
        ("curl: (58) could not load PEM client certificate from client.pem, OpenSSL error error:05800088:x509 certificate routines::no certificate or crl found", F::PemSyntax),
        ("curl: (35) schannel: failed to receive handshake, SSL/TLS connection failed", F::Protocol),
        ("Certificate Validation Failure", F::UnknownIssuer),
        ("Untrusted Server Blocked! AnyConnect cannot verify server: vpn.example.com", F::UnknownIssuer),
        ("The name in the certificate does not match the name of the remote computer", F::Hostname),
        // Apple's device log by policy check (the specific one before the
        // untrusted anchor that follows it), .NET's closed handshake and
        // PKCS#12 password, Go's unlinked names, Dart's dio.
        ("Trust evaluate failure: [leaf TemporalValidity] [root AnchorTrusted]", F::Expired),
        ("Trust evaluate failure: [leaf SSLHostname]", F::Hostname),
        ("Trust evaluate failure: [intermediate MissingIntermediate]", F::MissingIntermediate),
        ("Trust evaluate failure: [leaf ValidityPeriodMaximums]", F::ValidityTooLong),
        ("Trust evaluate failure: [root AnchorTrusted]", F::UnknownIssuer),
        ("System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception. ---> System.IO.IOException: Received an unexpected EOF or 0 bytes from the transport stream.", F::Protocol),
        ("System.Security.Cryptography.CryptographicException: The certificate data cannot be read with the provided password, the password may be incorrect.", F::Password),
        ("tls: failed to verify certificate: x509: issuer name does not match subject from issuing certificate", F::UnknownIssuer),
        ("DioException [bad certificate]: The certificate of the response is not approved.", F::UnknownIssuer),
        // Package managers and version control; traditional Chinese.
        ("Could not GET 'https://plugins.gradle.org/m2/x.pom'. > The server may not support the client's requested TLS protocol versions: (TLSv1.2, TLSv1.3).", F::Protocol),
        ("fatal: unable to access 'https://git.example.com/repo.git/': OpenSSL SSL_connect: Connection was reset in connection to git.example.com:443", F::Protocol),
        ("Server SSL certificate untrusted", F::UnknownIssuer),
        ("憑證主機名稱不符", F::Hostname),
        ("此憑證由不明的授權單位簽署", F::UnknownIssuer),
        ("憑證鏈不完整", F::MissingIntermediate),
        ("私密金鑰與憑證不符", F::KeyMismatch),
        // SQL Server's other SSL Provider errors are not its self-signed
        // default; wpa_supplicant, Mosquitto, OpenLDAP, PostgreSQL's and
        // MySQL's servers.
        ("A connection was successfully established with the server, but then an error occurred during the login process. (provider: SSL Provider, error: 0 - The target principal name is incorrect.)", F::Hostname),
        ("A connection was successfully established with the server, but then an error occurred during the login process. (provider: SSL Provider, error: 0 - 证书链是由不受信任的颁发机构颁发的。)", F::SelfSigned),
        ("CTRL-EVENT-EAP-TLS-CERT-ERROR reason=9 depth=0 subject='/CN=radius.example.com' err='Domain suffix mismatch'", F::Hostname),
        ("Error: Unable to load CA certificates. Check cafile \"/etc/mosquitto/ca_certificates/ca.crt\".", F::CaBundleConfig),
        ("Error: Unable to load server key file \"/etc/mosquitto/certs/server.key\". Check keyfile.", F::PemSyntax),
        ("Error: Server certificate/key are inconsistent.", F::KeyMismatch),
        ("TLS: hostname (ldap.example.com) does not match common name in certificate (ldap2.example.com).", F::Hostname),
        ("FATAL:  could not load private key file \"server.key\": ASN1 lib", F::PemSyntax),
        ("ERROR 2026 (HY000): SSL connection error: Failed to set ciphers to use", F::Protocol),
        ("[ERROR] [MY-010283] [Server] Unable to get private key from 'server-key.pem'", F::PemSyntax),
        // Chrome's and Firefox's rarer codes.
        ("NET::ERR_CERT_UNABLE_TO_CHECK_REVOCATION", F::RevocationUnavailable),
        ("NET::ERR_CERT_CONTAINS_ERRORS", F::CertInvalid),
        ("ERR_SSL_VERSION_INTERFERENCE", F::Protocol),
        ("ERR_SSL_CLIENT_AUTH_CERT_NEEDED", F::PeerRejectedOurCert),
        ("Error code: SEC_ERROR_UNTRUSTED_ISSUER", F::UnknownIssuer),
        ("Error code: SSL_ERROR_UNKNOWN_CA_ALERT", F::PeerRejectedOurCert),
        ("Error code: SSL_ERROR_HANDSHAKE_FAILURE_ALERT", F::Protocol),
        ("Error code: SEC_ERROR_CRL_EXPIRED", F::RevocationUnavailable),
        ("Error code: SSL_ERROR_WEAK_SERVER_CERT_KEY", F::WeakKey),
        ("Error code: SEC_ERROR_CERT_USAGES_INVALID", F::Eku),
        ("Error code: MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY", F::CertInvalid),
        ("Error code: PR_END_OF_FILE_ERROR", F::Protocol),
        // OpenSSL 3's CLI and Windows importing keys and PFX files.
        ("Could not find private key from key.pem", F::PemSyntax),
        ("Error decrypting key", F::Password),
        ("No certificate matches private key", F::KeyMismatch),
        ("CertUtil: -importPFX command FAILED: 0x80070056 (WIN32: 86 ERROR_INVALID_PASSWORD)", F::Password),
        ("Import-PfxCertificate : The PFX file you are trying to import requires either a different password or membership in an Active Directory principal to which it is protected.", F::Password),
        // .NET's alerts by name, a closed stream; Java given no server
        // certificate; Python without a TLS version; curl's client files.
        ("System.Security.Authentication.AuthenticationException: Authentication failed because the remote party sent a TLS alert: 'UnknownCA'.", F::PeerRejectedOurCert),
        ("System.Security.Authentication.AuthenticationException: Authentication failed because the remote party sent a TLS alert: 'HandshakeFailure'.", F::Protocol),
        ("System.Security.Authentication.AuthenticationException: Authentication failed because the remote party has closed the transport stream.", F::Protocol),
        ("javax.net.ssl.SSLHandshakeException: Empty server certificate chain", F::Protocol),
        ("ssl.SSLError: [SSL: NO_PROTOCOLS_AVAILABLE] no protocols available (_ssl.c:1006)", F::Protocol),
        ("curl: (58) unable to load client key: -8178 (SEC_ERROR_BAD_KEY)", F::PemSyntax),
        ("curl: (35) schannel: failed to import client certificate", F::PemSyntax),
        ("400 The SSL certificate error", F::PeerRejectedOurCert),
        // Chrome's and Edge's Chinese pages by cause, Firefox's, consoles'.
        ("此服务器无法证明它是 www.example.com；其安全证书已于 3 天前到期。", F::Expired),
        ("此服务器无法证明它是 www.example.com；其安全证书已被撤销。", F::Revoked),
        ("此服务器无法证明它是 www.example.com；其安全证书采用了不可靠的签名算法。", F::WeakSignature),
        ("此服务器无法证明它是 www.example.com；其安全证书有效期过长，不可信。", F::ValidityTooLong),
        ("此网站出具的安全证书已过期或还未生效。", F::Expired),
        ("证书未生效", F::NotYetValid),
        ("你的时钟慢了", F::NotYetValid),
        ("连接不安全 www.example.com 的所有者配置的网站不当。为保护您的信息不被窃取，Firefox 没有连接到此网站。", F::UnknownIssuer),
        ("安全连接失败 PR_CONNECT_RESET_ERROR", F::Protocol),
        ("证书链验证失败", F::UnknownIssuer),
        ("私钥与证书公钥不匹配", F::KeyMismatch),
        ("私钥已加密，请上传未加密的私钥", F::Password),
        ("不支持的私钥格式", F::PemSyntax),
        // Go's and rustls's rarer words: parsing, key pairs, passwords,
        // roots, versions, the peer's alerts, webpki's errors by name.
        ("tls: failed to parse certificate from server: x509: certificate contains duplicate extensions", F::CertInvalid),
        ("tls: private key type does not match public key type", F::KeyMismatch),
        ("tls: found a certificate rather than a key in the PEM for the private key", F::PemSyntax),
        ("pkcs12: decryption password incorrect", F::Password),
        ("x509: failed to load system roots and no roots provided", F::CaBundleConfig),
        ("tls: no supported versions satisfy MinVersion and MaxVersion", F::Protocol),
        ("x509: \u{201c}api.example.com\u{201d} certificate is revoked", F::Revoked),
        ("invalid peer certificate: ExpiredRevocationList", F::RevocationUnavailable),
        ("invalid peer certificate: Other(OtherError(MaximumPathDepthExceeded))", F::ChainTooLong),
        ("received fatal alert: BadCertificate", F::PeerRejectedOurCert),
        ("peer is incompatible: Tls12NotOffered", F::Protocol),
        // Java's and .NET's rarer words.
        ("java.security.InvalidAlgorithmParameterException: the trustAnchors parameter must be non-empty", F::CaBundleConfig),
        ("java.security.spec.InvalidKeySpecException: java.security.InvalidKeyException: IOException : algid parse error, not a sequence", F::PemSyntax),
        ("java.lang.IllegalArgumentException: Illegal base64 character 2d", F::PemSyntax),
        ("java.io.IOException: Integrity check failed: java.security.UnrecoverableKeyException: Failed PKCS12 integrity checking", F::Password),
        ("sun.security.validator.ValidatorException: End user tried to act as a CA", F::CaFlag),
        ("System.Net.WebException: The underlying connection was closed: An unexpected error occurred on a send.", F::Protocol),
        ("System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: HasWeakSignature", F::WeakSignature),
        ("System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure: RemoteCertificateNotAvailable", F::Protocol),
        ("System.Security.Cryptography.CryptographicException: ASN1 corrupted data.", F::PemSyntax),
        // curl over mbed TLS (its generic failure names a signature among
        // its examples), wolfSSL, NSS, GnuTLS, Secure Transport, Schannel.
        ("curl: (35) mbedTLS: (-0x2700) X509 - Certificate verification failed, e.g. CRL, CA or signature check failed", F::UnknownIssuer),
        ("curl: (60) Cert verify failed: BADCERT_CN_MISMATCH", F::Hostname),
        ("curl: (35) wolfSSL: error -188 ASN no signer to confirm failure", F::UnknownIssuer),
        ("curl: (35) gnutls_handshake() failed: The TLS connection was non-properly terminated.", F::Protocol),
        ("curl: (35) Cannot communicate securely with peer: no common encryption algorithm(s).", F::Protocol),
        ("curl: (60) SecTrustEvaluate failed", F::UnknownIssuer),
        ("curl: (77) Problem with the SSL CA cert (path? access rights?)", F::CaBundleConfig),
        ("curl: (58) schannel: Failed to import cert file client.p12, last error is 0x80070056", F::Password),
    ];
    let mut wrong = Vec::new();
    for (line, family) in cases {
        let recognised = recognise(line, 0);
        match recognised.errors.first() {
            Some(error) if error.family == *family => {}
            other => wrong.push(format!("{line}: {:?}, expected {family:?}", other.map(|error| error.family))),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

fn amazon_pem(file: &str) -> String {
    common::to_pem("CERTIFICATE", &common::read_corpus(&format!("rustls-webpki/tests/amazon/{file}")))
}

fn analyse(inputs: &[(&str, String)], host: Option<&str>) -> certdoctor::Report {
    let inputs: Vec<certdoctor::Input> =
        inputs.iter().map(|(name, text)| certdoctor::Input::new(*name, text.clone().into_bytes())).collect();
    let mut options = certdoctor::Options::at(certdoctor::Timestamp::parse("2025-02-23").unwrap());
    options.host = host.map(str::to_string);
    certdoctor::analyze(&inputs, &options)
}

#[test]
fn curls_missing_issuer_error_is_tied_to_the_incomplete_chain() {
    let report = analyse(
        &[
            ("error.txt", "curl: (60) SSL certificate problem: unable to get local issuer certificate\nMore details here: https://curl.se/docs/sslcerts.html".into()),
            ("leaf.pem", amazon_pem("valid.rootca1.demo.amazontrust.com.cer")),
        ],
        Some("valid.rootca1.demo.amazontrust.com"),
    );
    let (family, explained_by) = client_error(&report);
    assert_eq!(family, Family::UnknownIssuer);
    assert_eq!(explained_by, ["chain-incomplete"]);
    // What the client said comes first, and says why.
    assert_eq!(report.findings[0].code().as_str(), "client-error");
    let rendered = certdoctor::render(&report, certdoctor::Lang::En, &common::controls());
    assert!(rendered.findings[0].explanation.to_string().contains("the server does not send the intermediate certificate"));
    assert_eq!(rendered.client_errors.len(), 1);
    assert!(rendered.client_errors[0].codes.contains(&"chain-incomplete"));
}

#[test]
fn gos_valid_for_names_the_host_and_ties_to_the_name_mismatch() {
    let error = "Get \"https://shop.example.com/\": tls: failed to verify certificate: x509: certificate is valid for valid.rootca1.demo.amazontrust.com, good.sca1a.amazontrust.com, not shop.example.com";
    let chain = [amazon_pem("valid.rootca1.demo.amazontrust.com.cer"), amazon_pem("r2m03.cer")].concat();
    // No host given: the one the error names is checked.
    let report = analyse(&[("error.txt", error.into()), ("chain.pem", chain)], None);
    assert_eq!(report.host.as_deref(), Some("shop.example.com"));
    let (family, explained_by) = client_error(&report);
    assert_eq!((family, explained_by), (Family::Hostname, vec!["name-mismatch"]));
}

#[test]
fn an_error_nothing_pasted_explains_lists_other_causes_and_the_command() {
    let chain = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/examples/healthy.pem")).unwrap();
    let report = analyse(
        &[("error.txt", "java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.".into()), ("chain.pem", chain)],
        Some("valid.rootca1.demo.amazontrust.com"),
    );
    let (family, explained_by) = client_error(&report);
    assert_eq!(family, Family::UnknownIssuer);
    assert!(explained_by.is_empty());
    for lang in [certdoctor::Lang::En, certdoctor::Lang::Zh] {
        let rendered = certdoctor::render(&report, lang, &common::controls());
        let finding = &rendered.findings[0];
        assert!(finding.commands.iter().any(|command| command.starts_with("openssl s_client -connect valid.rootca1.demo.amazontrust.com:443")), "{:?}", finding.commands);
        assert!(finding.explanation.to_string().contains(if lang == certdoctor::Lang::En { "proxy" } else { "代理" }));
    }
}

#[test]
fn an_error_alone_is_a_whole_report() {
    let report = analyse(&[("error.txt", "npm ERR! code SELF_SIGNED_CERT_IN_CHAIN".into())], None);
    assert_eq!(report.verdict, certdoctor::Verdict::Ok);
    let codes: Vec<&str> = report.findings.iter().map(|finding| finding.code().as_str()).collect();
    assert_eq!(codes, ["client-error"]);
    // Text that reads like an error but is unknown is said so, never "unrecognised input".
    let report = analyse(&[("error.txt", "TLS handshake error: frobnication of the certificate failed".into())], None);
    let codes: Vec<&str> = report.findings.iter().map(|finding| finding.code().as_str()).collect();
    assert_eq!(codes, ["client-error-unrecognised"]);
}

fn transcript(showcerts: bool) -> String {
    let leaf = amazon_pem("valid.rootca1.demo.amazontrust.com.cer");
    let intermediate = amazon_pem("r2m03.cer");
    let chain = if showcerts {
        format!(" 0 s:CN = valid.rootca1.demo.amazontrust.com\n   i:C = US, O = Amazon, CN = Amazon RSA 2048 M03\n{leaf} 1 s:C = US, O = Amazon, CN = Amazon RSA 2048 M03\n   i:C = US, O = Amazon, CN = Amazon Root CA 1\n{intermediate}")
    } else {
        " 0 s:CN = valid.rootca1.demo.amazontrust.com\n   i:C = US, O = Amazon, CN = Amazon RSA 2048 M03\n 1 s:C = US, O = Amazon, CN = Amazon RSA 2048 M03\n   i:C = US, O = Amazon, CN = Amazon Root CA 1\n".to_string()
    };
    let server = if showcerts { String::new() } else { format!("Server certificate\n{leaf}") };
    format!("CONNECTED(00000003)\ndepth=2 C = US, O = Amazon, CN = Amazon Root CA 1\nverify return:1\n---\nCertificate chain\n{chain}---\n{server}subject=CN = valid.rootca1.demo.amazontrust.com\n---\nNew, TLSv1.3, Cipher is TLS_AES_128_GCM_SHA256\nSSL-Session:\n    Protocol  : TLSv1.3\n    Verify return code: 0 (ok)\n---\n")
}

fn transcript_finding(report: &certdoctor::Report) -> (bool, Option<bool>, usize) {
    report
        .findings
        .iter()
        .find_map(|finding| match &finding.kind {
            certdoctor::FindingKind::ClientTranscript { showcerts, agrees, pasted, .. } => Some((*showcerts, *agrees, *pasted)),
            _ => None,
        })
        .expect("a client-transcript finding")
}

#[test]
fn s_client_transcripts_with_and_without_showcerts() {
    let report = analyse(&[("s_client.txt", transcript(true))], Some("valid.rootca1.demo.amazontrust.com"));
    assert_eq!(transcript_finding(&report), (true, Some(true), 2));
    // Its certificates are analysed as the chain the server sends.
    assert!(report.chain.as_ref().unwrap().trusted);
    let report = analyse(&[("s_client.txt", transcript(false))], Some("valid.rootca1.demo.amazontrust.com"));
    let (showcerts, agrees, pasted) = transcript_finding(&report);
    assert_eq!((showcerts, agrees, pasted), (false, Some(true), 1));
    let rendered = certdoctor::render(&report, certdoctor::Lang::En, &common::controls());
    let finding = rendered.findings.iter().find(|finding| finding.code() == "client-transcript").unwrap();
    assert!(finding.commands.iter().any(|command| command.contains("-showcerts")));
}


/// The program is named from its own words, not from the library it quotes
/// (git quoting curl, docker quoting Go, pip quoting Python's ssl).
#[test]
fn the_client_is_named_from_its_own_words() {
    use ErrorClient as C;
    let cases: &[(&str, ErrorClient)] = &[
        ("Your connection isn't private NET::ERR_CERT_AUTHORITY_INVALID", C::Edge),
        ("Your connection is not private NET::ERR_CERT_COMMON_NAME_INVALID", C::Chrome),
        // As Safari writes it, with a typographic apostrophe and quotes.
        ("Safari can\u{2019}t verify the identity of the website \u{201c}example.com\u{201d}.", C::Apple),
        // Ruby's openssl library, its host check, and Bundler's words.
        ("SSL_connect returned=1 errno=0 peeraddr=203.0.113.9:443 state=error: certificate verify failed (unable to get local issuer certificate) (OpenSSL::SSL::SSLError)", C::Ruby),
        ("hostname \"api.example.com\" does not match the server certificate (OpenSSL::SSL::SSLError)", C::Ruby),
        ("Could not verify the SSL certificate for https://index.rubygems.org/versions.", C::Ruby),
        // Copied from a page, with no-break spaces.
        ("Safari can't\u{a0}verify the\u{a0}identity of the website \"example.com\".", C::Apple),
        ("fatal: unable to access 'https://example.com/x.git/': server certificate verification failed. CAfile: none CRLfile: none", C::Git),
        ("Error response from daemon: Get \"https://registry.example.com/v2/\": x509: certificate signed by unknown authority", C::Docker),
        ("Unable to connect to the server: x509: certificate has expired or is not yet valid", C::Kubectl),
        ("WARNING: Retrying (Retry(total=4)) after connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)'))': /simple/requests/ (from pip._vendor)", C::Python),
        ("psql: error: connection to server at \"db.example.com\", port 5432 failed: SSL error: certificate verify failed", C::Postgresql),
        ("javax.net.ssl.SSLPeerUnverifiedException: Hostname api.example.com not verified (OkHttp)", C::OkHttp),
        ("E1010 grpc ssl_transport_security.cc:1495] Handshake failed with fatal error SSL_ERROR_SSL: error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED", C::Openssl),
        ("Error: Hostname/IP does not match certificate's altnames: Host: a.example.com. is not in the cert's altnames: DNS:b.example.com", C::Node),
        ("npm ERR! code UNABLE_TO_GET_ISSUER_CERT_LOCALLY", C::Npm),
        ("Error code: SEC_ERROR_UNKNOWN_ISSUER", C::Firefox),
        ("OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to example.com:443", C::Curl),
        ("The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.", C::Dotnet),
        ("Invoke-WebRequest : The request was aborted: Could not create SSL/TLS secure channel. The remote certificate is invalid according to the validation procedure.", C::Dotnet),
        ("curl: (60) Peer's Certificate issuer is not recognized.", C::Curl),
        ("The certificate for this server is invalid.", C::Apple),
        ("SSL peer certificate or SSH remote key was not OK", C::Curl),
        ("ERR_CERT_COMMON_NAME_INVALID", C::Chrome),
        ("ERROR: The certificate of 'example.com' is not trusted.", C::Wget),
        ("The certificate's owner does not match hostname 'example.com'", C::Wget),
        ("SSL: certificate subject name 'www.example.com' does not match target host name 'example.com'", C::Curl),
        ("此服务器的证书无效。您可能正在连接到一个假冒\u{201c}example.com\u{201d}的服务器。", C::Apple),
        ("There is a problem with this website's security certificate.", C::Schannel),
        ("此网站出具的安全证书是为其他网站地址颁发的。", C::Schannel),
        ("Warning: Potential Security Risk Ahead", C::Firefox),
        ("基础连接已经关闭: 未能为 SSL/TLS 安全通道建立信任关系。", C::Dotnet),
        ("根据验证过程，远程证书无效。", C::Dotnet),
        ("CertUtil: -verify command FAILED: 0x800b0109 (-2146762487) A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.", C::Schannel),
        ("CERT_E_UNTRUSTEDROOT", C::Schannel),
        ("CertVerifyProcBuiltin for example.com failed: ERROR: No matching issuer found", C::Chrome),
        ("TLS client: In state certify at ssl_handshake.erl:2111 generated CLIENT ALERT: Fatal - Unknown CA", C::Erlang),
        ("** (Mint.TransportError) TLS client: In state certify generated CLIENT ALERT: Fatal - Unknown CA", C::Erlang),
        ("E (4231) esp-tls-mbedtls: mbedtls_ssl_handshake returned -0x2700", C::MbedTls),
        ("wolfSSL_connect error -188, ASN_NO_SIGNER_E", C::WolfSsl),
        ("qt.network.ssl: QSslSocket: cannot call unresolved function SSL_get_peer_certificate; The host name did not match any of the valid hosts for this certificate", C::Qt),
        ("此证书并非来自可信的授权中心。", C::Android),
        ("The name of the site doesn't match the name on the certificate.", C::Android),
        ("The server you are connected to is using a security certificate that cannot be verified.", C::Schannel),
        ("javax.net.ssl.SSLPeerUnverifiedException: peer not authenticated", C::Java),
        ("unable to get local issuer certificate while SSL handshaking to upstream", C::Nginx),
        ("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot", C::Dotnet),
        ("This Connection Is Not Private. This website may be impersonating \"example.com\" to steal your personal or financial information.", C::Apple),
        ("此连接非私人连接 此网站可能在冒充\u{201c}example.com\u{201d}来窃取您的个人或财务信息。", C::Apple),
        ("FetchError: request to https://registry.example.com/ failed, reason: certificate has expired", C::Node),
        ("AxiosError: unable to verify the first certificate", C::Node),
        ("MongoServerSelectionError: unable to get local issuer certificate", C::Node),
        ("Error: URLError(.serverCertificateHasUnknownRoot)", C::Apple),
        ("NSURLErrorServerCertificateNotYetValid", C::Apple),
        ("errSSLXCertChainInvalid", C::Apple),
        ("onReceivedSslError: primary error: 3 certificate: Issued to: CN=example.com;", C::Android),
        ("VERIFY ERROR: depth=1, error=unable to get local issuer certificate: C=US, O=Example, CN=Example CA", C::Openvpn),
        ("SSL_connect returned=1 errno=0 peeraddr=192.0.2.1:443 state=error: certificate verify failed (certificate has expired)", C::Ruby),
        ("ERR_CERTIFICATE_TRANSPARENCY_REQUIRED", C::Chrome),
        ("您的时钟快了", C::Chrome),
        ("example.com uses an invalid security certificate. The certificate is not trusted because the issuer certificate is unknown.", C::Firefox),
        ("api.example.com 使用了无效的安全证书。该证书因为其颁发者证书未知而不受信任。", C::Firefox),
        ("证书的 CN 名称与传递的值不匹配。", C::Schannel),
        ("TLS handshake error from 10.0.0.2:51234: remote error: tls: unknown certificate authority", C::Go),
        ("Verification error: unable to get local issuer certificate", C::OpensslCli),
        ("CERTIFICATE_VERIFY_FAILED: certificate has expired(handshake.cc:393)", C::Dart),
        ("The certificate chain was issued by an authority that is not trusted.", C::Schannel),
        ("curl: (60) schannel: SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain was issued by an authority that is not trusted.", C::Curl),
        ("A connection was successfully established with the server, but then an error occurred during the login process. (provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)", C::Dotnet),
        ("Error: self-signed certificate in certificate chain; if the root CA is installed locally, try running Node.js with --use-system-ca", C::Node),
        ("The operation couldn’t be completed. (OSStatus error -9807.)", C::Apple),
        ("TIC SSL Trust Error [3:0x600003c8c000]: 3:0", C::Apple),
        ("Could not fetch URL https://pypi.org/simple/requests/: There was a problem confirming the ssl certificate", C::Python),
        ("The certificate is not trusted because the issuer certificate is unknown.", C::Firefox),
        ("该证书因为其颁发者证书未知而不受信任。", C::Firefox),
        ("The certificate expired on January 1, 2023, 00:00. The current time is June 1, 2023, 10:00.", C::Firefox),
        ("Cannot Verify Server Identity", C::Apple),
        ("此证书是由未知颁发机构签名的", C::Apple),
        ("The target principal name is incorrect.", C::Schannel),
        ("目标主体名称不正确。", C::Schannel),
        ("已处理证书链，但是在不受信任提供程序信任的根证书中终止。", C::Schannel),
        ("证书链是由不受信任的颁发机构颁发的。", C::Schannel),
        ("Attackers might be trying to steal your information from example.com (for example, passwords, messages, or credit cards).", C::Chrome),
        ("Your connection isn't private Attackers might be trying to steal your information from example.com", C::Edge),
        ("攻击者可能会试图从 api.example.com 窃取你的信息(例如，密码、消息或信用卡)。", C::Edge),
        ("请求被中止: 未能创建 SSL/TLS 安全通道。", C::Dotnet),
        ("NSURLErrorServerCertificateUntrusted", C::Apple),
        ("致命错误：无法访问 'https://github.com/example/repo.git/'：SSL certificate problem: unable to get local issuer certificate", C::Git),
        ("javax.net.ssl.SSLHandshakeException: Chain validation failed", C::Android),
        ("The security certificate was issued by a company you have not chosen to trust.", C::Schannel),
        ("unable to load Private Key 140000000000:error:1E08010C:DECODER routines::unsupported:../crypto/encode_decode/decoder_lib.c:102:No supported data to decode.", C::OpensslCli),
        ("Could not read private key from key.pem", C::OpensslCli),
        ("keytool error: java.lang.Exception: Input not an X.509 certificate", C::Java),
        ("tls: private key does not match public key", C::Go),
        ("Error: Invalid PEM formatted message.", C::Node),
        ("Certificate verification failed. This typically happens when using Azure CLI behind a proxy that intercepts traffic with a self-signed certificate.", C::Python),
        ("A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 48.", C::Schannel),
        // Subversion's, GnuTLS's (apt, gnutls-cli) and Unity's own words,
        // which read as curl's or no one's before; Qt's, mbed TLS's and
        // Erlang's texts without their library's name; Chrome's client
        // certificate error.
        ("svn: E230001: Server SSL certificate verification failed: issuer is not trusted", C::Subversion),
        ("Server SSL certificate verification failed: certificate issued for a different hostname, issuer is not trusted", C::Subversion),
        ("Err:5 https://apt.example.com stable InRelease Certificate verification failed: The certificate is NOT trusted. The certificate issuer is unknown.  Could not handshake: Error in the certificate verification. [IP: 203.0.113.7 443]", C::GnuTls),
        ("- Status: The certificate is NOT trusted. The name in the certificate does not match the expected. ", C::GnuTls),
        ("ERROR: The certificate of 'example.com' is not trusted.", C::Wget),
        ("Curl error 60: Cert verify failed: UNITYTLS_X509VERIFY_FLAG_NOT_TRUSTED", C::Unity),
        ("The host name did not match any of the valid hosts for this certificate", C::Qt),
        ("The issuer certificate of a locally looked up certificate could not be found", C::Qt),
        ("  ! The certificate is not correctly signed by the trusted CA", C::MbedTls),
        ("{bad_cert,hostname_check_failed}", C::Erlang),
        ("ERR_BAD_SSL_CLIENT_AUTH_CERT", C::Chrome),
        ("request:fail ssl hand shake error", C::MiniProgram),
        ("{errMsg: \"request:fail -202:net::ERR_CERT_INVALID\"}", C::MiniProgram),
        // Citrix's dialog shares Outlook's words, not its verifier.
        ("SSL Error 61: You have not chosen to trust \"DigiCert Global Root G2\", the issuer of the server's security certificate.", C::Unknown),
        ("Certificate 1 \u{201c}Example Issuing CA\u{201d} has errors: Root is not trusted;", C::Apple),
        ("Error Domain=kCFErrorDomainCFNetwork Code=-9813 \"(null)\"", C::Apple),
        ("failed to establish trust with server at [es01.example.com]; the [CN=Example CA] certificate is not trusted in this ssl context", C::Java),
        ("java.io.IOException: toDerInputStream rejects tag type 45", C::Java),
        ("Trust evaluate failure: [leaf TemporalValidity]", C::Apple),
        ("DioException [bad certificate]: The certificate of the response is not approved.", C::Dart),
    ];
    let mut wrong = Vec::new();
    for (line, client) in cases {
        match recognise(line, 0).errors.first() {
            Some(error) if error.client == *client => {}
            other => wrong.push(format!("{line}: {:?}, expected {client:?}", other.map(|error| error.client))),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Java's words for a root whose later certificates it no longer trusts
/// (JDK-8337664, and the same for Camerfirma): the day is read, and with
/// nothing pasted to explain it the answer is that day, not the generic
/// causes of an unknown issuer.
/// OpenSSL 3 refusing an older PKCS#12 export's RC2-40 or RC4 encryption
/// is said as that, not as a wrong password, from each program's words;
/// OpenSSL's "unsupported" alone (Node's webpack and MD4) is not read.
#[test]
fn a_legacy_pkcs12_is_told_from_a_wrong_password() {
    let cases = [
        "Error outputting keys and certificates\n40C7A0D2117F0000:error:0308010C:digital envelope routines:inner_evp_generic_fetch:unsupported:../crypto/evp/evp_fetch.c:349:Global default library context, Algorithm (RC2-40-CBC : 0), Properties ()",
        "Error: Unsupported PKCS12 PFX data",
        "curl: (58) could not parse PKCS12 file, check password, OpenSSL error error:0308010C:digital envelope routines::unsupported",
    ];
    for text in cases {
        assert_eq!(recognise(text, 0).errors.len(), 1, "{text}");
        // The words say the encryption, and how to re-export, in both languages.
        let titles = ["old encryption", "旧加密算法"];
        said_as_what_it_is(text, Family::Password, |details| details.legacy_pkcs12, titles, "pkcs12 -legacy");
    }
    let wrong = recognise("Mac verify error: invalid password?", 0);
    assert!(!wrong.errors[0].details.legacy_pkcs12);
    assert!(recognise("Error: error:0308010C:digital envelope routines::unsupported", 0).errors.is_empty());
}

#[test]
fn javas_distrust_of_a_roots_later_certificates_is_read_with_its_day() {
    let lines = [
        ("javax.net.ssl.SSLHandshakeException: TLS server certificate issued after 2024-11-11 and anchored by a distrusted legacy Entrust root CA: CN=Entrust.net Certification Authority (2048), OU=(c) 1999 Entrust.net Limited", "2024-11-11"),
        ("sun.security.validator.ValidatorException: TLS server certificate issued after 2025-04-15 and anchored by a distrusted legacy Camerfirma root CA: CN=Chambers of Commerce Root - 2008", "2025-04-15"),
    ];
    for (line, day) in lines {
        let report = analyse(&[("error.txt", line.into())], None);
        let Some(certdoctor::FindingKind::ClientError { client, family, details, .. }) =
            report.findings.first().map(|finding| &finding.kind)
        else {
            panic!("{:?}", report.findings);
        };
        assert_eq!((*client, *family), (certdoctor::client_error::ErrorClient::Java, Family::UnknownIssuer));
        assert_eq!(details.distrusted_after.as_deref(), Some(day));
        for (lang, words) in [(certdoctor::Lang::En, format!("issued after {day}")), (certdoctor::Lang::Zh, format!("在 {day} 之后签发"))] {
            let rendered = certdoctor::render(&report, lang, &common::controls());
            let explanation = rendered.findings[0].explanation.to_string();
            assert!(explanation.contains(&words) && !explanation.contains("proxy") && !explanation.contains("代理"), "{explanation}");
        }
    }
}

/// keytool failing to import a CA's reply whose issuers the keystore lacks
/// is said as that — no server, import the root and intermediates first —
/// not as a server sending an incomplete chain, in both languages.
#[test]
fn keytools_reply_without_its_issuers_is_not_a_server_problem() {
    for text in [
        "keytool error: java.lang.Exception: Failed to establish chain from reply",
        "keytool 错误: java.lang.Exception: 无法从回复中建立链",
    ] {
        assert_eq!(recognise(text, 0).errors[0].client, ErrorClient::Java, "{text}");
        said_as_what_it_is(text, Family::MissingIntermediate, |details| details.keytool_reply, ["keystore", "密钥库"], "crl2pkcs7");
    }
    // A server's incomplete chain, as Java reports it, stays that.
    let server = recognise("sun.security.validator.ValidatorException: PKIX path building failed", 0);
    assert!(!server.errors[0].details.keytool_reply);
}

/// Windows' words for a certificate whose private key it cannot use (no
/// key imported with it, another store, no access for the program's
/// account) are said as that, with the import and access steps, in both
/// languages; a key that belongs to another certificate stays a mismatch.
#[test]
fn a_windows_certificate_without_its_private_key_is_said_as_that() {
    for text in [
        "System.Security.Cryptography.CryptographicException: Keyset does not exist",
        "The TLS server credential's certificate does not have a private key information property attached to it.",
        "schannel: AcquireCredentialsHandle failed: SEC_E_NO_CREDENTIALS (0x8009030e) - No credentials are available in the security package",
        "The credentials supplied to the package were not recognized",
        "A fatal error occurred when attempting to access the TLS server credential private key. The error code returned from the cryptographic module is 0x8009030D.",
        "System.Security.Cryptography.CryptographicException: Access is denied.",
    ] {
        let titles = ["private key is missing", "私钥缺失"];
        said_as_what_it_is(text, Family::KeyMismatch, |details| details.key_unreachable, titles, "Import-PfxCertificate");
    }
    let mismatch = recognise("SSL_CTX_use_PrivateKey(\"/etc/nginx/key.pem\") failed (SSL: error:05800074:x509 certificate routines::key values mismatch)", 0);
    assert_eq!(mismatch.errors[0].family, Family::KeyMismatch);
    assert!(!mismatch.errors[0].details.key_unreachable);
}

/// A client certificate a server asked for and did not get is said as that
/// from either side's words (nginx's page and log, OpenSSL and Apache as
/// servers, Java, Go, BoringSSL, .NET), with the client's options and the
/// server's list of accepted CAs, in both languages; a client certificate
/// the server refused is not.
#[test]
fn a_client_certificate_asked_for_and_not_sent_is_said_as_that() {
    for text in [
        "400 No required SSL certificate was sent",
        "2024/03/01 10:00:00 [info] 123#123: *456 client sent no required SSL certificate while reading client request headers",
        "[ssl:error] [pid 123] SSL Library Error: error:0A0000C7:SSL routines::peer did not return a certificate -- No CAs known to server for verification?",
        "javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_required",
        "remote error: tls: certificate required",
        "ssl.SSLError: [SSL: TLSV13_ALERT_CERTIFICATE_REQUIRED] tlsv13 alert certificate required (_ssl.c:2580)",
        "TLS error: 268436628:SSL routines:OPENSSL_internal:TLSV1_CERTIFICATE_REQUIRED",
        "http: TLS handshake error from 10.0.0.1:54321: tls: client didn't provide a certificate",
    ] {
        let titles = ["no client certificate", "客户端没有发送证书"];
        let has = |details: &Details| details.client_certificate_missing;
        said_as_what_it_is(text, Family::PeerRejectedOurCert, has, titles, "--cert client.pem");
    }
    for text in [
        "ssl.SSLError: [SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert unknown ca (_ssl.c:2580)",
        "System.Security.Authentication.AuthenticationException: Authentication failed because the remote party sent a TLS alert: 'CertificateExpired'.",
    ] {
        let error = &recognise(text, 0).errors[0];
        assert_eq!(error.family, Family::PeerRejectedOurCert, "{text}");
        assert!(!error.details.client_certificate_missing, "{text}");
    }
}

/// `text` is read as `family` with the detail `has` looks at, and said as
/// what it is in both languages: a title with `titles`' words (English,
/// Chinese) and a fix whose commands include `command`.
fn said_as_what_it_is(text: &str, family: Family, has: fn(&Details) -> bool, titles: [&str; 2], command: &str) {
    let error = &recognise(text, 0).errors[0];
    assert_eq!(error.family, family, "{text}");
    assert!(has(&error.details), "{text}");
    let report = analyse(&[("error.txt", text.to_string())], None);
    for (lang, word) in [(certdoctor::Lang::En, titles[0]), (certdoctor::Lang::Zh, titles[1])] {
        let rendered = certdoctor::render(&report, lang, &common::controls());
        let finding = &rendered.findings[0];
        assert!(finding.title.contains(word), "{}", finding.title);
        assert!(finding.commands.iter().any(|line| line.contains(command)), "{:?}", finding.commands);
    }
}
