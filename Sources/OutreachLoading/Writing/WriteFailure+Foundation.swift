import Foundation
import OutreachFormats
import OutreachModel

extension WriteFailure {
    /// A Foundation error as a write failure: its POSIX code where it carries one (directly, underneath, or as a
    /// Cocoa file error), so the message names the real cause (disk full, no permission) in the user's language.
    public static func from(_ error: any Error, path: String, step: Step) -> WriteFailure {
        if let failure = error as? WriteFailure { return failure }
        return WriteFailure(path: path, step: step, cause: .from(error))
    }
}

extension WriteFailure.Cause {
    /// The cause a Foundation (or stream) error carries.
    public static func from(_ error: any Error) -> WriteFailure.Cause {
        if let failure = error as? WriteFailure { return failure.cause }
        if case .cannotOpen(let code) = error as? ByteStream.Failure { return .system(code) }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return .system(Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return .system(Int32(underlying.code))
        }
        let cocoa: [Int: Int32] = [
            CocoaError.fileWriteOutOfSpace.rawValue: ENOSPC, CocoaError.fileWriteNoPermission.rawValue: EACCES,
            CocoaError.fileReadNoPermission.rawValue: EACCES, CocoaError.fileNoSuchFile.rawValue: ENOENT,
            CocoaError.fileReadNoSuchFile.rawValue: ENOENT, CocoaError.fileWriteVolumeReadOnly.rawValue: EROFS,
            CocoaError.fileWriteFileExists.rawValue: EEXIST,
        ]
        if error.domain == NSCocoaErrorDomain, let code = cocoa[error.code] {
            return .system(code)
        }
        return .unknown
    }
}
