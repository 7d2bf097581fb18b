/**
 * A run whose shell only inspected hosts is an ops run, not a coding agent's (ADR 0043): a homelab or on-call agent
 * that ran `dmesg`, `smartctl`, `journalctl`, `df`, `kubectl logs` or `docker stats` over ssh has no code under review,
 * so a diagnosis asked over what came back is `analysis` as ADR 0030 reads any running system's logs. A shell counts
 * as a coding agent's tool everywhere else (`agent-context.ts`); this module tells the read-only inspection apart: every
 * call of a shell tool runs only commands of {@link INSPECTION}, and nothing else in the run shows code (a prompt that
 * declares a coding agent, code in context, a tool that edits or writes files).
 * @module
 */
import type { ChatMessage } from "../../core/types.js";
import type { ConversationReading } from "./read-conversation.js";

/** Tools that run a command on a host; their command is read from the arguments' `cmd`/`command`. */
const SHELL_TOOL = /^(?:bash|shell|sh|terminal|run_?(?:command|shell|terminal|cmd)|execute_?command|exec|ssh|ssh_?exec|remote_?exec|host_?exec|kubectl|docker)$/i;
/** A coding agent's other tools (reading, writing and patching files, code search): a run with one is code work. */
const NON_SHELL_CODE_TOOL = /^(?:read_?file|write_?file|edit_?file|create_?file|read|write|edit|multi_?edit|apply_?patch|str_replace\w*|grep|glob|ls|codebase_?search)$/i;

/**
 * Commands that only look at a host: its kernel log, disks, services, processes, network, containers and pods, and the
 * text tools that filter their output. A `systemctl`, `kubectl`, `docker` or `zpool` subcommand must be a reading one.
 */
const INSPECTION = new Set([
  "dmesg", "smartctl", "journalctl", "df", "du", "free", "uptime", "top", "htop", "atop", "ps", "pgrep", "pidof", "tail", "head", "cat", "less", "more",
  "grep", "egrep", "zgrep", "zcat", "awk", "sort", "uniq", "wc", "cut", "tr", "ls", "stat", "file", "lsblk", "blkid", "findmnt", "iostat", "vmstat", "mpstat",
  "sar", "netstat", "ss", "ip", "ifconfig", "ping", "traceroute", "mtr", "dig", "nslookup", "host", "lsof", "who", "w", "last", "date", "hostname", "uname",
  "nproc", "lscpu", "lsusb", "lspci", "sensors", "nvidia-smi", "getent", "id", "printenv", "echo", "ncdu", "iotop", "nvme", "hdparm", "mdadm",
  "certbot", "openssl", "timedatectl", "loginctl", "systemd-analyze", "crontab", "find", "jq", "column", "true", "vcgencmd",
]);
/** Subcommands of the tools that also change things, that only read. */
const READING_SUBCOMMANDS: Readonly<Record<string, RegExp>> = {
  systemctl: /^(?:status|is-active|is-enabled|is-failed|list-units|list-timers|list-unit-files|show|cat|--failed)$/,
  kubectl: /^(?:get|describe|logs|top|events|explain|version|cluster-info)$/,
  docker: /^(?:ps|logs|stats|inspect|images|info|version|top|events)$/,
  "docker-compose": /^(?:ps|logs|top|config|images)$/,
  zpool: /^(?:status|list|iostat|history)$/,
  zfs: /^(?:list|get)$/,
  helm: /^(?:list|ls|status|history|get)$/,
  curl: /^(?!-X\b|--request\b|-d\b|--data)/,
};
/**
 * A file whose reading is a code review, not an inspection: source, a build file, configuration, anything in a
 * repository ("cat /srv/repos/api/Dockerfile", "less /etc/nginx/nginx.conf").
 */
const CODE_FILE = /(?:^|[\s/])(?:dockerfile|makefile|jenkinsfile|[\w.-]+\.(?:py|ts|tsx|js|mjs|go|rs|java|kt|rb|php|c|cc|cpp|h|sh|bash|sql|tf|ya?ml|json|toml|conf|ini|cfg|properties|xml|service|env))\b|\/(?:repos?|src|app|code|git)\//i;
/** Characters of a tool call's arguments read for its command. */
const MAX_ARGUMENT_CHARS = 2_000;
/** Shell calls read; a run with more is not told apart (read as a coding agent's, as before). */
const MAX_SHELL_CALLS = 64;
/** Words a command may open with before the command itself. */
const PREFIXES = new Set(["sudo", "nice", "timeout", "watch", "time", "ionice"]);

/** `ssh` options that take a value (`-i key`, `-p 2222`, `-o Opt=x`, `-J jump`); the others are flags. */
const SSH_VALUE_OPTIONS = new Set(["-i", "-p", "-o", "-J", "-l", "-F", "-b", "-c", "-E", "-L", "-R", "-D", "-W", "-S", "-m", "-Q", "-w", "-O", "-B"]);
/** Global flags of `kubectl` and `docker` that take a value and may stand before the subcommand (`kubectl -n shop get pods`). */
const GLOBAL_VALUE_FLAGS = new Set(["-n", "--namespace", "--context", "--kubeconfig", "--cluster", "--user", "-H", "--host", "-c", "--config"]);
/** Reading subcommands made of two words (`kubectl rollout history`, `docker system df`). */
const READING_PAIRS = new Set(["rollout history", "rollout status", "system df", "system info", "system events", "compose ps", "compose logs", "auth can-i", "config view", "config get-contexts"]);

