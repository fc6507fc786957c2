//! The run directory: a run's tables become visible all at once, or not at all.
//!
//! Exists because a nightly job's `--out` is read by dashboards that nobody watches: a run
//! that fails, or is killed half way through moving its tables into place, must never
//! leave new tables under an old manifest, or empty tables over last night's good ones.
//! A run writes everything into a *staging* directory next to `--out`
//! (`.NAME.vocmine-run-PID-NANOS`), syncs every file and the directory to disk, and then
//! swaps it with `--out` in one step: on Linux `renameat2(RENAME_EXCHANGE)`, which
//! exchanges two directory entries atomically, so a reader opening `out/…` sees the
//! complete old run or the complete new one. The old run, now under the staging name, is
//! removed afterwards. Where the exchange is not available (other systems, some network
//! file systems) the old directory is renamed aside and the new one renamed in: two steps,
//! never mixed tables, but for a moment `--out` does not exist. A run that fails or is
//! refused drops its staging directory and leaves `--out` untouched; staging directories
//! of killed runs (their process is gone) are removed by the next run.
//!
//! Because `--out` is replaced as a whole, vocmine refuses to run into a directory that
//! holds files it did not write (a mistyped `--out ~` must never move a home directory
//! away).

use std::path::{Path, PathBuf};

/// Files a run (or `vocmine report`) writes into `--out`; a directory holding anything
/// else is not replaced.
pub const OWNED_FILES: &[&str] = &[
    "documents.parquet",
    "mentions.parquet",
    "persona_themes.parquet",
    "quotes.parquet",
    "persona_summary.parquet",
    "emergent_terms.parquet",
    "metrics.parquet",
    "themes.parquet",
    "rejects.parquet",
    "changes.parquet",
    "manifest.json",
    "report.html",
    // a shard's part (`run --partial`, see `crate::partial`)
    "part.json",
    "units.parquet",
    "agg_personas.parquet",
    "agg_quotes.parquet",
    "agg_periods.parquet",
    "agg_metrics.parquet",
    "agg_metric_values.parquet",
    "agg_phrases.parquet",
    "agg_unit_personas.parquet",
];

/// A staging directory that becomes `--out` on [`RunDir::commit`], and is removed if
/// dropped uncommitted.
pub struct RunDir {
    out: PathBuf,
    staging: PathBuf,
    run_id: String,
    committed: bool,
}

fn prefix_for(name: &str) -> String {
    format!(".{name}.vocmine-")
}

/// The process id in a staging name `.NAME.vocmine-KIND-PID-NANOS`.
fn staging_pid(entry: &str, prefix: &str) -> Option<u32> {
    let rest = entry.strip_prefix(prefix)?;
    let mut parts = rest.split('-');
    let _kind = parts.next()?;
    parts.next()?.parse().ok()
}

/// Whether process `pid` still runs (so its staging directory is in use). Where this
/// cannot be known, directories older than a day count as abandoned.
fn process_alive(pid: u32, path: &Path) -> bool {
    if pid == std::process::id() {
        return true;
    }
    if cfg!(target_os = "linux") && Path::new("/proc/self").exists() {
        return Path::new(&format!("/proc/{pid}")).exists();
    }
    let age = std::fs::metadata(path).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
    age.is_none_or(|a| a.as_secs() < 24 * 3600)
}

fn sync_dir(dir: &Path) {
    // a directory's entries are durable only once the directory itself is synced;
    // not every platform can open a directory, so failures are ignored
    if let Ok(f) = std::fs::File::open(dir) {
        let _ = f.sync_all();
    }
}

