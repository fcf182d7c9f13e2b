//! One document of a batch: its text, and the options it sets for itself.

/// A document to summarise, with the options that may differ from one
/// document of a batch to the next: its title and its language.
///
/// Batch calls take anything that is [`AsInput`]: `&str`, `String`,
/// `Option` of either (a missing text, such as a null in a column, gives an
/// empty summary), or an `Input` itself.
///
/// ```
/// use abrege::{Input, Summarizer};
///
/// let summarizer = Summarizer::new(Default::default())?;
/// let articles = [
///     Input::new("Le conseil a voté le budget mardi. Les écoles seront rénovées.").title("Le budget voté"),
///     Input::new("The council passed the budget on Tuesday. Schools will be renovated.").language("en"),
///     Input::missing(),
/// ];
/// let summaries = summarizer.summarize_batch(&articles)?;
/// assert_eq!(summaries[0].title.as_deref(), Some("Le budget voté"));
/// assert_eq!(summaries[1].language, "en");
/// assert!(summaries[2].sentences.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Input<'a> {
    /// The text, or `None` for a missing one, which gives an empty summary.
    pub text: Option<&'a str>,
    /// The document's title, in place of the summariser's `title` option.
    pub title: Option<&'a str>,
    /// The document's language (`"auto"` or a language code), in place of
    /// the summariser's `language` option.
    pub language: Option<&'a str>,
}

impl<'a> Input<'a> {
    /// A document with its text, and the summariser's options.
    pub fn new(text: &'a str) -> Input<'a> {
        Input {
            text: Some(text),
            ..Input::default()
        }
    }

    /// A missing document: its summary is empty.
    pub fn missing() -> Input<'a> {
        Input::default()
    }

    /// The same document with its own title.
    pub fn title(self, title: &'a str) -> Input<'a> {
        Input {
            title: Some(title),
            ..self
        }
    }

    /// The same document with its own language.
    pub fn language(self, language: &'a str) -> Input<'a> {
        Input {
            language: Some(language),
            ..self
        }
    }
}

/// What a batch call can take as one document.
pub trait AsInput {
    /// The document, borrowed.
    fn as_input(&self) -> Input<'_>;
}

impl AsInput for str {
    fn as_input(&self) -> Input<'_> {
        Input::new(self)
    }
}

impl AsInput for String {
    fn as_input(&self) -> Input<'_> {
        Input::new(self)
    }
}

impl AsInput for Input<'_> {
    fn as_input(&self) -> Input<'_> {
        *self
    }
}

impl<T: AsInput + ?Sized> AsInput for &T {
    fn as_input(&self) -> Input<'_> {
        (**self).as_input()
    }
}

impl<T: AsInput> AsInput for Option<T> {
    fn as_input(&self) -> Input<'_> {
        self.as_ref().map_or_else(Input::missing, AsInput::as_input)
    }
}
