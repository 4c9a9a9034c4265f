//! The verdict banner.

use certdoctor::Lang;
use yew::prelude::*;

use crate::app::Analysis;
use crate::words::{verdict, words};

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub analysis: Analysis,
    pub lang: Lang,
}

#[function_component]
pub fn VerdictBanner(props: &VerdictProps) -> Html {
    let report = &props.analysis.report;
    let value = report.verdict.as_str();
    html! {
        <div class={classes!("verdict", format!("verdict-{value}"))} data-verdict={value} role="status">
            <strong>{ verdict(props.lang, report.verdict) }</strong>
            <span class="checked-at">{ format!("{} {}", words(props.lang).checked_at, report.checked_at.to_human()) }</span>
        </div>
    }
}
