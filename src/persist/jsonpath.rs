//! Finds the JSON path (`model.mapping.flows[3].direction`) at a line and column of a JSON
//! text, so a serde error can say *where* without a path-tracking deserializer (which cost
//! about 200 KB of wasm).

enum Frame {
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    Array {
        index: usize,
    },
}

/// The path of the value being read at `line`/`column` (1-based, columns in bytes, as
/// serde_json reports them). Empty at the top level.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let (mut l, mut c) = (1usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            l += 1;
            c = 0;
        } else {
            c += 1;
        }
        match b {
            b'{' => stack.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expecting_key, .. }) = stack.last_mut() {
                    *expecting_key = false;
                }
            }
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                        c += 1;
                    }
                    i += 1;
                    c += 1;
                }
                c += 1; // the closing quote
                let s = &text[start.min(text.len())..i.min(text.len())];
                if let Some(Frame::Object {
                    key,
                    expecting_key: true,
                }) = stack.last_mut()
                {
                    *key = Some(s.to_string());
                }
            }
            _ => {}
        }
        if (l, c) >= (line, column) {
            break;
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::path_at;

    fn err_path(text: &str) -> String {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Flow {
            direction: Dir,
            n: u32,
        }
        #[derive(serde::Deserialize, Debug)]
        #[serde(rename_all = "snake_case")]
        enum Dir {
            Input,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Doc {
            name: String,
            flows: Vec<Flow>,
        }
        let e = serde_json::from_str::<Doc>(text).unwrap_err();
        path_at(text, e.line(), e.column())
    }

    #[test]
    fn points_at_the_bad_field() {
        let text = "{\"name\":\"a \\\"q\\\" b\",\"flows\":[{\"direction\":\"input\",\"n\":1},\n {\"n\":2, \"direction\":\"sideways\"}]}";
        assert_eq!(err_path(text), "flows[1].direction");
        assert_eq!(err_path("{\"name\": 5, \"flows\": []}"), "name");
        assert_eq!(
            err_path("{\"name\":\"é\",\"flows\":[{\"direction\":\"input\",\"n\":\"x\"}]}"),
            "flows[0].n"
        );
    }

    #[test]
    fn a_missing_field_points_at_its_object() {
        assert_eq!(
            err_path("{\"name\":\"a\",\"flows\":[{\"direction\":\"input\"}]}"),
            "flows[0]"
        );
        assert_eq!(err_path("{\"flows\":[]}"), "");
    }
}
