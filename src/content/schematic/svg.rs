//! The schematic as a standalone SVG file, and the paint shared with the page.

use super::text::Font;
use super::{Schematic, Shape};

/// Escapes text for XML.
fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// How one class of shape is painted. The same values go into the page and into downloaded
/// files, so both look alike.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Paint {
    pub fill: Option<&'static str>,
    pub stroke: Option<&'static str>,
    pub stroke_width: Option<&'static str>,
    pub dash: Option<&'static str>,
    pub radius: Option<&'static str>,
    pub font_size: Option<&'static str>,
    pub font_weight: Option<&'static str>,
    /// Which arrowhead the line ends in: `arrow` or `arrow-blue`.
    pub marker: Option<&'static str>,
}

/// The paint of a class of shape.
pub fn paint(class: &str) -> Paint {
    let boxed = |fill, stroke, width, radius| Paint {
        fill: Some(fill),
        stroke: Some(stroke),
        stroke_width: Some(width),
        radius: Some(radius),
        ..Paint::default()
    };
    let line = |stroke, width, dash, marker| Paint {
        fill: Some("none"),
        stroke: Some(stroke),
        stroke_width: Some(width),
        dash,
        marker: Some(marker),
        ..Paint::default()
    };
    let text = |size, weight, fill| Paint {
        fill: Some(fill),
        font_size: Some(size),
        font_weight: weight,
        ..Paint::default()
    };
    match class {
        "market" => boxed("#e8f1fb", "#1f5fa8", "2", "10"),
        "company" => boxed("#eef7ee", "#1e6b37", "2", "10"),
        "team" => boxed("#fff8e6", "#8a5a00", "2", "10"),
        "sub" => boxed("#ffffff", "#8a5a00", "1.5", "6"),
        "chip" => boxed("#f4f6f8", "#aab3bc", "1", "4"),
        // A label's own backing, so a line running behind it never crosses its text.
        "plate" => Paint {
            fill: Some("#ffffff"),
            ..Paint::default()
        },
        "flow in" | "flow out" => line("#333333", "2", None, "arrow-small"),
        "loop ab" => line("#1f5fa8", "3", None, "arrow-blue"),
        "loop side" => line("#5b6b7a", "2", Some("6 4"), "arrow"),
        "loop team-loop" => line("#8a5a00", "2.5", None, "arrow"),
        "title" => text("17", Some("700"), "#111111"),
        "subtitle" => text("13", Some("700"), "#111111"),
        "sub-name" => text("13", Some("700"), "#111111"),
        "loop-label" => text("14", Some("700"), "#1f5fa8"),
        "loop-label small" => text("13", None, "#333333"),
        "hint" => text("13", None, "#555555"),
        _ => text("13", None, "#222222"),
    }
}

/// The font a class of text is set in (what the layout measures it with).
pub fn font(class: &str) -> Font {
    let p = paint(class);
    Font {
        size: p.font_size.and_then(|s| s.parse().ok()).unwrap_or(13.0),
        bold: p.font_weight == Some("700"),
    }
}

impl Paint {
    /// As SVG attributes; `id` prefixes the arrowhead marker's id.
    fn attributes(&self, id: &str) -> String {
        let mut out = String::new();
        let mut put = |name: &str, v: Option<&str>| {
            if let Some(v) = v {
                out.push_str(&format!(r#" {name}="{v}""#));
            }
        };
        put("fill", self.fill);
        put("stroke", self.stroke);
        put("stroke-width", self.stroke_width);
        put("stroke-dasharray", self.dash);
        put("rx", self.radius);
        put("font-size", self.font_size);
        put("font-weight", self.font_weight);
        if let Some(m) = self.marker {
            out.push_str(&format!(r#" marker-end="url(#{id}-{m})""#));
        }
        out
    }
}

impl Schematic {
    /// The picture as a standalone SVG document, showing layers up to `upto` (use
    /// `LAYERS.len()` for all). `title` names the picture for assistive technology.
    /// `id` prefixes the element ids, so two pictures can share a page.
    pub fn to_svg(&self, upto: usize, title: &str, id: &str) -> String {
        let mut out = format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="system-ui, sans-serif">"##,
            w = self.width,
            h = self.height
        );
        out.push_str(&format!(
            r##"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"##,
            xml(title),
            xml(&self.described.join(" "))
        ));
        out.push_str(&format!(r##"<defs><marker id="{id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333333"/></marker><marker id="{id}-arrow-small" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333333"/></marker><marker id="{id}-arrow-blue" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1f5fa8"/></marker></defs>"##));
        out.push_str(&format!(
            r##"<rect x="0" y="0" width="{}" height="{}" fill="#ffffff"/>"##,
            self.width, self.height
        ));
        for item in self.items.iter().filter(|i| i.layer <= upto) {
            match &item.shape {
                Shape::Rect { x, y, w, h, class } => out.push_str(&format!(
                    r##"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}"{}/>"##,
                    paint(class).attributes(id)
                )),
                Shape::Text {
                    x,
                    y,
                    text,
                    anchor,
                    class,
                } => out.push_str(&format!(
                    r##"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}"{}>{}</text>"##,
                    paint(class).attributes(id),
                    xml(text)
                )),
                Shape::Arrow {
                    x1,
                    y1,
                    x2,
                    y2,
                    class,
                } => out.push_str(&format!(
                    r##"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}"{}/>"##,
                    paint(class).attributes(id)
                )),
                Shape::Curve {
                    x1,
                    y1,
                    x2,
                    y2,
                    bend,
                    class,
                } => {
                    let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0 + bend);
                    out.push_str(&format!(
                        r##"<path d="M{x1:.1},{y1:.1} Q{mx:.1},{my:.1} {x2:.1},{y2:.1}"{}/>"##,
                        paint(class).attributes(id)
                    ))
                }
            }
        }
        out.push_str("</svg>");
        out
    }
}
