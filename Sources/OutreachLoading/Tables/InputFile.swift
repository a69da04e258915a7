import Glibc

/// Only a regular file is read as a table: a directory, pipe, device or socket is refused by what it is, before a
/// byte is read (a FIFO would block forever, `/dev/zero` would fill memory).
enum InputFile {
    /// The error number that names why a file of this mode is not read: `EISDIR` for a folder, `ESPIPE` for a pipe,
    /// device or socket; nil for a regular file.
    static func refusal(mode: mode_t) -> Int32? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return EISDIR
        default: return ESPIPE
        }
    }

    /// `refusal` for a path (following links); nil when it is a regular file or does not exist.
    static func refusal(path: String) -> Int32? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return refusal(mode: status.st_mode)
    }
}
