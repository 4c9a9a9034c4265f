//! The general complaints of the family table, after the specific ones of
//! `rules.rs` (which see): dates, an untrusted issuer in every wording, and
//! the catch-alls ("certificate verify failed", "not trusted").

use super::family::Family;

/// (token, family), after `rules::FAMILY_TOKENS`.
pub const GENERAL_TOKENS: &[(&str, Family)] = &[
    // Dates: Go's "expired or is not yet valid" is the expired family,
    // unless its two times say otherwise (`Family::of_go_dates`).
    ("expired or is not yet valid", Family::Expired),
    ("not yet valid", Family::NotYetValid),
    ("not_yet_valid", Family::NotYetValid),
    ("notyetvalid", Family::NotYetValid),
    // rustls's CertificateError::NotValidYet.
    ("notvalidyet", Family::NotYetValid),
    // Apple's NSURLErrorServerCertificateNotYetValid (-1204) by number.
    ("code=-1204", Family::NotYetValid),
    ("not valid yet", Family::NotYetValid),
    ("not valid before", Family::NotYetValid),
    // Firefox's page: "The certificate will not be valid until …", "在 … 之前无效".
    ("will not be valid until", Family::NotYetValid),
    ("之前无效", Family::NotYetValid),
    ("not activated yet", Family::NotYetValid),
    ("notbefore", Family::NotYetValid),
    ("尚未生效", Family::NotYetValid),
    ("expired", Family::Expired),
    ("notafter", Family::Expired),
    // CryptoAPI's CERT_E_EXPIRED and Schannel's SEC_E_CERT_EXPIRED by number.
    ("0x800b0101", Family::Expired),
    ("0x80090328", Family::Expired),
    ("validity check failed", Family::Expired),
    ("not_time_valid", Family::Expired),
    ("nottimevalid", Family::Expired),
    ("date_invalid", Family::Expired),
    ("past its expiration", Family::Expired),
    ("timestamp check failed", Family::Expired),
    ("-9814", Family::Expired),
    // Apple's NSURLErrorServerCertificateHasBadDate (-1201).
    ("certificatehasbaddate", Family::Expired),
    ("code=-1201", Family::Expired),
    ("net_error -201", Family::Expired),
    ("过期", Family::Expired),
    // Windows' CERT_E_EXPIRED in words ("A required certificate is not
    // within its validity period when verifying against the current system
    // clock…"), in English and Chinese.
    ("not within its validity period", Family::Expired),
    ("不在其有效期内", Family::Expired),
    ("不在有效期内", Family::Expired),
    // Names.
    ("hostname mismatch", Family::Hostname),
    // Firefox's "only valid for the following names" in Chinese; CryptoAPI's
    // CERT_E_CN_NO_MATCH in Chinese.
    ("仅对下列名称有效", Family::Hostname),
    ("与传递的值不匹配", Family::Hostname),
    // Secure Transport's errSSLHostNameMismatch; nginx's proxy_ssl_verify.
    ("hostnamemismatch", Family::Hostname),
    ("upstream ssl certificate does not match", Family::Hostname),
    ("hostname verification failed", Family::Hostname),
    // Internet Explorer's page (Windows' verifier), in English and Chinese.
    ("issued for a different website's address", Family::Hostname),
    ("是为其他网站地址颁发的", Family::Hostname),
    // GnuTLS's GNUTLS_CERT_UNEXPECTED_OWNER.
    ("does not match the expected", Family::Hostname),
    // Erlang/OTP's {bad_cert,hostname_check_failed}.
    ("hostname_check_failed", Family::Hostname),
    // NSS's SSL_ERROR_BAD_CERT_DOMAIN.
    ("requested domain name does not match", Family::Hostname),
    ("ip address mismatch", Family::Hostname),
    ("common_name_invalid", Family::Hostname),
    ("bad_cert_domain", Family::Hostname),
    ("altname", Family::Hostname),
    ("subject alternative", Family::Hostname),
    ("subjectalternativename", Family::Hostname),
    ("no name matching", Family::Hostname),
    ("not valid for", Family::Hostname),
    ("valid for", Family::Hostname),
    ("does not match host", Family::Hostname),
    // Ruby's OpenSSL::SSL::SSLSocket#post_connection_check.
    ("does not match the server certificate", Family::Hostname),
    // MongoDB's drivers: "Hostname: X does not match SAN(s): Y".
    ("does not match san", Family::Hostname),
    ("doesn't match", Family::Hostname),
    ("does not match target host", Family::Hostname),
    ("does not match for hostname", Family::Hostname),
    ("did not match", Family::Hostname),
    ("cn mismatch", Family::Hostname),
    ("wrong_principal", Family::Hostname),
    ("0x80090322", Family::Hostname),
    // CryptoAPI's CERT_E_CN_NO_MATCH.
    ("cert_e_cn_no_match", Family::Hostname),
    ("0x800b010f", Family::Hostname),
    // Schannel's event log (36884).
    ("does not contain the expected name", Family::Hostname),
    // Subversion (serf): "The certificate hostname does not match."
    ("certificate hostname does not match", Family::Hostname),
    ("target principal name is incorrect", Family::Hostname),
    ("目标主体名称不正确", Family::Hostname),
    ("namemismatch", Family::Hostname),
    ("notvalidforname", Family::Hostname),
    ("legacy common name", Family::Hostname),
    ("ip sans", Family::Hostname),
    ("subject name", Family::Hostname),
    ("which matches the server name", Family::Hostname),
    ("not verified", Family::Hostname),
    ("-9843", Family::Hostname),
    ("missing_subjectaltname", Family::Hostname),
    ("its security certificate is from", Family::Hostname),
    ("does not specify subject alternative names", Family::Hostname),
    ("其安全证书来自", Family::Hostname),
    ("它的安全证书来自", Family::Hostname),
    ("缺少主题备用名称", Family::Hostname),
    ("non_unique_name", Family::Hostname),
    ("net_error -200", Family::Hostname),
    // The partial chain, said outright.
    ("unable to verify the first certificate", Family::MissingIntermediate),
    ("unable_to_verify_leaf_signature", Family::MissingIntermediate),
    ("partial_chain", Family::MissingIntermediate),
    ("partialchain", Family::MissingIntermediate),
    ("chain is incomplete", Family::MissingIntermediate),
    ("can't retrieve issuer certificate", Family::MissingIntermediate),
    ("ah02217", Family::MissingIntermediate),
    ("无法验证第一个证书", Family::MissingIntermediate),
    // Remote Desktop's certificate dialog and its details.
    ("server name on the certificate is incorrect", Family::Hostname),
    ("name in the certificate does not match", Family::Hostname),
    ("missing intermediate", Family::MissingIntermediate),
    // Self-signed: the chain-internal kind first ("in certificate chain" is
    // a private root or a proxy: unknown-issuer).
    ("self signed certificate in certificate chain", Family::UnknownIssuer),
    ("self-signed certificate in certificate chain", Family::UnknownIssuer),
    // Qt's QSslError::SelfSignedCertificateInChain.
    ("root certificate of the certificate chain is self-signed", Family::UnknownIssuer),
    ("self_signed_cert_in_chain", Family::UnknownIssuer),
    // Azure CLI's guess, a proxy that intercepts with its own root: not
    // the server's certificate being self-signed.
    ("proxy that intercepts traffic", Family::UnknownIssuer),
    ("证书链中存在自签名证书", Family::UnknownIssuer),
    ("证书链中的自签名证书", Family::UnknownIssuer),
    // "Self-signed or issued by an unknown authority" names both: the
    // generic "not trusted".
    ("自签名的或", Family::UnknownIssuer),
    ("自签名或", Family::UnknownIssuer),
    ("depth_zero_self_signed", Family::SelfSigned),
    ("self signed certificate", Family::SelfSigned),
    ("self-signed certificate", Family::SelfSigned),
    ("self_signed_cert", Family::SelfSigned),
    ("self-signed", Family::SelfSigned),
    ("selfsigned", Family::SelfSigned),
    ("自签名", Family::SelfSigned),
    // The generic "not trusted".
    ("unable to get local issuer certificate", Family::UnknownIssuer),
    ("unable to get issuer certificate", Family::UnknownIssuer),
    ("unable_to_get_issuer_cert", Family::UnknownIssuer),
    // OpenSSL's X509_V_ERR_CERT_UNTRUSTED by its code, as Node gives it.
    ("cert_untrusted", Family::UnknownIssuer),
    ("unknown authority", Family::UnknownIssuer),
    ("unknown_issuer", Family::UnknownIssuer),
    ("unknownissuer", Family::UnknownIssuer),
    ("issuer is unknown", Family::UnknownIssuer),
    // Apple: NSURLErrorServerCertificateHasUnknownRoot (-1203) and Secure
    // Transport's errSSLXCertChainInvalid, errSSLUnknownRootCert and
    // errSSLNoRootCert by name.
    ("certificatehasunknownroot", Family::UnknownIssuer),
    ("code=-1203", Family::UnknownIssuer),
    ("errsslxcertchaininvalid", Family::UnknownIssuer),
    ("errsslunknownrootcert", Family::UnknownIssuer),
    ("errsslnorootcert", Family::UnknownIssuer),
    // Apple's NSURLErrorServerCertificateUntrusted (-1202) in words.
    ("certificate for this server is invalid", Family::UnknownIssuer),
    // curl's CURLE_PEER_FAILED_VERIFICATION, the words libcurl gives code 60.
    ("peer certificate or ssh remote key was not ok", Family::UnknownIssuer),
    // OpenLDAP over GnuTLS; Postfix's log of a chain it could not verify.
    ("peer cert untrusted or revoked", Family::UnknownIssuer),
    ("untrusted tls connection", Family::UnknownIssuer),
    // wget built with GnuTLS.
    ("hasn't got a known issuer", Family::UnknownIssuer),
    // Internet Explorer's page; Firefox's and Safari's in English and
    // Chinese (each names no cause: the generic "not trusted").
    ("not issued by a trusted certificate authority", Family::UnknownIssuer),
    ("不是由受信任的证书颁发机构颁发的", Family::UnknownIssuer),
    ("不是由受信任的根证书颁发机构颁发的", Family::UnknownIssuer),
    ("problem with this website's security certificate", Family::UnknownIssuer),
    ("此网站的安全证书有问题", Family::UnknownIssuer),
    ("此网站的安全证书存在问题", Family::UnknownIssuer),
    ("potential security risk ahead", Family::UnknownIssuer),
    ("面临潜在的安全风险", Family::UnknownIssuer),
    ("无法验证网站的身份", Family::UnknownIssuer),
    // Android's certificate dialog, in English and Chinese; Outlook's.
    ("not from a trusted authority", Family::UnknownIssuer),
    ("并非来自可信的授权中心", Family::UnknownIssuer),
    ("security certificate that cannot be verified", Family::UnknownIssuer),
    // NSS's SEC_ERROR_UNKNOWN_ISSUER.
    ("issuer is not recognized", Family::UnknownIssuer),
    ("authority_invalid", Family::UnknownIssuer),
    ("untrusted_root", Family::UnknownIssuer),
    ("untrustedroot", Family::UnknownIssuer),
    ("untrusted root", Family::UnknownIssuer),
    ("0x80090325", Family::UnknownIssuer),
    // CryptoAPI's CERT_E_UNTRUSTEDROOT and CERT_E_CHAINING, Schannel's
    // SEC_E_CERT_UNKNOWN (which names no cause).
    ("0x800b0109", Family::UnknownIssuer),
    ("cert_e_chaining", Family::UnknownIssuer),
    ("0x800b010a", Family::UnknownIssuer),
    // CryptoAPI's CERT_E_UNTRUSTEDCA, TRUST_E_EXPLICIT_DISTRUST.
    ("cert_e_untrustedca", Family::UnknownIssuer),
    ("0x800b0112", Family::UnknownIssuer),
    ("trust_e_explicit_distrust", Family::UnknownIssuer),
    ("0x800b0111", Family::UnknownIssuer),
    // Schannel's event log (36882); Subversion's "not issued by a trusted
    // authority".
    ("issued by an untrusted certificate authority", Family::UnknownIssuer),
    ("not issued by a trusted authority", Family::UnknownIssuer),
    ("could not be built to a trusted root", Family::UnknownIssuer),
    ("sec_e_cert_unknown", Family::UnknownIssuer),
    ("0x80090327", Family::UnknownIssuer),
    ("authority that is not trusted", Family::UnknownIssuer),
    ("pkix path building failed", Family::UnknownIssuer),
    // Java's validator with no anchor at all; JSSE's SSLPeerUnverifiedException.
    ("no trusted certificate found", Family::UnknownIssuer),
    ("peer not authenticated", Family::UnknownIssuer),
    ("valid certification path", Family::UnknownIssuer),
    ("trust anchor for certification path not found", Family::UnknownIssuer),
    ("locally verify the issuer", Family::UnknownIssuer),
    ("invalid certificate chain", Family::UnknownIssuer),
    ("-9807", Family::UnknownIssuer),
    ("-9813", Family::UnknownIssuer),
    ("-1202", Family::UnknownIssuer),
    ("symantec_legacy", Family::UnknownIssuer),
    ("mitm_detected", Family::UnknownIssuer),
    // NSS: a CA distrusted after a date (MOZILLA_PKIX_ERROR_ADDITIONAL_POLICY_CONSTRAINT_FAILED).
    ("additional_policy_constraint_failed", Family::UnknownIssuer),
    // Java's distrust of a CA's certificates issued after a date.
    ("anchored by a distrusted", Family::UnknownIssuer),
    // Windows' words (Outlook, Remote Desktop); Android's "Chain
    // validation failed" (often the device's clock).
    ("not chosen to trust", Family::UnknownIssuer),
    ("not from a trusted certifying authority", Family::UnknownIssuer),
    ("chain validation failed", Family::UnknownIssuer),
    // Apple's NSURLErrorServerCertificateUntrusted (-1202) by name
    // (…HasUnknownRoot, -1203, is above).
    ("servercertificateuntrusted", Family::UnknownIssuer),
    // Chrome's block of a known interception root.
    ("known_interception_blocked", Family::UnknownIssuer),
    // GnuTLS (wget): "doesn't have a known issuer".
    ("have a known issuer", Family::UnknownIssuer),
    // Bundler's and RubyGems' "Could not verify the SSL certificate for".
    ("could not verify the ssl certificate", Family::UnknownIssuer),
    // pip's "There was a problem confirming the ssl certificate".
    ("problem confirming the ssl certificate", Family::UnknownIssuer),
    // CFNetwork's log line of a failed trust evaluation.
    ("ssl trust error", Family::UnknownIssuer),
    ("does not chain with any of the trust anchors", Family::UnknownIssuer),
    ("rejected by the provided remotecertificatevalidationcallback", Family::UnknownIssuer),
    ("verification of server certificate failed", Family::UnknownIssuer),
    ("net_error -202", Family::UnknownIssuer),
    ("-9812", Family::UnknownIssuer),
    ("not trusted", Family::UnknownIssuer),
    ("trust relationship", Family::UnknownIssuer),
    // .NET Framework's "could not establish trust relationship" in Chinese.
    ("安全通道建立信任关系", Family::UnknownIssuer),
    ("remotecertificatechainerrors", Family::UnknownIssuer),
    ("validation procedure", Family::UnknownIssuer),
    ("server certificate verification failed", Family::UnknownIssuer),
    ("ssl certificate verification failed", Family::UnknownIssuer),
    ("certificate verification failed", Family::UnknownIssuer),
    ("certificate verify failed", Family::UnknownIssuer),
    // OpenSSL's words as Chinese tools translate them.
    ("无法获取本地颁发者证书", Family::UnknownIssuer),
    ("证书验证失败", Family::UnknownIssuer),
    // WeChat mini programs' wx.request: an untrusted or incomplete chain
    // (Android's WeChat completes none), a name or date error, or no TLS 1.2.
    ("ssl hand shake error", Family::UnknownIssuer),
    ("certificate_verify_failed", Family::UnknownIssuer),
    ("certificate verify error", Family::UnknownIssuer),
    ("cert verify failed", Family::UnknownIssuer),
    // mbed TLS's MBEDTLS_ERR_X509_CERT_VERIFY_FAILED by name and number; the
    // MySQL client's words for a chain it could not verify.
    ("x509_cert_verify_failed", Family::UnknownIssuer),
    ("returned -0x2700", Family::UnknownIssuer),
    ("failed to verify the server certificate", Family::UnknownIssuer),
    // "Cannot verify", "verification failed" and an unknown issuer in the
    // words Chinese apps use, simplified and traditional.
    ("无法验证证书", Family::UnknownIssuer),
    ("证书校验失败", Family::UnknownIssuer),
    ("未知的颁发机构", Family::UnknownIssuer),
    ("憑證不受信任", Family::UnknownIssuer),
    // OpenSSL's verify reports with any number: its family comes from the
    // number (`Family::of_openssl`), this only says the line is one.
    ("verify error:num=", Family::UnknownIssuer),
    ("verify return code:", Family::UnknownIssuer),
    ("peer certificate cannot be authenticated", Family::UnknownIssuer),
    ("ssl certificate problem", Family::UnknownIssuer),
    ("curl.se/docs/sslcerts", Family::UnknownIssuer),
    ("curl.haxx.se/docs/sslcerts", Family::UnknownIssuer),
    ("不受信任", Family::UnknownIssuer),
    ("不信任", Family::UnknownIssuer),
    ("不被信任", Family::UnknownIssuer),
    ("不可信", Family::UnknownIssuer),
    // Firefox's Chinese page ("连接不安全") for a certificate it refused.
    ("连接不安全", Family::UnknownIssuer),
    ("未被信任", Family::UnknownIssuer),
    ("颁发者证书未知", Family::UnknownIssuer),
    ("颁发者未知", Family::UnknownIssuer),
    ("不是私密连接", Family::UnknownIssuer),
    // Safari's page in Chinese ("This Connection Is Not Private").
    ("非私人连接", Family::UnknownIssuer),
    ("不是专用连接", Family::UnknownIssuer),
    ("证书无效", Family::UnknownIssuer),
    ("connection is not private", Family::UnknownIssuer),
    ("connection isn't private", Family::UnknownIssuer),
    ("can't verify the identity", Family::UnknownIssuer),
    ("cannot verify the identity", Family::UnknownIssuer),
    // Apple's words: Keychain ("signed by an unknown authority"), iOS's
    // "Cannot Verify Server Identity", Safari's "cannot be verified".
    ("未知颁发机构", Family::UnknownIssuer),
    ("cannot verify server identity", Family::UnknownIssuer),
    ("无法验证服务器身份", Family::UnknownIssuer),
    ("cannot be verified by safari", Family::UnknownIssuer),
    ("不受 chrome 信任", Family::UnknownIssuer),
    // Safari's NSURLErrorSecureConnectionFailed (-1200) in words: a TLS
    // failure, not a certificate's.
    ("establish a secure connection", Family::Protocol),
    // .NET Framework's "Could not create SSL/TLS secure channel": TLS
    // versions or ciphers (in English and Chinese).
    ("could not create ssl/tls secure channel", Family::Protocol),
    ("未能创建 ssl/tls 安全通道", Family::Protocol),
    ("无法建立安全连接", Family::Protocol),
    // stunnel's verdict on a peer's certificate after its reason line;
    // Schannel's event for a server certificate it could not validate.
    ("rejected by cert at depth", Family::UnknownIssuer),
    // VPN clients: Cisco AnyConnect ("Certificate Validation Failure",
    // "Untrusted Server Blocked!"), FortiClient's untrusted gateway.
    ("certificate validation failure", Family::UnknownIssuer),
    ("untrusted server blocked", Family::UnknownIssuer),
    // Subversion's prompt ("Server SSL certificate untrusted").
    ("certificate untrusted", Family::UnknownIssuer),
    ("connecting to an untrusted server", Family::UnknownIssuer),
    ("certificate that cannot be validated", Family::UnknownIssuer),
    // Chrome's page with neither heading nor code: its generic cause.
    ("steal your information", Family::UnknownIssuer),
    ("窃取您的信息", Family::UnknownIssuer),
    ("窃取你的信息", Family::UnknownIssuer),
];
