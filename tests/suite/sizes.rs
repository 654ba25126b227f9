//! No panic and no garbage at any window size: the session list, the help
//! overlay, the comparison of cycles and every panel's frame, from 1×1 to
//! 300×100. (Each panel's own tests draw the panel alone at every size.)

use crate::common;

use common::{Harness, sizes};

fn every_size(h: &mut Harness) {
    for (w, ht) in sizes(29, 11) {
        let screen = h.render(w, ht);
        if w < 64 || ht < 20 {
            // Too small: the screen says so rather than drawing a broken frame.
            let flat: String = screen.lines().map(|l| l.trim_matches('"').trim()).collect();
            assert!(
                flat.contains("small") || w * ht < 40,
                "{w}×{ht} should say the window is too small:\n{screen}"
            );
        }
    }
}

#[test]
fn the_list_help_and_comparison_draw_at_any_size() {
    let mut h = Harness::with_sessions(&Harness::examples());
    every_size(&mut h);
    h.keys("/");
    h.type_text("kibera");
    every_size(&mut h);
    h.keys("<Esc>?");
    every_size(&mut h);
    h.keys("<Esc>");
    let screen = h.render(64, 20);
    assert!(screen.contains("Eastleigh"), "{screen}");
}

#[test]
fn every_panel_draws_at_any_size() {
    let mut h = Harness::with_sessions(&Harness::examples());
    h.keys("<Down><Enter>");
    for _ in 0..6 {
        every_size(&mut h);
        h.keys("<S-Tab>");
    }
    h.keys("?");
    every_size(&mut h);
}
