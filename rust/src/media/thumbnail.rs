//! `jpegThumbnail` generation: the small preview WhatsApp shows, blurred,
//! until an image is downloaded.
//!
//! The image (JPEG, PNG or WebP) is decoded with size limits, scaled to
//! [`THUMBNAIL_WIDTH`] pixels wide (the aspect ratio kept; smaller images
//! keep their size) and encoded as a baseline JPEG of quality
//! [`THUMBNAIL_QUALITY`], as WhatsApp's clients make them: a few hundred
//! bytes.

use std::io::Cursor;

use bytes::Bytes;
use image::imageops::FilterType;
use image::{ImageReader, Limits};

/// Width of a generated thumbnail, in pixels.
pub const THUMBNAIL_WIDTH: u32 = 32;

/// JPEG quality of a generated thumbnail.
pub const THUMBNAIL_QUALITY: u8 = 50;

/// Largest image dimension decoded for a thumbnail.
pub const MAX_SOURCE_DIMENSION: u32 = 16_384;

/// Most memory the decoder may allocate for one image.
const MAX_DECODE_ALLOC: u64 = 256 * 1024 * 1024;

/// Why no thumbnail was made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ThumbnailError {
    /// The bytes are not an image of a supported format, or are corrupt,
    /// or exceed the size limits.
    #[error("image does not decode: {0}")]
    Decode(String),
    /// The thumbnail could not be encoded.
    #[error("thumbnail does not encode: {0}")]
    Encode(String),
}

/// A generated thumbnail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thumbnail {
    /// The JPEG.
    pub jpeg: Bytes,
    /// Its width in pixels.
    pub width: u32,
    /// Its height in pixels.
    pub height: u32,
}

/// The size of the thumbnail of a `width` × `height` image.
pub fn thumbnail_size(width: u32, height: u32) -> (u32, u32) {
    let target = width.clamp(1, THUMBNAIL_WIDTH);
    let scaled =
        (u64::from(height) * u64::from(target) + u64::from(width) / 2) / u64::from(width.max(1));
    (target, u32::try_from(scaled).unwrap_or(u32::MAX).max(1))
}

/// Decodes `image` and encodes its thumbnail (see the module documentation).
pub fn jpeg_thumbnail(image: &[u8]) -> Result<Thumbnail, ThumbnailError> {
    let decode = |error: image::ImageError| {
        log::debug!("no thumbnail: {error}");
        ThumbnailError::Decode(error.to_string())
    };
    let mut reader = ImageReader::new(Cursor::new(image))
        .with_guessed_format()
        .map_err(|error| decode(error.into()))?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SOURCE_DIMENSION);
    limits.max_image_height = Some(MAX_SOURCE_DIMENSION);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    reader.limits(limits);
    let decoded = reader.decode().map_err(decode)?;
    let (width, height) = thumbnail_size(decoded.width(), decoded.height());
    let small = decoded
        .resize_exact(width, height, FilterType::Triangle)
        .into_rgb8();
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, THUMBNAIL_QUALITY)
        .encode_image(&small)
        .map_err(|error| ThumbnailError::Encode(error.to_string()))?;
    Ok(Thumbnail {
        jpeg: Bytes::from(jpeg),
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::media::probe_head;

    fn encoded(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
        let pixels = image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        });
        let mut out = Cursor::new(Vec::new());
        image::DynamicImage::ImageRgb8(pixels)
            .write_to(&mut out, format)
            .unwrap();
        out.into_inner()
    }

    #[test]
    fn sizes_keep_the_aspect_ratio() {
        assert_eq!(thumbnail_size(640, 480), (32, 24));
        assert_eq!(thumbnail_size(480, 640), (32, 43));
        assert_eq!(thumbnail_size(20, 10), (20, 10));
        assert_eq!(thumbnail_size(10_000, 1), (32, 1));
        assert_eq!(thumbnail_size(0, 0), (1, 1));
    }

    #[test]
    fn png_and_jpeg_give_small_jpegs() {
        for format in [image::ImageFormat::Png, image::ImageFormat::Jpeg] {
            let thumb = jpeg_thumbnail(&encoded(320, 200, format)).unwrap();
            assert_eq!((thumb.width, thumb.height), (32, 20));
            let probed = probe_head(&thumb.jpeg);
            assert_eq!(probed.mimetype, Some("image/jpeg"));
            assert_eq!((probed.width, probed.height), (Some(32), Some(20)));
            assert!(thumb.jpeg.len() < 4096, "{} bytes", thumb.jpeg.len());
        }
    }

    #[test]
    fn garbage_and_truncated_images_are_errors() {
        assert!(matches!(
            jpeg_thumbnail(b"not an image"),
            Err(ThumbnailError::Decode(_))
        ));
        let png = encoded(64, 64, image::ImageFormat::Png);
        assert!(matches!(
            jpeg_thumbnail(&png[..png.len() / 2]),
            Err(ThumbnailError::Decode(_))
        ));
    }
}
