//! Framing: the connection intro and `u24be(len) || payload` frames.
//!
//! The client's first write starts with its intro: optionally the edge-routing
//! pre-intro `45 44 00 01 || u24be(len) || routing_info`, then the 4-byte
//! connection header `57 41 06 <dict version>`. After that, both directions
//! carry frames of at most 2^24 - 1 bytes. One websocket message may hold
//! several frames or part of one, so [`FrameDecoder`] reassembles them from
//! arbitrary chunks.

use bytes::{Buf, Bytes, BytesMut};

use super::error::FrameError;

/// Length of the big-endian length prefix of each frame.
pub const FRAME_HEADER_LEN: usize = 3;
/// The largest frame a 24-bit length can describe.
pub const MAX_FRAME_LEN: usize = (1 << 24) - 1;
/// Magic byte after `WA` in the connection header.
pub const WA_MAGIC: u8 = 6;
/// The dictionary version current clients announce.
pub const DICT_VERSION: u8 = 3;
/// First four bytes of the edge-routing pre-intro: `"ED" 00 01`.
pub const EDGE_ROUTING_PREFIX: [u8; 4] = [b'E', b'D', 0, 1];
/// Limit on received edge-routing info. WhatsApp's routing info is a few
/// dozen bytes; anything this large is not a real client.
pub const MAX_ROUTING_INFO_LEN: usize = 4096;

/// The 4-byte connection header `57 41 06 <dict version>` ("WA", magic 6,
/// binary dictionary version). It is also the Noise prologue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ConnectionHeader([u8; 4]);

impl ConnectionHeader {
    /// The header of current clients: dictionary version 3.
    pub const V3: ConnectionHeader = ConnectionHeader::for_dict_version(3);
    /// The header of older clients such as Baileys 6.x: dictionary version 2.
    pub const V2: ConnectionHeader = ConnectionHeader::for_dict_version(2);

    /// The header announcing `dict_version`.
    pub const fn for_dict_version(dict_version: u8) -> ConnectionHeader {
        ConnectionHeader([b'W', b'A', WA_MAGIC, dict_version])
    }

    /// Checks the `WA 06` prefix of received header bytes.
    pub fn parse(bytes: [u8; 4]) -> Result<ConnectionHeader, FrameError> {
        if bytes[..3] == [b'W', b'A', WA_MAGIC] {
            Ok(ConnectionHeader(bytes))
        } else {
            Err(FrameError::BadHeader { got: bytes })
        }
    }

    /// The dictionary version (byte 4).
    pub const fn dict_version(&self) -> u8 {
        self.0[3]
    }

    /// The four header bytes.
    pub const fn as_bytes(&self) -> &[u8; 4] {
        &self.0
    }
}

impl Default for ConnectionHeader {
    fn default() -> ConnectionHeader {
        ConnectionHeader::V3
    }
}

/// What a client writes once, before its first frame.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClientIntro {
    /// The connection header (also the Noise prologue).
    pub header: ConnectionHeader,
    /// Edge-routing info from a previous `<ib><edge_routing>`, sent in the
    /// `ED` pre-intro; never part of the Noise prologue.
    pub routing_info: Option<Bytes>,
}

impl ClientIntro {
    /// An intro with just the connection header.
    pub fn new(header: ConnectionHeader) -> ClientIntro {
        ClientIntro {
            header,
            routing_info: None,
        }
    }

    /// Adds edge-routing info.
    pub fn with_routing_info(mut self, routing_info: impl Into<Bytes>) -> ClientIntro {
        self.routing_info = Some(routing_info.into());
        self
    }

    /// Appends the encoded intro to `out`. Fails only for routing info that a
    /// 24-bit length cannot describe.
    pub fn encode_into(&self, out: &mut Vec<u8>) -> Result<(), FrameError> {
        if let Some(routing) = &self.routing_info {
            out.extend_from_slice(&EDGE_ROUTING_PREFIX);
            out.extend_from_slice(&u24_prefix(routing.len(), MAX_FRAME_LEN)?);
            out.extend_from_slice(routing);
        }
        out.extend_from_slice(self.header.as_bytes());
        Ok(())
    }

