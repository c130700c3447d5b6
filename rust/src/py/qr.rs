//! Terminal rendering of QR codes (for `wapy login` and `wapy demo`).

use pyo3::prelude::*;
use pyo3::types::PyModule;
use qrcode::{Color, EcLevel, QrCode};

use super::errors::invalid_argument;

/// Modules of light border around the code (the quiet zone).
const QUIET_ZONE: usize = 2;

/// `text` as a QR code drawn with Unicode half blocks: two modules per
/// character cell vertically, dark modules drawn in the terminal's
/// background colour on a light (foreground) field, one line per two rows.
pub(crate) fn render(text: &str) -> Result<String, qrcode::types::QrError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L)?;
    let width = code.width();
    let colors = code.to_colors();
    let side = width + 2 * QUIET_ZONE;
    // Dark at (x, y) in the padded square; outside the code is light.
    let dark = |x: usize, y: usize| -> bool {
        if x < QUIET_ZONE || y < QUIET_ZONE || x >= width + QUIET_ZONE || y >= width + QUIET_ZONE {
            return false;
        }
        colors
            .get((y - QUIET_ZONE) * width + (x - QUIET_ZONE))
            .is_some_and(|color| *color == Color::Dark)
    };
    let mut out = String::with_capacity((side + 1) * side.div_ceil(2) * 3);
    for row in (0..side).step_by(2) {
        for x in 0..side {
            let top = dark(x, row);
            let bottom = row + 1 < side && dark(x, row + 1);
            out.push(match (top, bottom) {
                (false, false) => '█',
                (false, true) => '▀',
                (true, false) => '▄',
                (true, true) => ' ',
            });
        }
        out.push('\n');
    }
    Ok(out)
}

/// Renders `text` as a QR code for a terminal (Unicode half blocks).
#[pyfunction]
fn render_qr(py: Python<'_>, text: &str) -> PyResult<String> {
    render(text).map_err(|error| invalid_argument(py, format!("no QR code for this text: {error}")))
}

/// Adds `render_qr` to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(render_qr, module)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_a_square_with_a_quiet_zone() {
        let text = render("2@abc,def,ghi,jkl").unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let side = lines[0].chars().count();
        assert!(lines.iter().all(|line| line.chars().count() == side));
        assert_eq!(lines.len(), side.div_ceil(2));
        // The quiet zone is light: full blocks on the first line.
        assert!(lines[0].chars().all(|c| c == '█'));
        // The finder pattern's dark corner shows inside.
        assert!(lines[1].contains(['▄', ' ', '▀']));
    }
}
