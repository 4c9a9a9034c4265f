//! Running the engine for the page: what a question depends on, a
//! [`Session`] kept while the inputs stay the same, and the scheduling that
//! lets a newer question supersede an older one.
//!
//! Reading the inputs (which may mean decrypting a PKCS#12 file) is kept
//! apart from judging them: changing the host or the date judges the same
//! session again, and changing the roots reads only the roots. Each step
//! runs after the browser has painted, so a large input shows "analysing…"
//! instead of freezing the page mid-keystroke. No borrow of the cache is
//! held while the engine runs.

use std::cell::RefCell;
use std::rc::Rc;

use certdoctor::stores::StoreSet;
use certdoctor::{Input, Options, Profile, Report, Session, Timestamp};
use yew::prelude::*;

use crate::secret::SharedSecret;
use crate::state::{FileInput, InputId, State, UserRoot};
use crate::engine_thread;
use crate::frames::{after_paint, pause};
use crate::trust_data;

/// A report shared between components, with the page input each report
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

impl Analysis {
    /// The page input that report input `index` came from; `None` for the
    /// user's roots.
    pub fn source(&self, index: usize) -> Option<InputId> {
        self.sources.get(index).copied()
    }

    pub fn report(&self) -> ReportRef {
        ReportRef(self.report.clone())
    }
}

/// A report for a component's props: equal only to itself.
#[derive(Clone)]
pub struct ReportRef(pub Rc<Report>);

impl PartialEq for ReportRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for ReportRef {
    type Target = Report;

    fn deref(&self) -> &Report {
        &self.0
    }
}

/// What reading the inputs depends on.
#[derive(Clone, PartialEq)]
struct Sources {
    text: String,
    files: Vec<FileInput>,
    passwords: Vec<SharedSecret>,
    /// Certificates moved to the user's roots: read without them.
    set_aside: Vec<[u8; 32]>,
}

/// What the analysis depends on (not the language: words are rendered later).
#[derive(Clone, PartialEq)]
pub struct Question {
    sources: Sources,
    roots: Vec<UserRoot>,
    public_roots: bool,
    stores: StoreSet,
    host: String,
    at: String,
    profile: Profile,
}

impl Question {
    pub fn of(state: &State) -> Self {
        Self {
            sources: Sources {
                text: state.text.clone(),
                files: state.files.clone(),
                passwords: state.password_list(),
                set_aside: state.set_aside(),
            },
            roots: state.roots.clone(),
            public_roots: !state.only_my_roots,
            stores: state.stores,
            host: state.host.clone(),
            at: state.at.clone(),
            profile: state.profile,
        }
    }

    fn is_empty(&self) -> bool {
        self.sources.text.trim().is_empty() && self.sources.files.is_empty()
    }

    /// The question as it crosses to the engine's thread.
    pub(crate) fn to_wire(&self) -> WireQuestion {
        WireQuestion {
            text: self.sources.text.clone(),
            files: self.sources.files.iter().map(|file| (file.id, file.name.clone(), file.bytes.to_vec())).collect(),
            passwords: self.sources.passwords.iter().map(|password| password.expose().to_string()).collect(),
            set_aside: self.sources.set_aside.clone(),
            roots: self
                .roots
                .iter()
                .map(|root| (root.id, root.name.clone(), root.bytes.to_vec(), root.moved))
                .collect(),
            public_roots: self.public_roots,
            stores: self.stores,
            host: self.host.clone(),
            at: self.at.clone(),
            profile: self.profile,
        }
    }