    /// Parses the intro at the start of a client stream. `Ok(None)` means
    /// more bytes are needed; otherwise returns the intro and its length.
    pub fn parse(input: &[u8]) -> Result<Option<(ClientIntro, usize)>, FrameError> {
        let Some(first) = input.first_chunk::<4>() else {
            return match_partial_prefix(input);
        };
        let mut offset = 0;
        let mut routing_info = None;
        if *first == EDGE_ROUTING_PREFIX {
            let Some(len_bytes) = input.get(4..7) else {
                return Ok(None);
            };
            let len = read_u24(len_bytes);
            if len > MAX_ROUTING_INFO_LEN {
                return Err(FrameError::RoutingInfoTooLarge {
                    len,
                    max: MAX_ROUTING_INFO_LEN,
                });
            }
            let Some(routing) = input.get(7..7 + len) else {
                return Ok(None);
            };
            routing_info = Some(Bytes::copy_from_slice(routing));
            offset = 7 + len;
        } else if first[..2] == EDGE_ROUTING_PREFIX[..2] {
            return Err(FrameError::BadHeader { got: *first });
        }
        let Some(header) = input
            .get(offset..offset + 4)
            .and_then(|b| b.first_chunk::<4>())
        else {
            return Ok(None);
        };
        let header = ConnectionHeader::parse(*header)?;
        Ok(Some((
            ClientIntro {
                header,
                routing_info,
            },
            offset + 4,
        )))
    }
}

/// With fewer than four bytes, fails early when they cannot start an intro.
fn match_partial_prefix(input: &[u8]) -> Result<Option<(ClientIntro, usize)>, FrameError> {
    let wa = [b'W', b'A', WA_MAGIC];
    let fits = |prefix: &[u8]| prefix.starts_with(input);
    if fits(&wa) || fits(&EDGE_ROUTING_PREFIX) {
        return Ok(None);
    }
    let mut got = [0u8; 4];
    got[..input.len()].copy_from_slice(input);
    Err(FrameError::BadHeader { got })
}

fn read_u24(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .take(3)
        .fold(0usize, |acc, &b| (acc << 8) | usize::from(b))
}

fn u24_prefix(len: usize, max: usize) -> Result<[u8; 3], FrameError> {
    if len > max {
        return Err(FrameError::TooLarge { len, max });
    }
    let [_, a, b, c] = u32::try_from(len)
        .map_err(|_| FrameError::TooLarge { len, max })?
        .to_be_bytes();
    Ok([a, b, c])
}

/// The 3-byte length prefix of a frame of `len` bytes.
pub fn frame_header(len: usize) -> Result<[u8; FRAME_HEADER_LEN], FrameError> {
    u24_prefix(len, MAX_FRAME_LEN)
}

/// Appends `u24be(len) || payload` to `out`.
pub fn encode_frame(payload: &[u8], out: &mut Vec<u8>) -> Result<(), FrameError> {
    let header = frame_header(payload.len())?;
    out.reserve(FRAME_HEADER_LEN + payload.len());
    out.extend_from_slice(&header);
    out.extend_from_slice(payload);
    Ok(())
}

#[derive(Debug)]
enum IntroState {
    /// Client side: the stream is frames only.
    None,
    /// Server side, intro not complete yet.
    Pending,
    /// Server side, intro parsed.
    Parsed(ClientIntro),
}

