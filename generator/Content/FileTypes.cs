using System.Runtime.InteropServices;

namespace PeerHub.Content;

/// <summary>What a path is, without following it if it is a link.</summary>
public enum FileType { Missing, Regular, Directory, SymbolicLink, Fifo, Socket, CharacterDevice, BlockDevice }

/// <summary>
/// Tells a regular file from a link, a FIFO, a socket or a device before anything opens it: .NET reports a FIFO as a
/// normal file, and opening one waits for a writer forever, while a link can lead outside the content folder. On Linux
/// this asks the kernel (<c>statx</c>, whose buffer is laid out the same on every architecture); elsewhere it trusts
/// what .NET says, which tells links and folders apart.
/// </summary>
public static partial class FileTypes
{
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
            return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
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
        }
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileType.SymbolicLink;
        if (Directory.Exists(path)) return FileType.Directory;
        return info.Exists ? FileType.Regular : FileType.Missing;
    }

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
}
