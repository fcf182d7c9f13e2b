//! What an HTML page states about itself. The struct is there with or
//! without the `html` feature, so that a summary has the same fields in
//! every build; only the `html` feature fills it.

use serde::{Deserialize, Serialize};

/// What an HTML page states about itself, when it does.
///
/// The description is the site's own summary of the article: it is
/// reported here, never a sentence to pick.
///
/// ```
/// # #[cfg(feature = "html")] {
/// let page = "<html lang=\"fr-FR\"><head><title>Le budget est voté - Le Quotidien</title>\
///     <meta property=\"og:site_name\" content=\"Le Quotidien\">\
///     <meta name=\"description\" content=\"Le conseil a voté.\"></head>\
///     <body><article><h1>Le budget est voté</h1><p>Le conseil municipal a voté le budget.</p></article></body></html>";
/// let cleaned = abrege::clean::clean(page, "auto");
/// let meta = cleaned.metadata.unwrap();
/// assert_eq!(meta.title.as_deref(), Some("Le budget est voté"));
/// assert_eq!(meta.site_name.as_deref(), Some("Le Quotidien"));
/// assert_eq!(meta.language.as_deref(), Some("fr"));
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Metadata {
    /// The article's title: `og:title`, else JSON-LD `headline`, else the
    /// first `<h1>`, else `<title>`; the site's name stripped.
    pub title: Option<String>,
    /// The author or authors, as the page names them.
    pub byline: Option<String>,
    /// The publication date, as the page writes it (usually ISO 8601).
    pub published: Option<String>,
    /// The site's name (`og:site_name`, JSON-LD publisher).
    pub site_name: Option<String>,
    /// The canonical address (`<link rel=canonical>`, else `og:url`).
    pub url: Option<String>,
    /// The page's description of itself (`<meta name=description>`,
    /// `og:description`): the site's summary, kept apart from the text.
    pub description: Option<String>,
    /// The language the page declares (`<html lang>`, `content-language`,
    /// `og:locale`), as an ISO 639-1 code; detection takes it as a prior.
    pub language: Option<String>,
}
