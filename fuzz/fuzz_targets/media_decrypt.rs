//! Media decryption of arbitrary (garbage, truncated) files: never a panic,
//! and the streaming and in-memory decryptors agree.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wapy::media::{MediaChecks, MediaDecryptor, MediaKeys, MediaType, decrypt};

fuzz_target!(|data: &[u8]| {
    let Some((&piece, file)) = data.split_first() else {
        return;
    };
    let keys = MediaKeys::derive(&[0x42; 32], MediaType::Image);
    let checks = MediaChecks::none().with_length(u64::from(piece) * 3);
    let whole = decrypt(file, &keys, MediaChecks::none());

    let mut decryptor = MediaDecryptor::new(&keys, MediaChecks::none());
    let mut out = Vec::new();
    let mut streamed = Ok(());
    for chunk in file.chunks(usize::from(piece) + 1) {
        streamed = decryptor.update(chunk, &mut out);
        if streamed.is_err() {
            break;
        }
    }
    let finished = streamed.and_then(|()| decryptor.finish(&mut out));
    match (&whole, &finished) {
        (Ok((plain, info)), Ok(streamed_info)) => {
            assert_eq!(plain, &out);
            assert_eq!(info, streamed_info);
        }
        (Err(_), Err(_)) => {}
        _ => panic!("in-memory and streaming decryption disagree"),
    }
    let _ = decrypt(file, &keys, checks);
});