/// Incremental frame splitter.
///
/// Feed received bytes with [`push`](FrameDecoder::push) (or
/// [`push_bytes`](FrameDecoder::push_bytes), which avoids a copy when the
/// decoder holds nothing), then take complete frames with
/// [`next_frame`](FrameDecoder::next_frame) until it returns `Ok(None)`.
/// Frames are split off the internal buffer without copying; the caller may
/// decrypt them in place.
///
/// The decoder only ever holds bytes it was given: a length prefix never
/// causes an allocation by itself. A frame longer than the configured limit
/// is an error as soon as its prefix arrives, and every later call returns
/// the same error (the stream cannot be resynchronised).
#[derive(Debug)]
pub struct FrameDecoder {
    buf: BytesMut,
    max_frame_len: usize,
    intro: IntroState,
    failed: Option<FrameError>,
}

impl Default for FrameDecoder {
    fn default() -> FrameDecoder {
        FrameDecoder::new()
    }
}

impl FrameDecoder {
    /// A decoder for a stream of frames (what a client receives).
    pub fn new() -> FrameDecoder {
        FrameDecoder {
            buf: BytesMut::new(),
            max_frame_len: MAX_FRAME_LEN,
            intro: IntroState::None,
            failed: None,
        }
    }

    /// A decoder for what a server receives: the client intro, then frames.
    pub fn expecting_intro() -> FrameDecoder {
        FrameDecoder {
            intro: IntroState::Pending,
            ..FrameDecoder::new()
        }
    }

    /// Lowers the largest accepted frame length (at most [`MAX_FRAME_LEN`]).
    pub fn with_max_frame_len(mut self, max_frame_len: usize) -> FrameDecoder {
        self.max_frame_len = max_frame_len.min(MAX_FRAME_LEN);
        self
    }

    /// Appends received bytes.
    pub fn push(&mut self, chunk: &[u8]) {
        self.buf.extend_from_slice(chunk);
    }

    /// Appends a received buffer, taking it over without a copy when the
    /// decoder is empty and `chunk` is its buffer's only owner.
    pub fn push_bytes(&mut self, chunk: Bytes) {
        if self.buf.is_empty() {
            self.buf = BytesMut::from(chunk);
        } else {
            self.buf.extend_from_slice(&chunk);
        }
    }

    /// The client intro, once parsed (server side only).
    pub fn intro(&self) -> Option<&ClientIntro> {
        match &self.intro {
            IntroState::Parsed(intro) => Some(intro),
            _ => None,
        }
    }

    /// Bytes received but not yet returned as frames.
    pub fn buffered_len(&self) -> usize {
        self.buf.len()
    }

    /// The next complete frame's payload, `Ok(None)` if more bytes are needed.
    pub fn next_frame(&mut self) -> Result<Option<BytesMut>, FrameError> {
        if let Some(error) = &self.failed {
            return Err(error.clone());
        }
        let result = self.decode();
        if let Err(error) = &result {
            log::debug!("frame stream rejected: {error}");
            self.failed = Some(error.clone());
        }
        result
    }

