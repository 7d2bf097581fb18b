import { GatewayError } from "./gateway-error.js";

/** One problem found in a config file. */
export interface ConfigIssue {
  /** Dotted path into the config, e.g. `tiers.budget.max_tokens`. */
  path: string;
  message: string;
  /** The line of the config file the path is at (1-based), when the file was read from text and holds it. */
  line?: number;
}

/** The config file is unreadable or invalid. Each issue names the path, the bad value and the valid choices. */
export class ConfigError extends GatewayError {
  readonly issues: ConfigIssue[];
  readonly file: string | undefined;

  constructor(issues: ConfigIssue[], file?: string) {
    const where = file ? ` in ${file}` : "";
    const lines = issues.map((issue) => `  - ${issue.path || "(root)"}: ${issue.message}${issue.line === undefined ? "" : ` (line ${issue.line})`}`);
    super({
      message: `Invalid config${where}:\n${lines.join("\n")}`,
      status: 500,
      type: "config_error",
      code: "invalid_config",
    });
    this.issues = issues;
    this.file = file;
  }

  /**
   * A named config file that is not there. Its heading says so: "Invalid config" sent a user looking for a mistake
   * inside a file that does not exist.
   */
  static fileNotFound(file: string, hint: string): ConfigError {
    const error = new ConfigError([{ path: "", message: `there is no file ${file}: ${hint}` }], file);
    error.message = `Config file not found: ${file}\n  ${hint}`;
    return error;
  }
}
