//! What the page says about itself: title, byline, date, site, canonical
//! address, description and language, from `<meta>` tags, `<link
//! rel=canonical>`, `<html lang>`, microdata and JSON-LD; and the JSON-LD
//! `articleBody`, a candidate for the article that is checked against the
//! page before it counts.

use html5ever::local_name;
use serde_json::Value;

use super::dom::{Data, Dom};
use super::Metadata;

/// Metadata plus what extraction reads from the page's head.
#[derive(Debug, Default)]
pub(crate) struct Head {
    pub meta: Metadata,
    /// The JSON-LD `articleBody`, if any.
    pub article_body: Option<String>,
    /// The texts of the page's `<h1>`s, first ones first.
    pub h1: Vec<String>,
}

/// Whitespace runs collapsed, trimmed; `None` for nothing.
fn clean(s: &str) -> Option<String> {
    let out = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!out.is_empty()).then_some(out)
}

/// `fr-FR`, `fr_FR`, `FR` → `fr`.
fn language_code(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_', ',', ';']).next()?.trim();
    (primary.len() == 2 && primary.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| primary.to_ascii_lowercase())
}

/// Reads the page's metadata.
pub(crate) fn read(dom: &Dom) -> Head {
    let mut head = Head::default();
    let mut og_title = None;
    let mut twitter_title = None;
    let mut html_title = None;
    let mut og_url = None;
    let mut og_description = None;
    let mut description = None;
    let mut lang = None;
    let mut content_language = None;
    let mut locale = None;
    let mut author = None;
    let mut published = None;
    let mut ld = LdArticle::default();
    for id in dom.descendants(0) {
        let Data::Element(e) = &dom.nodes[id as usize].data else {
            continue;
        };
        if e.is_foreign() {
            continue;
        }
        match e.name.local {
            local_name!("html") => {
                lang = lang.or_else(|| e.attr(&local_name!("lang")).and_then(language_code))
            }
            local_name!("title") if html_title.is_none() => html_title = clean(&dom.text_of(id)),
            local_name!("h1") if head.h1.len() < 8 => head.h1.extend(clean(&dom.text_of(id))),
            local_name!("link") => {
                let rel = e.attr(&local_name!("rel")).unwrap_or("");
                if rel
                    .split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
                {
                    head.meta.url = head
                        .meta
                        .url
                        .take()
                        .or_else(|| e.attr(&local_name!("href")).and_then(clean));
                }
            }
            local_name!("meta") => {
                let content = e.attr(&local_name!("content")).and_then(clean);
                let key = e
                    .attr(&local_name!("property"))
                    .or_else(|| e.attr(&local_name!("name")))
                    .or_else(|| e.attr(&local_name!("itemprop")))
                    .map(|k| k.trim().to_ascii_lowercase());
                if let Some(equiv) = e.attr(&local_name!("http-equiv")) {
                    if equiv.trim().eq_ignore_ascii_case("content-language") {
                        content_language =
                            content_language.or_else(|| content.as_deref().and_then(language_code));
                    }
                }
                let (Some(key), Some(content)) = (key, content) else {
                    continue;
                };
                let slot = match key.as_str() {
                    "og:title" => &mut og_title,
                    "twitter:title" => &mut twitter_title,
                    "og:site_name" => &mut head.meta.site_name,
                    "og:url" => &mut og_url,
                    "og:description" => &mut og_description,
                    "description" => &mut description,
                    "og:locale" => &mut locale,
                    "author" | "article:author" | "dc.creator" | "byl" | "sailthru.author" => {
                        &mut author
                    }
                    "article:published_time"
                    | "datepublished"
                    | "dc.date"
                    | "date"
                    | "pubdate"
                    | "publishdate"
                    | "dc.date.issued" => &mut published,
                    _ => continue,
                };
                if slot.is_none() {
                    *slot = Some(content);
                }
            }
            local_name!("script") => {
                let ld_json = e
                    .attr(&local_name!("type"))
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if ld_json {
                    if let Ok(v) = serde_json::from_str::<Value>(&dom.text_of(id)) {
                        ld.read(&v, 0);
                    }
                }
            }
            local_name!("time") if published.is_none() => {
                let in_meta = e.attr(&local_name!("itemprop")) == Some("datePublished");
                if in_meta {
                    published = e.attr(&local_name!("datetime")).and_then(clean);
                }
            }
            _ if e.attrs.is_empty() => {}
            _ => {
                if let Some(prop) = e.attr(&local_name!("itemprop")) {
                    match prop.trim() {
                        "datePublished" if published.is_none() => {
                            published = e
                                .attr(&local_name!("content"))
                                .or_else(|| e.attr(&local_name!("datetime")))
                                .and_then(clean)
                                .or_else(|| clean(&dom.text_of(id)));
                        }
                        "author" if author.is_none() => {
                            author = clean(&dom.text_of(id)).filter(|a| a.len() < 200);
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    let site = head.meta.site_name.clone().or(ld.publisher.clone());
    let title = og_title
        .or(ld.headline.clone())
        .or(twitter_title)
        .or_else(|| head.h1.first().cloned())
        .or(html_title);
    head.meta.title = title.map(|t| strip_site(&t, site.as_deref(), &head.h1));
    head.meta.site_name = site;
    head.meta.byline = author.or(ld.author.clone());
    head.meta.published = published.or(ld.published.clone());
    head.meta.url = head.meta.url.take().or(og_url);
    head.meta.description = description.or(og_description).or(ld.description.clone());
    head.meta.language = lang
        .or(content_language)
        .or(ld.language.as_deref().and_then(language_code))
        .or_else(|| locale.as_deref().and_then(language_code));
    head.article_body = ld.body;
    head
}

/// Separators between a headline and the site's name in a title.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " // ", " » "];

/// `Le budget est voté - Le Quotidien` → `Le budget est voté`: the part
/// that names the site (or, with no name known, a short last part after a
/// separator when a headline of the page is the rest) is cut off.
fn strip_site(title: &str, site: Option<&str>, h1: &[String]) -> String {
    for sep in TITLE_SEPARATORS {
        let Some(at) = title.rfind(sep) else { continue };
        let (head, tail) = (&title[..at], &title[at + sep.len()..]);
        let tail_lower = tail.to_lowercase();
        let names_site = site.is_some_and(|s| {
            let s = s.to_lowercase();
            !s.is_empty() && (tail_lower.contains(&s) || s.contains(tail_lower.trim()))
        });
        let is_h1 = h1.iter().any(|h| h.trim() == head.trim());
        if (names_site || is_h1) && !head.trim().is_empty() {
            return head.trim().to_string();
        }
        // The site's name first: `Le Quotidien | Le budget est voté`.
        if let Some(at) = title.find(sep) {
            let (first, rest) = (&title[..at], &title[at + sep.len()..]);
            let first_lower = first.to_lowercase();
            if site.is_some_and(|s| !s.is_empty() && first_lower.contains(&s.to_lowercase()))
                && !rest.trim().is_empty()
            {
                return rest.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// The fields of the page's JSON-LD article, if it has one.
#[derive(Debug, Default)]
struct LdArticle {
    headline: Option<String>,
    body: Option<String>,
    author: Option<String>,
    published: Option<String>,
    publisher: Option<String>,
    description: Option<String>,
    language: Option<String>,
}

/// JSON-LD nests objects in `@graph` and arrays; this deep is enough.
const LD_DEPTH: usize = 6;

impl LdArticle {
    fn read(&mut self, v: &Value, depth: usize) {
        if depth > LD_DEPTH {
            return;
        }
        match v {
            Value::Array(items) => items.iter().for_each(|i| self.read(i, depth + 1)),
            Value::Object(o) => {
                if let Some(graph) = o.get("@graph") {
                    self.read(graph, depth + 1);
                }
                let is_article = o.get("@type").is_some_and(|t| {
                    let names: Vec<&str> = match t {
                        Value::String(s) => vec![s.as_str()],
                        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                        _ => vec![],
                    };
                    names
                        .iter()
                        .any(|n| n.ends_with("Article") || *n == "BlogPosting")
                });
                if !is_article {
                    return;
                }
                let text = |k: &str| o.get(k).and_then(Value::as_str).and_then(clean);
                self.headline = self.headline.take().or_else(|| text("headline"));
                self.body = self.body.take().or_else(|| {
                    o.get("articleBody")
                        .and_then(Value::as_str)
                        .filter(|b| !b.trim().is_empty())
                        .map(str::to_string)
                });
                self.published = self.published.take().or_else(|| text("datePublished"));
                self.description = self.description.take().or_else(|| text("description"));
                self.language = self.language.take().or_else(|| text("inLanguage"));
                self.author = self.author.take().or_else(|| names(o.get("author")?));
                self.publisher = self.publisher.take().or_else(|| names(o.get("publisher")?));
            }
            _ => {}
        }
    }
}

/// A person's or an organisation's name, or several joined by commas.
fn names(v: &Value) -> Option<String> {
    let one = |v: &Value| match v {
        Value::String(s) => clean(s),
        Value::Object(o) => o.get("name").and_then(Value::as_str).and_then(clean),
        _ => None,
    };
    match v {
        Value::Array(a) => {
            let all: Vec<String> = a.iter().take(12).filter_map(one).collect();
            (!all.is_empty()).then(|| all.join(", "))
        }
        v => one(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(html: &str) -> Head {
        read(&Dom::parse(html))
    }

    #[test]
    fn titles_lose_the_site_name() {
        let h = head("<title>Le budget est voté - Le Quotidien</title><meta property=og:site_name content='Le Quotidien'>");
        assert_eq!(h.meta.title.as_deref(), Some("Le budget est voté"));
        let h = head("<title>Le Quotidien | Le budget est voté</title><meta property=og:site_name content='Le Quotidien'>");
        assert_eq!(h.meta.title.as_deref(), Some("Le budget est voté"));
        let h =
            head("<title>Storm hits the coast – Daily</title><body><h1>Storm hits the coast</h1>");
        assert_eq!(h.meta.title.as_deref(), Some("Storm hits the coast"));
        let h = head("<title>Paris - Lyon : le TGV reprend</title>");
        assert_eq!(
            h.meta.title.as_deref(),
            Some("Paris - Lyon : le TGV reprend")
        );
    }

    #[test]
    fn json_ld_gives_the_article_and_its_people() {
        let h = head(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"x"},
            {"@type":["NewsArticle"],"headline":"Titre","articleBody":"Le corps.",
             "author":[{"@type":"Person","name":"Jeanne Martin"},{"name":"Paul Durand"}],
             "datePublished":"2024-03-02T10:00:00Z","publisher":{"name":"Le Quotidien"},
             "inLanguage":"fr-FR"}]}</script>"#,
        );
        assert_eq!(h.meta.title.as_deref(), Some("Titre"));
        assert_eq!(h.article_body.as_deref(), Some("Le corps."));
        assert_eq!(h.meta.byline.as_deref(), Some("Jeanne Martin, Paul Durand"));
        assert_eq!(h.meta.published.as_deref(), Some("2024-03-02T10:00:00Z"));
        assert_eq!(h.meta.site_name.as_deref(), Some("Le Quotidien"));
        assert_eq!(h.meta.language.as_deref(), Some("fr"));
    }

    #[test]
    fn broken_json_ld_is_ignored() {
        let h = head(
            r#"<script type="application/ld+json">{"@type":"NewsArticle",</script><title>T</title>"#,
        );
        assert_eq!(h.meta.title.as_deref(), Some("T"));
        assert!(h.article_body.is_none());
    }
}
