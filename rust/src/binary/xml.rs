//! XML-like rendering of stanzas for logs, debugging and the `wapy decode`
//! command: `{}` prints one line, `{:#}` indents children by two spaces.
//! Binary content is shown as text when it is printable UTF-8, else as hex.

use std::fmt::{self, Write};

use super::node::Node;
use super::node_ref::{ContentRef, NodeRef, ValueRef};
use super::strref::StrRef;

impl fmt::Display for NodeRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let indent = f.alternate();
        write_node(f, self, indent, 0)
    }
}

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let indent = f.alternate();
        write_node(f, &self.as_node_ref(), indent, 0)
    }
}

fn write_node(
    f: &mut fmt::Formatter<'_>,
    node: &NodeRef<'_>,
    indent: bool,
    depth: usize,
) -> fmt::Result {
    if indent {
        for _ in 0..depth {
            f.write_str("  ")?;
        }
    }
    f.write_char('<')?;
    write_escaped(f, &node.tag.as_str())?;
    for (key, value) in &node.attrs {
        f.write_char(' ')?;
        write_escaped(f, &key.as_str())?;
        f.write_str("=\"")?;
        match value {
            ValueRef::Str(text) => write_str_ref(f, text)?,
            ValueRef::Jid(jid) => write_escaped(f, &jid.to_string())?,
        }
        f.write_char('"')?;
    }
    match &node.content {
        None => return f.write_str("/>"),
        Some(ContentRef::Nodes(children)) if children.is_empty() => return f.write_str("/>"),
        Some(ContentRef::Nodes(children)) => {
            f.write_char('>')?;
            for child in children {
                if indent {
                    f.write_char('\n')?;
                }
                write_node(f, child, indent, depth + 1)?;
            }
            if indent {
                f.write_char('\n')?;
                for _ in 0..depth {
                    f.write_str("  ")?;
                }
            }
        }
        Some(ContentRef::Str(text)) => {
            f.write_char('>')?;
            write_str_ref(f, text)?;
        }
        Some(ContentRef::Jid(jid)) => {
            f.write_char('>')?;
            write_escaped(f, &jid.to_string())?;
        }
        Some(ContentRef::Bytes(bytes)) => {
            f.write_char('>')?;
            match std::str::from_utf8(bytes) {
                Ok(text)
                    if text
                        .chars()
                        .all(|c| !c.is_control() || c == '\n' || c == '\t') =>
                {
                    write_escaped(f, text)?;
                }
                _ => {
                    for byte in *bytes {
                        write!(f, "{byte:02x}")?;
                    }
                }
            }
        }
    }
    f.write_str("</")?;
    write_escaped(f, &node.tag.as_str())?;
    f.write_char('>')
}

fn write_str_ref(f: &mut fmt::Formatter<'_>, text: &StrRef<'_>) -> fmt::Result {
    match text.borrowed() {
        Some(text) => write_escaped(f, text),
        None => write!(f, "{text}"),
    }
}

fn write_escaped(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for ch in text.chars() {
        match ch {
            '&' => f.write_str("&amp;")?,
            '<' => f.write_str("&lt;")?,
            '>' => f.write_str("&gt;")?,
            '"' => f.write_str("&quot;")?,
            c if c.is_control() && c != '\n' && c != '\t' => write!(f, "&#x{:x};", u32::from(c))?,
            c => f.write_char(c)?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::binary::{Jid, Node};

    #[test]
    fn renders_one_line_and_indented() {
        let node = Node::new("iq")
            .attr("to", Jid::server_jid())
            .attr("q", "a\"b<c")
            .children([
                Node::new("ping"),
                Node::new("enc").bytes(vec![0u8, 1, 0xff]),
                Node::new("body").bytes(&b"hi"[..]),
            ]);
        assert_eq!(
            node.to_string(),
            "<iq to=\"s.whatsapp.net\" q=\"a&quot;b&lt;c\"><ping/><enc>0001ff</enc><body>hi</body></iq>"
        );
        assert_eq!(
            format!("{node:#}"),
            "<iq to=\"s.whatsapp.net\" q=\"a&quot;b&lt;c\">\n  <ping/>\n  <enc>0001ff</enc>\n  <body>hi</body>\n</iq>"
        );
    }
}
