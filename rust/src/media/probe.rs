//! What a media message says about its file, read from the file's first
//! bytes without decoding it: the MIME type (magic bytes), image
//! dimensions (JPEG `SOF`, PNG `IHDR`, GIF logical screen, WebP `VP8 `,
//! `VP8L` and `VP8X`), whether a WebP is animated, MP4 dimensions and
//! duration (`mvhd` and the first video `tkhd`), and the duration of an
//! Ogg Opus file (last page's granule position).
//!
//! Every reader is total: it answers `None` for anything it does not
//! recognise or that is cut short, reads through bounds-checked slices and
//! never allocates more than the fixed windows below.

use std::io::{self, Read, Seek, SeekFrom};

/// Bytes of the file's start read for sniffing and image headers (a JPEG
/// can put tens of KiB of EXIF data before its `SOF`).
pub const HEAD_LEN: usize = 256 * 1024;
/// Bytes of the file's end read for an Ogg file's last page.
const OGG_TAIL_LEN: u64 = 64 * 1024;
/// Top-level and nested MP4 boxes visited at most.
const MAX_BOXES: usize = 4096;
/// Largest `moov` box read into memory.
const MAX_MOOV: u64 = 16 * 1024 * 1024;

/// What was learned about a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MediaProbe {
    /// The MIME type the magic bytes name.
    pub mimetype: Option<&'static str>,
    /// Width in pixels (images and videos).
    pub width: Option<u32>,
    /// Height in pixels (images and videos).
    pub height: Option<u32>,
    /// Duration in whole seconds (rounded up; MP4 and Ogg Opus).
    pub seconds: Option<u32>,
    /// Whether a WebP is animated (`VP8X` animation flag); `None` for
    /// other formats.
    pub animated: Option<bool>,
}

/// Probes a seekable file: reads its head, and for MP4 and Ogg also seeks
/// to the boxes or the last page it needs. I/O errors are returned; files
/// that are not understood give an empty [`MediaProbe`].
pub fn probe<R: Read + Seek>(reader: &mut R) -> io::Result<MediaProbe> {
    reader.seek(SeekFrom::Start(0))?;
    let mut head = Vec::with_capacity(HEAD_LEN.min(64 * 1024));
    reader
        .by_ref()
        .take(HEAD_LEN as u64)
        .read_to_end(&mut head)?;
    let mut found = probe_head(&head);
    match found.mimetype {
        Some("video/mp4") => {
            if let Some(info) = mp4_info(reader)? {
                found.width = info.width;
                found.height = info.height;
                found.seconds = info.seconds;
            }
        }
        Some("audio/ogg; codecs=opus") => found.seconds = ogg_opus_seconds(reader, &head)?,
        _ => {}
    }
    reader.seek(SeekFrom::Start(0))?;
    Ok(found)
}

/// What the first bytes alone tell (type, image dimensions, animation).
pub fn probe_head(head: &[u8]) -> MediaProbe {
    let mimetype = sniff_mimetype(head);
    let mut found = MediaProbe {
        mimetype,
        ..MediaProbe::default()
    };
    let dims = match mimetype {
        Some("image/jpeg") => jpeg_dimensions(head),
        Some("image/png") => png_dimensions(head),
        Some("image/gif") => gif_dimensions(head),
        Some("image/webp") => {
            let webp = webp_info(head);
            found.animated = webp.map(|info| info.animated);
            webp.map(|info| (info.width, info.height))
        }
        _ => None,
    };
    if let Some((width, height)) = dims {
        found.width = Some(width);
        found.height = Some(height);
    }
    found
}

