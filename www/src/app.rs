//! The page: inputs on one side, the verdict, chain, findings and
//! certificates on the other. Analysis reruns as the user types; there is no
//! submit button.

use certdoctor::model::Source;
use certdoctor::Lang;
use yew::prelude::*;

use crate::analysis::{moment, use_analysis, Analysis, Drawn, Question, Shown};
use crate::components::certificate_details::CertificateDetails;
use crate::components::certificate_list::CertificateList;
use crate::components::chain::ChainView;
use crate::components::client_said::ClientSaid;
use crate::components::examples::Examples;
use crate::components::finding_list::{FindingList, FIRST};
use crate::components::font_warmup::FontWarmup;
use crate::components::input_list::InputList;
use crate::components::inputs::Inputs;
use crate::components::language_switch::LanguageSwitch;
use crate::components::theme_switch::ThemeSwitch;
use crate::components::roots::Roots;
use crate::components::verdict::VerdictBanner;
use crate::state::{Action, InputId, State, Theme};
use crate::words::page_words;

fn document_element() -> Option<web_sys::Element> {
    web_sys::window().and_then(|window| window.document()).and_then(|document| document.document_element())
}

/// "Trust this root" on the certificate at `index`: it moves to the roots.
fn move_to_roots(analysis: &Analysis, index: usize) -> Option<Action> {
    let certificate = analysis.report.certificates().get(index)?;
    Some(Action::MoveToRoots {
        name: certificate.name.clone(),
        bytes: certificate.pem.clone().into_bytes(),
        fingerprint: certificate.fingerprint,
    })
}

/// "Stop trusting" on the user's root certificate at `index`: the root
/// input it came from (roots are read after the bundle, in order).
fn root_input_of(state: &State, analysis: &Analysis, index: usize) -> Option<u32> {
    let report = &analysis.report;
    let input = report.certificates().get(index)?.input;
    let bundle_inputs = report.inputs().iter().filter(|input| input.source == Source::Bundle).count();
    state.roots.get(input.checked_sub(bundle_inputs)?).map(|root| root.id)
}

/// The findings in the first step of drawing a large report.
const FIRST_FINDINGS: usize = 12;

