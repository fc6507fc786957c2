//! Files written under a temporary name and renamed into place: a reader never sees a
//! half-written file.
//!
//! Exists at the bottom of the module graph so that `lexicon import --out` and the
//! tables of `output` (which re-exports these) write files the same way.

use std::path::{Path, PathBuf};

/// The temporary name of `dest` while it is written: hidden, beside it, with the
/// process id.
pub fn tmp_name(dest: &Path) -> PathBuf {
    let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    dest.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

/// A finished file waiting to be renamed into place.
pub struct Pending {
    pub tmp: PathBuf,
    pub dest: PathBuf,
    pub rows: u64,
}

impl Pending {
    pub fn discard(&self) {
        let _ = std::fs::remove_file(&self.tmp);
    }
}

/// Writes a small text file (the manifest) under a temporary name.
pub fn write_text(dest: &Path, content: &str) -> anyhow::Result<Pending> {
    let tmp = tmp_name(dest);
    std::fs::write(&tmp, content).map_err(|e| anyhow::anyhow!("{}: cannot write: {e}", tmp.display()))?;
    Ok(Pending { tmp, dest: dest.to_path_buf(), rows: 0 })
}

/// Renames every pending file into place, in order (put the manifest last).
pub fn commit(files: Vec<Pending>) -> anyhow::Result<()> {
    for p in &files {
        std::fs::rename(&p.tmp, &p.dest).map_err(|e| anyhow::anyhow!("{}: cannot move into place: {e}", p.dest.display()))?;
    }
    Ok(())
}