/// The MIME type named by a file's magic bytes, for the formats WhatsApp
/// sends: JPEG, PNG, WebP, GIF, MP4/QuickTime, 3GP, Ogg (Opus), MP3, AAC
/// (ADTS), M4A, WAV, AMR, PDF, ZIP.
pub fn sniff_mimetype(head: &[u8]) -> Option<&'static str> {
    let at = |offset: usize, magic: &[u8]| {
        head.get(offset..offset + magic.len())
            .is_some_and(|bytes| bytes == magic)
    };
    if at(0, b"\xFF\xD8\xFF") {
        return Some("image/jpeg");
    }
    if at(0, b"\x89PNG\r\n\x1A\n") {
        return Some("image/png");
    }
    if at(0, b"RIFF") && at(8, b"WEBP") {
        return Some("image/webp");
    }
    if at(0, b"RIFF") && at(8, b"WAVE") {
        return Some("audio/wav");
    }
    if at(0, b"GIF87a") || at(0, b"GIF89a") {
        return Some("image/gif");
    }
    if at(4, b"ftyp") {
        let brand = head.get(8..12)?;
        return Some(match brand {
            b"M4A " | b"M4B " => "audio/mp4",
            b"qt  " => "video/quicktime",
            b"3gp4" | b"3gp5" | b"3gp6" | b"3gg6" => "video/3gpp",
            _ => "video/mp4",
        });
    }
    if at(0, b"OggS") {
        return Some(if find(head, b"OpusHead").is_some() {
            "audio/ogg; codecs=opus"
        } else {
            "audio/ogg"
        });
    }
    if at(0, b"ID3") || (head.len() >= 2 && head[0] == 0xFF && head[1] & 0xE6 == 0xE2) {
        return Some("audio/mpeg");
    }
    if head.len() >= 2 && head[0] == 0xFF && head[1] & 0xF6 == 0xF0 {
        return Some("audio/aac");
    }
    if at(0, b"#!AMR") {
        return Some("audio/amr");
    }
    if at(0, b"%PDF-") {
        return Some("application/pdf");
    }
    if at(0, b"PK\x03\x04") {
        return Some("application/zip");
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn be16(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at + 2)?;
    Some(u32::from(u16::from_be_bytes([b[0], b[1]])))
}

fn be32(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at + 4)?;
    Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

fn be64(bytes: &[u8], at: usize) -> Option<u64> {
    let b = bytes.get(at..at + 8)?;
    let mut raw = [0; 8];
    raw.copy_from_slice(b);
    Some(u64::from_be_bytes(raw))
}

fn le16(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at + 2)?;
    Some(u32::from(u16::from_le_bytes([b[0], b[1]])))
}

fn le24(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at + 3)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], 0]))
}

fn le32(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn nonzero(width: u32, height: u32) -> Option<(u32, u32)> {
    (width > 0 && height > 0).then_some((width, height))
}

/// Walks the JPEG segments up to the first start-of-frame marker.
fn jpeg_dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    loop {
        // Fill bytes (0xFF) may precede a marker.
        while *bytes.get(at)? == 0xFF && *bytes.get(at + 1)? == 0xFF {
            at += 1;
        }
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        match marker {
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => at += 2,
            // End of image or start of scan before any frame header.
            0xD9 | 0xDA => return None,
            // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                let height = be16(bytes, at + 5)?;
                let width = be16(bytes, at + 7)?;
                return nonzero(width, height);
            }
            _ => {
                let length = usize::try_from(be16(bytes, at + 2)?).ok()?;
                if length < 2 {
                    return None;
                }
                at = at.checked_add(2 + length)?;
            }
        }
    }
}

fn png_dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    nonzero(be32(bytes, 16)?, be32(bytes, 20)?)
}

fn gif_dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    nonzero(le16(bytes, 6)?, le16(bytes, 8)?)
}

#[derive(Debug, Clone, Copy)]
struct WebpInfo {
    width: u32,
    height: u32,
    animated: bool,
}

fn webp_info(bytes: &[u8]) -> Option<WebpInfo> {
    let chunk = bytes.get(12..16)?;
    let data = 20;
    let (width, height, animated) = match chunk {
        b"VP8 " => {
            // Frame tag (3), start code 9D 01 2A, then 14-bit sizes.
            if bytes.get(data + 3..data + 6)? != b"\x9D\x01\x2A" {
                return None;
            }
            (
                le16(bytes, data + 6)? & 0x3FFF,
                le16(bytes, data + 8)? & 0x3FFF,
                false,
            )
        }
        b"VP8L" => {
            if *bytes.get(data)? != 0x2F {
                return None;
            }
            let bits = le32(bytes, data + 1)?;
            ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, false)
        }
        b"VP8X" => {
            let flags = *bytes.get(data)?;
            (
                le24(bytes, data + 4)? + 1,
                le24(bytes, data + 7)? + 1,
                flags & 0x02 != 0,
            )
        }
        _ => return None,
    };
    let (width, height) = nonzero(width, height)?;
    Some(WebpInfo {
        width,
        height,
        animated,
    })
}