/// The results, as far as they are `drawn`.
pub fn results(state: &UseReducerHandle<State>, analysis: &Analysis, drawn: Drawn) -> Html {
    let whole = drawn == Drawn::Whole;
    let lang = state.lang;
    let dispatch = |make: fn(usize) -> Action| {
        let state = state.clone();
        Callback::from(move |index: usize| state.dispatch(make(index)))
    };
    let on_select = dispatch(|index| Action::Select(Some(index)));
    let on_trust = {
        let (state, analysis) = (state.clone(), analysis.clone());
        Callback::from(move |index| {
            if let Some(action) = move_to_roots(&analysis, index) {
                state.dispatch(action);
            }
        })
    };
    let on_untrust = {
        let (state, analysis) = (state.clone(), analysis.clone());
        Callback::from(move |index| {
            if let Some(id) = root_input_of(&state, &analysis, index) {
                state.dispatch(Action::RemoveRoot(id));
            }
        })
    };
    let has_password: Vec<bool> = (0..analysis.report.inputs().len())
        .map(|index| analysis.source(index).is_some_and(|source| state.has_password(source)))
        .collect();
    let report = analysis.report();
    html! {
        <>
            if drawn >= Drawn::FirstFindings {
                <InputList analysis={analysis.clone()} lang={lang} has_password={has_password}
                    on_password={{ let state = state.clone(); Callback::from(move |(input, secret)| state.dispatch(Action::Password(input, secret))) }}
                    on_remove={{ let state = state.clone(); Callback::from(move |input| state.dispatch(match input {
                        InputId::File(id) => Action::RemoveFile(id),
                        InputId::Paste => Action::Paste(String::new()),
                    })) }} />
            }
            <ClientSaid report={report.clone()} lang={lang} />
            <VerdictBanner report={report.clone()} lang={lang} />
            if whole {
                <ChainView report={report.clone()} lang={lang} highlighted={state.highlighted.clone()} selected={state.selected}
                    on_select={on_select.clone()} on_trust={on_trust}
                    on_untrust={on_untrust} />
            }
            if drawn >= Drawn::FirstFindings {
                <FindingList report={report.clone()} lang={lang} on_select={on_select.clone()}
                    first={if drawn == Drawn::FirstFindings { FIRST_FINDINGS } else { FIRST }}
                    on_highlight={{ let state = state.clone(); Callback::from(move |list| state.dispatch(Action::Highlight(list))) }} />
            }
            if whole {
                if let Some(index) = state.selected {
                    <CertificateDetails report={report.clone()} lang={lang} index={index}
                        on_close={{ let state = state.clone(); Callback::from(move |()| state.dispatch(Action::Select(None))) }} />
                }
                <CertificateList report={report} lang={lang} on_select={on_select} />
            }
        </>
    }
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let Shown { analysis, busy, drawn } = use_analysis(Question::of(&state));
    let lang = state.lang;
    let text = page_words(lang);
    use_effect_with(lang, |lang| {
        if let Some(root) = document_element() {
            let _ = root.set_attribute("lang", if *lang == Lang::Zh { "zh-Hans" } else { "en" });
        }
    });
    use_effect_with(state.theme, |theme| {
        if let Some(root) = document_element() {
            let _ = match theme {
                Theme::System => root.remove_attribute("data-theme"),
                other => root.set_attribute("data-theme", other.as_str()),
            };
        }
    });
    let send = |make: fn(String) -> Action| {
        let state = state.clone();
        Callback::from(move |value: String| state.dispatch(make(value)))
    };
    let on_file = {
        let state = state.clone();
        Callback::from(move |(name, bytes)| state.dispatch(Action::AddFile { name, bytes }))
    };
    let dispatcher = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    html! {
        <>
            <a class="skip-link" href="#results">{ text.skip_to_results }</a>
            <header class="site-header">
                <div class="brand">
                    <h1>{ "certdoctor" }</h1>
                    <p class="tagline">{ text.tagline }</p>
                </div>
                <div class="header-controls">
                    <ThemeSwitch theme={state.theme} lang={lang} on_change={dispatcher.reform(Action::Theme)} />
                    <LanguageSwitch lang={lang} on_change={dispatcher.reform(Action::Lang)} />
                </div>
            </header>
            <p class="privacy-line">{ text.privacy }</p>
            <main class="layout">
                <Inputs text={state.text.clone()} text_version={state.text_version} host={state.host.clone()} at={state.at.clone()}
                    profile={state.profile} lang={lang} on_paste={send(Action::Paste)} on_file={on_file}
                    on_host={send(Action::Host)} on_at={send(Action::At)} on_profile={dispatcher.reform(Action::Profile)}>
                    <Roots roots={state.roots.clone()} only_mine={state.only_my_roots} stores={state.stores}
                        at={moment(&state.at)} lang={lang}
                        on_add={{ let state = state.clone(); Callback::from(move |(name, bytes)| state.dispatch(Action::AddRoot { name, bytes })) }}
                        on_remove={dispatcher.reform(Action::RemoveRoot)} on_only_mine={dispatcher.reform(Action::OnlyMyRoots)}
                        on_stores={dispatcher.reform(Action::Stores)} />
                    <Examples lang={lang} on_example={dispatcher.reform(Action::Example)} />
                </Inputs>
                <section class="results" id="results" tabindex="-1" aria-label={text.results} aria-busy={busy.to_string()}>
                    if busy {
                        <p class="busy" role="status">{ text.analysing }</p>
                    }
                    {
                        match &analysis {
                            None => html! { <p class="empty">{ text.empty }</p> },
                            Some(analysis) => results(&state, analysis, drawn),
                        }
                    }
                </section>
            </main>
            <footer class="site-footer"><p>{ text.footer }</p></footer>
            <FontWarmup lang={lang} />
        </>
    }
}
