//! Checked reads of JavaScript values, with errors that name the argument.

use napi::bindgen_prelude::{Array, Object, Unknown};
use napi::{Error, JsValue, Result, Status, ValueType};

/// Largest integer a JavaScript number holds exactly.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// An `InvalidArg` error: `name` (as the caller spells it) `must ...`.
pub(crate) fn wrong(name: &str, expected: &str, value: &Unknown) -> Error {
    Error::new(
        Status::InvalidArg,
        format!("`{name}` must be {expected}, got {}", type_of(value)),
    )
}

/// The value's type as `typeof` would say it, with `null` and arrays told apart.
fn type_of(value: &Unknown) -> &'static str {
    match value.get_type() {
        Ok(ValueType::Undefined) => "undefined",
        Ok(ValueType::Null) => "null",
        Ok(ValueType::Boolean) => "boolean",
        Ok(ValueType::Number) => "number",
        Ok(ValueType::String) => "string",
        Ok(ValueType::Symbol) => "symbol",
        Ok(ValueType::Object) if value.is_array().unwrap_or(false) => "array",
        Ok(ValueType::Object) => "object",
        Ok(ValueType::Function) => "function",
        Ok(ValueType::BigInt) => "bigint",
        _ => "a value of unknown type",
    }
}

/// `true` for `undefined` and `null`, which mean "not given".
pub(crate) fn is_absent(value: &Unknown) -> Result<bool> {
    Ok(matches!(
        value.get_type()?,
        ValueType::Undefined | ValueType::Null
    ))
}

/// A string argument.
pub(crate) fn string(name: &str, value: &Unknown) -> Result<String> {
    match value.get_type()? {
        // SAFETY: the value was just checked to be a string.
        ValueType::String => unsafe { value.cast::<String>() },
        _ => Err(wrong(name, "a string", value)),
    }
}

/// A boolean argument.
pub(crate) fn boolean(name: &str, value: &Unknown) -> Result<bool> {
    match value.get_type()? {
        // SAFETY: the value was just checked to be a boolean.
        ValueType::Boolean => unsafe { value.cast::<bool>() },
        _ => Err(wrong(name, "a boolean", value)),
    }
}

/// A number argument.
pub(crate) fn number(name: &str, value: &Unknown) -> Result<f64> {
    match value.get_type()? {
        // SAFETY: the value was just checked to be a number.
        ValueType::Number => unsafe { value.cast::<f64>() },
        _ => Err(wrong(name, "a number", value)),
    }
}

/// A non-negative integer argument (ranges are the core's to check).
pub(crate) fn count(name: &str, value: &Unknown) -> Result<usize> {
    let n = number(name, value)?;
    if n.fract() == 0.0 && (0.0..=MAX_SAFE_INTEGER).contains(&n) {
        Ok(n as usize)
    } else {
        Err(Error::new(
            Status::InvalidArg,
            format!("`{name}` must be a non-negative integer, got {n}"),
        ))
    }
}

/// A plain object argument (not an array).
pub(crate) fn object<'a>(name: &str, value: &Unknown<'a>) -> Result<Object<'a>> {
    match value.get_type()? {
        // SAFETY: the value was just checked to be an object.
        ValueType::Object if !value.is_array()? => unsafe { value.cast::<Object>() },
        _ => Err(wrong(name, "an object", value)),
    }
}

/// An array of strings, each checked and named by its index.
pub(crate) fn strings(name: &str, value: &Unknown) -> Result<Vec<String>> {
    if value.get_type()? != ValueType::Object || !value.is_array()? {
        return Err(wrong(name, "an array of strings", value));
    }
    // SAFETY: the value was just checked to be an array.
    let array = unsafe { value.cast::<Array>() }?;
    (0..array.len())
        .map(|i| {
            let item_name = format!("{name}[{i}]");
            match array.get::<Unknown>(i)? {
                Some(item) => string(&item_name, &item),
                None => Err(Error::new(
                    Status::InvalidArg,
                    format!("`{item_name}` must be a string, got undefined"),
                )),
            }
        })
        .collect()
}
