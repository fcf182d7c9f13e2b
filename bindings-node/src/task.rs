//! One mechanism for every asynchronous call: a closure run on the libuv pool.

use napi::bindgen_prelude::{ToNapiValue, TypeName};
use napi::{Env, Result, Task};

use crate::errors::{guard, Failure};

type Work<T> = Box<dyn FnOnce() -> std::result::Result<T, Failure> + Send>;

/// Work for the thread pool, whose result resolves the returned promise.
///
/// The arguments are converted on the main thread before the job is built;
/// if that fails the job carries the failure, so the promise rejects instead
/// of the call throwing. A failure crosses the thread as a [`Failure`] and
/// becomes a JavaScript error on the main thread, where it can carry its
/// `code`, `field`, `size`, `limit` and `index` as properties.
pub struct Job<T> {
    work: Option<std::result::Result<Work<T>, Failure>>,
}

impl<T> Job<T> {
    /// A job from prepared arguments: runs `work` on them, or rejects with their failure.
    pub(crate) fn with<A: Send + 'static>(
        args: std::result::Result<A, Failure>,
        work: impl FnOnce(A) -> std::result::Result<T, Failure> + Send + 'static,
    ) -> Self {
        Job {
            work: Some(args.map(|a| Box::new(move || work(a)) as Work<T>)),
        }
    }
}

impl<T: ToNapiValue + TypeName + Send + 'static> Task for Job<T> {
    type Output = std::result::Result<T, Failure>;
    type JsValue = T;

    fn compute(&mut self) -> Result<Self::Output> {
        Ok(match self.work.take() {
            Some(Ok(work)) => guard(work),
            Some(Err(failure)) => Err(failure),
            None => Err(Failure::internal("abrege: a job ran twice")),
        })
    }

    fn resolve(&mut self, env: Env, output: Self::Output) -> Result<T> {
        output.map_err(|failure| failure.into_js(&env))
    }
}
