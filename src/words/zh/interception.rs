//! TLS 拦截（简体中文）：是什么重新签发了连接，以及如何把它的根证书加入
//! 每个客户端自己的信任库。

use crate::finding::FindingKind;
use crate::words::template::fill;
use crate::words::{Controls, Explanation, Text};

/// 如何把保存为 `corp-root.pem` 的根证书加入各客户端的信任库。
const INSTALL: &str = "把该根证书保存为 corp-root.pem，并在需要信任它的机器上把它加入每个客户端自己的信任库。Debian/Ubuntu：`sudo cp corp-root.pem /usr/local/share/ca-certificates/corp-root.crt && sudo update-ca-certificates`；RHEL/Fedora：`sudo cp corp-root.pem /etc/pki/ca-trust/source/anchors/ && sudo update-ca-trust`；macOS：`sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain corp-root.pem`；Windows：`certutil -addstore -f Root corp-root.pem`；Java（它自己的 cacerts）：`keytool -importcert -cacerts -alias corp-root -file corp-root.pem`；Python 的 ssl：`export SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt`，requests 和 pip（certifi）：`export REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt`；Node：`export NODE_EXTRA_CA_CERTS=$PWD/corp-root.pem`；git：`git config --global http.sslCAInfo /etc/ssl/certs/ca-certificates.crt`；Docker 镜像：`COPY corp-root.pem /usr/local/share/ca-certificates/corp-root.crt`，然后 `RUN update-ca-certificates`；Docker 守护进程拉取镜像时，把它放到 `/etc/docker/certs.d/REGISTRY/ca.crt`。";

pub(super) fn explain(kind: &FindingKind, controls: &Controls) -> Option<Explanation> {
    let FindingKind::TrustInterception { root, product, names, yours } = kind else { return None };
    let title = match product {
        Some(product) => format!("{product} 正在检查这个连接：“{root}”重新签发了它"),
        None => format!("“{root}”为公网站点签发证书：这看起来是 TLS 拦截"),
    };
    let mut explanation = if names.is_empty() {
        format!("路径止于“{root}”，任何公共根证书库中都没有这个 CA。")
    } else {
        format!("证书是为 {}（公网上的名称）签发的，但它的路径止于“{root}”，任何公共根证书库中都没有这个 CA。", names.join("、"))
    };
    match product {
        Some(product) => explanation.push_str(&format!("从名称看它属于 {product}，一种检查 TLS 的产品：它位于客户端和互联网之间，解密每个连接，再用自己的根证书重新签发，而只有它管理的机器才信任这个根证书。")),
        None => explanation.push_str("TLS 拦截正是这个样子：企业代理、杀毒软件或调试代理（mitmproxy、Fiddler、Charles）解密每个连接，再用自己的根证书重新签发。如果这是你自己的 CA 为你自己的域名签发证书，则不属于这种情况；如果你的组织中没有人设置过它，请把它当作攻击，不要信任它。"),
    }
    if *yours {
        explanation.push_str("你把它作为自己的根证书提供了，因此证书链按信任它的机器所见来判断。其他所有客户端——容器、CI 运行器、手机、使用自己 cacerts 的 Java、使用 certifi 的 Python、使用内置根证书的 Node——在把这个根证书加入各自的信任库之前都会拒绝它。");
    } else {
        explanation.push_str("这不是服务器的问题：本机上不信任该根证书的工具会报“self-signed certificate in certificate chain”或“unable to get local issuer certificate”。需要修复的是客户端。");
    }
    let fix = if *yours || product.is_some() {
        fill(INSTALL, &[])
    } else {
        let check = format!(
            "先从这个网络之外查看：在另一个网络连接上运行 `openssl s_client -connect HOST:443 -servername HOST -showcerts </dev/null`。如果服务器在那里发送的是公共证书链，那么重新签发就发生在这里。如果这是你们组织的代理，请把它的根证书作为你的根证书再检查一次（{}），然后：{INSTALL}",
            controls.root
        );
        fill(&check, &[])
    };
    Some(Explanation { title, explanation: Text::plain(explanation), fix })
}
