//! The page: inputs on one side, the verdict, chain, findings and
//! certificates on the other. Analysis reruns as the user types; there is no
//! submit button.
//!
//! Reading the inputs (which may mean decrypting a PKCS#12 file) is kept
//! apart from judging them: changing the host or the date judges the same
//! intake again. Each analysis runs after the browser has painted, so a
//! large input shows "analysing…" instead of freezing the page mid-keystroke.

use std::cell::RefCell;
use std::rc::Rc;

use certdoctor::intake::{self, Intake};
use certdoctor::{judge, Input, Options, Report, Timestamp};
use yew::prelude::*;

use crate::api;
use crate::components::certificates::{CertificateDetails, CertificateList};
use crate::components::chain::ChainView;
use crate::components::findings::FindingList;
use crate::components::input_list::InputList;
use crate::components::inputs::Inputs;
use crate::components::verdict::VerdictBanner;
use crate::state::{Action, FileInput, InputId, State, Theme};
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

/// What reading the inputs depends on.
#[derive(Clone, PartialEq)]
struct Sources {
    text: String,
    files: Vec<FileInput>,
    passwords: Vec<String>,
}

/// What the analysis depends on (not the language: words are rendered later).
#[derive(Clone, PartialEq)]
struct Question {
    sources: Sources,
    host: String,
    at: String,
    /// The user's own roots (name, PEM).
    roots: Vec<(String, String)>,
    profile: certdoctor::Profile,
}

/// The last intake, kept while the inputs stay the same.
type IntakeCache = Option<(Sources, Rc<Intake>, Rc<Vec<InputId>>)>;

fn read(sources: &Sources) -> (Intake, Vec<InputId>) {
    let mut inputs = Vec::new();
    let mut ids = Vec::new();
    if !sources.text.trim().is_empty() {
        inputs.push(Input::new("pasted text", sources.text.as_bytes().to_vec()));
        ids.push(InputId::Paste);
    }
    for file in &sources.files {
        inputs.push(Input::new(file.name.clone(), file.bytes.as_slice().to_vec()));
        ids.push(InputId::File(file.id));
    }
    let passwords: Vec<certdoctor::Password> =
        sources.passwords.iter().map(|password| certdoctor::Password::new(password.clone())).collect();
    (intake::read_all(&inputs, &passwords), ids)
}

/// The moment to check at: the date typed (midnight UTC), else now.
pub fn moment(at: &str) -> Timestamp {
    let at = at.trim();
    if at.is_empty() {
        return api::now();
    }
    Timestamp::parse(at).unwrap_or_else(|_| api::now())
}

/// The intake for `sources`: the cached one if the inputs are unchanged.
/// Returns whether it had to be read (which may have taken a while).
fn intake_for(sources: &Sources, cache: &RefCell<IntakeCache>) -> (Rc<Intake>, Rc<Vec<InputId>>, bool) {
    let mut cache = cache.borrow_mut();
    if let Some((cached, intake, ids)) = &*cache {
        if cached == sources {
            return (intake.clone(), ids.clone(), false);
        }
    }
    let (intake, ids) = read(sources);
    let (intake, ids) = (Rc::new(intake), Rc::new(ids));
    *cache = Some((sources.clone(), intake.clone(), ids.clone()));
    (intake, ids, true)
}

fn judged(question: &Question, intake: &Intake, ids: Rc<Vec<InputId>>) -> Analysis {
    let mut options = Options::at(moment(&question.at));
    let host = question.host.trim();
    options.host = (!host.is_empty()).then(|| host.to_string());
    options.profile = question.profile;
    options.roots =
        question.roots.iter().map(|(name, pem)| Input::new(name.clone(), pem.as_bytes().to_vec())).collect();
    Analysis { report: Rc::new(judge(intake.clone(), &options)), sources: ids }
}

