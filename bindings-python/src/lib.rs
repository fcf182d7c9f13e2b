//! Binding (work in progress).
