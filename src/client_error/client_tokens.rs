//! The stable tokens the program that printed an error is named by (see
//! `rules.rs` for what makes a token stable).
//!
//! The table is ordered: the first client rule a line matches wins, so a
//! wrapper (git, npm, docker) comes before the library whose words it
//! quotes (curl, Node, Go).

use super::ErrorClient;

/// (token, client), most specific first: wrappers before the library whose
/// words they quote.
pub const CLIENT_TOKENS: &[(&str, ErrorClient)] = &[
    // gRPC's C core wraps OpenSSL/BoringSSL; OpenSSL's SSL_get_error names
    // must not read as Firefox's SSL_ERROR_ codes.
    ("ssl_transport_security", ErrorClient::Openssl),
    // curl's own words around OpenSSL's code (lib/vtls/openssl.c).
    ("openssl ssl_connect: ssl_error_syscall in connection to", ErrorClient::Curl),
    ("ssl_error_ssl", ErrorClient::Openssl),
    ("ssl_error_syscall", ErrorClient::Openssl),
    ("npm err", ErrorClient::Npm),
    ("npm error", ErrorClient::Npm),
    ("npm warn", ErrorClient::Npm),
    ("fatal: unable to access", ErrorClient::Git),
    // git in Chinese: "致命错误：无法访问 '<url>'：…" (zh_CN's "unable to access '%s'").
    ("无法访问 '", ErrorClient::Git),
    ("git@", ErrorClient::Git),
    ("error response from daemon", ErrorClient::Docker),
    ("docker:", ErrorClient::Docker),
    ("unable to connect to the server", ErrorClient::Kubectl),
    ("kubectl", ErrorClient::Kubectl),
    ("memcache.go", ErrorClient::Kubectl),
    ("requests.exceptions", ErrorClient::Python),
    ("urllib3", ErrorClient::Python),
    ("pip._vendor", ErrorClient::Python),
    ("condasslerror", ErrorClient::Python),
    ("problem confirming the ssl certificate", ErrorClient::Python),
    ("azure cli", ErrorClient::Python),
    ("urlopen error", ErrorClient::Python),
    ("_ssl.c", ErrorClient::Python),
    ("sslcertverificationerror", ErrorClient::Python),
    ("ssl.sslerror", ErrorClient::Python),
    ("[ssl:", ErrorClient::Python),
    // Chromium's net log names its verifier.
    ("certverifyprocbuiltin", ErrorClient::Chrome),
    ("cert_verify_proc_builtin", ErrorClient::Chrome),
    // Erlang/OTP's alerts and the Elixir clients that relay them.
    ("ssl_handshake.erl", ErrorClient::Erlang),
    ("tls client: in state", ErrorClient::Erlang),
    ("{tls_alert,", ErrorClient::Erlang),
    ("{:tls_alert,", ErrorClient::Erlang),
    ("{bad_cert,", ErrorClient::Erlang),
    ("{:bad_cert,", ErrorClient::Erlang),
    ("mint.transporterror", ErrorClient::Erlang),
    // Embedded stacks and Qt by their names and error names.
    ("mbedtls", ErrorClient::MbedTls),
    ("wolfssl", ErrorClient::WolfSsl),
    ("asn_no_signer_e", ErrorClient::WolfSsl),
    ("qsslsocket", ErrorClient::Qt),
    ("qt.network.ssl", ErrorClient::Qt),
    // QSslError's own texts.
    ("did not match any of the valid hosts for this certificate", ErrorClient::Qt),
    ("of a locally looked up certificate could not be found", ErrorClient::Qt),
    ("the root ca certificate is not trusted for this purpose", ErrorClient::Qt),
    ("is self-signed, and untrusted", ErrorClient::Qt),
    // mbed TLS's verify-result texts (mbedtls_x509_crt_verify_info).
    ("not correctly signed by the trusted ca", ErrorClient::MbedTls),
    ("does not match with the expected cn", ErrorClient::MbedTls),
    ("the certificate validity has expired", ErrorClient::MbedTls),
    // A mini program's request, in WeChat and in uni-app ("request:fail
    // ssl hand shake error", "request:fail -202:net::ERR_CERT_INVALID"),
    // before Chrome's codes it may quote.
    ("request:fail", ErrorClient::MiniProgram),
    ("wx.request", ErrorClient::MiniProgram),
    ("uni.request", ErrorClient::MiniProgram),
    // Unity's own TLS stack, through its libcurl-style "Curl error 60".
    ("unitytls", ErrorClient::Unity),
    ("handshake error in client", ErrorClient::Dart),
    ("dioexception", ErrorClient::Dart),
    ("dioerror", ErrorClient::Dart),
    ("os error: certificate_verify_failed", ErrorClient::Dart),
    // BoringSSL's source file, as Dart's HandshakeException quotes it.
    ("(handshake.cc:", ErrorClient::Dart),
    // JSSE's own wording of SSLPeerUnverifiedException (HttpsURLConnection,
    // Apache HttpClient), before OkHttp's name for the same exception.
    ("peer not authenticated", ErrorClient::Java),
    ("sslpeerunverifiedexception", ErrorClient::OkHttp),
    ("okhttp", ErrorClient::OkHttp),
    ("trust anchor for certification path not found", ErrorClient::Android),
    // Conscrypt's TrustManagerImpl, before JSSE's package name.
    ("chain validation failed", ErrorClient::Android),
    // WebView's SslError, as onReceivedSslError logs it.
    ("onreceivedsslerror", ErrorClient::Android),
    ("primary error:", ErrorClient::Android),
    ("not from a trusted authority", ErrorClient::Android),
    ("并非来自可信的授权中心", ErrorClient::Android),
    ("the name of the site doesn't match the name on the certificate", ErrorClient::Android),
    ("javax.net.ssl", ErrorClient::Java),
    ("java.security", ErrorClient::Java),
    // Elasticsearch's own diagnosis of a TLS failure (Java's verifier).
    ("failed to establish trust with server at", ErrorClient::Java),
    ("invalid keystore format", ErrorClient::Java),
    ("derinputstream", ErrorClient::Java),
    ("java.io.ioexception", ErrorClient::Java),
    ("sun.security", ErrorClient::Java),
    ("pkix path", ErrorClient::Java),
    ("keystore password", ErrorClient::Java),
    ("keytool", ErrorClient::Java),
    ("system.net", ErrorClient::Dotnet),
    ("system.security", ErrorClient::Dotnet),
    ("system.componentmodel", ErrorClient::Dotnet),
    ("remotecertificate", ErrorClient::Dotnet),
    ("validation procedure", ErrorClient::Dotnet),
    ("could not create ssl/tls secure channel", ErrorClient::Dotnet),
    ("未能创建 ssl/tls 安全通道", ErrorClient::Dotnet),
    ("ssl provider", ErrorClient::Dotnet),
    // .NET Framework's WebException and PowerShell's web cmdlets over it.
    ("could not establish trust relationship", ErrorClient::Dotnet),
    // SslStream's own words since .NET 5 ("… because of errors in the
    // certificate chain: PartialChain").
    ("the remote certificate is invalid", ErrorClient::Dotnet),
    ("安全通道建立信任关系", ErrorClient::Dotnet),
    ("远程证书无效", ErrorClient::Dotnet),
    ("invoke-webrequest", ErrorClient::Dotnet),
    ("invoke-restmethod", ErrorClient::Dotnet),
    ("nsurlerrordomain", ErrorClient::Apple),
    // NSURLErrorServerCertificate… and Swift's URLError codes
    // (.serverCertificateHasUnknownRoot, …).
    ("servercertificatehas", ErrorClient::Apple),
    ("servercertificateuntrusted", ErrorClient::Apple),
    ("servercertificatenotyetvalid", ErrorClient::Apple),
    // Secure Transport's result codes (errSSLXCertChainInvalid, …).
    ("errssl", ErrorClient::Apple),
    ("kcfstreamerror", ErrorClient::Apple),
    ("kcferrordomaincfnetwork", ErrorClient::Apple),
    ("trust evaluate failure", ErrorClient::Apple),
    ("ats failed system trust", ErrorClient::Apple),
    // Its trust report, a certificate at a time ("Certificate 1 “…” has
    // errors: Root is not trusted;").
    ("has errors: root is not trusted", ErrorClient::Apple),
    ("has errors: ssl hostname does not match", ErrorClient::Apple),
    ("-1202", ErrorClient::Apple),
    // Security framework status codes, and CFNetwork's log line.
    ("osstatus", ErrorClient::Apple),
    ("tic ssl trust error", ErrorClient::Apple),
    ("tls trust evaluation failed", ErrorClient::Apple),
    ("can't verify the identity of the website", ErrorClient::Apple),
    ("certificate for this server is invalid", ErrorClient::Apple),
    ("an ssl error has occurred and a secure connection", ErrorClient::Apple),
    ("此服务器的证书无效", ErrorClient::Apple),
    // Safari's page ("This Connection Is Not Private … may be
    // impersonating"), in English and Chinese; Chrome's says "Your".
    ("this connection is not private", ErrorClient::Apple),
    ("may be impersonating", ErrorClient::Apple),
    ("此连接非私人连接", ErrorClient::Apple),
    ("无法验证网站的身份", ErrorClient::Apple),
    // Internet Explorer: Windows' own verifier.
    ("security certificate presented by this website", ErrorClient::Schannel),
    ("problem with this website's security certificate", ErrorClient::Schannel),
    // Outlook: Windows' verifier.
    ("security certificate that cannot be verified", ErrorClient::Schannel),
    ("此网站出具的安全证书", ErrorClient::Schannel),
    ("此网站的安全证书有问题", ErrorClient::Schannel),
    ("此网站的安全证书存在问题", ErrorClient::Schannel),
    ("与传递的值不匹配", ErrorClient::Schannel),
    // Edge's own interstitial wording, before the NET:: code it shares
    // with Chrome.
    ("connection isn't private", ErrorClient::Edge),
    ("不是专用连接", ErrorClient::Edge),
    ("net::err_", ErrorClient::Chrome),
    ("err_bad_ssl_client_auth_cert", ErrorClient::Chrome),
    ("err_ssl_", ErrorClient::Chrome),
    // Chrome's net error names without their NET:: prefix (Node's are ERR_TLS_).
    ("err_cert_", ErrorClient::Chrome),
    ("err_certificate_transparency", ErrorClient::Chrome),
    ("this server could not prove", ErrorClient::Chrome),
    ("此服务器无法证明", ErrorClient::Chrome),
    ("your connection is not private", ErrorClient::Chrome),
    ("your clock is behind", ErrorClient::Chrome),
    ("your clock is ahead", ErrorClient::Chrome),
    ("您的时钟慢了", ErrorClient::Chrome),
    ("您的时钟快了", ErrorClient::Chrome),
    ("不是私密连接", ErrorClient::Chrome),
    ("mozilla_pkix", ErrorClient::Firefox),
    ("sec_error_", ErrorClient::Firefox),
    ("ssl_error_", ErrorClient::Firefox),
    ("error code:", ErrorClient::Firefox),
    ("错误代码", ErrorClient::Firefox),
    ("websites prove their identity", ErrorClient::Firefox),
    ("potential security risk ahead", ErrorClient::Firefox),
    ("面临潜在的安全风险", ErrorClient::Firefox),
    // Firefox's page: "example.com uses an invalid security certificate",
    // "The certificate is only valid for the following names", in English
    // and Chinese.
    ("uses an invalid security certificate", ErrorClient::Firefox),
    ("使用了无效的安全证书", ErrorClient::Firefox),
    ("only valid for the following names", ErrorClient::Firefox),
    ("仅对下列名称有效", ErrorClient::Firefox),
    ("firefox", ErrorClient::Firefox),
    ("invalid peer certificate", ErrorClient::Rustls),
    ("webpkierror", ErrorClient::Rustls),
    ("invalidcertificate", ErrorClient::Rustls),
    ("x509:", ErrorClient::Go),
    ("tls: failed to verify", ErrorClient::Go),
    ("remote error: tls:", ErrorClient::Go),
    ("tls handshake error from", ErrorClient::Go),
    // crypto/tls's LoadX509KeyPair.
    ("tls: failed to find", ErrorClient::Go),
    ("tls: private key does not match", ErrorClient::Go),
    ("code: '", ErrorClient::Node),
    ("code: \"", ErrorClient::Node),
    ("tlssocket", ErrorClient::Node),
    ("_tls_wrap", ErrorClient::Node),
    ("err_tls_", ErrorClient::Node),
    // Node ≥ 23.8's hint after a chain it could not verify.
    ("--use-system-ca", ErrorClient::Node),
    ("err_ossl_", ErrorClient::Node),
    ("fetch failed", ErrorClient::Node),
    ("invalid pem formatted message", ErrorClient::Node),
    // node-fetch, axios and the MongoDB driver, which pass Node's words on.
    ("fetcherror", ErrorClient::Node),
    ("axioserror", ErrorClient::Node),
    ("mongoserverselectionerror", ErrorClient::Node),
    ("mongonetworkerror", ErrorClient::Node),
    // Node's tls.checkServerIdentity, in its old and new wording.
    ("certificate's altnames", ErrorClient::Node),
    ("nginx", ErrorClient::Nginx),
    ("ssl_do_handshake", ErrorClient::Nginx),
    ("ssl_ctx_use", ErrorClient::Nginx),
    ("[emerg]", ErrorClient::Nginx),
    ("upstream ssl certificate", ErrorClient::Nginx),
    ("ssl handshaking to upstream", ErrorClient::Nginx),
    ("lua ssl", ErrorClient::Nginx),
    ("ah0", ErrorClient::Apache),
    ("sslcertificatefile", ErrorClient::Apache),
    ("haproxy", ErrorClient::Haproxy),
    ("[alert]", ErrorClient::Haproxy),
    ("inconsistencies between private key", ErrorClient::Haproxy),
    // Subversion: "Server SSL certificate verification failed: issuer is
    // not trusted" (its error E230001), before curl's words.
    ("server ssl certificate verification failed", ErrorClient::Subversion),
    ("e230001", ErrorClient::Subversion),
    ("svn:", ErrorClient::Subversion),
    // GnuTLS's verify-status text ("The certificate is NOT trusted. The
    // certificate issuer is unknown."), as apt and gnutls-cli print it;
    // wget's own words around it are named before.
    ("the certificate of '", ErrorClient::Wget),
    ("gnutls", ErrorClient::GnuTls),
    ("the certificate is not trusted. ", ErrorClient::GnuTls),
    ("could not handshake: error in the certificate verification", ErrorClient::GnuTls),
    // iOS's dialog "Cannot Verify Server Identity", before wget's words.
    ("cannot verify server identity", ErrorClient::Apple),
    ("cannot verify", ErrorClient::Wget),
    ("locally verify the issuer", ErrorClient::Wget),
    ("no certificate subject alternative name matches", ErrorClient::Wget),
    // wget built with GnuTLS: "The certificate of 'host' is not trusted."
    ("hasn't got a known issuer", ErrorClient::Wget),
    ("the certificate's owner does not match hostname", ErrorClient::Wget),
    ("psql", ErrorClient::Postgresql),
    ("server certificate for", ErrorClient::Postgresql),
    ("check of private key failed", ErrorClient::Postgresql),
    ("could not connect to the primary server", ErrorClient::Postgresql),
    ("error 2026", ErrorClient::Mysql),
    ("mysql", ErrorClient::Mysql),
    ("stream_socket", ErrorClient::Php),
    ("file_get_contents", ErrorClient::Php),
    // Ruby's openssl library: its exception class, and the line its
    // SSLSocket#connect writes ("SSL_connect returned=1 errno=0 peeraddr=…
    // state=error: certificate verify failed (…)").
    ("openssl::ssl::sslerror", ErrorClient::Ruby),
    ("ssl_connect returned=", ErrorClient::Ruby),
    // Bundler and RubyGems: "Could not verify the SSL certificate for
    // https://index.rubygems.org/…".
    ("rubygems.org", ErrorClient::Ruby),
    ("openvpn", ErrorClient::Openvpn),
    // OpenVPN's log line for a certificate it refused.
    ("verify error: depth=", ErrorClient::Openvpn),
    ("schannel", ErrorClient::Curl),
    ("curl:", ErrorClient::Curl),
    // libcurl's code as programs over it print it (PHP's Guzzle; Unity's
    // names its own verifier and is named before).
    ("curl error", ErrorClient::Curl),
    ("ssh remote key was not ok", ErrorClient::Curl),
    // curl's own name checks: "… does not match target host name 'x'".
    ("target host name", ErrorClient::Curl),
    ("curl (", ErrorClient::Curl),
    ("ssl certificate problem", ErrorClient::Curl),
    ("curl.se", ErrorClient::Curl),
    ("server verification failed", ErrorClient::Curl),
    ("server certificate verification failed", ErrorClient::Curl),
    ("ssl certificate verification failed", ErrorClient::Curl),
    ("server certificate not activated", ErrorClient::Curl),
    ("certgetcertificatechain", ErrorClient::Curl),
    ("sec_e_", ErrorClient::Schannel),
    ("0x8009", ErrorClient::Schannel),
    // CryptoAPI, which Schannel and every Windows program verify with.
    ("cert_e_", ErrorClient::Schannel),
    ("trust_e_", ErrorClient::Schannel),
    ("crypt_e_", ErrorClient::Schannel),
    ("0x800b01", ErrorClient::Schannel),
    ("certutil", ErrorClient::Schannel),
    ("verify error:num=", ErrorClient::OpensslCli),
    // Loading files: OpenSSL 1.1's and 3's words.
    ("unable to load private key", ErrorClient::OpensslCli),
    ("unable to load certificate", ErrorClient::OpensslCli),
    ("could not read private key from", ErrorClient::OpensslCli),
    ("could not read certificate from", ErrorClient::OpensslCli),
    ("verify return code", ErrorClient::OpensslCli),
    // s_client's session summary since OpenSSL 3.
    ("verification error:", ErrorClient::OpensslCli),
    ("depth lookup", ErrorClient::OpensslCli),
    ("mac verify error", ErrorClient::OpensslCli),
    ("error outputting keys and certificates", ErrorClient::OpensslCli),
    ("pem routines", ErrorClient::OpensslCli),
    ("ssl routines", ErrorClient::Openssl),
    // Ruby's OpenSSL binding (Net::HTTP, Faraday): "SSL_connect returned=1".
    ("ssl_connect returned=", ErrorClient::Openssl),
    ("openssl", ErrorClient::Openssl),
    // Windows' own text for SEC_E_UNTRUSTED_ROOT, last: curl, git and SQL
    // Server's client quote it and are named before.
    ("chain was issued by an authority that is not trusted", ErrorClient::Schannel),
    ("证书链是由不受信任的颁发机构颁发的", ErrorClient::Schannel),
    // Windows' texts for SEC_E_WRONG_PRINCIPAL, CERT_E_UNTRUSTEDROOT and
    // CRYPT_E_NO_REVOCATION_CHECK, in English and Chinese (curl quoting
    // them is named before).
    ("target principal name is incorrect", ErrorClient::Schannel),
    ("目标主体名称不正确", ErrorClient::Schannel),
    ("not trusted by the trust provider", ErrorClient::Schannel),
    ("不受信任提供程序信任", ErrorClient::Schannel),
    ("revocation function was unable", ErrorClient::Schannel),
    ("吊销功能无法检查", ErrorClient::Schannel),
    // Schannel's event log.
    ("creating a tls client credential", ErrorClient::Schannel),
    ("certificate received from the remote server", ErrorClient::Schannel),
    ("fatal alert was received from the remote endpoint", ErrorClient::Schannel),
    ("fatal alert was generated and sent to the remote endpoint", ErrorClient::Schannel),
    // Outlook's and Remote Desktop's dialogs over Windows' verifier
    // (Citrix's "You have not chosen to trust" is its own).
    ("issued by a company you have not chosen to trust", ErrorClient::Schannel),
    ("not from a trusted certifying authority", ErrorClient::Schannel),
    // Firefox's page: why a certificate is not trusted, and its dates.
    ("because the issuer certificate is unknown", ErrorClient::Firefox),
    ("颁发者证书未知", ErrorClient::Firefox),
    ("not trusted because it is self-signed", ErrorClient::Firefox),
    ("the current time is", ErrorClient::Firefox),
    ("当前时间为", ErrorClient::Firefox),
    ("will not be valid until", ErrorClient::Firefox),
    // Apple: Keychain's and Safari's words, iOS's dialog.
    ("signed by an unknown authority", ErrorClient::Apple),
    ("由未知颁发机构签名", ErrorClient::Apple),
    ("无法验证服务器身份", ErrorClient::Apple),
    ("safari", ErrorClient::Apple),
    // Chrome's page without its heading or code (Edge's heading is named
    // before).
    ("steal your information", ErrorClient::Chrome),
    ("窃取您的信息", ErrorClient::Chrome),
    // Edge's Chinese says 你, Chrome's 您.
    ("窃取你的信息", ErrorClient::Edge),
];