    /// The question the page asked, on the engine's thread. A password the
    /// cached session was read with is taken as that same secret, so the
    /// session is kept.
    pub(crate) fn from_wire(mut wire: WireQuestion, cache: &Cache) -> Self {
        let known: Vec<SharedSecret> =
            cache.borrow().as_ref().map(|cached| cached.sources.passwords.clone()).unwrap_or_default();
        let passwords = wire
            .passwords
            .iter()
            .map(|text| {
                known
                    .iter()
                    .find(|password| password.expose() == text.as_str())
                    .cloned()
                    .unwrap_or_else(|| SharedSecret::new(text.clone()))
            })
            .collect();
        wire.passwords.iter_mut().for_each(zeroize::Zeroize::zeroize);
        let files = std::mem::take(&mut wire.files)
            .into_iter()
            .map(|(id, name, bytes)| FileInput { id, name, bytes: Rc::new(zeroize::Zeroizing::new(bytes)) })
            .collect();
        let roots = std::mem::take(&mut wire.roots)
            .into_iter()
            .map(|(id, name, bytes, moved)| UserRoot { id, name, bytes: Rc::new(bytes), moved })
            .collect();
        Self {
            sources: Sources { text: std::mem::take(&mut wire.text), files, passwords, set_aside: wire.set_aside },
            roots,
            public_roots: wire.public_roots,
            stores: wire.stores,
            host: wire.host,
            at: wire.at,
            profile: wire.profile,
        }
    }

    pub(crate) fn reads_same_as(&self, other: &Question) -> bool {
        self.sources == other.sources
    }
}

/// What the engine's thread answers: the report and where each of its
/// inputs came from.
#[derive(bincode::Encode, bincode::Decode)]
pub(crate) struct WireAnswer {
    report: Report,
    sources: Vec<InputId>,
}

impl WireAnswer {
    pub(crate) fn of(analysis: &Analysis) -> Self {
        Self { report: analysis.report.for_transfer(), sources: analysis.sources.to_vec() }
    }
}

/// Asks the engine's thread.
async fn ask_engine(question: &Question) -> Result<Analysis, engine_thread::Failure> {
    use bincode::config::standard;
    let unavailable = |_| engine_thread::Failure::Unavailable;
    let bytes = zeroize::Zeroizing::new(bincode::encode_to_vec(question.to_wire(), standard()).map_err(unavailable)?);
    let answer = engine_thread::ask(&bytes).await?;
    let (answer, _): (WireAnswer, usize) = bincode::decode_from_slice(&answer, standard())
        .map_err(|_| engine_thread::Failure::Unavailable)?;
    Ok(Analysis { report: Rc::new(answer.report), sources: Rc::new(answer.sources) })
}

/// A root as it crosses: id, name, bytes, and the fingerprint of the
/// certificate it was moved out of the bundle as.
type WireRoot = (u32, String, Vec<u8>, Option<[u8; 32]>);

/// A [`Question`] as bytes can carry it: what the page sends the engine's
/// thread (passwords and files included: they stay in this page's memory).
#[derive(bincode::Encode, bincode::Decode)]
pub(crate) struct WireQuestion {
    text: String,
    files: Vec<(u32, String, Vec<u8>)>,
    passwords: Vec<String>,
    set_aside: Vec<[u8; 32]>,
    roots: Vec<WireRoot>,
    public_roots: bool,
    stores: StoreSet,
    host: String,
    at: String,
    profile: Profile,
}

/// The last session, kept while the inputs stay the same.
#[derive(Clone)]
pub(crate) struct Cached {
    sources: Sources,
    roots: Vec<UserRoot>,
    session: Session,
    ids: Rc<Vec<InputId>>,
}

pub(crate) type Cache = Rc<RefCell<Option<Cached>>>;

fn inputs_of(sources: &Sources) -> (Vec<Input>, Vec<InputId>) {
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
    (inputs, ids)
}

pub fn roots_of(roots: &[UserRoot]) -> Vec<Input> {
    roots.iter().map(|root| Input::new(root.name.clone(), root.bytes.as_slice().to_vec())).collect()
}