/// Dimensions and duration of an MP4 file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mp4Info {
    /// Width of the first track with a picture.
    pub width: Option<u32>,
    /// Height of the first track with a picture.
    pub height: Option<u32>,
    /// Movie duration in whole seconds, rounded up.
    pub seconds: Option<u32>,
}

/// Finds the `moov` box among the top-level boxes (seeking over `mdat`,
/// which may come first) and reads `mvhd` and the first `tkhd` with a
/// non-zero size.
pub fn mp4_info<R: Read + Seek>(reader: &mut R) -> io::Result<Option<Mp4Info>> {
    let end = reader.seek(SeekFrom::End(0))?;
    let mut at = 0u64;
    for _ in 0..MAX_BOXES {
        if at.saturating_add(8) > end {
            return Ok(None);
        }
        reader.seek(SeekFrom::Start(at))?;
        let mut header = [0u8; 16];
        let got = read_up_to(reader, &mut header)?;
        let Some(size32) = be32(&header[..got], 0) else {
            return Ok(None);
        };
        let kind = header.get(4..8);
        let (size, header_len) = match size32 {
            0 => (end - at, 8),
            1 => match be64(&header[..got], 8) {
                Some(size) => (size, 16),
                None => return Ok(None),
            },
            size => (u64::from(size), 8),
        };
        if size < header_len {
            return Ok(None);
        }
        if kind == Some(b"moov") {
            let body_len = size - header_len;
            if body_len > MAX_MOOV {
                log::debug!("mp4 moov box of {body_len} bytes not read");
                return Ok(None);
            }
            reader.seek(SeekFrom::Start(at + header_len))?;
            let mut body = Vec::new();
            reader.by_ref().take(body_len).read_to_end(&mut body)?;
            return Ok(Some(moov_info(&body)));
        }
        at = at.saturating_add(size);
    }
    Ok(None)
}