/**
 * The command an `ssh` line runs on the remote host, its quotes taken off ("ssh db-2 'df -h && free -m'" → "df -h &&
 * free -m"), or undefined when the line is no ssh call; "" for a login with no command (read as no inspection). A
 * command run over ssh is read as if run on the host itself (round 54): the wrapper changes nothing on the host.
 */
function remoteCommand(shellLine: string): string | undefined {
  const words = shellLine.trim().split(/\s+/);
  let at = words[0] === "sudo" ? 1 : 0;
  if (words[at] !== "ssh") return undefined;
  at++;
  while (at < words.length && (words[at] as string).startsWith("-")) at += SSH_VALUE_OPTIONS.has(words[at] as string) ? 2 : 1;
  const remote = words.slice(at + 1).join(" ").trim();
  const quote = remote[0];
  return (quote === "'" || quote === '"') && remote.endsWith(quote) && remote.length > 1 ? remote.slice(1, -1) : remote;
}

/** The words of a `kubectl` or `docker` command without its global flags, so its subcommand comes second. */
function withoutGlobalFlags(words: string[]): string[] {
  const kept = words.slice(0, 1);
  for (let at = 1; at < words.length; at++) {
    const word = words[at] as string;
    if (kept.length === 1 && GLOBAL_VALUE_FLAGS.has(word)) at++;
    else if (kept.length === 1 && /^--?[\w-]+=/.test(word)) continue;
    else kept.push(word);
  }
  return kept;
}

/** Whether every command in a shell line only inspects (pipes, `;`, `&&` and `||` split it). */
function inspectsOnly(shellLine: string, tool: string): boolean {
  const remote = remoteCommand(shellLine);
  if (remote !== undefined) return remote !== "" && remoteCommand(remote) === undefined && inspectsOnly(remote, "");
  // Quoted arguments are data ("grep -E 'WARN|ERROR'", "awk '{print $NF}'"): only the command words are read.
  const line = shellLine.replace(/'[^']*'|"[^"]*"/g, "Q");
  if (CODE_FILE.test(line)) return false;
  if (/[>`]|\$\(|\b(?:rm|mv|cp|chmod|chown|kill|pkill|reboot|shutdown|apt|yum|dnf|pip|npm|tee|dd|mkfs|truncate)\b|\s-(?:delete|exec)\b/.test(line.replace(/2>\/dev\/null|2>&1|>\s*\/dev\/null/g, ""))) return false;
  return line.split(/\|\|?|;|&&/).every((part) => {
    const words = part.trim().split(/\s+/).filter((word) => word !== "");
    while (words.length > 0 && (PREFIXES.has(words[0] as string) || /^-\S*$|^\d+[smh]?$/.test(words[0] as string))) words.shift();
    // A `kubectl` or `docker` tool is given only its subcommand ("logs deploy/orders-api -n prod").
    if (tool === "kubectl" || tool === "docker") words.unshift(tool);
    const head = words[0];
    const [command, sub, third] = head === "kubectl" || head === "docker" ? withoutGlobalFlags(words) : words;
    if (command === undefined) return true;
    const subcommands = READING_SUBCOMMANDS[command];
    if (subcommands !== undefined) return sub !== undefined && (subcommands.test(sub) || READING_PAIRS.has(`${sub} ${third ?? ""}`));
    if (command === "sed") return !words.some((word) => word.startsWith("-i"));
    return INSPECTION.has(command);
  });
}

/** The shell line a tool call runs, or undefined for a call with no readable command. */
function commandOf(argumentsText: unknown): string | undefined {
  // A command line is short; arguments this long carry a script or a file, never a look at a host.
  if (typeof argumentsText !== "string" || argumentsText.length > MAX_ARGUMENT_CHARS) return undefined;
  try {
    const parsed = JSON.parse(argumentsText) as unknown;
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { cmd, command } = parsed as { cmd?: unknown; command?: unknown };
    const line = typeof cmd === "string" ? cmd : command;
    return typeof line === "string" ? line : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the run's shell calls all only inspected hosts, with at least one such call and no other code tool. */
function shellOnlyInspected(messages: readonly ChatMessage[]): boolean {
  let inspected = 0;
  for (const message of messages) {
    if (!Array.isArray(message.tool_calls)) continue;
    for (const call of message.tool_calls as readonly unknown[]) {
      const fn = typeof call === "object" && call !== null ? (call as { function?: { name?: unknown; arguments?: unknown } }).function : undefined;
      const name = typeof fn?.name === "string" ? fn.name : "";
      if (NON_SHELL_CODE_TOOL.test(name)) return false;
      if (!SHELL_TOOL.test(name)) continue;
      const line = commandOf(fn?.arguments);
      if (line === undefined || !inspectsOnly(line, name.toLowerCase())) return false;
      if (++inspected > MAX_SHELL_CALLS) return false;
    }
  }
  return inspected > 0;
}

/** Whether a reading's shell calls only inspected hosts, remembered per reading. */
const INSPECTED = new WeakMap<ConversationReading, boolean>();

/**
 * Whether the run's tools only inspected hosts (module comment): its shell output is a running system's evidence, and
 * the run is no coding agent's though a shell tool made it read as one.
 */
export function hostInspectionRun(reading: ConversationReading): boolean {
  const { agent } = reading;
  if (agent.toolCalls === 0 || agent.codingSystem || agent.codeInContext) return false;
  // The ops guards ask twice per reading (the evidence, then whether code is under review): the run's calls are read once.
  let known = INSPECTED.get(reading);
  if (known === undefined) INSPECTED.set(reading, (known = shellOnlyInspected(reading.messages)));
  return known;
}
