// Cargo.toml: napi = { version = "3", features = ["async", "tokio_fs"] }
use napi::bindgen_prelude::*;
use napi_derive::napi;

#[napi]
pub async fn file_size(path: String) -> Result<u32> { //@ async
    let bytes = napi::tokio::fs::read(&path).await?; //@ read
    Ok(bytes.len() as u32) //@ len
}

pub struct Fib { n: u32 }

#[napi]
impl Task for Fib {
    type Output = u32;
    type JsValue = u32;
    // Runs on a libuv worker thread, not on the JavaScript thread.
    fn compute(&mut self) -> Result<u32> { Ok(fib(self.n)) }
    // Runs back on the JavaScript thread and settles the Promise.
    fn resolve(&mut self, _env: Env, output: u32) -> Result<u32> { Ok(output) }
}

#[napi]
pub fn fib_async(n: u32) -> AsyncTask<Fib> { //@ task
    AsyncTask::new(Fib { n }) //@ new
}

fn fib(n: u32) -> u32 { //@ fib
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) } //@ fibbody
}