/// Exchanges two paths atomically (Linux 3.15+, on file systems that support it).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::ffi::{c_char, c_int, c_long, c_uint};
    use std::os::unix::ffi::OsStrExt;
    extern "C" {
        // the C library's generic system call entry (glibc and musl)
        fn syscall(num: c_long, ...) -> c_long;
    }
    #[cfg(target_arch = "x86_64")]
    const SYS_RENAMEAT2: c_long = 316;
    #[cfg(target_arch = "aarch64")]
    const SYS_RENAMEAT2: c_long = 276;
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    return Err(std::io::Error::from(std::io::ErrorKind::Unsupported));
    const AT_FDCWD: c_int = -100;
    const RENAME_EXCHANGE: c_uint = 2;
    let ca = CString::new(a.as_os_str().as_bytes()).map_err(std::io::Error::other)?;
    let cb = CString::new(b.as_os_str().as_bytes()).map_err(std::io::Error::other)?;
    // SAFETY: two NUL-terminated paths that live across the call
    let r = unsafe { syscall(SYS_RENAMEAT2, AT_FDCWD, ca.as_ptr() as *const c_char, AT_FDCWD, cb.as_ptr() as *const c_char, RENAME_EXCHANGE) };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

impl RunDir {
    /// Checks that `out` may be replaced, removes abandoned staging directories next to
    /// it, and creates this run's staging directory.
    pub fn begin(out: &Path) -> anyhow::Result<RunDir> {
        // a symlinked --out: the directory it points to is replaced, the link kept
        let out = match std::fs::symlink_metadata(out) {
            Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(out).map_err(|e| anyhow::anyhow!("{}: cannot follow the link: {e}", out.display()))?,
            _ => out.to_path_buf(),
        };
        let abs = if out.is_absolute() { out.clone() } else { std::env::current_dir()?.join(&out) };
        // `out/.` or `out/..` name the directory through its parent
        let abs: PathBuf = abs.components().collect();
        let (parent, name) = match (abs.parent(), abs.file_name()) {
            (Some(p), Some(n)) if !matches!(abs.components().next_back(), Some(std::path::Component::ParentDir)) => {
                (p.to_path_buf(), n.to_string_lossy().into_owned())
            }
            _ => anyhow::bail!("{}: --out must name a directory of its own, not a file system root or a path ending in `..`", out.display()),
        };
        if out.exists() {
            if !out.is_dir() {
                anyhow::bail!("{}: --out exists and is not a directory", out.display());
            }
            let mut foreign: Vec<String> = Vec::new();
            for e in std::fs::read_dir(&out).map_err(|e| anyhow::anyhow!("{}: cannot list the output directory: {e}", out.display()))?.flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                // `.NAME.tmp-PID`: temporary files of versions before run directories
                let legacy_tmp = n.starts_with('.') && n.contains(".tmp-");
                if !OWNED_FILES.contains(&n.as_str()) && !legacy_tmp {
                    foreign.push(n);
                }
            }
            if !foreign.is_empty() {
                foreign.sort();
                let shown: Vec<String> = foreign.iter().take(3).map(|n| format!("{n:?}")).collect();
                anyhow::bail!(
                    "{}: the output directory holds {} file(s) vocmine did not write ({}{}); each run replaces its --out directory as a whole, so choose a new or empty directory, or move those files",
                    out.display(),
                    foreign.len(),
                    shown.join(", "),
                    if foreign.len() > 3 { ", …" } else { "" }
                );
            }
        }
        std::fs::create_dir_all(&parent).map_err(|e| anyhow::anyhow!("{}: cannot create the parent of the output directory: {e}", parent.display()))?;
        let prefix = prefix_for(&name);
        if let Ok(rd) = std::fs::read_dir(&parent) {
            for e in rd.flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                if let Some(pid) = staging_pid(&n, &prefix) {
                    if !process_alive(pid, &e.path()) {
                        let _ = std::fs::remove_dir_all(e.path());
                    }
                }
            }
        }
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let pid = std::process::id();
        let staging = parent.join(format!("{prefix}run-{pid}-{}", now.as_nanos()));
        std::fs::create_dir(&staging).map_err(|e| anyhow::anyhow!("{}: cannot create the staging directory: {e}", staging.display()))?;
        let run_id = format!("{}-{pid}", chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ"));
        Ok(RunDir { out: abs, staging, run_id, committed: false })
    }

    /// Where this run writes its files.
    pub fn path(&self) -> &Path {
        &self.staging
    }

    /// A unique name of this run (UTC start time and process id), for the manifest.
    pub fn run_id(&self) -> &str {
        &self.run_id
    }

    /// Makes the staging directory the output directory, atomically where the system
    /// allows it, and removes the previous run.
    pub fn commit(mut self) -> anyhow::Result<()> {
        for e in std::fs::read_dir(&self.staging)?.flatten() {
            if let Ok(f) = std::fs::File::open(e.path()) {
                f.sync_all().map_err(|err| anyhow::anyhow!("{}: cannot sync to disk: {err}", e.path().display()))?;
            }
        }
        sync_dir(&self.staging);
        let parent = self.staging.parent().map(Path::to_path_buf).unwrap_or_default();
        if self.out.exists() {
            match exchange(&self.staging, &self.out) {
                Ok(()) => {
                    // the staging name now holds the previous run
                    sync_dir(&parent);
                    self.committed = true;
                    let _ = std::fs::remove_dir_all(&self.staging);
                    return Ok(());
                }
                Err(_) => {
                    let name = self.out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
                    let old = parent.join(format!("{}old-{}-{nanos}", prefix_for(&name), std::process::id()));
                    std::fs::rename(&self.out, &old).map_err(|e| anyhow::anyhow!("{}: cannot move the previous run aside: {e}", self.out.display()))?;
                    if let Err(e) = std::fs::rename(&self.staging, &self.out) {
                        let _ = std::fs::rename(&old, &self.out);
                        anyhow::bail!("{}: cannot move the new run into place: {e}", self.out.display());
                    }
                    sync_dir(&parent);
                    self.committed = true;
                    let _ = std::fs::remove_dir_all(&old);
                    return Ok(());
                }
            }
        }
        std::fs::rename(&self.staging, &self.out).map_err(|e| anyhow::anyhow!("{}: cannot move the new run into place: {e}", self.out.display()))?;
        sync_dir(&parent);
        self.committed = true;
        Ok(())
    }
}

