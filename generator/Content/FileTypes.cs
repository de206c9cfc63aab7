using System.Runtime.InteropServices;

namespace PeerHub.Content;

/// <summary>What a path is, without following it if it is a link.</summary>
public enum FileType { Missing, Regular, Directory, SymbolicLink, Fifo, Socket, CharacterDevice, BlockDevice }

/// <summary>
/// Tells a regular file from a link, a FIFO, a socket or a device, and reads only regular files: .NET reports a FIFO as
/// a normal file, and opening one waits for a writer forever, while a link can lead outside the content folder. On Linux
/// this asks the kernel (<c>statx</c>, whose buffer is laid out the same on every architecture); elsewhere it trusts
/// what .NET says, which tells links and folders apart.
/// </summary>
public static partial class FileTypes
{
    /// <summary>What reading a file found: its bytes, or why there are none.</summary>
    /// <param name="Bytes">The whole file; null when it is not a regular file (see <paramref name="Type"/>) or is larger than allowed.</param>
    /// <param name="Length">Its size in bytes, when it is a regular file.</param>
    public readonly record struct Contents(byte[]? Bytes, FileType Type, long Length);

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;          // stx_mode, a 16-bit field after mask, blksize, attributes, nlink, uid, gid
    private const int StatxSize = 256;

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirFd, string path, int flags, uint mask, [Out] byte[] buffer);

    public static FileType Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var buffer = new byte[StatxSize];
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0) return FileType.Missing;
            return TypeOf(BitConverter.ToUInt16(buffer, ModeOffset));
        }
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileType.SymbolicLink;
        if (Directory.Exists(path)) return FileType.Directory;
        return info.Exists ? FileType.Regular : FileType.Missing;
    }

    private static FileType TypeOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileType.Regular,
        0x4000 => FileType.Directory,
        0xA000 => FileType.SymbolicLink,
        0x1000 => FileType.Fifo,
        0xC000 => FileType.Socket,
        0x2000 => FileType.CharacterDevice,
        0x6000 => FileType.BlockDevice,
        _ => FileType.Missing,
    };

    /// <summary>How an error names a file that is not a regular one.</summary>
    public static string Describe(FileType type) => type switch
    {
        FileType.SymbolicLink => "a symbolic link",
        FileType.Fifo => "a named pipe (FIFO)",
        FileType.Socket => "a socket",
        FileType.CharacterDevice or FileType.BlockDevice => "a device",
        FileType.Directory => "a folder",
        FileType.Regular => "a file",
        _ => "gone",
    };

    /// <summary>
    /// Reads a regular file whole without following a link or waiting on a pipe. On Linux that is one open with
    /// O_NOFOLLOW and O_NONBLOCK, a statx of what was opened, and reads: a third of the system calls of a FileStream
    /// (which also takes and drops a lock, and asks for the current folder), on the build's ten thousand files. Elsewhere,
    /// <see cref="ReadManaged"/>. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when the
    /// file system refuses.
    /// </summary>
    public static Contents Read(string path, long maxBytes) =>
        OperatingSystem.IsLinux() && NoFollow is { } noFollow ? ReadLinux(path, maxBytes, noFollow) : ReadManaged(path, maxBytes);

    /// <summary>The reference <see cref="Read"/> is held to: the file's type first, then a FileStream.</summary>
    internal static Contents ReadManaged(string path, long maxBytes)
    {
        var type = Of(path);
        if (type != FileType.Regular) return new(null, type, 0);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.Length > maxBytes) return new(null, FileType.Regular, stream.Length);
        var bytes = GC.AllocateUninitializedArray<byte>((int)stream.Length);
        stream.ReadExactly(bytes);
        return new(bytes, FileType.Regular, bytes.Length);
    }

    // open(2)'s O_NOFOLLOW differs between architectures; O_RDONLY, O_NONBLOCK and O_CLOEXEC do not.
    private static readonly int? NoFollow = RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 0x20000,
        Architecture.Arm64 => 0x8000,
        _ => null,
    };
    private const int NonBlock = 0x800, CloseOnExec = 0x80000;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxSizeField = 0x200;
    private const int SizeOffset = 40;          // stx_size, after mode (28), 2 bytes of padding, ino (32)
    private const int ErrorInterrupted = 4, ErrorNoDevice = 6, ErrorNotFound = 2, ErrorNotDirectory = 20, ErrorLoop = 40, ErrorAccess = 13, ErrorPermission = 1;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static unsafe partial nint ReadFile(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

    private static unsafe Contents ReadLinux(string path, long maxBytes, int noFollow)
    {
        var fd = Open(path, noFollow | NonBlock | CloseOnExec);
        if (fd < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error switch
            {
                ErrorLoop => new(null, FileType.SymbolicLink, 0),
                // Gone, or under something that is not a folder (any more): missing, as its reference says.
                ErrorNotFound or ErrorNotDirectory => new(null, FileType.Missing, 0),
                // A socket, or a device with no driver: say which.
                ErrorNoDevice => new(null, Of(path), 0),
                ErrorAccess or ErrorPermission => throw new UnauthorizedAccessException(Marshal.GetPInvokeErrorMessage(error)),
                _ => throw new IOException(Marshal.GetPInvokeErrorMessage(error)),
            };
        }
        try
        {
            // What was opened, not what the path names now: a file swapped for a pipe after the walk is still refused.
            var status = new byte[StatxSize];
            if (Statx(fd, "", AtEmptyPath | AtSymlinkNoFollow, StatxType | StatxSizeField, status) != 0)
                throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
            var type = TypeOf(BitConverter.ToUInt16(status, ModeOffset));
            if (type != FileType.Regular) return new(null, type, 0);
            var length = BitConverter.ToInt64(status, SizeOffset);
            if (length > maxBytes) return new(null, FileType.Regular, length);
            var bytes = GC.AllocateUninitializedArray<byte>((int)length);
            var done = 0;
            fixed (byte* start = bytes)
                while (done < bytes.Length)
                {
                    var n = ReadFile(fd, start + done, bytes.Length - done);
                    if (n < 0 && Marshal.GetLastPInvokeError() == ErrorInterrupted) continue;
                    if (n < 0) throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
                    if (n == 0) break;   // the file shrank since its size was read
                    done += (int)n;
                }
            return done == bytes.Length ? new(bytes, FileType.Regular, length) : new(bytes[..done], FileType.Regular, done);
        }
        finally { _ = Close(fd); }
    }
}
