//! One mechanism for every asynchronous call: a closure run on the libuv pool.

use napi::bindgen_prelude::{ToNapiValue, TypeName};
use napi::{Env, Error, Result, Task};

use crate::errors::guard;

type Work<T> = Box<dyn FnOnce() -> Result<T> + Send>;

/// Work for the thread pool, whose result resolves the returned promise.
///
/// The arguments are converted on the main thread before the job is built;
/// if that fails the job carries the error, so the promise rejects instead
/// of the call throwing.
pub struct Job<T> {
    work: Option<Result<Work<T>>>,
}

impl<T> Job<T> {
    /// A job that runs `work` off the main thread.
    pub(crate) fn run(work: impl FnOnce() -> Result<T> + Send + 'static) -> Self {
        Job {
            work: Some(Ok(Box::new(work))),
        }
    }

    /// A job whose promise rejects with `err`.
    pub(crate) fn failed(err: Error) -> Self {
        Job {
            work: Some(Err(err)),
        }
    }

    /// A job from prepared arguments: runs `work` on them, or rejects with their error.
    pub(crate) fn with<A: Send + 'static>(
        args: Result<A>,
        work: impl FnOnce(A) -> Result<T> + Send + 'static,
    ) -> Self {
        match args {
            Ok(a) => Job::run(move || work(a)),
            Err(e) => Job::failed(e),
        }
    }
}

impl<T: ToNapiValue + TypeName + Send + 'static> Task for Job<T> {
    type Output = T;
    type JsValue = T;

    fn compute(&mut self) -> Result<T> {
        match self.work.take() {
            Some(Ok(work)) => guard(work),
            Some(Err(e)) => Err(e),
            None => Err(Error::from_reason("abrege: a job ran twice")),
        }
    }

    fn resolve(&mut self, _env: Env, output: T) -> Result<T> {
        Ok(output)
    }
}