impl Drop for RunDir {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, body: &str) {
        std::fs::write(dir.join(name), body).unwrap();
    }

    #[test]
    fn a_commit_replaces_the_whole_directory_and_a_drop_changes_nothing() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("out");
        let r = RunDir::begin(&out).unwrap();
        write(r.path(), "manifest.json", "first");
        write(r.path(), "themes.parquet", "first");
        r.commit().unwrap();
        assert_eq!(std::fs::read_to_string(out.join("manifest.json")).unwrap(), "first");

        // a second run that is dropped (failed) leaves the first one as it was
        let r = RunDir::begin(&out).unwrap();
        write(r.path(), "manifest.json", "second");
        drop(r);
        assert_eq!(std::fs::read_to_string(out.join("manifest.json")).unwrap(), "first");

        // a committed run replaces every file: a table the new run does not write is gone
        let r = RunDir::begin(&out).unwrap();
        write(r.path(), "manifest.json", "third");
        r.commit().unwrap();
        assert_eq!(std::fs::read_to_string(out.join("manifest.json")).unwrap(), "third");
        assert!(!out.join("themes.parquet").exists());
        let left: Vec<String> = std::fs::read_dir(root.path()).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        assert_eq!(left, vec!["out".to_string()], "staging directories left behind");
    }

    #[test]
    fn foreign_files_are_never_replaced_and_abandoned_staging_is_cleaned() {
        let root = tempfile::tempdir().unwrap();
        let home = root.path().join("home");
        std::fs::create_dir(&home).unwrap();
        write(&home, "thesis.docx", "mine");
        let err = RunDir::begin(&home).err().expect("a directory with foreign files is refused").to_string();
        assert!(err.contains("thesis.docx") && err.contains("did not write"), "{err}");
        assert!(home.join("thesis.docx").exists());

        // a staging directory of a process that no longer exists is removed
        let dead = root.path().join(".out.vocmine-run-4000000000-1");
        std::fs::create_dir(&dead).unwrap();
        write(&dead, "documents.parquet", "half");
        let r = RunDir::begin(&root.path().join("out")).unwrap();
        assert!(!dead.exists(), "abandoned staging directory kept");
        drop(r);
    }
}
