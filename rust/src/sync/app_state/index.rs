//! Index JSON: a record's index is a JSON array of strings, such as
//! `["mute","1234@s.whatsapp.net"]`, and its MAC is over the exact bytes.
//!
//! [`encode`] writes what WhatsApp Web's `JSON.stringify` writes: no
//! whitespace, `"` and `\` escaped, `\b \f \n \r \t` for those controls and
//! `\u00xx` (lowercase hex) for the other characters below U+0020; everything
//! else, non-ASCII included, is written as is. [`parse`] accepts only an
//! array of strings (serde_json, strict: no trailing data).

use std::fmt::Write as _;

/// The JSON text of an index.
pub fn encode<S: AsRef<str>>(index: &[S]) -> String {
    let mut out =
        String::with_capacity(2 + index.iter().map(|s| s.as_ref().len() + 3).sum::<usize>());
    out.push('[');
    for (i, part) in index.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        for c in part.as_ref().chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\u{08}' => out.push_str("\\b"),
                '\u{0c}' => out.push_str("\\f"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if u32::from(c) < 0x20 => {
                    // Writing to a String cannot fail.
                    let _ = write!(out, "\\u{:04x}", u32::from(c));
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
    out.push(']');
    out
}

/// Parses index JSON: an array of strings, nothing else.
pub fn parse(json: &[u8]) -> Result<Vec<String>, serde_json::Error> {
    serde_json::from_slice(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_vectors_spelling() {
        assert_eq!(
            encode(&["mute", "551174674930@s.whatsapp.net"]),
            r#"["mute","551174674930@s.whatsapp.net"]"#
        );
        assert_eq!(encode(&["setting_pushName"]), r#"["setting_pushName"]"#);
        assert_eq!(encode::<&str>(&[]), "[]");
    }

    #[test]
    fn escapes_like_json_stringify() {
        let tricky = [
            "a\"b\\c",
            "\u{0}\u{1f}\u{7f}",
            "\u{8}\u{c}\n\r\t",
            "é€😀 /\u{2028}",
        ];
        let ours = encode(&tricky);
        assert_eq!(
            ours,
            "[\"a\\\"b\\\\c\",\"\\u0000\\u001f\u{7f}\",\"\\b\\f\\n\\r\\t\",\"é€😀 /\u{2028}\"]"
        );
        // serde_json's compact form agrees byte for byte.
        assert_eq!(ours, serde_json::to_string(&tricky).unwrap());
        assert_eq!(parse(ours.as_bytes()).unwrap(), tricky);
    }

    #[test]
    fn parse_is_strict() {
        assert!(parse(br#"["mute",1]"#).is_err());
        assert!(parse(br#"{"a":"b"}"#).is_err());
        assert!(parse(br#"["mute"] x"#).is_err());
        assert!(parse(b"[\"\xff\"]").is_err());
        assert!(parse(b"").is_err());
        assert_eq!(parse(br#" [ "a" , "b" ] "#).unwrap(), ["a", "b"]);
    }
}
