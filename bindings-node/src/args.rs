//! Checked reads of JavaScript values. A value of the wrong type is Node's
//! `ERR_INVALID_ARG_TYPE`, worded as Node's core modules word it:
//! `The "text" argument must be of type string. Received type number (42)`.

use napi::bindgen_prelude::{JsObjectValue, Object, Uint8ArraySlice, Unknown};
use napi::{JsValue, ValueType};

use crate::errors::{js_number, Code, Failure};

/// A read that fails with a failure ready for JavaScript.
pub(crate) type Read<T> = Result<T, Failure>;

/// Largest integer a JavaScript number holds exactly.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// What `err.field` says for the value at `path`: an option's name without
/// the `options.` in front (`weights.runOn`), a batch document's property
/// without its `items[i].` (`title`), else the argument's name.
fn field_of(path: &str) -> &str {
    if let Some(option) = path.strip_prefix("options.") {
        option
    } else if let Some((_, property)) = path.split_once("].") {
        property
    } else {
        path.split('[').next().unwrap_or(path)
    }
}

/// A wrong type: `path` (as the caller spells it) `must be` `expected`.
pub(crate) fn wrong(path: &str, expected: &str, value: &Unknown) -> Failure {
    let kind = if path.contains('.') {
        "property"
    } else {
        "argument"
    };
    Failure::new(
        Code::InvalidArgType,
        field_of(path),
        format!(
            "The \"{path}\" {kind} must be {expected}. Received {}",
            received(value)
        ),
    )
}

/// The value as Node's messages describe it: `type number (42)`, `null`,
/// `an instance of Array`.
fn received(value: &Unknown) -> String {
    let shown = |kind: &str, text: String| format!("type {kind} ({text})");
    match value.get_type() {
        Ok(ValueType::Undefined) => "undefined".into(),
        Ok(ValueType::Null) => "null".into(),
        // SAFETY (these casts): each value was just checked to be of the type cast to.
        Ok(ValueType::Boolean) => match unsafe { value.cast::<bool>() } {
            Ok(b) => shown("boolean", b.to_string()),
            Err(_) => "type boolean".into(),
        },
        Ok(ValueType::Number) => match unsafe { value.cast::<f64>() } {
            Ok(n) => shown("number", js_number(n)),
            Err(_) => "type number".into(),
        },
        Ok(ValueType::String) => match unsafe { value.cast::<String>() } {
            Ok(s) => shown("string", quoted(&s)),
            Err(_) => "type string".into(),
        },
        Ok(ValueType::Symbol) => "type symbol".into(),
        Ok(ValueType::BigInt) => "type bigint".into(),
        Ok(ValueType::Function) => "function".into(),
        Ok(ValueType::Object) => match constructor_name(value) {
            Some(name) => format!("an instance of {name}"),
            None => "an object".into(),
        },
        _ => "a value of unknown type".into(),
    }
}

/// A string as `util.inspect` shows it in an error message: single-quoted,
/// cut after 25 characters.
fn quoted(s: &str) -> String {
    let mut inner: String = s.chars().take(25).collect();
    inner = inner
        .replace('\\', "\\\\")
        .replace('\'', "\\'")
        .replace('\n', "\\n");
    let more = if s.chars().nth(25).is_some() {
        "..."
    } else {
        ""
    };
    format!("'{inner}'{more}")
}

/// `value.constructor.name`, when it is a non-empty string.
fn constructor_name(value: &Unknown) -> Option<String> {
    // SAFETY: only called on values of type object.
    let object = unsafe { value.cast::<Object>() }.ok()?;
    let constructor: Unknown = object.get_named_property("constructor").ok()?;
    if constructor.get_type().ok()? != ValueType::Function {
        return None;
    }
    // SAFETY: a function is an object, whose properties Node-API reads as any object's.
    let constructor = unsafe { constructor.cast::<Object>() }.ok()?;
    let name: Unknown = constructor.get_named_property("name").ok()?;
    if name.get_type().ok()? != ValueType::String {
        return None;
    }
    // SAFETY: the value was just checked to be a string.
    let name = unsafe { name.cast::<String>() }.ok()?;
    (!name.is_empty()).then_some(name)
}

/// `true` for `undefined` and `null`, which mean "not given".
pub(crate) fn is_absent(value: &Unknown) -> Read<bool> {
    Ok(matches!(
        value.get_type()?,
        ValueType::Undefined | ValueType::Null
    ))
}