fn read_up_to<R: Read>(reader: &mut R, buffer: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match reader.read(&mut buffer[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// The boxes directly inside `bytes`: `(type, body)`.
fn boxes(bytes: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    let mut at = 0usize;
    std::iter::from_fn(move || {
        let size = usize::try_from(be32(bytes, at)?).ok()?;
        let kind = bytes.get(at + 4..at + 8)?;
        let (body_start, end) = match size {
            0 => (at + 8, bytes.len()),
            1 => {
                let size = usize::try_from(be64(bytes, at + 8)?).ok()?;
                (at + 16, at.checked_add(size)?)
            }
            size => (at + 8, at.checked_add(size)?),
        };
        let body = bytes.get(body_start..end)?;
        at = end;
        Some((kind, body))
    })
    .take(MAX_BOXES)
}

fn moov_info(moov: &[u8]) -> Mp4Info {
    let mut info = Mp4Info::default();
    for (kind, body) in boxes(moov) {
        match kind {
            b"mvhd" => info.seconds = mvhd_seconds(body),
            b"trak" if info.width.is_none() => {
                if let Some((width, height)) = boxes(body)
                    .find(|(kind, _)| *kind == b"tkhd")
                    .and_then(|(_, tkhd)| tkhd_size(tkhd))
                {
                    info.width = Some(width);
                    info.height = Some(height);
                }
            }
            _ => {}
        }
    }
    info
}

fn mvhd_seconds(body: &[u8]) -> Option<u32> {
    let (timescale, duration) = match *body.first()? {
        0 => (be32(body, 12)?, u64::from(be32(body, 16)?)),
        1 => (be32(body, 20)?, be64(body, 24)?),
        _ => return None,
    };
    if timescale == 0 || duration == u64::from(u32::MAX) || duration == u64::MAX {
        return None;
    }
    u32::try_from(duration.div_ceil(u64::from(timescale))).ok()
}

/// A track header's width and height (16.16 fixed point, at the end).
fn tkhd_size(body: &[u8]) -> Option<(u32, u32)> {
    let at = match *body.first()? {
        0 => 76,
        1 => 88,
        _ => return None,
    };
    nonzero(be32(body, at)? >> 16, be32(body, at + 4)? >> 16)
}

/// Duration of an Ogg Opus file: the last page's granule position (48 kHz
/// samples) minus the pre-skip of the `OpusHead` header.
fn ogg_opus_seconds<R: Read + Seek>(reader: &mut R, head: &[u8]) -> io::Result<Option<u32>> {
    let Some(opus_head) = find(head, b"OpusHead") else {
        return Ok(None);
    };
    let pre_skip = u64::from(le16(head, opus_head + 10).unwrap_or(0));
    let end = reader.seek(SeekFrom::End(0))?;
    let start = end.saturating_sub(OGG_TAIL_LEN);
    reader.seek(SeekFrom::Start(start))?;
    let mut tail = Vec::new();
    reader.by_ref().take(OGG_TAIL_LEN).read_to_end(&mut tail)?;
    let Some(last) = tail.windows(4).rposition(|window| window == b"OggS") else {
        return Ok(None);
    };
    let Some(granule) = tail.get(last + 6..last + 14) else {
        return Ok(None);
    };
    let mut raw = [0; 8];
    raw.copy_from_slice(granule);
    let granule = u64::from_le_bytes(raw);
    if granule == u64::MAX {
        return Ok(None);
    }
    let samples = granule.saturating_sub(pre_skip);
    Ok(u32::try_from(samples.div_ceil(48_000)).ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    /// A PNG signature and IHDR of the given size.
    pub(crate) fn png(width: u32, height: u32) -> Vec<u8> {
        let mut png = b"\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR".to_vec();
        png.extend_from_slice(&width.to_be_bytes());
        png.extend_from_slice(&height.to_be_bytes());
        png.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
        png
    }

    fn jpeg(width: u16, height: u16) -> Vec<u8> {
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
        jpeg.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        // A DHT segment before the frame header must be skipped.
        jpeg.extend_from_slice(&[0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00]);
        jpeg.extend_from_slice(&[0xFF, 0xC2, 0x00, 0x11, 0x08]);
        jpeg.extend_from_slice(&height.to_be_bytes());
        jpeg.extend_from_slice(&width.to_be_bytes());
        jpeg.extend_from_slice(&[3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9]);
        jpeg
    }

    fn mp4_box(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
        let mut out = u32::try_from(body.len() + 8)
            .unwrap()
            .to_be_bytes()
            .to_vec();
        out.extend_from_slice(kind);
        out.extend_from_slice(body);
        out
    }

    fn mp4(width: u32, height: u32, timescale: u32, duration: u32) -> Vec<u8> {
        let mut mvhd = vec![0; 100];
        mvhd[12..16].copy_from_slice(&timescale.to_be_bytes());
        mvhd[16..20].copy_from_slice(&duration.to_be_bytes());
        let mut audio_tkhd = vec![0; 84];
        audio_tkhd[0] = 0;
        let mut video_tkhd = vec![0; 84];
        video_tkhd[76..80].copy_from_slice(&(width << 16).to_be_bytes());
        video_tkhd[80..84].copy_from_slice(&(height << 16).to_be_bytes());
        let moov = [
            mp4_box(b"mvhd", &mvhd),
            mp4_box(b"trak", &mp4_box(b"tkhd", &audio_tkhd)),
            mp4_box(b"trak", &mp4_box(b"tkhd", &video_tkhd)),
        ]
        .concat();
        // mdat first, as many encoders write it.
        [
            mp4_box(b"ftyp", b"isom\0\0\x02\0isomiso2mp41"),
            mp4_box(b"mdat", &[7; 5000]),
            mp4_box(b"moov", &moov),
        ]
        .concat()
    }

    fn ogg_opus(samples: u64) -> Vec<u8> {
        let mut first = b"OggS\0\x02".to_vec();
        first.extend_from_slice(&0u64.to_le_bytes());
        first.extend_from_slice(&[0; 13]);
        first.extend_from_slice(b"OpusHead\x01\x02");
        first.extend_from_slice(&312u16.to_le_bytes());
        first.extend_from_slice(&[0; 7]);
        let mut last = b"OggS\0\x04".to_vec();
        last.extend_from_slice(&(samples + 312).to_le_bytes());
        last.extend_from_slice(&[0; 40]);
        [first, vec![1; 3000], last].concat()
    }

    #[test]
    fn images_give_type_and_size() {
        let found = probe_head(&png(640, 480));
        assert_eq!(found.mimetype, Some("image/png"));
        assert_eq!((found.width, found.height), (Some(640), Some(480)));

        let found = probe_head(&jpeg(1920, 1080));
        assert_eq!(found.mimetype, Some("image/jpeg"));
        assert_eq!((found.width, found.height), (Some(1920), Some(1080)));

        let gif = b"GIF89a\x40\x01\xF0\x00\xF7\0\0";
        let found = probe_head(gif);
        assert_eq!(found.mimetype, Some("image/gif"));
        assert_eq!((found.width, found.height), (Some(320), Some(240)));
    }

    #[test]
    fn webp_variants_and_animation() {
        let mut vp8x = b"RIFF\0\0\0\0WEBPVP8X\x0A\0\0\0".to_vec();
        vp8x.extend_from_slice(&[0x12, 0, 0, 0]);
        vp8x.extend_from_slice(&[0xFF, 0x01, 0x00, 0xFF, 0x01, 0x00]);
        let found = probe_head(&vp8x);
        assert_eq!(found.mimetype, Some("image/webp"));
        assert_eq!((found.width, found.height), (Some(512), Some(512)));
        assert_eq!(found.animated, Some(true));

        let mut vp8l = b"RIFF\0\0\0\0WEBPVP8L\0\0\0\0\x2F".to_vec();
        let bits: u32 = 99 | (49 << 14);
        vp8l.extend_from_slice(&bits.to_le_bytes());
        let found = probe_head(&vp8l);
        assert_eq!((found.width, found.height), (Some(100), Some(50)));
        assert_eq!(found.animated, Some(false));

        let mut vp8 = b"RIFF\0\0\0\0WEBPVP8 \0\0\0\0\0\0\0\x9D\x01\x2A".to_vec();
        vp8.extend_from_slice(&300u16.to_le_bytes());
        vp8.extend_from_slice(&200u16.to_le_bytes());
        let found = probe_head(&vp8);
        assert_eq!((found.width, found.height), (Some(300), Some(200)));
    }

    #[test]
    fn mp4_box_walk_finds_size_and_duration_after_mdat() {
        let file = mp4(1280, 720, 1000, 12_345);
        let found = probe(&mut Cursor::new(file)).unwrap();
        assert_eq!(found.mimetype, Some("video/mp4"));
        assert_eq!((found.width, found.height), (Some(1280), Some(720)));
        assert_eq!(found.seconds, Some(13));
    }

    #[test]
    fn ogg_opus_duration_from_the_last_granule() {
        let found = probe(&mut Cursor::new(ogg_opus(48_000 * 7 + 1))).unwrap();
        assert_eq!(found.mimetype, Some("audio/ogg; codecs=opus"));
        assert_eq!(found.seconds, Some(8));
    }

    #[test]
    fn other_magic_bytes() {
        assert_eq!(sniff_mimetype(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(sniff_mimetype(b"ID3\x04\0"), Some("audio/mpeg"));
        assert_eq!(sniff_mimetype(b"\xFF\xFB\x90\x00"), Some("audio/mpeg"));
        assert_eq!(sniff_mimetype(b"PK\x03\x04...."), Some("application/zip"));
        assert_eq!(sniff_mimetype(b"hello"), None);
        assert_eq!(sniff_mimetype(b""), None);
    }

    #[test]
    fn truncated_and_hostile_headers_give_nothing() {
        let jpeg = jpeg(10, 10);
        for cut in 0..jpeg.len() {
            let _ = probe_head(&jpeg[..cut]);
        }
        // A segment length of 0 or a loop of fill bytes ends the walk.
        assert_eq!(probe_head(b"\xFF\xD8\xFF\xE0\x00\x00").width, None);
        assert_eq!(probe_head(&[0xFF; 64]).width, None);
        let file = mp4(16, 16, 1, 1);
        for cut in 0..file.len() {
            let _ = probe(&mut Cursor::new(&file[..cut])).unwrap();
        }
        // A box claiming more bytes than the file has.
        let mut huge = b"\0\0\0\x18ftypisom\0\0\0\0isomiso2".to_vec();
        huge.extend_from_slice(b"\0\0\0\x01moov\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF");
        assert_eq!(mp4_info(&mut Cursor::new(huge)).unwrap(), None);
        // An empty PNG size is not a size.
        assert_eq!(probe_head(&png(0, 5)).width, None);
    }
}
