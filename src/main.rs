//! The browser entry point: install the panic hook and mount the app. No logic here.

fn main() {
    #[cfg(target_arch = "wasm32")]
    dateline::ui::start();
}
