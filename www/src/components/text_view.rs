//! The engine's words on the page: plain text, and each command as code
//! with a copy button. The engine has already told commands from text;
//! nothing here parses text for markup, and everything is inserted as text
//! nodes, so certificate fields cannot inject markup or commands.

use certdoctor::{Lang, Segment, Text};
use yew::prelude::*;

use crate::components::copy_button::CopyButton;

#[derive(Properties, PartialEq)]
pub struct TextViewProps {
    pub text: Text,
    /// With a language, each command gets a copy button.
    #[prop_or_default]
    pub copy: Option<Lang>,
}

#[function_component]
pub fn TextView(props: &TextViewProps) -> Html {
    html! {
        { for props.text.segments().iter().map(|segment| match segment {
            Segment::Plain(text) => html! { { text.clone() } },
            Segment::Command(command) => html! {
                <>
                    <code class="command">{ command.clone() }</code>
                    if let Some(lang) = props.copy {
                        <CopyButton text={command.clone()} lang={lang} />
                    }
                </>
            },
        }) }
    }
}
