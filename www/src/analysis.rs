//! Asking the engine for the page: what a question depends on, and the
//! scheduling that lets a newer question supersede an older one. The
//! engine runs apart (`engine_thread`) and keeps the last session while the
//! inputs stay the same; an answer is drawn after the browser has painted,
//! a large one in steps, so a large input shows "analysing…" instead of
//! freezing the page mid-keystroke.

use std::cell::RefCell;
use std::rc::Rc;

use certdoctor::stores::StoreSet;
use certdoctor::{transfer, Profile, Report, Timestamp};
use yew::prelude::*;

use crate::engine_thread;
use crate::frames::{after_paint, after_this_task, pause};
use crate::secret::SharedSecret;
use crate::state::{FileInput, InputId, State, UserRoot};

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

    /// The question as it crosses to the engine.
    pub fn to_wire(&self) -> transfer::Question {
        transfer::Question {
            text: self.sources.text.clone(),
            files: self
                .sources
                .files
                .iter()
                .map(|file| transfer::File { id: file.id, name: file.name.clone(), bytes: file.bytes.to_vec() })
                .collect(),
            passwords: self.sources.passwords.iter().map(|password| password.expose().to_string()).collect(),
            set_aside: self.sources.set_aside.clone(),
            roots: roots_to_wire(&self.roots),
            public_roots: self.public_roots,
            stores: self.stores,
            host: self.host.clone(),
            at: self.at.clone(),
            profile: self.profile,
        }
    }

    fn reads_same_as(&self, other: &Question) -> bool {
        self.sources == other.sources
    }
}

/// The user's roots as they cross to the engine.
pub fn roots_to_wire(roots: &[UserRoot]) -> Vec<transfer::Root> {
    roots
        .iter()
        .map(|root| transfer::Root { id: root.id, name: root.name.clone(), bytes: root.bytes.to_vec(), moved: root.moved })
        .collect()
}

/// Asks the engine.
async fn ask_engine(question: &Question) -> Result<Analysis, engine_thread::Failure> {
    let (report, sources) = engine_thread::ask(&question.to_wire()).await?;
    Ok(Analysis { report: Rc::new(report), sources: Rc::new(sources) })
}

/// The moment to check at: the date typed (midnight UTC), else now.
pub fn moment(at: &str) -> Timestamp {
    Timestamp::parse(at).unwrap_or_else(|_| Timestamp::from_unix_millis(js_sys::Date::now()))
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
                if wait == 0 && engine_thread::in_worker() {
                    // The engine has a thread of its own: ask it now, once the
                    // changes made in this task are in (so that a newer
                    // question set in the same task supersedes this one), and
                    // draw "analysing…" meanwhile. A timer would wait behind
                    // the page's next paint: 60-160 ms on a first visit.
                    after_this_task().await;
                } else {
                    // On this thread the engine would hold the page: show
                    // "analysing…" first.
                    pause(wait).await;
                }
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
                *in_flight.borrow_mut() = Some((mine, js_sys::Date::now()));
                let answer = ask_engine(&question).await;
                if in_flight.borrow().as_ref().is_some_and(|(asked, _)| *asked == mine) {
                    *in_flight.borrow_mut() = None;
                }
                match answer {
                    Ok(result) => display.show_in_steps(result, current).await,
                    Err(engine_thread::Failure::Superseded) => {}
                    // The engine failed in its worker and again on this
                    // thread (www/boot.js), or never loaded: say so.
                    Err(engine_thread::Failure::Unavailable) => {
                        if current() {
                            display.busy.set(false);
                            crate::panic::show_notice();
                        }
                    }
                }
            });
        });
    }
    Shown { analysis: (*analysis).clone(), busy: *busy, drawn: *drawn }
}
