//! How much room a label takes, worked out natively (the layout never sees a browser): widths
//! from a sans-serif font's advance widths, lines wrapped at words, and a box per text.
//!
//! The widths are DejaVu Sans's (the `system-ui` of a Linux desktop and of the test browser),
//! one of the widest sans-serif faces; Segoe UI, San Francisco and Roboto all set the same
//! text narrower, so a label measured here fits wherever it is shown.

/// Advance widths of the printable ASCII characters (space to `~`) in thousandths of an em.
const REGULAR: [u16; 95] = [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
    575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
    611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
    278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];

/// The same for bold.
const BOLD: [u16; 95] = [
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
    696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
    683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
    724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
    343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];

/// Above the baseline, in ems: room for the tallest accents of any common face.
pub const ASCENT: f64 = 1.0;
/// Below the baseline, in ems.
pub const DESCENT: f64 = 0.3;
/// From one baseline to the next, in ems: a text's box never meets the next line's.
pub const LEADING: f64 = ASCENT + DESCENT;

/// A font: its size in the picture's units and whether it is bold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
}

impl Font {
    /// One line's height.
    pub fn line(self) -> f64 {
        (self.size * LEADING).ceil()
    }
}

/// The width of one character in ems.
fn advance(c: char, bold: bool) -> f64 {
    let table = if bold { &BOLD } else { &REGULAR };
    let per_mille = match c {
        ' '..='~' => table[c as usize - 32],
        '…' | '—' => 1000,
        '▸' | '◂' | '–' => 502,
        '·' => 380,
        '\u{a0}' => 348,
        // Accented Latin, Greek, Cyrillic: as wide as the widest plain capitals.
        '\u{a1}'..='\u{1fff}' => {
            if bold {
                860
            } else {
                800
            }
        }
        // Anything else (CJK, symbols, emoji) takes a full em.
        _ => 1000,
    };
    f64::from(per_mille) / 1000.0
}

/// The width of `text` set in `font`, in the picture's units.
pub fn width(text: &str, font: Font) -> f64 {
    text.chars().map(|c| advance(c, font.bold)).sum::<f64>() * font.size
}

/// `text` cut to fit `max` with an ellipsis (or whole when it fits).
pub fn shorten(text: &str, font: Font, max: f64) -> String {
    if width(text, font) <= max {
        text.to_string()
    } else {
        fit_with_ellipsis(text, font, max)
    }
}

/// `text` in lines no wider than `max`, broken at spaces (a word longer than a line is broken
/// where it must), at most `lines` of them, the last ending in an ellipsis when text is left.
pub fn wrap(text: &str, font: Font, max: f64, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let joined = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(&joined, font) <= max {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            out.push(std::mem::take(&mut line));
        }
        // A word too long for a line on its own is broken by characters.
        let mut rest = word.to_string();
        while width(&rest, font) > max {
            let mut head = String::new();
            for c in rest.chars() {
                if width(&format!("{head}{c}"), font) > max {
                    break;
                }
                head.push(c);
            }
            if head.is_empty() {
                break;
            }
            rest = rest[head.len()..].to_string();
            out.push(head);
        }
        line = rest;
    }
    if !line.is_empty() {
        out.push(line);
    }
    let lines = lines.max(1);
    if out.len() > lines {
        let tail = out.split_off(lines - 1).join(" ");
        out.push(fit_with_ellipsis(&tail, font, max));
    }
    out
}

/// Text that was cut short: as much of it as fits, then an ellipsis.
fn fit_with_ellipsis(line: &str, font: Font, max: f64) -> String {
    let mut cut = line.to_string();
    loop {
        let candidate = format!("{}…", cut.trim_end());
        if width(&candidate, font) <= max || cut.is_empty() {
            return candidate;
        }
        cut.pop();
    }
}

/// A box in the picture's units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Bounds {
    /// Whether the two boxes share any area.
    pub fn overlaps(&self, o: &Bounds) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    /// Whether `o` lies wholly inside this box.
    pub fn contains(&self, o: &Bounds) -> bool {
        o.x0 >= self.x0 && o.x1 <= self.x1 && o.y0 >= self.y0 && o.y1 <= self.y1
    }

    /// Whether the point lies inside the box.
    pub fn holds(&self, x: f64, y: f64) -> bool {
        x > self.x0 && x < self.x1 && y > self.y0 && y < self.y1
    }
}

/// The box a text set at (x, y) with `anchor` takes.
pub fn text_bounds(x: f64, y: f64, text: &str, anchor: &str, font: Font) -> Bounds {
    let w = width(text, font);
    let x0 = match anchor {
        "middle" => x - w / 2.0,
        "end" => x - w,
        _ => x,
    };
    Bounds {
        x0,
        y0: y - ASCENT * font.size,
        x1: x0 + w,
        y1: y + DESCENT * font.size,
    }
}
