//! The page: inputs on one side, the verdict, findings and certificates on
//! the other. Analysis reruns as the user types; there is no submit button.

use std::rc::Rc;

use certdoctor::{analyze, Input, Options, Report};
use yew::prelude::*;

use crate::api;
use crate::components::certificates::CertificateList;
use crate::components::chain::ChainView;
use crate::components::findings::FindingList;
use crate::components::input_list::InputList;
use crate::components::inputs::Inputs;
use crate::components::verdict::VerdictBanner;
use crate::state::{Action, FileInput, InputId, State};
use crate::words::words;

/// A report shared between components, with which page input each report
/// input came from. Equal only to itself, so a new analysis always
/// re-renders and an unchanged one never does.
#[derive(Clone)]
pub struct Analysis {
    pub report: Rc<Report>,
    pub sources: Rc<Vec<InputId>>,
}

impl PartialEq for Analysis {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
    }
}

/// What the analysis depends on (not the language: words are rendered later).
#[derive(Clone, PartialEq)]
struct Question {
    text: String,
    files: Vec<FileInput>,
    passwords: Vec<String>,
    host: String,
}

fn run_analysis(question: &Question) -> Option<Analysis> {
    let mut inputs = Vec::new();
    let mut sources = Vec::new();
    if !question.text.trim().is_empty() {
        inputs.push(Input::new("pasted text", question.text.as_bytes().to_vec()));
        sources.push(InputId::Paste);
    }
    for file in &question.files {
        inputs.push(Input::new(file.name.clone(), file.bytes.as_slice().to_vec()));
        sources.push(InputId::File(file.id));
    }
    if inputs.is_empty() {
        return None;
    }
    let mut options = Options::at(api::now());
    let host = question.host.trim();
    options.host = (!host.is_empty()).then(|| host.to_string());
    options.passwords =
        question.passwords.iter().map(|password| certdoctor::Password::new(password.clone())).collect();
    Some(Analysis { report: Rc::new(analyze(&inputs, &options)), sources: Rc::new(sources) })
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let question = Question {
        text: state.text.clone(),
        files: state.files.clone(),
        passwords: state.password_list(),
        host: state.host.clone(),
    };
    let analysis = use_memo(question, run_analysis);
    let lang = state.lang;
    let text = words(lang);

    use_effect_with(lang, |lang| {
        if let Some(root) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element())
        {
            let _ = root.set_attribute("lang", if *lang == certdoctor::Lang::Zh { "zh-Hans" } else { "en" });
        }
    });

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    html! {
        <>
            <header class="site-header">
                <div class="brand">
                    <h1>{ "certdoctor" }</h1>
                    <p class="tagline">{ text.tagline }</p>
                </div>
                <LanguageSwitch lang={lang} on_change={dispatch.reform(Action::Lang)} />
            </header>
            <main class="layout">
                <Inputs text={state.text.clone()} host={state.host.clone()} lang={lang} on_action={dispatch.clone()} />
                <section class="results" aria-live="polite" aria-label={text.findings}>
                    {
                        match &*analysis {
                            None => html! { <p class="empty">{ text.empty }</p> },
                            Some(analysis) => html! {
                                <>
                                    <InputList analysis={analysis.clone()} lang={lang} on_action={dispatch.clone()}
                                        passwords={analysis.sources.iter().map(|source| state.password_for(*source)).collect::<Vec<_>>()} />
                                    <VerdictBanner analysis={analysis.clone()} lang={lang} />
                                    <ChainView analysis={analysis.clone()} lang={lang} />
                                    <FindingList analysis={analysis.clone()} lang={lang} />
                                    <CertificateList analysis={analysis.clone()} lang={lang} />
                                </>
                            },
                        }
                    }
                </section>
            </main>
            <footer class="site-footer"><p class="privacy">{ text.privacy }</p></footer>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LanguageSwitchProps {
    lang: certdoctor::Lang,
    on_change: Callback<certdoctor::Lang>,
}

#[function_component]
fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let onchange = props.on_change.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        certdoctor::Lang::parse(&select.value()).unwrap_or_default()
    });
    html! {
        <label class="language">
            <span class="visually-hidden">{ words(props.lang).language }</span>
            <select id="language" {onchange}>
                <option value="en" selected={props.lang == certdoctor::Lang::En}>{ "English" }</option>
                <option value="zh" selected={props.lang == certdoctor::Lang::Zh}>{ "简体中文" }</option>
            </select>
        </label>
    }
}