/// The session for `question`: the cached one if nothing it read changed,
/// the cached inputs with new roots if only those changed, else a new one.
/// Returns whether reading took place (which may have taken a while).
pub(crate) fn session_for(question: &Question, cache: &Cache) -> (Session, Rc<Vec<InputId>>, bool) {
    let cached = cache.borrow().clone();
    let result = match cached {
        Some(cached) if cached.sources == question.sources && cached.roots == question.roots => {
            return (cached.session, cached.ids, false);
        }
        Some(cached) if cached.sources == question.sources => Cached {
            session: cached.session.with_roots(&roots_of(&question.roots)),
            roots: question.roots.clone(),
            ..cached
        },
        _ => {
            let (inputs, ids) = inputs_of(&question.sources);
            let passwords: Vec<_> =
                question.sources.passwords.iter().map(|password| password.to_password()).collect();
            let session = Session::read_setting_aside(
                &inputs,
                &roots_of(&question.roots),
                &passwords,
                &question.sources.set_aside,
            );
            Cached {
                sources: question.sources.clone(),
                roots: question.roots.clone(),
                session,
                ids: Rc::new(ids),
            }
        }
    };
    let answer = (result.session.clone(), result.ids.clone(), true);
    *cache.borrow_mut() = Some(result);
    answer
}

/// The moment to check at: the date typed (midnight UTC), else now.
pub fn moment(at: &str) -> Timestamp {
    let at = at.trim();
    if at.is_empty() {
        return crate::api::now();
    }
    Timestamp::parse(at).unwrap_or_else(|_| crate::api::now())
}

/// Judges the session against the loaded trust data; when the chain lacks
/// an issuer, loads the public intermediates (once) and judges again.
pub(crate) async fn judge(question: &Question, session: &Session, ids: Rc<Vec<InputId>>) -> Analysis {
    let mut options = Options::at(moment(&question.at));
    let host = question.host.trim();
    options.host = (!host.is_empty()).then(|| host.to_string());
    options.profile = question.profile;
    options.public_roots = question.public_roots;
    options.selected_stores = question.stores;
    options.stores = trust_data::stores().await;
    options.intermediates = trust_data::intermediates_if_read();
    let mut report = session.judge(&options);
    let incomplete = report.chain.as_ref().is_some_and(|chain| !chain.trusted);
    if incomplete && options.intermediates.is_none() {
        options.intermediates = trust_data::intermediates().await;
        if options.intermediates.is_some() {
            report = session.judge(&options);
        }
    }
    Analysis { report: Rc::new(report), sources: ids }
}

/// How long to wait for more typing before analysing. A password is tried
/// on every encrypted input, and a Firefox PKCS#12 export takes six
/// derivations of 600,000 iterations: trying each keystroke's prefix would
/// keep the engine busy with each one. Everything else is analysed at once.
fn settle_time(question: &Question, last: &Option<Question>) -> i32 {
    match last {
        Some(last)
            if last.sources.passwords != question.sources.passwords
                && last.sources.text == question.sources.text
                && last.sources.files == question.sources.files =>
        {
            400
        }
        _ => 0,
    }
}

/// A question being read on the engine's thread for longer than this is
/// abandoned (the worker restarted) when the inputs change again: it is a
/// key derivation nobody waits for. A quicker one is left to finish.
const ABANDON_AFTER_MS: f64 = 150.0;

/// The generation of the question the engine's thread is answering (the
/// last one asked) and when it was asked.
type InFlight = Rc<RefCell<Option<(u64, f64)>>>;

/// A report with more certificates than this is drawn in steps, each its
/// own task after the previous one is painted: the verdict, the first few
/// findings, the rest of the first page of findings, then the chain and the
/// certificates. For 1831 certificates drawing it all at once held the page
/// for 65 ms of script and then 26 ms of layout.
const DRAW_IN_STEPS: usize = 64;

/// How much of the analysis is drawn, in the order it is drawn.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Drawn {
    Verdict,
    /// The verdict and the first few findings.
    FirstFindings,
    Findings,
    Whole,
}

/// What the page shows of the analysis.
pub struct Shown {
    pub analysis: Option<Analysis>,
    /// An analysis is under way (or still being drawn).
    pub busy: bool,
    pub drawn: Drawn,
}

/// Where the page keeps what it shows of the analysis.
struct Display {
    analysis: UseStateHandle<Option<Analysis>>,
    busy: UseStateHandle<bool>,
    drawn: UseStateHandle<Drawn>,
}

