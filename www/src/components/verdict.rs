//! The verdict banner, with the finding counts and the JSON report to
//! download.

use certdoctor::{Lang, Profile};
use wasm_bindgen::JsValue;
use web_sys::HtmlAnchorElement;
use yew::prelude::*;

use crate::app::Analysis;
use crate::components::chain::data_url;
use crate::words::{verdict, words};

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub analysis: Analysis,
    pub lang: Lang,
}

#[function_component]
pub fn VerdictBanner(props: &VerdictProps) -> Html {
    let text = words(props.lang);
    let report = &props.analysis.report;
    let value = report.verdict.as_str();
    let counts = report.counts();
    // The JSON is built when the link is clicked, not on every render: a
    // large bundle makes a large report.
    let on_json = {
        let report = props.analysis.report.clone();
        let lang = props.lang;
        Callback::from(move |event: MouseEvent| {
            let link: HtmlAnchorElement = event.target_unchecked_into();
            // Through the same serializer as the JavaScript API, then the
            // browser's JSON.stringify: no second serializer in the module.
            let serializer = serde_wasm_bindgen::Serializer::json_compatible();
            let json = serde::Serialize::serialize(&report.render(lang), &serializer)
                .ok()
                .and_then(|value| {
                    js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
                        .ok()
                })
                .and_then(|text| text.as_string())
                .unwrap_or_default();
            link.set_href(&data_url("application/json", &json));
        })
    };
    html! {
        <div class={classes!("verdict", format!("verdict-{value}"))} data-verdict={value} role="status">
            <div class="verdict-text">
                <strong>{ verdict(props.lang, report.verdict) }</strong>
                <span class="checked-at">
                    { format!("{} {}", text.checked_at, report.checked_at.to_human()) }
                    { report.host.as_ref().map(|host| format!(" · {host}")).unwrap_or_default() }
                    { format!(" · {}", text.counts(counts.errors, counts.warnings)) }
                    { format!(" · {}", match report.profile {
                        Profile::Rfc5280 => text.profile_name(Profile::Rfc5280),
                        _ => text.profile_name(Profile::Web),
                    }) }
                </span>
            </div>
            <a class="button secondary" id="download-report" download="certdoctor-report.json" href="#" onclick={on_json}>
                { text.download_report }
            </a>
        </div>
    }
}
