public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file atomically: into a temporary file in the destination's directory, then,
/// on ``commit()``, flushed to disk and renamed over the destination. Readers see the old
/// file or the complete new one, never a partial one; an uncommitted writer removes its
/// temporary file.
///
/// ```swift
/// let writer = try AtomicFileWriter(destination: URL(fileURLWithPath: "out.txt"))
/// try writer.write(Data("redacted".utf8))
/// try writer.commit()
/// ```
public final class AtomicFileWriter {
    /// Where the file ends up.
    public let destination: URL
    private let temporaryPath: String
    private let handle: FileHandle
    private var finished = false

    /// Creates the temporary file next to `destination`, with the permissions of
    /// `permissionsFrom` when given (used for in-place rewrites).
    ///
    /// - Throws: ``OutputError`` naming the directory when the file cannot be created.
    public init(destination: URL, permissionsFrom: URL? = nil) throws(OutputError) {
        self.destination = destination
        let directory = destination.deletingLastPathComponent().path
        var template = Array("\(directory)/.\(destination.lastPathComponent).redact-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .cannotCreate(path: directory, errno: errno) }
        temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if let source = permissionsFrom,
           let mode = (try? FileManager.default.attributesOfItem(atPath: source.path))?[.posixPermissions] as? NSNumber {
            fchmod(descriptor, mode_t(mode.uint32Value))
        } else {
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Appends `data` to the temporary file.
    public func write(_ data: Data) throws(OutputError) {
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw .cannotWrite(path: destination.path)
        }
    }

    /// Flushes the temporary file and renames it over the destination.
    public func commit() throws(OutputError) {
        guard !finished else { return }
        finished = true
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            unlink(temporaryPath)
            throw .cannotWrite(path: destination.path)
        }
        guard rename(temporaryPath, destination.path) == 0 else {
            let code = errno
            unlink(temporaryPath)
            throw .cannotRename(path: destination.path, errno: code)
        }
    }

    /// Removes the temporary file without touching the destination.
    public func abort() {
        guard !finished else { return }
        finished = true
        try? handle.close()
        unlink(temporaryPath)
    }

    deinit { abort() }

    /// Writes `data` to `destination` atomically in one call.
    public static func write(_ data: Data, to destination: URL, permissionsFrom: URL? = nil) throws(OutputError) {
        let writer = try AtomicFileWriter(destination: destination, permissionsFrom: permissionsFrom)
        try writer.write(data)
        try writer.commit()
    }
}

/// Why an output could not be written. Names paths (chosen by the caller), never content.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The temporary file could not be created in the directory.
    case cannotCreate(path: String, errno: Int32)
    /// Writing or flushing failed.
    case cannotWrite(path: String)
    /// The final rename failed.
    case cannotRename(path: String, errno: Int32)

    private static func message(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(validatingCString: text) ?? "error \(code)"
    }

    /// A message naming the path and the system error.
    public var description: String {
        switch self {
        case .cannotCreate(let path, let code): "cannot create a temporary file in \(path): \(Self.message(code))"
        case .cannotWrite(let path): "cannot write \(path)"
        case .cannotRename(let path, let code): "cannot move the output into place at \(path): \(Self.message(code))"
        }
    }
}
