//! Re-indents compact JSON the way serde_json's pretty printer does (two spaces, `": "`).
//! Serialising through one formatter only keeps a second copy of every `Serialize` impl out
//! of the wasm.

/// Pretty-prints compact JSON text (as produced by `serde_json::to_string`).
pub fn reindent(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut i = 0;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                out.push_str(&compact[start..(i + 1).min(compact.len())]);
            }
            b'{' | b'[' => {
                let close = if b == b'{' { b'}' } else { b']' };
                if bytes.get(i + 1) == Some(&close) {
                    out.push(b as char);
                    out.push(close as char);
                    i += 1;
                } else {
                    out.push(b as char);
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(b as char);
            }
            b',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            b':' => out.push_str(": "),
            _ => out.push(b as char),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::reindent;
    use serde_json::json;

    #[test]
    fn matches_serde_json_pretty_output() {
        let v = json!({
            "format": "x", "n": [1, 2.5, -3e-7], "empty": [], "obj": {}, "nested": {"a": [{"b": null}], "s": "q\"u:o{t}e,[]\\"},
            "unicode": "é ✓", "t": true
        });
        let compact = serde_json::to_string(&v).unwrap();
        assert_eq!(
            reindent(&compact),
            serde_json::to_string_pretty(&v).unwrap()
        );
    }
}
