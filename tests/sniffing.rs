//! A file that is not a model is named for what it is: a picture, a document or an archive by
//! its first bytes, text in another encoding by its byte order mark or its bytes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::sample_doc;
use marketing_os::domain::Timestamp;
use marketing_os::persist::{export_json, load, LoadError};

const NOW: Timestamp = Timestamp(1_795_000_000_000);

fn message(bytes: &[u8]) -> String {
    load(bytes).unwrap_err().to_string()
}

/// A PNG as the app's schematic export starts: signature, header chunk, then compressed data,
/// here full of `[` bytes, which once read as lists nested over 64 deep.
fn png() -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\x04\x00\0\0\x03\x00\x08\x06\0\0\0".to_vec();
    png.extend(std::iter::repeat_n(b'[', 300));
    png.extend(b"\0\0\0\0IEND\xaeB`\x82");
    png
}

#[test]
fn pictures_documents_and_archives_are_named() {
    assert_eq!(
        message(&png()),
        "This is a PNG image, not a model file. A model is exported as a .json file."
    );
    for (bytes, what) in [
        (b"\xff\xd8\xff\xe0\0\x10JFIF\0".to_vec(), "a JPEG image"),
        (b"GIF89a\x01\0\x01\0[[[[".to_vec(), "a GIF image"),
        (b"GIF87a\x01\0\x01\0".to_vec(), "a GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec(), "a PDF document"),
        (
            b"PK\x03\x04\x14\0\0\0".to_vec(),
            "a ZIP archive (or a Word, Excel or other Office file, which is one)",
        ),
        (b"RIFF\x24\0\0\0WEBPVP8 ".to_vec(), "a WebP image"),
        (b"\x1f\x8b\x08\0\0\0\0\0".to_vec(), "a gzip archive"),
    ] {
        assert_eq!(load(&bytes), Err(LoadError::NotAModel { what }), "{what}");
        assert!(message(&bytes).starts_with(&format!("This is {what}, not a model file.")));
    }
}

fn utf16(text: &str, big_endian: bool, mark: bool) -> Vec<u8> {
    let mark = mark.then_some('\u{feff}');
    mark.into_iter()
        .chain(text.chars())
        .collect::<String>()
        .encode_utf16()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

#[test]
fn text_in_another_encoding_says_to_save_it_as_utf8() {
    let mut doc = sample_doc();
    doc.company = "Zürich Analytics".into();
    let export = export_json(&doc, NOW);
    assert!(load(export.as_bytes()).is_ok(), "the export itself loads");
    let utf16_said = "This file is UTF-16 text: save it as UTF-8 and import it again.";
    for (big_endian, mark) in [(false, true), (true, true), (false, false), (true, false)] {
        assert_eq!(
            message(&utf16(&export, big_endian, mark)),
            utf16_said,
            "big-endian {big_endian}, mark {mark}"
        );
    }
    let latin1: Vec<u8> = export
        .chars()
        .map(|c| u8::try_from(c as u32).unwrap_or(b'?'))
        .collect();
    assert_eq!(
        message(&latin1),
        "This file is Latin-1 (ISO-8859-1 or Windows-1252) text: save it as UTF-8 and import it again."
    );
    let utf32: Vec<u8> = std::iter::once('\u{feff}')
        .chain(export.chars())
        .flat_map(|c| (c as u32).to_le_bytes())
        .collect();
    assert_eq!(
        load(&utf32),
        Err(LoadError::OtherEncoding { name: "UTF-32" })
    );
    // Bytes that are nothing recognisable are still "not text".
    assert_eq!(load(&[0x80, 0x81, 0x01, 0x02]), Err(LoadError::NotText));
    // A UTF-8 export with its byte order mark is still a model.
    assert!(load(format!("\u{feff}{export}").as_bytes()).is_ok());
}
