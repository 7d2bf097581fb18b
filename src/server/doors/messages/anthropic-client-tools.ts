/**
 * Anthropic's schema-less client tools: the bash tool and the text editor tool. Anthropic defines their input, and
 * the client runs them (its docs: "your application executes the command"), so a request declares only their `type`
 * and `name`. They are not server tools, and were refused as if they ran on Anthropic's servers. They go to the
 * routed models as function tools with the input Anthropic documents for each, under the name the client gave, so a
 * `tool_use` comes back in the shape the client's own handler reads. The computer use tool is left refused: it needs
 * a screenshot loop no routed model was trained on.
 * @module
 */

const BASH = {
  description: "Run a command in a persistent bash shell. State (working directory, variables) persists between calls. Set restart to true to restart the shell.",
  parameters: {
    type: "object",
    properties: {
      command: { type: "string", description: "The bash command to run. Required unless restart is true." },
      restart: { type: "boolean", description: "Restart the shell instead of running a command." },
    },
  },
};

/** The text editor's commands by version: `undo_edit` went with the Claude 4 versions. */
function textEditor(commands: readonly string[]): { description: string; parameters: Record<string, unknown> } {
  return {
    description: `View, create and edit text files. Commands: ${commands.join(", ")}. view shows a file with line numbers (or lists a directory); str_replace replaces old_str, which must match exactly once, with new_str; insert puts new_str after line insert_line (0 for the start); create writes file_text to a new file.`,
    parameters: {
      type: "object",
      properties: {
        command: { type: "string", enum: [...commands], description: "The command to run." },
        path: { type: "string", description: "Absolute path of the file or directory." },
        file_text: { type: "string", description: "The new file's content (create)." },
        old_str: { type: "string", description: "The exact text to replace (str_replace)." },
        new_str: { type: "string", description: "The replacement text (str_replace), or the text to insert (insert)." },
        insert_line: { type: "integer", description: "The line after which to insert, 0 for the start of the file (insert)." },
        view_range: { type: "array", items: { type: "integer" }, minItems: 2, maxItems: 2, description: "First and last line to view, 1-based; -1 as the last means the end of the file (view)." },
      },
      required: ["command", "path"],
    },
  };
}

const CLAUDE_4_EDITOR = textEditor(["view", "create", "str_replace", "insert"]);
const EARLIER_EDITOR = textEditor(["view", "create", "str_replace", "insert", "undo_edit"]);

/** Each client tool's `type`, with the description and input schema its function tool carries. */
const CLIENT_TOOLS: Readonly<Record<string, { description: string; parameters: Record<string, unknown> }>> = {
  bash_20241022: BASH,
  bash_20250124: BASH,
  text_editor_20241022: EARLIER_EDITOR,
  text_editor_20250124: EARLIER_EDITOR,
  text_editor_20250429: CLAUDE_4_EDITOR,
  text_editor_20250728: CLAUDE_4_EDITOR,
};

/** The tool types a Messages request may declare: a custom tool's, and Anthropic's client tools'. */
export const DECLARABLE_TOOL_TYPES = ["custom", ...Object.keys(CLIENT_TOOLS)] as [string, ...string[]];

/**
 * Why a tool `type` the door does not declare is refused. The computer use and memory tools run in the client too,
 * but are not carried (a screenshot loop and a display size no function definition gives a model; a memory directory
 * protocol a routed model was not trained on): they were refused as server tools "run on Anthropic's servers", which
 * they are not. Any other type is a server tool.
 */
export function undeclarableToolProblem(type: unknown, quoted: string): string {
  if (typeof type === "string" && /^(computer|memory)_\d{8}$/.test(type)) {
    return `${quoted} is one of Anthropic's client tools that Switchyard does not carry: your application runs it, but no routed model is offered it (only the bash and text editor tools are). Leave it out, or declare it as a custom tool with an input_schema`;
  }
  return `${quoted} is a server tool: it runs on Anthropic's servers, which Switchyard does not call, so no routed model can use it. Leave it out, or declare a client tool (type "custom" or none, with an input_schema) your code runs`;
}

/** The function a client tool of `type` becomes, or undefined for a custom tool (it brings its own `input_schema`). */
export function clientToolFunction(type: string | undefined): { description: string; parameters: Record<string, unknown> } | undefined {
  return type !== undefined && Object.hasOwn(CLIENT_TOOLS, type) ? CLIENT_TOOLS[type] : undefined;
}
