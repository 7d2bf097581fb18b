/**
 * Why a file could not be read, in a user's words rather than Node's ("ENOENT: no such file or directory, open '…'"
 * repeats the path the message already names, behind a code).
 * @module
 */

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  ENOTDIR: "no such file (a part of the path is not a folder)",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder, not a file",
  ELOOP: "too many symbolic links",
};

/** The reason for a failed read: a known error code in words, else the error's own message. */
export function whyUnreadable(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
  return (code === undefined ? undefined : REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}
