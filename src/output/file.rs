//! Writing an output file the way its owner expects (`-o FILE`).
//!
//! A regular file is replaced atomically (a temporary file in the same directory, renamed
//! onto it) keeping its permissions and owner; when the owner or the hard links cannot be
//! kept that way, the finished output is copied into the existing file instead. Symlinks are
//! followed to their target. Devices, FIFOs and sockets are written through. Temporary files
//! are removed on error and when the process is interrupted.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use crate::error::Failure;

/// An output file being written; nothing is visible at the destination before [`commit`].
///
/// [`commit`]: OutputFile::commit
pub struct OutputFile {
    /// The path the user gave, for messages.
    shown: String,
    /// The file finally written (symlinks resolved).
    target: PathBuf,
    how: How,
    file: File,
}

enum How {
    /// Written straight into the destination (a device, FIFO or socket).
    Through,
    /// A temporary file renamed onto the destination; `mode` is set before the rename.
    Rename { temp: Temp, mode: Option<u32> },
    /// A temporary file copied into the existing destination (hard links, another owner).
    CopyInto { temp: Temp, dest: File },
}

impl OutputFile {
    /// Prepares to write `path`. Fails early, before any work is done, when the destination
    /// cannot be written.
    pub fn create(path: &str) -> Result<OutputFile, Failure> {
        let fail = |e: std::io::Error| Failure::new(format!("cannot write `{path}`: {}", io_words(&e)));
        let target = resolve_symlinks(Path::new(path)).map_err(fail)?;
        let meta = match std::fs::metadata(&target) {
            Ok(m) => Some(m),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(fail(e)),
        };
        let shown = path.to_string();
        match meta {
            Some(m) if m.is_dir() => Err(Failure::new(format!("cannot write `{path}`: it is a directory"))
                .help("give `-o` a file name")),
            Some(m) if !m.is_file() => {
                // Devices, FIFOs and sockets: the user wants the bytes delivered there.
                let file = OpenOptions::new().write(true).open(&target).map_err(fail)?;
                Ok(OutputFile { shown, target, how: How::Through, file })
            }
            Some(m) => {
                // Opening for writing (without truncating) proves the user may change it.
                let dest = OpenOptions::new().write(true).open(&target).map_err(fail)?;
                let (temp, file) = Temp::create(dir_of(&target), name_of(&target), 0o600)
                    .or_else(|_| Temp::create(std::env::temp_dir(), name_of(&target), 0o600))
                    .map_err(fail)?;
                let same_dir = temp.path.parent() == Some(dir_of(&target).as_path());
                let keeps_owner = match file.metadata() {
                    Ok(t) => {
                        (t.uid() == m.uid() && t.gid() == m.gid())
                            || std::os::unix::fs::fchown(&file, Some(m.uid()), Some(m.gid())).is_ok()
                    }
                    Err(_) => false,
                };
                let how = if same_dir && keeps_owner && m.nlink() <= 1 {
                    How::Rename { temp, mode: Some(m.mode() & 0o7777) }
                } else {
                    How::CopyInto { temp, dest }
                };
                Ok(OutputFile { shown, target, how, file })
            }
            None => {
                let (temp, file) = Temp::create(dir_of(&target), name_of(&target), 0o666).map_err(fail)?;
                Ok(OutputFile { shown, target, how: How::Rename { temp, mode: None }, file })
            }
        }
    }

    /// Publishes the output: renames or copies it onto the destination.
    pub fn commit(mut self) -> Result<(), Failure> {
        let shown = self.shown.clone();
        let fail = |e: std::io::Error| Failure::new(format!("cannot write `{shown}`: {}", io_words(&e)));
        self.file.flush().map_err(fail)?;
        match self.how {
            How::Through => Ok(()),
            How::Rename { mut temp, mode } => {
                if let Some(mode) = mode {
                    self.file.set_permissions(std::fs::Permissions::from_mode(mode)).map_err(fail)?;
                }
                self.file.sync_data().map_err(fail)?;
                std::fs::rename(&temp.path, &self.target).map_err(fail)?;
                temp.published = true;
                Ok(())
            }
            How::CopyInto { temp, mut dest } => {
                self.file.seek(SeekFrom::Start(0)).map_err(fail)?;
                dest.set_len(0).map_err(fail)?;
                std::io::copy(&mut self.file, &mut dest).map_err(fail)?;
                dest.sync_data().map_err(fail)?;
                drop(temp);
                Ok(())
            }
        }
    }

    /// Whether bytes written go straight to the destination (so a failure leaves them there).
    pub fn writes_through(&self) -> bool {
        matches!(self.how, How::Through)
    }
}