/// Resolves after `millis` ms, and after the browser has had a chance to
/// paint.
async fn pause(millis: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

async fn next_frame() {
    pause(0).await;
}

/// How long to wait for more typing before analysing. A password is tried
/// on every encrypted input, and a Firefox PKCS#12 export takes six
/// derivations of 600,000 iterations: trying each keystroke's prefix would
/// hold the page for each one. Everything else is analysed at once.
fn settle_time(question: &Question, cache: &RefCell<IntakeCache>) -> i32 {
    match &*cache.borrow() {
        Some((cached, _, _))
            if cached.passwords != question.sources.passwords
                && cached.text == question.sources.text
                && cached.files == question.sources.files =>
        {
            400
        }
        _ => 0,
    }
}

fn document_element() -> Option<web_sys::Element> {
    web_sys::window().and_then(|window| window.document()).and_then(|document| document.document_element())
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let analysis = use_state(|| None::<Analysis>);
    let busy = use_state(|| false);
    let generation = use_mut_ref(|| 0_u64);
    let cache = use_mut_ref(|| None as IntakeCache);
    let question = Question {
        sources: Sources {
            text: state.text.clone(),
            files: state.files.clone(),
            passwords: state.password_list(),
        },
        host: state.host.clone(),
        at: state.at.clone(),
        roots: state.roots.clone(),
        profile: state.profile,
    };
    {
        let analysis = analysis.clone();
        let busy = busy.clone();
        use_effect_with(question, move |question| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            busy.set(true);
            let question = question.clone();
            let wait = settle_time(&question, &cache);
            wasm_bindgen_futures::spawn_local(async move {
                pause(wait).await;
                // A newer question supersedes this one.
                if *generation.borrow() != mine {
                    return;
                }
                let sources = &question.sources;
                if sources.text.trim().is_empty() && sources.files.is_empty() {
                    analysis.set(None);
                    busy.set(false);
                    return;
                }
                // Reading and judging run in separate tasks, with a paint
                // between them, so neither holds the page for both.
                let (intake, ids, was_read) = intake_for(sources, &cache);
                if was_read {
                    next_frame().await;
                    if *generation.borrow() != mine {
                        return;
                    }
                }
                let result = judged(&question, &intake, ids);
                if *generation.borrow() == mine {
                    analysis.set(Some(result));
                    busy.set(false);
                }
            });
        });
    }
    let lang = state.lang;
    let text = words(lang);

    use_effect_with(lang, |lang| {
        if let Some(root) = document_element() {
            let _ = root.set_attribute("lang", if *lang == certdoctor::Lang::Zh { "zh-Hans" } else { "en" });
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

    let dispatch = {
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
                    <ThemeSwitch theme={state.theme} lang={lang} on_change={dispatch.reform(Action::Theme)} />
                    <LanguageSwitch lang={lang} on_change={dispatch.reform(Action::Lang)} />
                </div>
            </header>
            <p class="privacy-line">{ text.privacy }</p>
            <main class="layout">
                <Inputs text={state.text.clone()} text_version={state.text_version} host={state.host.clone()} at={state.at.clone()} lang={lang}
                    roots={state.roots.iter().map(|(name, _)| name.clone()).collect::<Vec<_>>()} profile={state.profile}
                    on_action={dispatch.clone()} />
                <section class="results" id="results" tabindex="-1" aria-label={text.results} aria-busy={busy.to_string()}>
                    if *busy {
                        <p class="busy" role="status">{ text.analysing }</p>
                    }
                    {
                        match &*analysis {
                            None => html! { <p class="empty">{ text.empty }</p> },
                            Some(analysis) => html! {
                                <>
                                    <InputList analysis={analysis.clone()} lang={lang} on_action={dispatch.clone()}
                                        passwords={analysis.sources.iter().map(|source| state.password_for(*source)).collect::<Vec<_>>()} />
                                    <VerdictBanner analysis={analysis.clone()} lang={lang} />
                                    <ChainView analysis={analysis.clone()} lang={lang} highlighted={state.highlighted.clone()}
                                        selected={state.selected} on_action={dispatch.clone()} />
                                    <FindingList analysis={analysis.clone()} lang={lang} on_action={dispatch.clone()} />
                                    if let Some(index) = state.selected {
                                        <CertificateDetails analysis={analysis.clone()} lang={lang} index={index}
                                            on_action={dispatch.clone()} />
                                    }
                                    <CertificateList analysis={analysis.clone()} lang={lang} on_action={dispatch.clone()} />
                                </>
                            },
                        }
                    }
                </section>
            </main>
            <footer class="site-footer"><p>{ text.footer }</p></footer>
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
        <label class="switch">
            <span class="visually-hidden">{ words(props.lang).language }</span>
            <select id="language" {onchange}>
                <option value="en" selected={props.lang == certdoctor::Lang::En}>{ "English" }</option>
                <option value="zh" selected={props.lang == certdoctor::Lang::Zh}>{ "简体中文" }</option>
            </select>
        </label>
    }
}

#[derive(Properties, PartialEq)]
struct ThemeSwitchProps {
    theme: Theme,
    lang: certdoctor::Lang,
    on_change: Callback<Theme>,
}

#[function_component]
fn ThemeSwitch(props: &ThemeSwitchProps) -> Html {
    let text = words(props.lang);
    let onchange = props.on_change.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        Theme::parse(&select.value())
    });
    html! {
        <label class="switch">
            <span class="visually-hidden">{ text.theme }</span>
            <select id="theme" {onchange}>
                { for [Theme::System, Theme::Light, Theme::Dark].into_iter().map(|theme| html! {
                    <option value={theme.as_str()} selected={props.theme == theme}>{ text.theme_name(theme) }</option>
                }) }
            </select>
        </label>
    }
}
