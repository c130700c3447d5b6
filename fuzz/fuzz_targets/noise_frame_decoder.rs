//! The frame decoder on arbitrary bytes in arbitrary chunks: the first byte
//! picks the mode (client intro expected or not) and the frame limit, the
//! next ones the chunk sizes. Every byte must be accounted for: returned as a
//! frame, consumed as a header or intro, or still buffered.
#![no_main]

use bytes::Bytes;
use libfuzzer_sys::fuzz_target;
use wapy::noise::FrameDecoder;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let Some((sizes, stream)) = rest.split_at_checked(8.min(rest.len())) else { return };
    let mut decoder = if mode & 1 == 1 { FrameDecoder::expecting_intro() } else { FrameDecoder::new() };
    if mode & 2 == 2 {
        decoder = decoder.with_max_frame_len(usize::from(mode) * 64);
    }
    let mut pushed = 0usize;
    let mut returned = 0usize;
    let mut frames = 0usize;
    let mut rest = stream;
    let mut i = 0;
    while !rest.is_empty() {
        let size = 1 + usize::from(sizes.get(i % sizes.len().max(1)).copied().unwrap_or(255)) * 7;
        i += 1;
        let (chunk, tail) = rest.split_at(size.min(rest.len()));
        if i % 2 == 0 {
            decoder.push(chunk);
        } else {
            decoder.push_bytes(Bytes::copy_from_slice(chunk));
        }
        pushed += chunk.len();
        rest = tail;
        loop {
            match decoder.next_frame() {
                Ok(Some(frame)) => {
                    returned += frame.len();
                    frames += 1;
                }
                Ok(None) => break,
                Err(_) => {
                    assert!(decoder.next_frame().is_err(), "a failed stream stays failed");
                    return;
                }
            }
        }
    }
    let intro_len = decoder.intro().map_or(0, |intro| {
        4 + intro.routing_info.as_ref().map_or(0, |routing| 7 + routing.len())
    });
    assert_eq!(pushed, returned + 3 * frames + intro_len + decoder.buffered_len());
});