impl Write for OutputFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.file.write_all(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// Writes `bytes` to `path` with [`OutputFile`]'s guarantees.
pub fn write_file(path: &str, bytes: &[u8]) -> Result<(), Failure> {
    let mut out = OutputFile::create(path)?;
    out.write_all(bytes).map_err(|e| Failure::new(format!("cannot write `{path}`: {}", io_words(&e))))?;
    out.commit()
}

/// An I/O error in plain words, without the `(os error N)` suffix.
pub fn io_words(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Follows a chain of symlinks to the path finally written (which may not exist yet).
fn resolve_symlinks(path: &Path) -> std::io::Result<PathBuf> {
    let mut cur = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&cur) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(&cur)?;
                cur = if link.is_absolute() { link } else { dir_of(&cur).join(link) };
            }
            Ok(_) => return Ok(cur),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(cur),
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

fn dir_of(p: &Path) -> PathBuf {
    p.parent().filter(|d| !d.as_os_str().is_empty()).map(Path::to_path_buf).unwrap_or_else(|| ".".into())
}

fn name_of(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "output".into())
}

/// A temporary file, removed when dropped unless published, and on Ctrl-C.
struct Temp {
    path: PathBuf,
    published: bool,
}

impl Temp {
    fn create(dir: PathBuf, name: String, mode: u32) -> std::io::Result<(Temp, File)> {
        cleanup_on_interrupt();
        let mut last = None;
        for attempt in 0..100u32 {
            let path = dir.join(format!(".{name}.meshctl-{}-{attempt}.tmp", std::process::id()));
            // Registered before it exists, so an interrupt between the two cannot leave it.
            register(&path);
            match OpenOptions::new().read(true).write(true).create_new(true).mode(mode).open(&path) {
                Ok(file) => return Ok((Temp { path, published: false }, file)),
                Err(e) => {
                    unregister(&path);
                    if e.kind() != std::io::ErrorKind::AlreadyExists {
                        return Err(e);
                    }
                    last = Some(e);
                }
            }
        }
        Err(last.unwrap_or_else(|| std::io::Error::other("no free temporary file name")))
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        if !self.published {
            let _ = std::fs::remove_file(&self.path);
        }
        unregister(&self.path);
    }
}

/// Temporary files to remove if the process is interrupted.
static TEMPS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn register(p: &Path) {
    if let Ok(mut t) = TEMPS.lock() {
        t.push(p.to_path_buf());
    }
}

fn unregister(p: &Path) {
    if let Ok(mut t) = TEMPS.lock() {
        t.retain(|x| x != p);
    }
}

/// On SIGINT, SIGTERM or SIGHUP: remove the temporary files, then exit as the shell expects
/// (128 + the signal's number).
fn cleanup_on_interrupt() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        use tokio::signal::unix::{SignalKind, signal};
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<()>();
        let spawned = std::thread::Builder::new().name("meshctl-signals".into()).spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
                let _ = ready_tx.send(());
                return;
            };
            rt.block_on(async move {
                let (Ok(mut int), Ok(mut term), Ok(mut hup)) = (
                    signal(SignalKind::interrupt()),
                    signal(SignalKind::terminate()),
                    signal(SignalKind::hangup()),
                ) else {
                    let _ = ready_tx.send(());
                    return;
                };
                let _ = ready_tx.send(());
                let code = tokio::select! {
                    _ = int.recv() => 130,
                    _ = term.recv() => 143,
                    _ = hup.recv() => 129,
                };
                if let Ok(t) = TEMPS.lock() {
                    for p in t.iter() {
                        let _ = std::fs::remove_file(p);
                    }
                }
                std::process::exit(code);
            });
        });
        if spawned.is_ok() {
            // The handlers are in place before any temporary file exists.
            let _ = ready_rx.recv_timeout(std::time::Duration::from_secs(2));
        }
    });
}

/// Whether `meta` describes a file this module would write through rather than replace.
pub fn is_special(meta: &Metadata) -> bool {
    !meta.is_file() && !meta.is_dir()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_keeping_mode_and_follows_symlinks() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.yaml");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = dir.path().join("link.yaml");
        std::os::unix::fs::symlink("real.yaml", &link).unwrap();
        write_file(link.to_str().unwrap(), b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        assert_eq!(std::fs::metadata(&real).unwrap().mode() & 0o777, 0o600);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 2, "no temporary file is left");
    }

    #[test]
    fn hard_links_stay_linked() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        let b = dir.path().join("b");
        std::fs::write(&a, "old").unwrap();
        std::fs::hard_link(&a, &b).unwrap();
        write_file(a.to_str().unwrap(), b"new").unwrap();
        assert_eq!(std::fs::read(&b).unwrap(), b"new");
        assert_eq!(std::fs::metadata(&a).unwrap().ino(), std::fs::metadata(&b).unwrap().ino());
    }

    #[test]
    fn an_uncommitted_output_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x");
        std::fs::write(&p, "keep").unwrap();
        {
            let mut o = OutputFile::create(p.to_str().unwrap()).unwrap();
            o.write_all(b"partial").unwrap();
        }
        assert_eq!(std::fs::read(&p).unwrap(), b"keep");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn dev_null_stays_a_device() {
        let before = std::fs::metadata("/dev/null").unwrap();
        if before.is_file() {
            return;
        }
        write_file("/dev/null", b"x").unwrap();
        assert!(is_special(&std::fs::metadata("/dev/null").unwrap()));
    }

    #[test]
    fn a_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_file(dir.path().to_str().unwrap(), b"x").unwrap_err();
        assert!(e.message.contains("is a directory"), "{}", e.message);
    }
}
