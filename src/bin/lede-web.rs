//! The browser app's entry point (built by Trunk for wasm32).

#[cfg(target_arch = "wasm32")]
fn main() {
    lede::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("lede-web is the browser app: build it with `trunk build` (see README.md).");
    std::process::exit(2);
}