/// A string argument.
pub(crate) fn string(path: &str, value: &Unknown) -> Read<String> {
    match value.get_type()? {
        // SAFETY: the value was just checked to be a string.
        ValueType::String => Ok(unsafe { value.cast::<String>() }?),
        _ => Err(wrong(path, "of type string", value)),
    }
}

/// A string, or `None` for `undefined` and `null`.
pub(crate) fn optional_string(path: &str, value: &Unknown) -> Read<Option<String>> {
    if is_absent(value)? {
        return Ok(None);
    }
    match value.get_type()? {
        // SAFETY: the value was just checked to be a string.
        ValueType::String => Ok(Some(unsafe { value.cast::<String>() }?)),
        _ => Err(wrong(path, "one of type string, null, or undefined", value)),
    }
}

/// A text as JavaScript gives it: a string, or the bytes of a page.
pub(crate) enum Text {
    /// A string: offsets index it (or the text made of it, for HTML).
    Str(String),
    /// A `Buffer` or `Uint8Array`, copied: the core decodes it.
    Bytes(Vec<u8>),
}

/// A string or `Buffer` (any `Uint8Array`) argument.
pub(crate) fn text(path: &str, value: &Unknown) -> Read<Text> {
    let expected = "of type string or an instance of Buffer or Uint8Array";
    match value.get_type()? {
        // SAFETY: the value was just checked to be a string.
        ValueType::String => Ok(Text::Str(unsafe { value.cast::<String>() }?)),
        ValueType::Object if value.is_typedarray()? => {
            // SAFETY: the value is a typed array; a non-byte one is refused by the cast.
            let bytes = unsafe { value.cast::<Uint8ArraySlice>() }
                .map_err(|_| wrong(path, expected, value))?;
            Ok(Text::Bytes(bytes.to_vec()))
        }
        _ => Err(wrong(path, expected, value)),
    }
}

/// A boolean argument.
pub(crate) fn boolean(path: &str, value: &Unknown) -> Read<bool> {
    match value.get_type()? {
        // SAFETY: the value was just checked to be a boolean.
        ValueType::Boolean => Ok(unsafe { value.cast::<bool>() }?),
        _ => Err(wrong(path, "of type boolean", value)),
    }
}

/// A number argument (ranges are the core's to check).
pub(crate) fn number(path: &str, value: &Unknown) -> Read<f64> {
    match value.get_type()? {
        // SAFETY: the value was just checked to be a number.
        ValueType::Number => Ok(unsafe { value.cast::<f64>() }?),
        _ => Err(wrong(path, "of type number", value)),
    }
}

/// A count option: an integer the core's `usize` holds. Every count option
/// is at least 1; the core says so for 0, this says it for negative numbers,
/// and says "too large" past the largest exact integer.
pub(crate) fn count(path: &str, value: &Unknown) -> Read<usize> {
    let n = number(path, value)?;
    let field = field_of(path);
    let max = MAX_SAFE_INTEGER.min(usize::MAX as f64);
    if n.is_nan() || (n.is_finite() && n.fract() != 0.0) {
        Err(Failure::option(
            field,
            format!("must be an integer, got {}", js_number(n)),
        ))
    } else if n < 0.0 {
        Err(Failure::option(
            field,
            format!("must be at least 1, got {}", js_number(n)),
        ))
    } else if n > max {
        Err(Failure::option(
            field,
            format!(
                "too large: got {}, at most {} (Number.MAX_SAFE_INTEGER)",
                js_number(n),
                js_number(max)
            ),
        ))
    } else {
        Ok(n as usize)
    }
}

/// A plain object argument (not an array).
pub(crate) fn object<'a>(path: &str, value: &Unknown<'a>) -> Read<Object<'a>> {
    match value.get_type()? {
        // SAFETY: the value was just checked to be an object.
        ValueType::Object if !value.is_array()? => Ok(unsafe { value.cast::<Object>() }?),
        _ => Err(wrong(path, "of type object", value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_is_named_as_the_caller_reads_it() {
        assert_eq!(field_of("text"), "text");
        assert_eq!(field_of("options.sentences"), "sentences");
        assert_eq!(field_of("options.weights.runOn"), "weights.runOn");
        assert_eq!(field_of("items[3]"), "items");
        assert_eq!(field_of("items[3].title"), "title");
    }

    #[test]
    fn strings_are_shown_as_util_inspect_shows_them() {
        assert_eq!(quoted("3"), "'3'");
        assert_eq!(quoted("l'été\n"), "'l\\'été\\n'");
        assert_eq!(
            quoted("abcdefghijklmnopqrstuvwxyz"),
            "'abcdefghijklmnopqrstuvwxy'..."
        );
    }
}