impl Display {
    /// Shows a result whole, at once.
    fn show(&self, result: Analysis) {
        self.drawn.set(Drawn::Whole);
        self.analysis.set(Some(result));
        self.busy.set(false);
    }

    /// Shows an answer from the engine's thread: in a task of its own after
    /// the one that read it, and a large report in steps, each after the
    /// previous one is painted. Stops when `current` says a newer question
    /// took its place.
    async fn show_in_steps(&self, result: Analysis, current: impl Fn() -> bool) {
        let in_steps = result.report.certificates().len() > DRAW_IN_STEPS;
        if in_steps {
            after_paint().await;
        } else {
            // A timer of 1 ms, not 0: a 0 ms one runs ahead of timers
            // already due (measured in Chromium).
            pause(1).await;
        }
        if !current() {
            return;
        }
        let steps: &[Drawn] = if in_steps {
            &[Drawn::Verdict, Drawn::FirstFindings, Drawn::Findings, Drawn::Whole]
        } else {
            &[Drawn::Whole]
        };
        self.analysis.set(Some(result));
        for (position, step) in steps.iter().enumerate() {
            if position > 0 {
                after_paint().await;
                if !current() {
                    return;
                }
            }
            self.drawn.set(*step);
        }
        self.busy.set(false);
    }
}

/// The analysis of the current question and whether one is under way.
#[hook]
pub fn use_analysis(question: Question) -> Shown {
    let analysis = use_state(|| None::<Analysis>);
    let busy = use_state(|| false);
    let drawn = use_state(|| Drawn::Whole);
    let generation = use_mut_ref(|| 0_u64);
    let cache: Cache = use_mut_ref(|| None::<Cached>);
    let last = use_mut_ref(|| None::<Question>);
    let in_flight: InFlight = use_mut_ref(|| None);
    {
        let display = Display { analysis: analysis.clone(), busy: busy.clone(), drawn: drawn.clone() };
        use_effect_with(question, move |question| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let current = {
                let generation = generation.clone();
                move || *generation.borrow() == mine
            };
            if let (Some((_, since)), Some(asked)) = (&*in_flight.borrow(), &*last.borrow()) {
                if !asked.reads_same_as(question) && js_sys::Date::now() - since > ABANDON_AFTER_MS {
                    engine_thread::restart();
                }
            }
            display.busy.set(true);
            let question = question.clone();
            let wait = settle_time(&question, &last.borrow());
            wasm_bindgen_futures::spawn_local(async move {
                pause(wait).await;
                // A newer question supersedes this one.
                if !current() {
                    return;
                }
                if question.is_empty() {
                    display.analysis.set(None);
                    display.busy.set(false);
                    return;
                }
                // While an answer is awaited, this is the question asked.
                *last.borrow_mut() = Some(question.clone());
                if engine_thread::available() {
                    *in_flight.borrow_mut() = Some((mine, js_sys::Date::now()));
                    let answer = ask_engine(&question).await;
                    if in_flight.borrow().as_ref().is_some_and(|(asked, _)| *asked == mine) {
                        *in_flight.borrow_mut() = None;
                    }
                    match answer {
                        Ok(result) => {
                            display.show_in_steps(result, current).await;
                            return;
                        }
                        Err(engine_thread::Failure::Superseded) => return,
                        // No worker after all: the engine runs here.
                        Err(engine_thread::Failure::Unavailable) => {}
                    }
                    if !current() {
                        return;
                    }
                }
                // On the page's thread, reading and judging run in separate
                // tasks, with a paint between them.
                let (session, ids, was_read) = session_for(&question, &cache);
                if was_read {
                    pause(0).await;
                    if !current() {
                        return;
                    }
                }
                let result = judge(&question, &session, ids).await;
                if current() {
                    display.show(result);
                }
            });
        });
    }
    Shown { analysis: (*analysis).clone(), busy: *busy, drawn: *drawn }
}
