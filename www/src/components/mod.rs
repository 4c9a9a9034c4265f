//! One component per file. Each takes what it shows and callbacks that
//! carry domain values; none imports the app.

pub mod certificate_details;
pub mod certificate_list;
pub mod chain;
pub mod client_said;
pub mod copy_button;
pub mod examples;
pub mod finding_list;
pub mod font_warmup;
pub mod input_list;
pub mod inputs;
pub mod language_switch;
pub mod roots;
pub mod text_view;
pub mod theme_switch;
pub mod verdict;
