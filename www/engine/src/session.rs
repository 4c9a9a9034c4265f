//! The engine's side of a question: the last [`Session`] is kept while the
//! inputs stay the same, so that changing the host, the date or the rules
//! judges the same session again, and changing the roots reads only the
//! roots. A password the session was read with, given again, keeps it.

use std::cell::RefCell;

use zeroize::Zeroizing;

use certdoctor::transfer::{Answer, File, Question, Root, Source};
use certdoctor::{Input, Options, OwnName, Password, Session, Timestamp};

use crate::trust_data;

/// What reading the inputs depends on.
#[derive(PartialEq)]
struct Sources {
    text: Zeroizing<String>,
    files: Vec<File>,
    passwords: Vec<Zeroizing<String>>,
    /// Certificates moved to the user's roots: read without them.
    set_aside: Vec<[u8; 32]>,
}

/// The last session and what it was read from.
struct Cached {
    sources: Sources,
    roots: Vec<Root>,
    session: Session,
    ids: Vec<Source>,
}

thread_local! {
    static CACHE: RefCell<Option<Cached>> = const { RefCell::new(None) };
}

/// Reads (or reuses) the session for `question` and judges it.
pub async fn answer(mut question: Question) -> Answer {
    let sources = Sources {
        text: Zeroizing::new(std::mem::take(&mut question.text)),
        files: std::mem::take(&mut question.files),
        passwords: question.passwords.drain(..).map(Zeroizing::new).collect(),
        set_aside: std::mem::take(&mut question.set_aside),
    };
    let roots = std::mem::take(&mut question.roots);
    let (session, ids) = session_for(sources, roots);
    let report = judge(&question, &session).await;
    Answer::new(&report, ids)
}

/// The cached session if nothing it read changed, the cached inputs with
/// new roots if only those changed, else a new one.
fn session_for(sources: Sources, roots: Vec<Root>) -> (Session, Vec<Source>) {
    let cached = CACHE.take();
    let next = match cached {
        Some(cached) if cached.sources == sources && cached.roots == roots => cached,
        Some(cached) if cached.sources == sources => {
            Cached { session: cached.session.with_roots(&roots_of(&roots)), roots, ..cached }
        }
        _ => {
            let (inputs, ids) = inputs_of(&sources);
            let passwords: Vec<Password> =
                sources.passwords.iter().map(|password| Password::new(password.as_str())).collect();
            let session = Session::read_setting_aside(&inputs, &roots_of(&roots), &passwords, &sources.set_aside);
            Cached { sources, roots, session, ids }
        }
    };
    let answer = (next.session.clone(), next.ids.clone());
    CACHE.set(Some(next));
    answer
}

fn inputs_of(sources: &Sources) -> (Vec<Input>, Vec<Source>) {
    let mut inputs = Vec::new();
    let mut ids = Vec::new();
    if !sources.text.trim().is_empty() {
        inputs.push(Input::own(OwnName::Paste, sources.text.as_bytes().to_vec()));
        ids.push(Source::Paste);
    }
    for file in &sources.files {
        inputs.push(Input::new(file.name.clone(), file.bytes.clone()));
        ids.push(Source::File(file.id));
    }
    (inputs, ids)
}

/// The user's roots as the engine's inputs.
pub fn roots_of(roots: &[Root]) -> Vec<Input> {
    roots.iter().map(|root| Input::new(root.name.clone(), root.bytes.clone())).collect()
}

/// Judges the session against the loaded trust data; when the chain lacks
/// an issuer, loads the public intermediates (once) and judges again.
async fn judge(question: &Question, session: &Session) -> certdoctor::Report {
    let mut options = Options::at(Timestamp::parse(&question.at).unwrap_or_else(|_| crate::now()));
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
    report
}
