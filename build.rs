//! Front-codes the embedded name lists (see `src/entities/front_coding.rs`):
//! the committed `.txt` files stay readable; the engine embeds the smaller form.

#[path = "src/entities/front_coding.rs"]
mod front_coding;

fn main() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for name in ["gazetteer", "word-classes"] {
        let source = format!("models/{name}.txt");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        std::fs::write(out.join(format!("{name}.fc")), front_coding::encode(&text))
            .unwrap_or_else(|e| panic!("writing {name}.fc: {e}"));
    }
}