    fn decode(&mut self) -> Result<Option<BytesMut>, FrameError> {
        if let IntroState::Pending = self.intro {
            match ClientIntro::parse(&self.buf)? {
                None => return Ok(None),
                Some((intro, used)) => {
                    self.buf.advance(used);
                    self.intro = IntroState::Parsed(intro);
                }
            }
        }
        let Some(header) = self.buf.first_chunk::<FRAME_HEADER_LEN>() else {
            return Ok(None);
        };
        let len = read_u24(header);
        if len > self.max_frame_len {
            return Err(FrameError::TooLarge {
                len,
                max: self.max_frame_len,
            });
        }
        if self.buf.len() < FRAME_HEADER_LEN + len {
            return Ok(None);
        }
        self.buf.advance(FRAME_HEADER_LEN);
        Ok(Some(self.buf.split_to(len)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SplitMix64: a small seeded generator for reproducible random chunking.
    struct SplitMix(u64);

    impl SplitMix {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    fn drain(decoder: &mut FrameDecoder) -> Vec<Vec<u8>> {
        let mut frames = Vec::new();
        while let Some(frame) = decoder.next_frame().unwrap() {
            frames.push(frame.to_vec());
        }
        frames
    }

    #[test]
    fn encodes_frames_and_intros() {
        let mut out = Vec::new();
        ClientIntro::new(ConnectionHeader::V3)
            .encode_into(&mut out)
            .unwrap();
        encode_frame(b"abc", &mut out).unwrap();
        assert_eq!(out, [0x57, 0x41, 0x06, 0x03, 0, 0, 3, b'a', b'b', b'c']);

        let mut out = Vec::new();
        ClientIntro::new(ConnectionHeader::V2)
            .with_routing_info(vec![8, 9])
            .encode_into(&mut out)
            .unwrap();
        assert_eq!(
            out,
            [0x45, 0x44, 0, 1, 0, 0, 2, 8, 9, 0x57, 0x41, 0x06, 0x02]
        );
    }

    #[test]
    fn frame_lengths_are_limited_to_24_bits() {
        assert_eq!(frame_header(MAX_FRAME_LEN).unwrap(), [0xff, 0xff, 0xff]);
        assert_eq!(frame_header(0x010203).unwrap(), [1, 2, 3]);
        let too_long = vec![0u8; MAX_FRAME_LEN + 1];
        let mut out = Vec::new();
        assert_eq!(
            encode_frame(&too_long, &mut out),
            Err(FrameError::TooLarge {
                len: MAX_FRAME_LEN + 1,
                max: MAX_FRAME_LEN
            })
        );
        assert!(out.is_empty());
    }

    #[test]
    fn parses_client_intros() {
        let (intro, used) = ClientIntro::parse(&[0x57, 0x41, 6, 3, 0, 0])
            .unwrap()
            .unwrap();
        assert_eq!(
            (intro.header.dict_version(), intro.routing_info, used),
            (3, None, 4)
        );

        let bytes = [0x45, 0x44, 0, 1, 0, 0, 3, 7, 7, 7, 0x57, 0x41, 6, 2, 0xaa];
        let (intro, used) = ClientIntro::parse(&bytes).unwrap().unwrap();
        assert_eq!(intro.header, ConnectionHeader::V2);
        assert_eq!(intro.routing_info.as_deref(), Some(&[7u8, 7, 7][..]));
        assert_eq!(used, 14);
        // Every strict prefix needs more bytes.
        for end in 0..14 {
            assert_eq!(
                ClientIntro::parse(&bytes[..end]).unwrap(),
                None,
                "prefix of {end} bytes"
            );
        }
    }

    #[test]
    fn rejects_foreign_intros() {
        assert_eq!(
            ClientIntro::parse(b"GET / HTTP/1.1"),
            Err(FrameError::BadHeader { got: *b"GET " })
        );
        assert_eq!(
            ClientIntro::parse(&[0x57, 0x42]),
            Err(FrameError::BadHeader {
                got: [0x57, 0x42, 0, 0]
            })
        );
        assert_eq!(
            ClientIntro::parse(&[0x45, 0x44, 0, 2, 0, 0, 0]),
            Err(FrameError::BadHeader {
                got: [0x45, 0x44, 0, 2]
            })
        );
        assert_eq!(
            ClientIntro::parse(&[0x45, 0x44, 0, 1, 0, 0, 0, 0x57, 0x41, 5, 3]),
            Err(FrameError::BadHeader {
                got: [0x57, 0x41, 5, 3]
            })
        );
        assert_eq!(
            ClientIntro::parse(&[0x45, 0x44, 0, 1, 0xff, 0xff, 0xff]),
            Err(FrameError::RoutingInfoTooLarge {
                len: MAX_FRAME_LEN,
                max: MAX_ROUTING_INFO_LEN
            })
        );
    }

    #[test]
    fn reassembles_frames_under_random_chunking() {
        let mut rng = SplitMix(0x5eed_0001);
        for round in 0..200 {
            let count = 1 + rng.below(8);
            let payloads: Vec<Vec<u8>> = (0..count)
                .map(|i| {
                    let len = match rng.below(4) {
                        0 => 0,
                        1 => rng.below(4),
                        2 => rng.below(300),
                        _ => rng.below(70_000),
                    };
                    (0..len).map(|j| (i * 31 + j) as u8).collect()
                })
                .collect();
            let with_intro = round % 2 == 1;
            let mut stream = Vec::new();
            let mut intro = ClientIntro::new(ConnectionHeader::V3);
            if round % 4 == 3 {
                intro = intro.with_routing_info(vec![1, 2, 3, 4, 5]);
            }
            if with_intro {
                intro.encode_into(&mut stream).unwrap();
            }
            for payload in &payloads {
                encode_frame(payload, &mut stream).unwrap();
            }

            let mut decoder = if with_intro {
                FrameDecoder::expecting_intro()
            } else {
                FrameDecoder::new()
            };
            let mut frames = Vec::new();
            let mut rest = stream.as_slice();
            while !rest.is_empty() {
                let take = match rng.below(3) {
                    0 => 1 + rng.below(3),
                    1 => 1 + rng.below(100),
                    _ => 1 + rng.below(100_000),
                }
                .min(rest.len());
                let (chunk, tail) = rest.split_at(take);
                if rng.below(2) == 0 {
                    decoder.push(chunk);
                } else {
                    decoder.push_bytes(Bytes::copy_from_slice(chunk));
                }
                rest = tail;
                frames.extend(drain(&mut decoder));
            }
            assert_eq!(frames, payloads, "round {round}");
            assert_eq!(decoder.buffered_len(), 0);
            if with_intro {
                assert_eq!(decoder.intro(), Some(&intro), "round {round}");
            } else {
                assert_eq!(decoder.intro(), None);
            }
        }
    }

    #[test]
    fn one_chunk_may_hold_several_frames() {
        let mut stream = Vec::new();
        for payload in [&b"one"[..], b"", b"three"] {
            encode_frame(payload, &mut stream).unwrap();
        }
        stream.extend_from_slice(&[0, 0, 9, b'p']);
        let mut decoder = FrameDecoder::new();
        decoder.push_bytes(Bytes::from(stream));
        assert_eq!(
            drain(&mut decoder),
            vec![b"one".to_vec(), vec![], b"three".to_vec()]
        );
        assert_eq!(decoder.buffered_len(), 4);
    }

    #[test]
    fn oversize_frames_are_refused_before_their_body_arrives() {
        let mut decoder = FrameDecoder::new().with_max_frame_len(1000);
        decoder.push(&[0, 0x03, 0xe9]);
        let error = FrameError::TooLarge {
            len: 1001,
            max: 1000,
        };
        assert_eq!(decoder.next_frame(), Err(error.clone()));
        // The stream stays failed.
        decoder.push(&[0, 0, 0]);
        assert_eq!(decoder.next_frame(), Err(error));

        let mut decoder = FrameDecoder::new().with_max_frame_len(1000);
        decoder.push(&[0, 0x03, 0xe8]);
        assert_eq!(decoder.next_frame(), Ok(None));
        decoder.push(&[0u8; 1000]);
        assert_eq!(decoder.next_frame().unwrap().map(|f| f.len()), Some(1000));
    }

    #[test]
    fn the_limit_cannot_exceed_24_bits() {
        let decoder = FrameDecoder::new().with_max_frame_len(usize::MAX);
        assert_eq!(decoder.max_frame_len, MAX_FRAME_LEN);
    }

    #[test]
    fn a_bad_intro_fails_the_stream() {
        let mut decoder = FrameDecoder::expecting_intro();
        decoder.push(b"\x16\x03\x01");
        assert_eq!(
            decoder.next_frame(),
            Err(FrameError::BadHeader {
                got: [0x16, 3, 1, 0]
            })
        );
        assert!(decoder.next_frame().is_err());
    }
}
